import { describe, expect, it } from 'vitest';
import { evaluate } from '#rules/index.js';
import { CheckRequestSchema } from '#schemas/check.js';
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
          const cited = decision.findings.flatMap((f) => f.citations);
          const explain = JSON.stringify(
            {
              verdict: decision.verdict,
              actions: decision.requiredActions,
              alternatives: decision.alternativeReasons,
              findings: decision.findings.map((f) => [
                f.ruleId,
                f.outcome,
                f.citations.map((c) => `${c.instrument}:${c.article}`),
              ]),
            },
            null,
            1,
          );
          expect(decision.verdict, explain).toBe(want.verdict);
          if (want.requiredActions) expect(decision.requiredActions, explain).toEqual(want.requiredActions);
          if (want.alternativeReasons) expect(decision.alternativeReasons, explain).toEqual(want.alternativeReasons);
          for (const id of want.ruleIds ?? [])
            expect(
              decision.findings.map((f) => f.ruleId),
              explain,
            ).toContain(id);
          if (want.citesOneOf) {
            const hit = want.citesOneOf.some(([instrument, article]) =>
              cited.some((c) => c.instrument === instrument && c.article === article),
            );
            expect(hit, `expected one of ${JSON.stringify(want.citesOneOf)}\n${explain}`).toBe(true);
          }
          for (const [instrument, article] of want.citesNone ?? []) {
            const found = cited.some(
              (c) => c.instrument === instrument && (article === undefined || c.article === article),
            );
            expect(found, `must not cite ${instrument} ${article ?? ''}\n${explain}`).toBe(false);
          }
          if (want.returnWindowEndsAt) expect(decision.deadlines.returnWindowEndsAt).toBe(want.returnWindowEndsAt);
          if (want.qualityWindowEndsAt) expect(decision.deadlines.qualityWindowEndsAt).toBe(want.qualityWindowEndsAt);
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
