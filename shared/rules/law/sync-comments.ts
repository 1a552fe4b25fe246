/**
 * Writes the verbatim article text into every `@law CODE N … @endlaw` block of the article modules,
 * from the project's law data (never by hand). A structural test checks the blocks stay in sync.
 *
 * Run: `npx tsx shared/rules/law/sync-comments.ts`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Instrument } from '#schemas/check.js';
import { articleText, lawArticle } from './index.js';

/** The comment body a `@law` block must hold. */
export function lawBlock(instrument: Instrument, article: number): string {
  const data = lawArticle(instrument, article);
  if (!data) throw new Error(`${instrument} ${article} is not in the law data`);
  return articleText(data)
    .split('\n')
    .map((line) => ` * ${line}`)
    .join('\n');
}

export const LAW_BLOCK = /( \* @law ([A-Z0-9-]+) (\d+)\n)([\s\S]*?)( \* @endlaw)/g;

/** The source with every `@law` block filled in. */
export function syncSource(source: string): string {
  return source.replace(
    LAW_BLOCK,
    (_all, open: string, code: string, number: string, _body: string, close: string) =>
      `${open}${lawBlock(code as Instrument, Number(number))}\n${close}`,
  );
}

/** The article modules (`cn-*` folders). */
export function articleModules(rulesDir: string): string[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('cn-'))
    .flatMap((d) =>
      readdirSync(join(rulesDir, d.name))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => join(rulesDir, d.name, f)),
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rulesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of articleModules(rulesDir)) {
    const before = readFileSync(file, 'utf8');
    const after = syncSource(before);
    if (after !== before) {
      writeFileSync(file, after);
      console.log(`synced ${file}`);
    }
  }
}
