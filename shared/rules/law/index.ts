import type { Citation, Instrument } from '#schemas/check.js';
import { ARTICLES, INSTRUMENT_TABLE } from './articles.js';

export { SOURCE_SHA256 } from './articles.js';

import type { LawArticleData } from './types.js';

export type { LawArticleData } from './types.js';

/** How sure the project is that a text is verbatim (texts.md's confidence tags). */
export type Confidence = 'V2' | 'V1' | 'P';

/** One legal instrument: its citation code, printed title, date in force, and where its text came from. */
export interface LawInstrument {
  readonly code: Instrument;
  readonly title: string;
  /** First day in force (`YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

const META: Record<Instrument, { effectiveFrom?: string; confidence: Confidence; note?: string }> = {
  CRPL: { confidence: 'V2', note: '2013 revision, in force 2014-03-15' },
  'CRPL-REG': { confidence: 'V1', note: 'State Council Order No. 778; art. 19 ¶1 and ¶4 seen in two copies (V2)' },
  'NRR-MEASURES': {
    confidence: 'V1',
    note: 'text as revised 2020-10-23 (SAMR Order No. 31); the same wording is quoted for orders from 2017-03-15, since the revision changed only authority names and art. 32',
  },
  ECL: { confidence: 'V2' },
  'CIVIL-CODE': { confidence: 'V1' },
  'THREE-GUARANTEES': {
    // texts.md gives only the year 1995; 1995-08-25 is the issue date several secondary sources give.
    effectiveFrom: '1995-08-25',
    confidence: 'P',
    note: 'PARTIAL [P]: assembled from consistent secondary reprints, not compared with the official gazette',
  },
  'OT-MEASURES': { confidence: 'V1' },
  'PENALTY-MEASURES': { confidence: 'V1', note: 'text as revised 2020' },
  'SPC-ONLINE-1': { confidence: 'V1' },
};

/** The instruments the rules may cite, keyed by code. */
export const INSTRUMENTS: Readonly<Record<Instrument, LawInstrument>> = Object.fromEntries(
  INSTRUMENT_TABLE.map((row) => {
    const code = row.code as Instrument;
    const meta = META[code];
    const instrument: LawInstrument = {
      code,
      title: row.title,
      effectiveFrom: meta.effectiveFrom ?? row.inForce,
      confidence: meta.confidence,
      ...(meta.note ? { note: meta.note } : {}),
    };
    return [code, Object.freeze(instrument)];
  }),
) as Record<Instrument, LawInstrument>;

const BY_KEY = new Map<string, LawArticleData>();
for (const [code, list] of Object.entries(ARTICLES)) {
  for (const article of list) BY_KEY.set(`${code}:${article.number}`, article);
}

/** An article of the project's law data, or undefined when the project does not quote it. */
export function lawArticle(instrument: Instrument, article: number): LawArticleData | undefined {
  return BY_KEY.get(`${instrument}:${article}`);
}

/** Every quoted article, for structural tests. */
export function allArticles(): { instrument: Instrument; article: LawArticleData }[] {
  return Object.entries(ARTICLES).flatMap(([code, list]) =>
    list.map((article) => ({ instrument: code as Instrument, article })),
  );
}

/** The whole article verbatim: heading, then every paragraph and item on its own line. */
export function articleText(article: LawArticleData): string {
  const lines: string[] = [];
  for (const paragraph of article.paragraphs) {
    lines.push(paragraph.text);
    if (paragraph.items) lines.push(...paragraph.items);
  }
  return `${article.heading} ${lines.join('\n')}`;
}

/**
 * Builds the wire citation for a provision, or undefined when the address does not exist in the law
 * data. Key order and content are fixed, so the same address always serialises byte-identically.
 */
export function buildCitation(
  instrument: Instrument,
  article: number,
  paragraph?: number,
  item?: number,
): Citation | undefined {
  const law = INSTRUMENTS[instrument];
  const data = lawArticle(instrument, article);
  if (!law || !data) return undefined;
  if (item !== undefined && paragraph === undefined) return undefined;
  if (paragraph !== undefined) {
    const p = data.paragraphs[paragraph - 1];
    if (!p || paragraph < 1) return undefined;
    if (item !== undefined && (item < 1 || !p.items || item > p.items.length)) return undefined;
  }
  return Object.freeze({
    instrument,
    article,
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(item !== undefined ? { item } : {}),
    title: law.title,
    text: articleText(data),
  });
}
