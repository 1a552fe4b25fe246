import * as z from 'zod';
import { RULESETS } from '#rules/index.js';
import { REQUIRED_ACTIONS, VERDICTS } from './check.js';
import { ExternalIdSchema } from './common.js';

/**
 * A calendar date `YYYY-MM-DD` (China Standard Time, the legal calendar), and a real one: 2026-02-30
 * is refused, not rolled over into March.
 *
 * @example CalendarDateSchema.parse('2026-11-30')
 */
export const CalendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a calendar date YYYY-MM-DD (China Standard Time)')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    if (year < 2014 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
    return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  }, 'is not a real calendar date from 2014 on')
  .meta({ format: 'date', example: '2026-11-01' });
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/** The longest period one replay covers: ten years of days, so a typo cannot start a century-long job. */
export const MAX_REPLAY_DAYS = 3660;

/** The days from `from` through `to`, inclusive (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** POST /v1/replays body. Unknown fields are refused by name (contract 1.1, strict requests). */
export const ReplayRequestSchema = z
  .strictObject({
    rulesetVersion: z
      .string()
      .min(1)
      .max(64)
      .refine((id) => RULESETS.find(id) !== undefined, {
        message: `is not a released ruleset (known: ${RULESETS.list()
          .map((r) => r.id)
          .join(', ')})`,
      })
      .meta({
        description: `A released ruleset (GET /v1/rulesets): ${RULESETS.list()
          .map((r) => `${r.id} (${r.status})`)
          .join(', ')}`,
        example: 'cn-2024-07-01',
      }),
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    shopId: ExternalIdSchema.optional(),
  })
  .superRefine((value, ctx) => {
    const days = daysBetween(value.from, value.to);
    if (days < 1) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
    else if (days > MAX_REPLAY_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a replay covers at most ${MAX_REPLAY_DAYS} days` });
  });
export type ReplayRequest = z.infer<typeof ReplayRequestSchema>;

export const REPLAY_STATUSES = ['running', 'done', 'failed'] as const;
export type ReplayStatus = (typeof REPLAY_STATUSES)[number];

/** A replay id: a ULID. */
export const ReplayIdSchema = z.object({
  replayId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'must be a replay id (26-character ULID)'),
});

/** POST /v1/replays answer (202). */
export const ReplayAcceptedSchema = z.object({
  replayId: z.string(),
  status: z.literal('running'),
});
export type ReplayAccepted = z.infer<typeof ReplayAcceptedSchema>;

/** GET /v1/replays/{replayId} query: the page of changed checks. */
export const ReplayItemsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});
export type ReplayItemsQuery = z.infer<typeof ReplayItemsQuerySchema>;

/** One stored check that the replayed ruleset decides differently (verdict, actions or deciding rules). */
export const ReplayItemSchema = z.object({
  checkId: z.string(),
  shopId: z.string(),
  orderId: z.string(),
  decidedAt: z.string(),
  storedRulesetVersion: z.string(),
  storedVerdict: z.enum(VERDICTS),
  replayedVerdict: z.enum(VERDICTS),
  /** The rule ids of the stored findings whose outcome decided the stored verdict. */
  storedDecidingRules: z.array(z.string()),
  replayedDecidingRules: z.array(z.string()),
  storedRequiredActions: z.array(z.enum(REQUIRED_ACTIONS)),
  replayedRequiredActions: z.array(z.enum(REQUIRED_ACTIONS)),
});
export type ReplayItem = z.infer<typeof ReplayItemSchema>;

/** GET /v1/replays/{replayId} answer. */
export const ReplayViewSchema = z.object({
  replayId: z.string(),
  status: z.enum(REPLAY_STATUSES),
  rulesetVersion: z.string(),
  from: z.string(),
  to: z.string(),
  shopId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** When the replay last saved progress, and when it finished. */
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  /** Index pages worked so far. */
  pages: z.number().int(),
  scanned: z.number().int(),
  changed: z.number().int(),
  /** Changed checks by `stored→replayed` verdict (`BLOCK→BLOCK` when only actions or rules change). */
  transitions: z.record(z.string(), z.number().int()),
  error: z.string().optional(),
  items: z.array(ReplayItemSchema),
  cursor: z.string().nullable(),
});
export type ReplayView = z.infer<typeof ReplayViewSchema>;

/** GET /v1/rulesets answer. */
export const RulesetListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['current', 'retired', 'candidate']),
      lawBaseline: z.string(),
      releasedAt: z.string(),
      changes: z.array(z.string()),
      revises: z.string().optional(),
      jurisdiction: z.string(),
    }),
  ),
});
export type RulesetList = z.infer<typeof RulesetListSchema>;
