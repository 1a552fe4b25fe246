import * as z from 'zod';
import { CitationSchema, MessageSchema } from './check.js';

/** The issue codes of contract 1.1, "Policy lint" (RULES.md §5). */
export const POLICY_ISSUES = [
  'no_returns_at_all',
  'sale_items_excluded',
  'opened_packaging_excluded',
  'window_shorter_than_law',
  'excluded_without_confirmation',
  'quality_return_shipping_on_consumer',
  'quality_returns_refused',
  'exchange_only',
  'gift_charged_at_full_price',
  'refund_later_than_law',
  'final_interpretation_right',
  'burden_of_proof_on_consumer',
  'inspection_notice_too_short',
  'deductions_not_allowed',
  'tags_condition_overreach',
  'other_void',
] as const;
export const PolicyIssueSchema = z.enum(POLICY_ISSUES);
export type PolicyIssue = z.infer<typeof PolicyIssueSchema>;

export const CLAUSE_VERDICTS = ['void', 'lawful', 'review'] as const;
export const ClauseVerdictSchema = z.enum(CLAUSE_VERDICTS);
export type ClauseVerdict = z.infer<typeof ClauseVerdictSchema>;

/** The longest policy text the lint reads (contract 1.1). */
export const MAX_POLICY_CHARS = 20_000;

/** What the shop promises beyond the law, when the text alone does not say it. */
export const PolicyTermsSchema = z
  .strictObject({
    returnWindowDays: z
      .number()
      .int()
      .min(0)
      .max(3650)
      .optional()
      .describe('The no-reason return window the shop promises, in days'),
    coversExcludedGoods: z.boolean().optional().describe('The promise also covers goods the law excludes'),
  })
  .describe('What the shop promises beyond the law, when the text alone does not say it');
export type PolicyTerms = z.infer<typeof PolicyTermsSchema>;

/**
 * `POST /v1/policies/lint`: the policy text (1–20,000 characters) and optional promise terms.
 * Strict: an unknown field is a 400 naming it.
 *
 * @example PolicyLintRequestSchema.parse({ text: '特价商品不退不换。' })
 */
export const PolicyLintRequestSchema = z.strictObject({
  text: z
    .string()
    .min(1)
    .max(MAX_POLICY_CHARS)
    .refine((value) => value.trim().length > 0, 'must contain text, not only whitespace')
    .refine((value) => value.isWellFormed(), 'must be well-formed Unicode text')
    .describe("The shop's published return / after-sales policy, Chinese or English, up to 20,000 characters"),
  policy: PolicyTermsSchema.optional(),
});
export type PolicyLintRequest = z.infer<typeof PolicyLintRequestSchema>;

export const LintedClauseSchema = z.object({
  text: z.string().describe('The clause, exactly as in the text sent'),
  start: z.number().int().min(0).describe('Its start offset in the text sent'),
  end: z.number().int().min(0).describe('Its end offset (exclusive)'),
  verdict: ClauseVerdictSchema.describe('`void` (a term the law makes void), `lawful` or `review`'),
  issues: z.array(PolicyIssueSchema).describe('Why it is void or needs review'),
  citations: z.array(CitationSchema).describe('The provisions behind the issues, with their texts'),
  message: MessageSchema,
  suggestion: MessageSchema,
});
export type LintedClause = z.infer<typeof LintedClauseSchema>;

export const PolicyLintResponseSchema = z.object({
  rulesetVersion: z.string().describe('The ruleset whose policy pack judged it'),
  policyRevision: z
    .string()
    .describe(
      "The revision of the policy pack's reading (e.g. `cn-policy.5`); the same text gets the same answer under the same revision (extension of contract 1.1)",
    ),
  clauses: z.array(LintedClauseSchema).describe('The policy split into clauses (sentences and list items), in order'),
});
export type PolicyLintResponse = z.infer<typeof PolicyLintResponseSchema>;
