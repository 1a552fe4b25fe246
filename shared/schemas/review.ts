import * as z from 'zod';
import { daysBetween } from '#shared/legal-days.js';
import { MessageSchema, ResolutionSchema, VERDICTS } from './check.js';
import { ExternalIdSchema, visibleLength } from './common.js';

/** The kinds of flag that order-event reconciliation raises (see the contract's webhooks section). */
export const FLAG_KINDS = [
  'unchecked_refusal',
  'refusal_against_block',
  'refund_overdue',
  'facts_changed_after_block',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** The two review-queue partitions an item can be listed in. */
export const QUEUE_STATUSES = ['open', 'resolved'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const RESOLUTION_ACTIONS = ['uphold', 'override'] as const;
export type ResolutionAction = (typeof RESOLUTION_ACTIONS)[number];

/**
 * What a resolution means, beside the verdict it leaves in force:
 * - a check: `upheld` (the automatic verdict stands; a REVIEW becomes BLOCK) or `overridden` (ALLOW);
 * - a flag: `confirmed` (uphold: the shop's conduct was a breach, recorded as BLOCK) or `dismissed`
 *   (override: no breach, recorded as ALLOW).
 */
export const REVIEW_OUTCOMES = ['upheld', 'overridden', 'confirmed', 'dismissed'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** GET /v1/reviews query. */
export const ReviewListQuerySchema = z.object({
  status: z
    .enum(QUEUE_STATUSES)
    .default('open')
    .describe('`open` (including awaiting a second approval) or `resolved`'),
  shopId: ExternalIdSchema.optional().describe('One shop; absent: every shop'),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe('Page size, 1–100'),
  cursor: z.string().max(2048).optional().describe('The `cursor` of the previous page'),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

/** How many characters of a text a reader can see (one implementation, in `common.ts`). */
export { visibleLength };

/** A staff justification: at least 10 visible characters, at most 4000. */
export const JustificationSchema = z
  .string()
  .trim()
  .max(4000, 'must be at most 4000 characters')
  .refine((text) => visibleLength(text) >= 10, 'must have at least 10 visible characters')
  .describe(
    'Why: at least 10 visible characters (whitespace and invisible characters do not count); kept as evidence with your identity',
  );

/** POST /v1/reviews/{checkId}/resolution body. */
export const ResolutionRequestSchema = z.strictObject({
  action: z
    .enum(RESOLUTION_ACTIONS)
    .describe(
      '`uphold` keeps the automatic verdict (a REVIEW is confirmed as BLOCK; a flag is confirmed as a breach); `override` makes it ALLOW (a flag: dismissed). Overriding a BLOCK check only proposes it: a second staff member approves it',
    ),
  justification: JustificationSchema,
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .describe('The `review.version` you looked at; a stale one is answered 409'),
});
export type ResolutionRequest = z.infer<typeof ResolutionRequestSchema>;

/** POST /v1/reviews/{checkId}/approval body: the second staff member's answer to a proposed override. */
export const ApprovalRequestSchema = z.strictObject({
  approve: z
    .boolean()
    .describe('`true` resolves the check as overridden (ALLOW); `false` returns it to `open` with the BLOCK in force'),
  justification: JustificationSchema,
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .describe('The `review.version` of the proposal you looked at'),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequestSchema>;

/** One row of the review queue: a check (BLOCK or REVIEW) or a reconciliation flag. */
export const ReviewItemSchema = z.object({
  type: z.enum(['check', 'flag']).describe('A BLOCK/REVIEW check or a reconciliation flag'),
  id: z.string().describe('The check id or flag id: use it on the resolution route'),
  shopId: z.string().describe('The shop'),
  orderId: z.string().describe('The order'),
  sku: z.string().optional().describe('The item'),
  createdAt: z.string().describe('When it entered the queue (a check’s decidedAt), China Standard Time'),
  checkId: z.string().optional().describe('The check (checks, and flags about a check)'),
  verdict: z.enum(VERDICTS).optional().describe('A check’s automatic verdict'),
  flag: z.enum(FLAG_KINDS).optional().describe('A flag’s kind'),
  status: z.enum(QUEUE_STATUSES).describe('The queue partition: `open` or `resolved`'),
  version: z.number().int().describe('Quote it as `expectedVersion`'),
  finalVerdict: z.enum(VERDICTS).optional().describe('The verdict in force after review'),
  outcome: z
    .enum(REVIEW_OUTCOMES)
    .optional()
    .describe('`upheld`, `overridden` (checks); `confirmed`, `dismissed` (flags)'),
  ruleId: z.string().optional().describe('A check’s deciding rule: its first `violated` or `needs_review` finding'),
  returnWindowEndsAt: z.string().optional().describe('A check’s end of the no-reason return window'),
  dueAt: z.string().optional().describe('A refund_overdue flag: when the refund fell due'),
  daysOverdue: z.number().int().optional().describe('A refund_overdue flag: whole days overdue when listed'),
  reviewStatus: z
    .enum(['none', 'open', 'awaiting_second_approval', 'resolved'])
    .optional()
    .describe('The full review status (`status` names only the queue partition)'),
  itemName: z.string().optional().describe("A check's item name"),
  priceFen: z.number().int().optional().describe("A check's unit price, in fen"),
  quantity: z.number().int().optional().describe("A check's quantity"),
  reason: z.string().optional().describe("A check's stated refusal reason"),
  requestedAt: z.string().optional().describe("A check's return request time (the 15-day handling clock starts here)"),
  claimedBy: z.string().optional().describe('The staff member working on it, if someone claimed it'),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewListSchema = z.object({
  items: z.array(ReviewItemSchema).describe('Queue items, oldest first'),
  cursor: z.string().nullable().describe('Pass it to get the next page; null on the last'),
});

/** A flag as the resolution endpoint answers it. */
export const FlagViewSchema = z.object({
  type: z.literal('flag').describe('Always `flag`'),
  flagId: z.string().describe('The flag’s id'),
  flag: z.enum(FLAG_KINDS).describe('What reconciliation found'),
  shopId: z.string().describe('The shop'),
  orderId: z.string().describe('The order'),
  sku: z.string().optional().describe('The item'),
  checkId: z.string().optional().describe('The check the flag is about, if any'),
  createdAt: z.string().describe('When it was raised, China Standard Time'),
  details: z.record(z.string(), z.unknown()).describe('The facts behind the flag (event id, times, days overdue …)'),
  message: MessageSchema,
  review: z
    .object({
      status: z.enum(['none', 'open', 'awaiting_second_approval', 'resolved']).describe('The review status'),
      version: z.number().int().describe('Quote it as `expectedVersion`'),
      finalVerdict: z.enum(VERDICTS).optional().describe('BLOCK (breach confirmed) or ALLOW (dismissed)'),
      outcome: z.enum(REVIEW_OUTCOMES).optional().describe('`confirmed` or `dismissed`'),
      history: z.array(ResolutionSchema).describe('Every resolution, oldest first'),
    })
    .describe('The staff review state'),
});
export type FlagView = z.infer<typeof FlagViewSchema>;

/** GET /v1/reports/summary query. */
export const ReportQuerySchema = z
  .strictObject({
    from: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date')
      .describe('First day, China Standard Time, inclusive'),
    to: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
      .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date')
      .describe('Last day, China Standard Time, inclusive'),
    shopId: ExternalIdSchema.optional().describe('One shop; absent: every shop'),
  })
  .superRefine((q, ctx) => {
    const span = daysBetween(q.from, q.to) + 1;
    if (!(span >= 1)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (span > 366) ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period is at most 366 days' });
  });
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

const VerdictCounts = {
  ALLOW: z.number().int().describe('Checks decided ALLOW'),
  BLOCK: z.number().int().describe('Checks decided BLOCK'),
  REVIEW: z.number().int().describe('Checks decided REVIEW'),
};

/** GET /v1/reports/summary answer. */
export const ReportSummarySchema = z.object({
  from: z.string().describe('First day'),
  to: z.string().describe('Last day'),
  shopId: z.string().nullable().describe('The shop, or null for every shop'),
  checks: z
    .object({ ...VerdictCounts, total: z.number().int().describe('All checks') })
    .describe('Checks decided in the period, by automatic verdict'),
  overridden: z.number().int().describe('Of those, how many are now overridden to ALLOW by staff'),
  blocksByRule: z
    .array(
      z.object({
        ruleId: z.string().describe('The deciding rule'),
        count: z.number().int().describe('BLOCK checks it decided'),
      }),
    )
    .describe('BLOCK checks by their deciding rule, most first'),
  flags: z.record(z.string(), z.number().int()).describe('Reconciliation flags raised in the period, by kind'),
  byDay: z
    .array(
      z.object({
        date: z.string().describe('The day, China Standard Time'),
        ...VerdictCounts,
        flags: z.number().int().describe('Flags raised'),
        overridden: z.number().int().describe('Checks now overridden'),
      }),
    )
    .describe('Every day of the period, oldest first'),
  byShop: z
    .array(
      z.object({
        shopId: z.string().describe('The shop'),
        ...VerdictCounts,
        flags: z.number().int().describe('Flags raised'),
        overridden: z.number().int().describe('Checks now overridden'),
      }),
    )
    .describe('Per shop (one row when shopId is given)'),
  byReviewer: z
    .array(
      z.object({
        reviewer: z.string().describe('`<staff name> (<key id>)`'),
        resolved: z.number().int().describe('Resolutions recorded'),
        overridden: z.number().int().describe('Of which overrides'),
        overrideRate: z.number().describe('overridden / resolved'),
      }),
    )
    .describe("Resolutions of the period's items per staff member; an approved override counts for its proposer"),
  resolution: z
    .object({
      resolved: z.number().int().describe('Items of the period resolved so far'),
      averageHours: z.number().nullable().describe('Mean time from creation to first resolution, in hours'),
    })
    .describe('Time to resolve'),
});
