/**
 * The r2 snapshot: ruleset cn-2024-07-01.r2 is released, so its answers never change, not even by a
 * byte. This module computes a digest of the whole Decision r2 gives (verdict, findings with their
 * citations and messages, actions, alternatives, deadlines and the summary texts, serialised as the
 * service stores them) over the r2 scenario files beside the article modules, the r1 corpus (the
 * requests the engine benchmark times) and 4,000 generated requests (fixed seed); `snapshot.json`
 * holds the digests taken before the engine was tuned for speed, and `snapshot.test.ts` fails on any
 * difference.
 *
 * Regenerate only for a technical change that provably does not touch r2's answers (never for a legal
 * one or a message rewrite: that is a new ruleset): `npx tsx test/rules/r2/snapshot.ts --write`.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Decision } from '#rules/index.js';
import { scenarioFiles, scenarioRequest } from '#rules/scenarios.js';
import { type CheckRequest, CheckRequestSchema } from '#schemas/check.js';
import { requestArb } from '../arbitraries.js';
import { loadScenarioFiles } from '../scenario-files.js';

export const R2 = 'cn-2024-07-01.r2';
export const SNAPSHOT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'snapshot.json');
const SEED = 20_261_201;
const GENERATED = 4000;

export interface SnapshotCase {
  name: string;
  request: CheckRequest;
  recordedDeliveredAt: string | null | undefined;
}

/** Every request the snapshot covers, in a fixed order. */
export function snapshotCases(): SnapshotCase[] {
  const cases: SnapshotCase[] = [];
  for (const { file, cases: scenarios } of scenarioFiles())
    for (const s of scenarios)
      cases.push({
        name: `${file}: ${s.name}`,
        request: scenarioRequest(s),
        recordedDeliveredAt: s.context?.recordedDeliveredAt,
      });
  for (const { file, scenarios } of loadScenarioFiles())
    for (const s of scenarios)
      cases.push({
        name: `r1 corpus ${file}: ${s.name}`,
        request: CheckRequestSchema.parse(s.request),
        recordedDeliveredAt: s.context?.recordedDeliveredAt,
      });
  fc.sample(requestArb, { seed: SEED, numRuns: GENERATED }).forEach((g, i) => {
    cases.push({ name: `generated #${i}`, request: g.request, recordedDeliveredAt: g.recordedDeliveredAt });
  });
  return cases;
}

/** A short digest of the whole answer, byte for byte as it is serialised and stored. */
export function digest(decision: Decision): string {
  return createHash('sha256').update(JSON.stringify(decision)).digest('hex').slice(0, 16);
}

if (process.argv.includes('--write')) {
  const { evaluate } = await import('#rules/index.js');
  const out: Record<string, string> = {};
  for (const c of snapshotCases()) {
    if (c.name in out) throw new Error(`duplicate snapshot case ${c.name}`);
    out[c.name] = digest(evaluate(c.request, { recordedDeliveredAt: c.recordedDeliveredAt ?? null }, R2));
  }
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${Object.keys(out).length} digests to ${SNAPSHOT_PATH}`);
}
