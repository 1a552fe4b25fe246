import { describe, expect, it } from 'vitest';
import { CN_PARAMETERS_2024 } from '#rules/cn/parameters.js';
import { R1_RULES } from '#rules/cn/r1-rules.js';
import { R2_RULES } from '#rules/cn/r2-rules.js';
import type { CompiledRule } from '#rules/define.js';
import { deriveFacts } from '#rules/facts.js';
import type { Facts } from '#rules/types.js';
import { REFUSAL_REASONS } from '#schemas/check.js';
import { snapshotCases } from './r2/snapshot.js';

/**
 * The engine answers a rank-only question (the alternatives of a BLOCK) from a rule's declared outcome
 * when it declares one, and lists as candidates only the reasons some rule declares it may allow: both
 * hold only if no rule concludes an outcome it does not declare.
 */
function undeclaredOutcomes(rules: readonly CompiledRule[], revision: 1 | 2): string[] {
  const found = new Set<string>();
  for (const c of snapshotCases()) {
    const f = deriveFacts(c.request, c.recordedDeliveredAt, { params: CN_PARAMETERS_2024, revision });
    // The PRC pack also asks the same facts with the request inside the window (RULES.md §3.1 [r2]).
    const variants: Facts[] = [f];
    if (f.window) variants.push({ ...f, window: { ...f.window, state: 'inside', inExtension: false } });
    for (const facts of variants)
      for (const rule of rules)
        for (const regime of rule.regimes)
          for (const reason of rule.reasons ?? REFUSAL_REASONS) {
            if (!rule.applies(facts, reason, regime)) continue;
            const { outcome } = rule.conclude(facts, reason, regime);
            if (!rule.outcomes.includes(outcome)) found.add(`${rule.id} concludes ${outcome}`);
          }
  }
  return [...found];
}

describe('Rulebook: every rule concludes only the outcomes it declares', () => {
  it('ruleset cn-2024-07-01 (r1), over the r2 snapshot requests', () => {
    expect(undeclaredOutcomes(R1_RULES, 1)).toEqual([]);
  });

  it('ruleset cn-2024-07-01.r2, over the r2 snapshot requests', () => {
    expect(undeclaredOutcomes(R2_RULES, 2)).toEqual([]);
  });
});
