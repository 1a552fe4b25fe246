import { describe, expect, it } from 'vitest';
import { CN_POLICY_RULES, CN_POLICY_RULESET_ID, CN_POLICY_SCOPES } from '#rules/cn-policy/index.js';
import { POLICY_ISSUES } from '#schemas/policy-lint.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import { loadCorpus } from './corpus.js';

describe('The PRC policy pack (cn-2024-07-01.r2)', () => {
  it('is versioned with the ruleset it reads', () => {
    expect(CN_POLICY_RULESET_ID).toBe('cn-2024-07-01.r2');
    expect(lintWithCurrentRuleset('七天无理由退货').rulesetVersion).toBe(CN_POLICY_RULESET_ID);
  });

  it('has one rule per issue code of the contract, each with a unique id and verbatim citations', () => {
    expect(CN_POLICY_RULES.map((r) => r.issue).sort()).toEqual([...POLICY_ISSUES].sort());
    expect(new Set([...CN_POLICY_RULES, ...CN_POLICY_SCOPES].map((r) => r.id)).size).toBe(
      CN_POLICY_RULES.length + CN_POLICY_SCOPES.length,
    );
    for (const rule of [...CN_POLICY_RULES, ...CN_POLICY_SCOPES]) {
      expect(rule.id).toMatch(/^cn\.policy\.[a-z.-]+$/);
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const citation of rule.citations) expect(citation.text.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('gives every void clause of the corpus citations, a message and a suggestion in both languages', () => {
    for (const entry of loadCorpus()) {
      for (const clause of lintWithCurrentRuleset(entry.text).clauses.filter((c) => c.verdict !== 'lawful')) {
        expect(clause.citations.length, entry.id).toBeGreaterThan(0);
        expect(clause.issues.length, entry.id).toBeGreaterThan(0);
        for (const text of [clause.message.zh, clause.message.en, clause.suggestion.zh, clause.suggestion.en])
          expect(text.length, entry.id).toBeGreaterThan(10);
      }
    }
  });

  it('keeps the lawful clauses RULES.md §5 says to leave alone', () => {
    for (const text of [
      '无理由退货运费由买家承担。',
      '15天无理由退货。',
      '定制商品经您在购买时确认后不支持七天无理由退货。',
      '鲜活易腐商品不适用七天无理由退货。',
      '本店将在收到退货后7日内退款。',
      '支持七天无理由退货。',
      '食品、化妆品的一次性密封包装拆封后不退。',
    ])
      expect(
        lintWithCurrentRuleset(text).clauses.map((c) => c.verdict),
        text,
      ).toEqual(['lawful']);
  });

  it('reads negation: "支持七天无理由退货" is lawful, "不支持七天无理由退货" void', () => {
    expect(lintWithCurrentRuleset('支持七天无理由退货').clauses[0]?.verdict).toBe('lawful');
    expect(lintWithCurrentRuleset('不支持七天无理由退货').clauses[0]?.verdict).toBe('void');
  });

  it('sends medicines, cross-border imports and business-only sales to review, never void', () => {
    for (const text of [
      '药品一经售出概不退换。',
      '跨境保税商品不支持七天无理由退货。',
      '本店仅面向企业采购，非质量问题不退换。',
    ])
      expect(lintWithCurrentRuleset(text).clauses[0]?.verdict, text).toBe('review');
  });

  it('honours a promise longer than the law: conditions beyond day 7 are lawful, a shorter window elsewhere void', () => {
    const policy = '本店承诺15天无理由退货。\n10天内可申请退货。\n第8至15天退货需吊牌完好。';
    expect(lintWithCurrentRuleset(policy).clauses.map((c) => c.verdict)).toEqual(['lawful', 'void', 'lawful']);
  });
});

describe('A promise that covers the statutorily excluded goods (policy.coversExcludedGoods)', () => {
  it('makes an exclusion of those goods void, and leaves it lawful without the promise', () => {
    const text = '定制商品不支持七天无理由退货。';
    expect(lintWithCurrentRuleset(text).clauses[0]?.verdict).toBe('lawful');
    expect(lintWithCurrentRuleset(text, { coversExcludedGoods: true }).clauses[0]).toMatchObject({
      verdict: 'void',
      issues: ['excluded_without_confirmation'],
    });
  });
});
