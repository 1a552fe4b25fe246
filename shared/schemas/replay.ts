import * as z from 'zod';
import { RULESETS } from '#rules/index.js';
import { daysBetween as calendarDaysBetween } from '#shared/legal-days.js';
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
  return calendarDaysBetween(from, to) + 1;
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
    from: CalendarDateSchema.describe('First day of the period, China Standard Time'),
    to: CalendarDateSchema.describe('Last day of the period, inclusive'),
    shopId: ExternalIdSchema.optional().describe('One shop; absent: every shop'),
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
  replayId: z.string().describe('Poll GET /v1/replays/{replayId}'),
  status: z.literal('running').describe('Always `running` at first'),
});
export type ReplayAccepted = z.infer<typeof ReplayAcceptedSchema>;

/** GET /v1/replays/{replayId} query: the page of changed checks. */
export const ReplayItemsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Changed checks per page, 1–100'),
  cursor: z.string().max(2048).optional().describe('The `cursor` of the previous page'),
});
export type ReplayItemsQuery = z.infer<typeof ReplayItemsQuerySchema>;

/** One stored check that the replayed ruleset decides differently (verdict, actions or deciding rules). */
export const ReplayItemSchema = z.object({
  checkId: z.string().describe('The stored check'),
  shopId: z.string().describe('Its shop'),
  orderId: z.string().describe('Its order'),
  decidedAt: z.string().describe('When it was decided'),
  storedRulesetVersion: z.string().describe('The ruleset that decided it'),
  storedVerdict: z.enum(VERDICTS).describe('The stored verdict'),
  replayedVerdict: z.enum(VERDICTS).describe('What the replayed ruleset decides on the same facts'),
  /** The rule ids of the stored findings whose outcome decided the stored verdict. */
  storedDecidingRules: z.array(z.string()).describe('The rules that decided the stored verdict'),
  replayedDecidingRules: z.array(z.string()).describe('The rules that decide the replayed verdict'),
  storedRequiredActions: z.array(z.enum(REQUIRED_ACTIONS)).describe('The stored required actions'),
  replayedRequiredActions: z.array(z.enum(REQUIRED_ACTIONS)).describe('The replayed required actions'),
});
export type ReplayItem = z.infer<typeof ReplayItemSchema>;

/** GET /v1/replays/{replayId} answer. */
export const ReplayViewSchema = z.object({
  replayId: z.string().describe('The replay'),
  status: z.enum(REPLAY_STATUSES).describe('`running`, `done` or `failed`'),
  rulesetVersion: z.string().describe('The ruleset replayed'),
  from: z.string().describe('First day of the period'),
  to: z.string().describe('Last day of the period'),
  shopId: z.string().nullable().describe('The shop, or null for every shop'),
  createdAt: z.string().describe('When it was started'),
  createdBy: z.string().describe('The staff member who started it'),
  /** When the replay last saved progress, and when it finished. */
  updatedAt: z.string().describe('When it last saved progress'),
  completedAt: z.string().nullable().describe('When it finished, or null'),
  /** Index pages worked so far. */
  pages: z.number().int().describe('Index pages worked so far'),
  scanned: z.number().int().describe('Stored checks re-decided so far'),
  changed: z.number().int().describe('Of which would change'),
  /** Changed checks by `stored→replayed` verdict (`BLOCK→BLOCK` when only actions or rules change). */
  transitions: z
    .record(z.string(), z.number().int())
    .describe('Changed checks by `stored→replayed` verdict (`BLOCK→BLOCK` when only actions or rules change)'),
  error: z.string().optional().describe('Why it failed'),
  items: z.array(ReplayItemSchema).describe('One page of the checks that would change'),
  cursor: z.string().nullable().describe('Pass it to get the next page; null on the last'),
});
export type ReplayView = z.infer<typeof ReplayViewSchema>;

/** GET /v1/rulesets answer. */
export const RulesetListSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.string().describe('The ruleset id, e.g. `cn-2024-07-01.r2`'),
        status: z.enum(['current', 'retired', 'candidate']).describe('`current` decides new checks'),
        lawBaseline: z.string().describe('The date of the law it reads'),
        releasedAt: z.string().describe('When it was released'),
        changes: z.array(z.string()).describe('What it changed'),
        revises: z.string().optional().describe('The ruleset it revises'),
        jurisdiction: z.string().describe('Whose law'),
      }),
    )
    .describe('Every released ruleset, oldest first'),
});
export type RulesetList = z.infer<typeof RulesetListSchema>;
