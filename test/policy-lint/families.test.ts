import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ClauseVerdictSchema } from '#schemas/policy-lint.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';

/**
 * Families of phrasing (issue 12): the same refusal, scope or demand worded the ways shops word it,
 * labelled from RULES.md §5 and the statutes. The lint must read the family, not one sentence of it.
 */
const FamilyCaseSchema = z.strictObject({
  family: z.string().min(3),
  verdict: ClauseVerdictSchema,
  text: z.string().min(1),
  /** The clause (by position) whose verdict is labelled, where the text's others differ (a heading after a list). */
  clause: z.number().int().min(0).optional(),
});
type FamilyCase = z.infer<typeof FamilyCaseSchema>;

const CASES: FamilyCase[] = z
  .array(FamilyCaseSchema)
  .parse(JSON.parse(readFileSync(new URL('./families.json', import.meta.url), 'utf8')));

function verdictOf(text: string, clause?: number): 'void' | 'review' | 'lawful' {
  const clauses = lintWithCurrentRuleset(text).clauses;
  const verdicts = (clause === undefined ? clauses : clauses.slice(clause, clause + 1)).map((c) => c.verdict);
  return verdicts.includes('void') ? 'void' : verdicts.includes('review') ? 'review' : 'lawful';
}

describe('Policy lint: families of phrasing', () => {
  for (const family of [...new Set(CASES.map((c) => c.family))]) {
    it(`reads ${family}`, () => {
      const wrong = CASES.filter((c) => c.family === family && verdictOf(c.text, c.clause) !== c.verdict).map(
        (c) => `${c.verdict}${c.clause === undefined ? '' : ` (clause ${c.clause})`}: ${c.text}`,
      );
      expect(wrong).toEqual([]);
    });
  }

  it('gives every void clause of the families a citation, and a message and a suggestion in both languages', () => {
    for (const { text } of CASES.filter((c) => c.verdict === 'void')) {
      for (const clause of lintWithCurrentRuleset(text).clauses.filter((c) => c.verdict === 'void')) {
        expect(clause.citations.length, text).toBeGreaterThan(0);
        for (const part of [clause.message.zh, clause.message.en, clause.suggestion.zh, clause.suggestion.en])
          expect(part.length, text).toBeGreaterThan(10);
      }
    }
  });
});
