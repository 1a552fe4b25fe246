import { describe, expect, it } from 'vitest';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

/** A whole policy as shops publish it: numbered sections, lists under lead-ins, unmarked lines. */
const POLICY = [
  '退换货政策',
  '一、七天无理由退货',
  '2、以下商品不支持七天无理由退货：',
  '（1）定制商品；',
  '（2）特价、清仓商品；',
  '二、质量问题',
  '1、质量问题退换货运费由本店承担。',
  '三、退款',
  '退款将在收到退货后3个工作日内原路退回。',
  'Non-returnable items',
  '- Gift cards',
  '- Sale items',
  'Refunds are issued within 3 days of receiving your return.',
].join('\n');

describe('Policy lint: list items read under their own heading, and only under it', () => {
  it('ends a list at the next section marker or unmarked sentence, so the sections below keep their own reading', () => {
    // Act
    const verdicts = new Map(lintWithCurrentRuleset(POLICY).clauses.map((c) => [c.text, c.verdict]));
    // Assess: the items of the lists take the lead-in's refusal.
    expect(verdicts.get('定制商品；')).toBe('lawful');
    expect(verdicts.get('特价、清仓商品；')).toBe('void');
    expect(verdicts.get('Gift cards')).toBe('lawful');
    expect(verdicts.get('Sale items')).toBe('void');
    // Assess: what follows the lists is not read as refused by them.
    expect(verdicts.get('质量问题')).toBe('lawful');
    expect(verdicts.get('质量问题退换货运费由本店承担。')).toBe('lawful');
    expect(verdicts.get('退款')).toBe('lawful');
    expect(verdicts.get('退款将在收到退货后3个工作日内原路退回。')).toBe('lawful');
    expect(verdicts.get('Refunds are issued within 3 days of receiving your return.')).toBe('lawful');
  });
});

describe('Policy lint: unmarked items after a lead-in that points back end at the next numbered clause', () => {
  it('reads the numbered clauses after the items on their own (found by the ninth review, cn-policy.48)', () => {
    // Arrange: a void sentence, a lead-in pointing back to it, unmarked items, then the policy's next clauses (two
    // policies: a 30-day promise in one would make the other's 7 days shorter than the shop's own promise).
    const zh = [
      '五、清仓商品一律不退款。包括：',
      '福袋、零码商品',
      '六、商品如有质量问题，请联系客服。',
      '七、请在签收后7天内申请退货。',
      '（八）退款在收到退货后3天内原路退回。',
    ].join('\n');
    const en = [
      '1. Clearance items are non-refundable. This includes:',
      'mystery boxes and last-size items',
      '2. Please request your return within 30 days of delivery.',
    ].join('\n');
    // Act
    const verdicts = new Map(
      [zh, en].flatMap((policy) => lintWithCurrentRuleset(policy).clauses.map((c) => [c.text, c.verdict] as const)),
    );
    // Assess: the items take the refusal; the numbered clauses after them keep their own (lawful) reading.
    expect(verdicts.get('福袋、零码商品')).toBe('void');
    expect(verdicts.get('商品如有质量问题，请联系客服。')).toBe('lawful');
    expect(verdicts.get('请在签收后7天内申请退货。')).toBe('lawful');
    expect(verdicts.get('退款在收到退货后3天内原路退回。')).toBe('lawful');
    expect(verdicts.get('mystery boxes and last-size items')).toBe('void');
    expect(verdicts.get('Please request your return within 30 days of delivery.')).toBe('lawful');
  });
});

describe('Policy lint: a title over a refusal and numbered steps', () => {
  it('keeps the steps out of the refusal (found by the tenth review, cn-policy.50)', () => {
    // Arrange: a title line, a refusal without a colon, then the steps of a return.
    const policy = [
      'Return policy',
      'Sale items cannot be returned',
      '1. Contact us within 30 days of delivery',
      '2. Ship the item back with the receipt',
    ].join('\n');
    // Act
    const verdicts = new Map(lintWithCurrentRuleset(policy).clauses.map((c) => [c.text, c.verdict] as const));
    // Assess: the refusal is void; the steps under it refuse nothing.
    expect([...verdicts]).toEqual([
      ['Return policy', 'lawful'],
      ['Sale items cannot be returned', 'void'],
      ['Contact us within 30 days of delivery', 'lawful'],
      ['Ship the item back with the receipt', 'lawful'],
    ]);
  });
});
