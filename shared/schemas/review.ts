import * as z from 'zod';
import { MessageSchema, ResolutionSchema, VERDICTS } from './check.js';
import { ExternalIdSchema } from './common.js';

/** The kinds of flag that order-event reconciliation raises (see the contract's webhooks section). */
export const FLAG_KINDS = ['unchecked_refusal', 'refusal_against_block', 'refund_overdue'] as const;
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
  status: z.enum(QUEUE_STATUSES).default('open'),
  shopId: ExternalIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

/** Characters that take no visible space: whitespace, format characters (zero-width, BOM, bidi marks). */
const INVISIBLE = /[\s\p{Cf}\p{Zs}\u115F\u1160\u3164\uFFA0]/gu;

/** The number of visible characters of a text (contract 1.1: whitespace and invisible characters do not count). */
export function visibleLength(text: string): number {
  return [...text.replace(INVISIBLE, '')].length;
}

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
  type: z.enum(['check', 'flag']),
  id: z.string(),
  shopId: z.string(),
  orderId: z.string(),
  sku: z.string().optional(),
  createdAt: z.string(),
  checkId: z.string().optional(),
  verdict: z.enum(VERDICTS).optional(),
  flag: z.enum(FLAG_KINDS).optional(),
  status: z.enum(QUEUE_STATUSES),
  version: z.number().int(),
  finalVerdict: z.enum(VERDICTS).optional(),
  outcome: z.enum(REVIEW_OUTCOMES).optional(),
  /** The deciding rule of a check: its first `violated` or `needs_review` finding. */
  ruleId: z.string().optional(),
  /** A check's end of the consumer's no-reason return window. */
  returnWindowEndsAt: z.string().optional(),
  /** A refund_overdue flag: when the refund fell due, and how many whole days ago (at listing time). */
  dueAt: z.string().optional(),
  daysOverdue: z.number().int().optional(),
  reviewStatus: z
    .enum(['none', 'open', 'awaiting_second_approval', 'resolved'])
    .optional()
    .describe('The full review status (`status` names only the queue partition)'),
  itemName: z.string().optional().describe("A check's item name"),
  priceFen: z.number().int().optional().describe("A check's unit price, in fen"),
  quantity: z.number().int().optional(),
  reason: z.string().optional().describe("A check's stated refusal reason"),
  requestedAt: z.string().optional().describe("A check's return request time (the 15-day handling clock starts here)"),
  claimedBy: z.string().optional().describe('The staff member working on it, if someone claimed it'),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewListSchema = z.object({
  items: z.array(ReviewItemSchema),
  cursor: z.string().nullable(),
});

/** A flag as the resolution endpoint answers it. */
export const FlagViewSchema = z.object({
  type: z.literal('flag'),
  flagId: z.string(),
  flag: z.enum(FLAG_KINDS),
  shopId: z.string(),
  orderId: z.string(),
  sku: z.string().optional(),
  checkId: z.string().optional(),
  createdAt: z.string(),
  details: z.record(z.string(), z.unknown()),
  message: MessageSchema,
  review: z.object({
    status: z.enum(['none', 'open', 'awaiting_second_approval', 'resolved']),
    version: z.number().int(),
    finalVerdict: z.enum(VERDICTS).optional(),
    outcome: z.enum(REVIEW_OUTCOMES).optional(),
    history: z.array(ResolutionSchema),
  }),
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
    const span = (Date.parse(`${q.to}T00:00:00Z`) - Date.parse(`${q.from}T00:00:00Z`)) / 86_400_000 + 1;
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
  from: z.string(),
  to: z.string(),
  shopId: z.string().nullable().describe('The shop, or null for every shop'),
  checks: z
    .object({ ...VerdictCounts, total: z.number().int() })
    .describe('Checks decided in the period, by automatic verdict'),
  overridden: z.number().int().describe('Of those, how many are now overridden to ALLOW by staff'),
  blocksByRule: z
    .array(z.object({ ruleId: z.string(), count: z.number().int() }))
    .describe('BLOCK checks by their deciding rule, most first'),
  flags: z.record(z.string(), z.number().int()).describe('Reconciliation flags raised in the period, by kind'),
  byDay: z
    .array(
      z.object({
        date: z.string(),
        ...VerdictCounts,
        flags: z.number().int(),
        overridden: z.number().int(),
      }),
    )
    .describe('Every day of the period, oldest first'),
  byShop: z
    .array(z.object({ shopId: z.string(), ...VerdictCounts, flags: z.number().int(), overridden: z.number().int() }))
    .describe('Per shop (one row when shopId is given)'),
  byReviewer: z
    .array(
      z.object({
        reviewer: z.string(),
        resolved: z.number().int(),
        overridden: z.number().int(),
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
