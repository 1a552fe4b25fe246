/**
 * The policy pack's revisions are frozen: `CN_POLICY_REVISION` names the reading every lint answer
 * was given under, so the same text must get the same answer, byte for byte, for as long as the
 * revision stands. This module pins, for every text the project holds (the families, the corpus and
 * the blind keys, each key clause read under its heading), a digest of the whole answer; the pins of
 * the current revision live in `<revision>.json` beside it and `revision.test.ts` fails on any change.
 *
 * - New texts (a new corpus file) are pinned by `npx tsx test/policy-lint/revision/pins.ts --write`:
 *   it adds their pins and refuses to change an existing one.
 * - A change in what the lint answers is a new revision: bump `CN_POLICY_REVISION`
 *   (`shared/rules/cn-policy/index.ts`), add its CHANGELOG entry, then run `--write`, which pins the
 *   new revision afresh and removes the old revision's file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CN_POLICY_PACK, CN_POLICY_REVISION } from '#rules/cn-policy/index.js';
import { lintPolicy } from '#shared/policy-lint/evaluate.js';
import { loadCorpus, loadEveryKey, loadIndependentKey } from '../corpus.js';

const DIR = new URL('./', import.meta.url);

/** The file holding the pins of a revision. */
export function pinsFile(revision: string): URL {
  return new URL(`${revision}.json`, DIR);
}

function sha(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** Every policy text the pins cover, deduplicated, in a fixed order. */
export function pinnedTexts(): string[] {
  const families = JSON.parse(readFileSync(new URL('../families.json', import.meta.url), 'utf8')) as {
    text: string;
  }[];
  const texts = [
    ...families.map((f) => f.text),
    ...loadCorpus().map((c) => c.text),
    ...loadIndependentKey().map((c) => c.text),
    // The other blind keys (`loadEveryKey`'s first is the independent key, pinned above without its headings), each clause
    // read under its heading.
    ...loadEveryKey()
      .slice(1)
      .flat()
      .map((c) => (c.context ? `${c.context}\n${c.text}` : c.text)),
  ];
  return [...new Set(texts)];
}

/** A short key for a text, and a short digest of the whole answer the current pack gives it. */
export function pinOf(text: string): [key: string, digest: string] {
  return [sha(text, 12), sha(JSON.stringify(lintPolicy(text, undefined, CN_POLICY_PACK)), 16)];
}

/** The pins of a revision as stored, or undefined when the revision has none. */
export function readPins(revision: string): Record<string, string> | undefined {
  const file = pinsFile(revision);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : undefined;
}

function write(): void {
  const stored = readPins(CN_POLICY_REVISION);
  const pins: Record<string, string> = { ...stored };
  let added = 0;
  const changed: string[] = [];
  for (const text of pinnedTexts()) {
    const [key, digest] = pinOf(text);
    if (pins[key] === undefined) {
      pins[key] = digest;
      added++;
    } else if (pins[key] !== digest) changed.push(text);
  }
  if (changed.length > 0) {
    process.stderr.write(
      `${changed.length} pinned answers of ${CN_POLICY_REVISION} changed (first: ${JSON.stringify(changed[0])}).\n` +
        'A released revision never changes: bump CN_POLICY_REVISION, add the CHANGELOG entry, and run again.\n',
    );
    process.exitCode = 1;
    return;
  }
  const sorted = Object.fromEntries(Object.entries(pins).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(pinsFile(CN_POLICY_REVISION), `${JSON.stringify(sorted, null, 2)}\n`);
  for (const name of readdirSync(DIR))
    if (name.endsWith('.json') && name !== `${CN_POLICY_REVISION}.json`) rmSync(new URL(name, DIR));
  process.stdout.write(
    `${CN_POLICY_REVISION}: ${Object.keys(sorted).length} pins (${added} new) in ${pinsFile(CN_POLICY_REVISION).pathname}\n`,
  );
}

if (process.argv.includes('--write')) write();
