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
