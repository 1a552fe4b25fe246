/**
 * The r1 snapshot: ruleset cn-2024-07-01 is released, so its answers never change. This module
 * computes a digest of every answer r1 gives over the scenario corpus and 4,000 generated requests
 * (fixed seed); `snapshot.json` holds the digests taken before r2 was written, and
 * `snapshot.test.ts` fails on any difference.
 *
 * Regenerate only for a technical change that provably does not touch r1's answers (never for a legal
 * one: that is a new ruleset): `npx tsx test/rules/r1/snapshot.ts --write`.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Decision } from '#rules/index.js';
import { type CheckRequest, CheckRequestSchema } from '#schemas/check.js';
import { requestArb } from '../arbitraries.js';
import { loadScenarioFiles } from '../scenario-files.js';

export const SNAPSHOT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'snapshot.json');
const SEED = 20_261_129;
const GENERATED = 4000;

export interface SnapshotCase {
  name: string;
  request: CheckRequest;
  recordedDeliveredAt: string | null | undefined;
}

/** Every request the snapshot covers, in a fixed order. */
export function snapshotCases(): SnapshotCase[] {
  const cases: SnapshotCase[] = [];
  for (const { file, scenarios } of loadScenarioFiles())
    for (const s of scenarios)
      cases.push({
        name: `${file}: ${s.name}`,
        request: CheckRequestSchema.parse(s.request),
        recordedDeliveredAt: s.context?.recordedDeliveredAt,
      });
  fc.sample(requestArb, { seed: SEED, numRuns: GENERATED }).forEach((g, i) => {
    cases.push({ name: `generated #${i}`, request: g.request, recordedDeliveredAt: g.recordedDeliveredAt });
  });
  return cases;
}

/**
 * A short digest of the legal content of r1's answer as released: verdict, findings (rule, outcome,
 * citations with their verbatim texts), actions, alternatives, deadlines. Message wording is left out:
 * a stored decision keeps the messages it was answered with, and r2's review of the wording may
 * improve shared templates without changing what r1 decides.
 */
export function digest(decision: Decision): string {
  const { verdict, requiredActions, alternativeReasons, deadlines, rulesetVersion } = decision;
  const findings = decision.findings.map(({ ruleId, outcome, citations }) => ({ ruleId, outcome, citations }));
  const said = { verdict, findings, requiredActions, alternativeReasons, deadlines, rulesetVersion };
  return createHash('sha256').update(JSON.stringify(said)).digest('hex').slice(0, 16);
}

if (process.argv.includes('--write')) {
  const { evaluate } = await import('#rules/index.js');
  const out: Record<string, string> = {};
  for (const c of snapshotCases())
    out[c.name] = digest(evaluate(c.request, { recordedDeliveredAt: c.recordedDeliveredAt ?? null }));
  writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(out, null, 0).replace(/","/g, '",\n"')}\n`);
  console.log(`wrote ${Object.keys(out).length} digests to ${SNAPSHOT_PATH}`);
}
