import { expect } from 'vitest';
import type { Decision } from '#rules/index.js';
import type { Expect } from './scenario-data.js';

/** A one-screen explanation of an answer, for assertion messages. */
export function explain(decision: Decision): string {
  return JSON.stringify(
    {
      verdict: decision.verdict,
      actions: decision.requiredActions,
      alternatives: decision.alternativeReasons,
      findings: decision.findings.map((f) => [
        f.ruleId,
        f.outcome,
        f.citations.map((c) => `${c.instrument}:${c.article}`),
      ]),
      deadlines: decision.deadlines,
    },
    null,
    1,
  );
}

/** Whether an answer says what the case expects (every field the case gives). */
export function matches(decision: Decision, want: Expect): boolean {
  try {
    assertExpect(decision, want);
    return true;
  } catch {
    return false;
  }
}

export function assertExpect(decision: Decision, want: Expect): void {
  const why = explain(decision);
  const cited = decision.findings.flatMap((f) => f.citations);
  expect(decision.verdict, why).toBe(want.verdict);
  if (want.requiredActions) expect(decision.requiredActions, why).toEqual(want.requiredActions);
  if (want.alternativeReasons)
    expect([...decision.alternativeReasons].sort(), why).toEqual([...want.alternativeReasons].sort());
  for (const id of want.ruleIds ?? [])
    expect(
      decision.findings.map((f) => f.ruleId),
      why,
    ).toContain(id);
  if (want.citesOneOf) {
    const hit = want.citesOneOf.some(([instrument, article]) =>
      cited.some((c) => c.instrument === instrument && c.article === article),
    );
    expect(hit, `expected one of ${JSON.stringify(want.citesOneOf)}\n${why}`).toBe(true);
  }
  for (const [instrument, article] of want.citesNone ?? []) {
    const found = cited.some((c) => c.instrument === instrument && (article === undefined || c.article === article));
    expect(found, `must not cite ${instrument} ${article ?? ''}\n${why}`).toBe(false);
  }
  if (want.returnWindowEndsAt) expect(decision.deadlines.returnWindowEndsAt, why).toBe(want.returnWindowEndsAt);
  if (want.qualityWindowEndsAt) expect(decision.deadlines.qualityWindowEndsAt, why).toBe(want.qualityWindowEndsAt);
}
