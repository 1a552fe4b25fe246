import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { CheckRequestSchema } from '#schemas/check.js';
import { assertExpect, explain, matches } from './check-expect.js';
import { applyPatch, ExpectSchema, loadBases, loadScenarioCases, RULES_DIR } from './scenario-data.js';

const R1 = 'cn-2024-07-01';
const R2 = 'cn-2024-07-01.r2';
const bases = loadBases();
const files = loadScenarioCases();

describe('Legal scenarios of r2 (shared/rules/*/art*.scenarios.json, ruleset cn-2024-07-01.r2)', () => {
  it('every case names an existing base and a unique sentence', () => {
    const names = files.flatMap((f) => f.cases.map((c) => c.name));
    expect(new Set(names).size).toBe(names.length);
    for (const { cases } of files) for (const c of cases) expect(Object.keys(bases), c.name).toContain(c.base);
  });

  it('every r2 change (RULES.md "Revision r2" 1–13) is pinned by cases that r1 answers otherwise', () => {
    const pinned = new Set(files.flatMap((f) => f.cases.flatMap((c) => (c.r2Change ? [c.r2Change] : []))));
    for (let change = 1; change <= 13; change++) expect(pinned, `change ${change}`).toContain(change);
  });

  for (const { file, cases } of files) {
    describe(file, () => {
      for (const scenario of cases) {
        const run = scenario.openQuestion ? it.skip : it;
        run(scenario.name, () => {
          // Prepare
          const request = CheckRequestSchema.parse(applyPatch(bases[scenario.base], scenario.patch));
          const context = scenario.context ?? {};
          // Act
          const decision = evaluate(request, context, R2);
          // Assess
          assertExpect(decision, scenario.expect);
          if (scenario.r2Change !== undefined) {
            // A case that pins an r2 change is one r1 answered otherwise (the replay test lists them).
            const before = evaluate(request, context, R1);
            expect(matches(before, scenario.expect), `r1 already answered so:\n${explain(before)}`).toBe(false);
          }
        });
      }
    });
  }
});

const examplesPath = join(RULES_DIR, '../../../shared/examples/checks.json');
describe('The worked examples of the reference folder (../shared/examples/checks.json) follow r2', () => {
  const examples = existsSync(examplesPath)
    ? (
        JSON.parse(readFileSync(examplesPath, 'utf8')) as {
          examples: { name: string; request: unknown; expect: unknown }[];
        }
      ).examples
    : [];
  it.skipIf(examples.length === 0)('there are examples', () => expect(examples.length).toBeGreaterThan(0));
  for (const example of examples) {
    it(example.name, () => {
      const decision = evaluate(CheckRequestSchema.parse(example.request), {}, R2);
      assertExpect(decision, ExpectSchema.parse(example.expect));
    });
  }
});
