/**
 * Generates `articles.ts` from the reviewed statute texts (`../shared/law/texts.md`, outside the repo).
 * The texts are copied by this script, never retyped: run it whenever texts.md changes, then review
 * the diff and add a CHANGELOG.md entry.
 *
 * Run: `npx tsx shared/rules/law/generate.ts [path/to/texts.md]`
 *
 * Only blockquotes that open with an article heading (第…条) are taken; text marked UNVERIFIED is
 * never a blockquote article in texts.md (the 三包 exclusions summary is skipped because it has no
 * heading, and §6.2/§6.3 are skipped as a whole).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = resolve(process.argv[2] ?? resolve(here, '../../../../shared/law/texts.md'));
const markdown = readFileSync(source, 'utf8');

/** Which instrument each section of texts.md quotes (null: nothing verified to take). */
const SECTIONS: readonly [RegExp, string | null][] = [
  [/^## 1\. /, 'CRPL'],
  [/^## 2\. /, 'NRR-MEASURES'],
  [/^## 3\. /, 'CRPL-REG'],
  [/^## 4\. /, 'ECL'],
  [/^## 5\. /, 'PENALTY-MEASURES'],
  [/^## 6\. /, null],
  [/^### 6\.1 /, 'THREE-GUARANTEES'],
  [/^### 6\.[23] /, null],
  [/^## 7\. /, 'OT-MEASURES'],
  [/^## 8\. /, 'SPC-ONLINE-1'],
  [/^## 9\. /, 'CIVIL-CODE'],
  [/^## 10\. /, 'CIVIL-CODE'],
];

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 二百零三 → 203, 十二 → 12. */
export function chineseNumber(text: string): number {
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch in DIGITS) digit = DIGITS[ch] as number;
    else if (ch in UNITS) {
      total += (digit === 0 ? 1 : digit) * (UNITS[ch] as number);
      digit = 0;
    } else throw new Error(`not a Chinese numeral: ${text}`);
  }
  return total + digit;
}

interface Paragraph {
  text: string;
  items?: string[];
}
interface Article {
  number: number;
  heading: string;
  paragraphs: Paragraph[];
}

const articles = new Map<string, Map<number, Article>>();
let instrument: string | null = null;
let group: string[] | null = null;

function flush(): void {
  if (!group || !instrument) {
    group = null;
    return;
  }
  const lines = group.filter((line) => line !== '');
  group = null;
  const head = /^(第([零一二三四五六七八九十百千]+)条) (.*)$/.exec(lines[0] ?? '');
  if (!head) return; // not an article (e.g. an UNVERIFIED summary): never taken
  const [, heading, numeral, first] = head as unknown as [string, string, string, string];
  const paragraphs: Paragraph[] = [{ text: first }];
  for (const line of lines.slice(1)) {
    const last = paragraphs[paragraphs.length - 1] as Paragraph;
    if (/^（[一二三四五六七八九十]+）/.test(line)) {
      last.items ??= [];
      last.items.push(line);
    } else paragraphs.push({ text: line });
  }
  const number = chineseNumber(numeral);
  const byNumber = articles.get(instrument) ?? new Map<number, Article>();
  if (byNumber.has(number)) throw new Error(`${instrument} ${number} quoted twice`);
  byNumber.set(number, { number, heading, paragraphs });
  articles.set(instrument, byNumber);
}

for (const line of markdown.split('\n')) {
  const section = SECTIONS.find(([pattern]) => pattern.test(line));
  if (section) {
    flush();
    instrument = section[1];
    continue;
  }
  if (line === '>' || line.startsWith('> ')) {
    group ??= [];
    group.push(line.slice(2));
  } else if (line.trim() === '') {
    // a blank line between blockquotes ends an article; blockquote-internal blanks are ">" lines
    flush();
  } else flush();
}
flush();

/** The instrument table of texts.md: `| \`CODE\` | title (note) | in force |`. */
const instruments: { code: string; title: string; inForce: string }[] = [];
for (const line of markdown.split('\n')) {
  const row = /^\| `([A-Z0-9-]+)` \| (.+?) \| ([0-9-]+) \|$/.exec(line);
  if (row) {
    const [, code, title, inForce] = row as unknown as [string, string, string, string];
    instruments.push({ code, title: title.replace(/ \(.*\)$/, ''), inForce });
  }
}

/**
 * Only the articles a rule cites or quotes are shipped: every Lambda bundle carries this data, and texts.md
 * also quotes articles for context that no rule relies on. A rule that starts citing another article
 * needs this script run again (the structural tests fail until it is).
 */
const cited = new Set<string>();
const rulesDir = resolve(here, '..');
for (const dir of readdirSync(rulesDir).filter((name) => name.startsWith('cn-'))) {
  for (const file of readdirSync(resolve(rulesDir, dir)).filter((name) => name.endsWith('.ts'))) {
    const code = readFileSync(resolve(rulesDir, dir, file), 'utf8');
    for (const m of code.matchAll(/cite\(\s*'([A-Z0-9-]+)',\s*(\d+)/g)) cited.add(`${m[1]}:${m[2]}`);
    // …and the articles a module quotes above its rules (`@law CODE N` blocks).
    for (const m of code.matchAll(/@law ([A-Z0-9-]+) (\d+)/g)) cited.add(`${m[1]}:${m[2]}`);
  }
}
for (const [code, byNumber] of articles)
  for (const number of [...byNumber.keys()]) if (!cited.has(`${code}:${number}`)) byNumber.delete(number);

const sha256 = createHash('sha256').update(markdown).digest('hex');
const out: string[] = [
  '// GENERATED by shared/rules/law/generate.ts from ../shared/law/texts.md: do not edit by hand.',
  `// Source sha256: ${sha256}`,
  '// Verbatim statute texts of the articles the rules cite; paragraphs (款) and items (项) as arrays.',
  "import type { LawArticleData } from './types.js';",
  '',
  'export const ARTICLES: Readonly<Record<string, readonly LawArticleData[]>> = {',
];
for (const [code, byNumber] of articles) {
  out.push(`  ${JSON.stringify(code)}: [`);
  for (const article of [...byNumber.values()].sort((a, b) => a.number - b.number)) {
    out.push(`    ${JSON.stringify(article)},`);
  }
  out.push('  ],');
}
out.push('};', '');
out.push('/** The instrument table of texts.md: code, title as printed, year or date in force. */');
out.push('export const INSTRUMENT_TABLE = [');
for (const row of instruments) out.push(`  ${JSON.stringify(row)},`);
out.push('] as const;', '');
writeFileSync(resolve(here, 'articles.ts'), out.join('\n'));
// Keep the generated file in the project's format, so regenerating shows only real changes.
execFileSync('npx', ['biome', 'format', '--write', resolve(here, 'articles.ts')], { stdio: 'inherit' });
console.log(
  [...articles]
    .map(([code, byNumber]) => `${code}: ${[...byNumber.keys()].sort((a, b) => a - b).join(',')}`)
    .join('\n'),
);
