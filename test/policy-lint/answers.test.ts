import { describe, expect, it } from 'vitest';
import { readAnswer } from '#rules/cn-policy/answers.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

/** The verdict and issues of each clause of a policy, in order. */
function verdicts(text: string): [string, string[]][] {
  return lintWithCurrentRuleset(text).clauses.map((clause) => [clause.verdict, clause.issues]);
}

/** Every clause of each text answers lawful (the text names the failing one). */
function expectAllLawful(texts: readonly string[]): void {
  for (const text of texts)
    expect(
      verdicts(text).every(([verdict]) => verdict === 'lawful'),
      text,
    ).toBe(true);
}

describe('Policy lint: a question and its answer', () => {
  it('reads a "no" to a yes-or-no question about the return as the statement it makes, and reports it on the answer', () => {
    // Prepare: the same refusal as a statement and as an FAQ pair.
    const pair = '特价商品能退吗？不能。';
    // Act
    const answer = lintWithCurrentRuleset(pair).clauses;
    // Assess: the question is judged with its answer; the answer carries the void, its provision and its suggestion.
    expect(readAnswer('特价商品能退吗?', '不能。', false)).toEqual({ text: '特价商品不能退' });
    expect(answer.map((clause) => clause.verdict)).toEqual(['lawful', 'void']);
    expect(answer[0]?.message.en).toBe('A question; judged with its answer.');
    expect(answer[1]?.issues).toEqual(['sale_items_excluded']);
    expect(answer[1]?.citations.length).toBeGreaterThan(0);
    expect(pair.slice(answer[1]?.start, answer[1]?.end)).toBe('不能。');
  });

  it('reads every marked answer, whatever the mark and on its own line, and only a marked one on its own line', () => {
    // Before cn-policy.136 "回答：" and "A 1:" answers were not read (fail open): the same refusal read lawful.
    for (const text of [
      '特价商品能退吗？答：不能。',
      '特价商品能退吗？回答：不能。',
      'Can I return sale items? A 1: No.',
      'Q：特价商品能退吗？A：不能。',
      '特价商品能退吗？\n答：不能。',
    ])
      expect(
        verdicts(text).some(([verdict]) => verdict === 'void'),
        text,
      ).toBe(true);
    // An unmarked line under a question is no answer of it unless it begins with a no (cn-policy.139, .140): each is
    // judged on its own words.
    expect(readAnswer('特价商品能退吗?', '定制商品不退换。', true)).toBeUndefined();
    expect(readAnswer('特价商品能退吗?', '不能。', true)).toEqual({ text: '特价商品不能退' });
    expect(readAnswer('特价商品能退吗?', '不能,但可以换货。', true)).toBeDefined();
  });

  it("reads an answer whose mark the splitter takes for a letter item's (fail open before cn-policy.139)", () => {
    // "A：" and "A." begin letter items too: the splitter took the mark off, so the answer on its own line read alone and
    // the refusal read lawful.
    for (const text of [
      'Q：特价商品能退吗？\nA：不能。',
      'Q: 特价商品能退吗？\nA: 不能。',
      'Q、特价商品能退吗？\nA、不能。',
      'Q. Can I return sale items?\nA. No.',
    ])
      expect(verdicts(text).at(-1), text).toEqual(['void', ['sale_items_excluded']]);
    // The same mark under no question is a list item's, read on its own words.
    expect(
      verdicts('不支持退货的情况：\nA：定制商品。\nB：生鲜食品。').every(([verdict]) => verdict === 'lawful'),
    ).toBe(true);
  });

  it('reads a bare number answering a question on its line, not as a lone list mark', () => {
    // Before cn-policy.139 the "3." was taken for an item's mark with no item, and dropped.
    expect(verdicts('How many days can I return an item? 3.')).toEqual([
      ['lawful', []],
      ['void', ['window_shorter_than_law']],
    ]);
    expect(verdicts('几天内可以退货？ 3.').at(-1)).toEqual(['void', ['window_shorter_than_law']]);
  });

  it('reads an English no to a negative question as confirming it, unless the return itself is granted', () => {
    for (const text of [
      "Can't sale items be returned? No.",
      "Can't sale items be returned? No, but they can be exchanged.",
      "Don't you accept returns on sale items? No, we don't.",
    ])
      expect(verdicts(text).at(-1), text).toEqual(['void', ['sale_items_excluded']]);
    expect(verdicts("Can't sale items be returned? No, sale items can be returned within 7 days.").at(-1)).toEqual([
      'lawful',
      [],
    ]);
  });

  it('reads no grant in "maybe" or in a refund of shipping after a no (fail open in cn-policy.139-.146)', () => {
    for (const text of ['特价商品不能退吗？不能，可能需要您承担退回运费。', '特价商品不能退吗？不能，不太能退。'])
      expect(verdicts(text).at(-1), text).toEqual(['void', ['sale_items_excluded']]);
  });

  it('reads a yes to a question asked in the negative as confirming the refusal (fail open before cn-policy.148)', () => {
    for (const text of [
      '特价商品不能退吗？是的。',
      '特价商品不支持7天无理由退货吗？是的，但质量问题可以退。',
      'Are sale items non-returnable? Yes.',
      'Are sale items final sale? Yes.',
      'Is it true that sale items cannot be returned? Yes.',
    ])
      expect(verdicts(text).at(-1), text).toEqual(['void', ['sale_items_excluded']]);
    // A yes to a question asked in the positive, or an English yes that grants, grants.
    expectAllLawful(['特价商品能退吗？是的。', 'Can sale items be returned? Yes.', '运费是买家承担吗？是的。']);
  });

  it('reads a time asked of price protection, points or insurance as neither the window nor the refund', () => {
    expectAllLawful(['价保多久可以申请退款？3天', '积分多久到账？15天', '运费险多久到账？15天']);
    expect(verdicts('使用优惠券的订单退款多久到账？15天。').at(-1)).toEqual(['void', ['refund_later_than_law']]);
  });

  it('reads a grant limited to some buyers, cases or sums after a no as confirming the refusal (cn-policy.140)', () => {
    for (const text of [
      '特价商品不能退吗？不能，仅会员可以退。',
      '特价商品不能退吗？不能，满3件可以退货。',
      '特价商品不能退吗？不能，7天内可以退货，仅限商品有破损的情况。',
      '特价商品不能退吗？不能，可以退差价。',
    ])
      expect(verdicts(text).at(-1)?.[0], text).toBe('void');
    expectAllLawful([
      '会员商品不能退吗？不能，会员商品也支持7天无理由退货。',
      "Don't you accept returns on sale items? No, we accept returns on all items within 7 days.",
    ]);
  });

  it('reads a grant after a no by the part that grants: its conditions after it are judged with it', () => {
    // cn-policy.138 read "坏" in "商品需完好无损坏" as defects offered instead of the return.
    expectAllLawful([
      '特价商品不能退吗？不能，也支持7天无理由退货，商品需完好无损坏。',
      '特价商品不能退吗？不能，特价商品7天内可以退货。',
      '特价商品不能退吗？不能，也可以退款到原支付账户。',
    ]);
    for (const text of ['特价商品不能退吗？不能，但坏了可以退。', '特价商品不能退吗？不能，也可以退到礼品卡。'])
      expect(verdicts(text).at(-1)?.[0], text).toBe('void');
  });

  it('reads an answer naming goods under its question, and one naming nothing apart from it', () => {
    expect(verdicts('哪些商品不支持7天无理由退货？定制商品、团购商品')[1]).toEqual(['void', ['sale_items_excluded']]);
    // Statutory goods alone are lawful to exclude.
    expect(verdicts('哪些商品不支持7天无理由退货？定制商品、生鲜食品').every(([v]) => v === 'lawful')).toBe(true);
    // "See the product page" names nothing: the generic question and the pointer both refuse nothing.
    expect(readAnswer('哪些商品不支持7天无理由退货?', '详见商品页面', false)).toBeUndefined();
    expect(verdicts('哪些商品不支持7天无理由退货？详见商品页面').every(([v]) => v === 'lawful')).toBe(true);
  });

  it('reads a "no" to another matter, or to a restriction asked about, as no refusal of the return', () => {
    expectAllLawful([
      '能退运费吗？不能。',
      '能换货吗？不能，只能退货。',
      'Will you charge a restocking fee? No.',
      '退款要等售后期满后吗？不，收到退货后3天内退款。',
      '特价商品不能退吗？不，特价商品同样支持7天无理由退货。',
    ]);
  });

  it('stays linear on a long question: pairs are only read up to a sentence in length', () => {
    // A 20,000-character "question" is no FAQ pair; the reading neither links it nor backtracks over it.
    const long = `${'不'.repeat(19_990)}?`;
    expect(readAnswer(long, '定制商品', false)).toBeUndefined();
  });
});
