import * as z from 'zod';
import { MessageSchema, ResolutionSchema, VERDICTS } from './check.js';
import { ExternalIdSchema, visibleLength } from './common.js';

/**
 * The kinds of flag reconciliation raises (the contract's webhooks section; `facts_changed_after_block`
 * is contract 1.1, raised when a check comes out ALLOW on new facts after an open BLOCK).
 */
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
  status: z.enum(QUEUE_STATUSES).default('open'),
  shopId: ExternalIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuerySchema>;

/** POST /v1/reviews/{checkId}/resolution body. */
export const ResolutionRequestSchema = z.strictObject({
  action: z.enum(RESOLUTION_ACTIONS),
  justification: z
    .string()
    .trim()
    .max(4000, 'must be at most 4000 characters')
    // Contract 1.1: whitespace and invisible characters (zero-width spaces …) do not count.
    .refine((text) => visibleLength(text) >= 10, 'must have at least 10 visible characters'),
  expectedVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type ResolutionRequest = z.infer<typeof ResolutionRequestSchema>;

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
    status: z.enum(['none', 'open', 'resolved']),
    version: z.number().int(),
    finalVerdict: z.enum(VERDICTS).optional(),
    outcome: z.enum(REVIEW_OUTCOMES).optional(),
    history: z.array(ResolutionSchema),
  }),
});
export type FlagView = z.infer<typeof FlagViewSchema>;
