import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LintedClauseSchema } from '#schemas/policy-lint.js';
import { correctedPolicy, lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

/** Pieces real policies are made of, shuffled into arbitrary texts with arbitrary noise between. */
const PIECES = [
  '特价商品不退不换',
  '七天无理由退货',
  '拆封',
  '72小时',
  '十五个工作日',
  '（一）',
  '①',
  '1、',
  '- ',
  '\n',
  '。',
  '；',
  ';',
  '：',
  'All sales are final.',
  '退款',
  '運費由買家承擔',
  '５天',
  '满168小时',
  '最终解释权',
  '\r\n',
  '  ',
];

describe('Policy lint on a page pasted as one line', () => {
  it('reads a long line by blocks of its clauses: a scope near a clause applies, and every clause is answered', () => {
    // Before cn-policy.140 (code only) every clause read its whole line: 4,000 sentences on one 20,000-character line
    // took over ten seconds. The line is now read in blocks around each clause.
    const near = '本店为跨境电商，商品从保税仓发货。特价商品不退不换。';
    const text = `${'退货须知。'.repeat(1500)}${near}${'退货须知。'.repeat(2000)}`;
    const clauses = lintWithCurrentRuleset(text).clauses;
    expect(clauses).toHaveLength(3502);
    expect(clauses.find((clause) => clause.text === '特价商品不退不换。')?.verdict).toBe('review');
    expect(clauses.filter((clause) => clause.verdict !== 'lawful')).toHaveLength(1);
  });

  it('reads a statement about the whole shop however far away, and a mere mention only near the clause (cn-policy.144)', () => {
    // cn-policy.141 read scopes in the blocks around the clause only: a cross-border notice about the whole shop 17,000
    // characters away was lost. cn-policy.142 read the whole line: a prescription-drug item far away turned an unrelated
    // refusal to review.
    const filler = '退货须知。'.repeat(3400);
    expect(
      lintWithCurrentRuleset(`本店为跨境电商，商品从保税仓发货。${filler}特价商品不退不换。`).clauses.at(-1)?.verdict,
    ).toBe('review');
    expect(
      lintWithCurrentRuleset(`处方药品一经售出不予退换。${filler}特价商品不退不换。`).clauses.at(-1)?.verdict,
    ).toBe('void');
    // On another line too: the statement is about the whole shop.
    expect(
      lintWithCurrentRuleset('本店为网上药房，所售商品均为药品。\n特价商品不退不换。').clauses.at(-1)?.verdict,
    ).toBe('review');
  });
});

describe('Policy lint on adversarial text (an adversarial review of cn-policy.141)', () => {
  it('reads a lead-in longer than 300 characters by its first and last parts: its items still read its refusal', () => {
    // A lead-in of 10,000 characters over 2,500 items was read whole with every item (minutes of CPU).
    const lead = `${'本店所售商品均经严格质检'.repeat(40)}，以下商品不支持退货：`;
    const clauses = lintWithCurrentRuleset(`${lead}\n${'- 特价商品\n'.repeat(3)}`).clauses;
    expect(lead.length).toBeGreaterThan(300);
    expect(clauses.slice(1).map((clause) => clause.issues)).toEqual([
      ['sale_items_excluded'],
      ['sale_items_excluded'],
      ['sale_items_excluded'],
    ]);
    // The refusal opening a long lead-in is read too (cn-policy.143 read only the last 300 characters).
    const opening = `以下商品不支持七天无理由退货，${'本店所售商品均经严格质检'.repeat(40)}，具体包括：`;
    expect(lintWithCurrentRuleset(`${opening}\n- 特价商品`).clauses.at(-1)?.issues).toEqual(['sale_items_excluded']);
  });

  it('answers the inputs that were slow: long digit runs, long parts before a refund deferred, long lead-ins', () => {
    for (const text of [
      // The tenth code review (cn-policy.170): exponential on a resale test defined by a long list left open.
      `退货须不影响二次销售（${'商品完好、'.repeat(40)}否则不予退货。`,
      `退货须不影响二次销售（${'商品完好、'.repeat(3_990)}`,
      // A fourth adversarial review (cn-policy.146): 5.2 s, 1.6 s and 1.5 s before.
      `运费${'，'.repeat(19_998)}`,
      `节假日不顺延，${'收到起1日'.repeat(1_000)}，价保${'，'.repeat(15_000)}`,
      `频繁退货不会限制，${'限制'.repeat(9_995)}`,
      // A third adversarial review (cn-policy.145): 32 s, 11 s and 0.8 s before.
      `过保后，质量问题请联系厂家售后（${`${'费'.repeat(50)}，质量问题请联系厂家售后`.repeat(323)}`,
      `仓库收到退货，${'发货签字即视为无误，'.repeat(2_000)}`,
      `${'软件、'.repeat(6_665)}软件不退`,
      // A second adversarial review (cn-policy.144): 25 s, 25 s and 0.8 s before ('\r' × 20,000, 3.8 s, has no clause).
      `${'un'.repeat(9_998)}u但不退`,
      `${'wi'.repeat(9_998)}w但不退`,
      `${'\r'.repeat(10_000)}特价商品不退不换。`,
      `${'商'.repeat(19_989)}﹖不支持7天无理由退货`,
      '1'.repeat(20_000),
      `${'1'.repeat(10_000)}：\n${'- 定\n'.repeat(2_500)}`,
      `${'定'.repeat(12_000)}：\n${'- ，退款在售后期结束后办理\n'.repeat(500)}`,
    ]) {
      const clauses = lintWithCurrentRuleset(text.slice(0, 20_000)).clauses;
      expect(clauses.length).toBeGreaterThan(0);
      for (const clause of clauses) LintedClauseSchema.parse(clause);
    }
    // A refund held to the period's end is still read after a long part.
    const deferred = lintWithCurrentRuleset(`${'定'.repeat(3_000)}，退款在售后期结束后办理。`).clauses;
    expect(deferred[0]?.issues).toEqual(['refund_later_than_law']);
  });
});

describe('Policy lint on arbitrary text', () => {
  it('never throws, and every clause is a valid answer whose text is exactly its slice of the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...PIECES),
            fc.string({ maxLength: 8 }),
            fc.string({ unit: 'binary', maxLength: 4 }),
          ),
          {
            maxLength: 40,
          },
        ),
        (parts) => {
          const text = parts.join('');
          const result = lintWithCurrentRuleset(text);
          let previousEnd = 0;
          for (const clause of result.clauses) {
            LintedClauseSchema.parse(clause);
            expect(text.slice(clause.start, clause.end)).toBe(clause.text);
            expect(clause.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = clause.end;
          }
          expect(typeof correctedPolicy(text, result, 'zh')).toBe('string');
        },
      ),
      { numRuns: 300 },
    );
  });
});
