import * as z from 'zod';
import type { Verdict } from '#schemas/check.js';
import { addDays, daysBetween } from '#shared/legal-days.js';
import type { Services } from '#shared/services.js';
import { shanghaiDay } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';

export const MAX_PERIOD_DAYS = 366;
const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (day) =>
      Number.isFinite(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day),
  );

export interface Period {
  from: string;
  to: string;
  days: string[];
}

/**
 * The reporting period from `from`/`to` (China Standard Time calendar days, both inclusive). Default:
 * the last 30 days up to today. Undefined when malformed, reversed or longer than 366 days.
 */
export function parsePeriod(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): Period | undefined {
  const today = shanghaiDay(now);
  const to = query.to || today;
  if (!DaySchema.safeParse(to).success) return undefined;
  const from = query.from || addDays(to, -29);
  if (!DaySchema.safeParse(from).success) return undefined;
  const span = daysBetween(from, to) + 1;
  if (span < 1 || span > MAX_PERIOD_DAYS) return undefined;
  const days = Array.from({ length: span }, (_, i) => addDays(from, i));
  return { from, to, days };
}

/** Every check decided in the period, oldest first (one paginated `byDecidedDay` query per day, 8 at a time). */
export async function decisionsIn(services: Services, period: Period): Promise<CheckRecord[]> {
  const results: CheckRecord[][] = new Array(period.days.length);
  let next = 0;
  const worker = async () => {
    while (next < period.days.length) {
      const index = next++;
      results[index] = await services.reviews.decidedOn(period.days[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(8, period.days.length) }, worker));
  return results.flat();
}

export interface Summary {
  total: number;
  byVerdict: Record<Verdict, number>;
  /** BLOCK checks by their `violated` rule ids (a check breaking two rules counts for both), most first. */
  blocksByRule: { ruleId: string; count: number }[];
  overridden: number;
}

export function summarize(records: readonly CheckRecord[]): Summary {
  const byVerdict: Record<Verdict, number> = { ALLOW: 0, BLOCK: 0, REVIEW: 0 };
  const rules = new Map<string, number>();
  let overridden = 0;
  for (const record of records) {
    byVerdict[record.verdict] += 1;
    if (record.review.finalVerdict === 'ALLOW' && record.verdict !== 'ALLOW') overridden += 1;
    if (record.verdict !== 'BLOCK') continue;
    const violated = new Set(record.findings.filter((f) => f.outcome === 'violated').map((f) => f.ruleId));
    for (const ruleId of violated) rules.set(ruleId, (rules.get(ruleId) ?? 0) + 1);
  }
  const blocksByRule = [...rules.entries()]
    .map(([ruleId, count]) => ({ ruleId, count }))
    .sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId));
  return { total: records.length, byVerdict, blocksByRule, overridden };
}

/** The rule ids that carried a decision: violated and needs_review findings, or for ALLOW those supporting it. */
export function decisiveRuleIds(record: CheckRecord): string[] {
  const wanted = record.verdict === 'ALLOW' ? ['supports_refusal'] : ['violated', 'needs_review'];
  return [...new Set(record.findings.filter((f) => wanted.includes(f.outcome)).map((f) => f.ruleId))];
}

/**
 * One CSV cell per RFC 4180 (quoted when it holds a comma, quote or line break), with a guard against
 * spreadsheet formula injection: a cell whose first visible character is = + - @ (or their full-width
 * forms), after any leading whitespace, or that starts with a tab/CR, is prefixed with `'`
 * (spreadsheets skip leading spaces before a formula: ` =1+1` is still a formula).
 */
export function csvCell(value: string): string {
  const guarded = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

export const CSV_COLUMNS = [
  'decidedAt',
  'checkId',
  'shopId',
  'orderId',
  'sku',
  'verdict',
  'finalVerdict',
  'ruleIds',
  'reason',
] as const;

/** The period's decisions as CSV: UTF-8 with a BOM (so spreadsheet programs read Chinese), CRLF lines. */
export function decisionsCsv(records: readonly CheckRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records) {
    const row = [
      r.decidedAt,
      r.checkId,
      r.shopId,
      r.orderId,
      r.sku,
      r.verdict,
      r.review.finalVerdict ?? '',
      decisiveRuleIds(r).join(' '),
      r.request?.refusal?.reason ?? '',
    ];
    lines.push(row.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
