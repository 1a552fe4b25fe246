import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { CheckRequestSchema } from '#schemas/check.js';
import { assertExpect } from './r2/check-expect.js';
import { loadScenarioFiles } from './scenario-files.js';

const files = loadScenarioFiles();

describe('Legal scenarios of r1 (test/rules/r1/corpus/*.json, ruleset cn-2024-07-01)', () => {
  it('there are at least 150 scenarios, each name unique', () => {
    const names = files.flatMap((f) => f.scenarios.map((s) => s.name));
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const { file, scenarios } of files) {
    describe(file, () => {
      for (const scenario of scenarios) {
        it(scenario.name, () => {
          // Prepare
          const request = CheckRequestSchema.parse(scenario.request);
          const { expect: want } = scenario;
          // Act
          const decision = evaluate(request, scenario.context ?? {}, 'cn-2024-07-01');
          // Assess
          assertExpect(decision, want);
          // Every ALLOW and BLOCK carries a deciding finding with a citation (RULES.md, the principle).
          if (decision.verdict !== 'REVIEW') {
            const outcome = decision.verdict === 'ALLOW' ? 'supports_refusal' : 'violated';
            expect(decision.findings.some((f) => f.outcome === outcome && f.citations.length > 0)).toBe(true);
          }
        });
      }
    });
  }
});
