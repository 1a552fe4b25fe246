import { type Citation, INSTRUMENTS, type Instrument } from '#schemas/check.js';

/**
 * Compact, stable reference for storage: `instrument:article[:paragraph[:item]]`.
 *
 * @example citationRef({ instrument: 'NRR-MEASURES', article: 8, paragraph: 3, title, text }) === 'NRR-MEASURES:8:3'
 */
export function citationRef(citation: Pick<Citation, 'instrument' | 'article' | 'paragraph' | 'item'>): string {
  let ref = `${citation.instrument}:${citation.article}`;
  if (citation.paragraph !== undefined) ref += `:${citation.paragraph}`;
  if (citation.item !== undefined) ref += `:${citation.item}`;
  return ref;
}

const INSTRUMENT_CODES: ReadonlySet<string> = new Set(INSTRUMENTS);
const INTEGER = /^[1-9][0-9]{0,3}$/;

/** The parts of a citation reference, or undefined when it is malformed. */
export function parseCitationRef(
  ref: string,
): { instrument: Instrument; article: number; paragraph?: number; item?: number } | undefined {
  if (typeof ref !== 'string') return undefined;
  const parts = ref.split(':');
  if (parts.length < 2 || parts.length > 4) return undefined;
  const [code, ...numbers] = parts as [string, ...string[]];
  if (!INSTRUMENT_CODES.has(code) || !numbers.every((n) => INTEGER.test(n))) return undefined;
  const [article, paragraph, item] = numbers.map(Number) as [number, number | undefined, number | undefined];
  return {
    instrument: code as Instrument,
    article,
    ...(paragraph !== undefined ? { paragraph } : {}),
    ...(item !== undefined ? { item } : {}),
  };
}
