import * as z from 'zod';
import { ExternalIdSchema } from '#schemas/common.js';
import type { ReviewItem } from '#schemas/review.js';
import { addDays, daysBetween, endOfLegalDay, legalDay } from '#shared/legal-days.js';
import { shanghaiDay } from '#shared/time.js';

/** Rows per queue page. */
export const QUEUE_PAGE_SIZE = 25;
/** At most this many queue items are read for one view (filters, counts and sorting work on them). */
export const QUEUE_SCAN_LIMIT = 2000;
/** The 15-day handling duty after a return request (NRR-MEASURES 31(2)). */
export const HANDLING_DAYS = 15;

const blank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a calendar date');

/** The queue page's query: search, filters, sort and page. Empty form fields count as absent. */
export const QueueQuerySchema = z
  .object({
    q: z.preprocess(blank, z.string().trim().max(128).optional()),
    status: z.preprocess(blank, z.enum(['open', 'awaiting', 'resolved']).default('open')),
    kind: z.preprocess(blank, z.string().max(64).optional()),
    rule: z.preprocess(blank, z.string().max(128).optional()),
    shopId: z.preprocess(blank, ExternalIdSchema.optional()),
    from: z.preprocess(blank, DaySchema.optional()),
    to: z.preprocess(blank, DaySchema.optional()),
    urgency: z.preprocess(blank, z.enum(['any', 'overdue', 'soon']).default('any')),
    sort: z.preprocess(blank, z.enum(['age', 'deadline']).default('age')),
    page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

/** The legal deadline that matters most for a queue item now. */
export interface Deadline {
  /** `refund`: 7 days after the goods came back; `handling`: 15 days after the request; `window`: the no-reason window. */
  kind: 'refund' | 'handling' | 'window';
  at: string;
  /** Whole China Standard Time days from today to the deadline's day (negative: overdue). */
  days: number;
  overdue: boolean;
}

export interface QueueRow {
  item: ReviewItem;
  deadline?: Deadline;
}

const calendarDays = daysBetween;

/** The end (23:59:59.999 China Standard Time) of the day `days` after `iso`'s day. */
export function endOfDayAfter(iso: string, days: number): string {
  return endOfLegalDay(addDays(legalDay(iso), days));
}

function deadline(kind: Deadline['kind'], at: string, now: Date): Deadline {
  return { kind, at, days: calendarDays(shanghaiDay(now), shanghaiDay(at)), overdue: now.getTime() > Date.parse(at) };
}

/**
 * The deadline of a queue item: an overdue-refund flag's refund date; a check's 15-day handling
 * duty from the return request (NRR-MEASURES 31(2)), or, for a REVIEW whose no-reason window is still
 * running and ends sooner, the window's end.
 */
export function deadlineOf(item: ReviewItem, now: Date): Deadline | undefined {
  if (item.dueAt) return deadline('refund', item.dueAt, now);
  if (item.type !== 'check' || !item.requestedAt) return undefined;
  const handling = endOfDayAfter(item.requestedAt, HANDLING_DAYS);
  const window = item.returnWindowEndsAt;
  if (
    item.verdict === 'REVIEW' &&
    window &&
    Date.parse(window) > now.getTime() &&
    Date.parse(window) < Date.parse(handling)
  )
    return deadline('window', window, now);
  return deadline('handling', handling, now);
}

/** The filter value of an item's kind: its verdict (checks) or `flag:<kind>`. */
export function kindOf(item: ReviewItem): string {
  return item.type === 'check' ? (item.verdict ?? 'check') : `flag:${item.flag ?? ''}`;
}

function urgencyOf(row: QueueRow): 'overdue' | 'soon' | 'later' {
  if (!row.deadline) return 'later';
  if (row.deadline.overdue) return 'overdue';
  return row.deadline.days <= 2 ? 'soon' : 'later';
}

function matches(item: ReviewItem, needle: string): boolean {
  return [item.orderId, item.sku, item.id, item.checkId, item.itemName].some((value) =>
    value?.toLowerCase().includes(needle),
  );
}

export interface QueueView {
  rows: QueueRow[];
  total: number;
  page: number;
  pages: number;
  counts: { kind: Record<string, number>; rule: Record<string, number>; urgency: Record<string, number> };
}

function tally(into: Record<string, number>, key: string | undefined) {
  if (key) into[key] = (into[key] ?? 0) + 1;
}

/**
 * Filters, counts, sorts and pages the items of one view. Counts are per filter value over the items
 * that match every OTHER filter, so each option says how many rows choosing it would show.
 */
export function queueView(items: readonly ReviewItem[], query: QueueQuery, now: Date): QueueView {
  const needle = query.q?.toLowerCase();
  const rows = items
    .filter((item) => (query.status === 'awaiting' ? item.reviewStatus === 'awaiting_second_approval' : true))
    .filter((item) => !needle || matches(item, needle))
    .map((item): QueueRow => {
      const due = deadlineOf(item, now);
      return due ? { item, deadline: due } : { item };
    });
  const byKind = (row: QueueRow) => !query.kind || kindOf(row.item) === query.kind;
  const byRule = (row: QueueRow) => !query.rule || row.item.ruleId === query.rule;
  const byUrgency = (row: QueueRow) => query.urgency === 'any' || urgencyOf(row) === query.urgency;
  const counts: QueueView['counts'] = { kind: {}, rule: {}, urgency: {} };
  for (const row of rows) {
    if (byRule(row) && byUrgency(row)) tally(counts.kind, kindOf(row.item));
    if (byKind(row) && byUrgency(row)) tally(counts.rule, row.item.ruleId);
    if (byKind(row) && byRule(row)) tally(counts.urgency, urgencyOf(row));
  }
  const shown = rows.filter((row) => byKind(row) && byRule(row) && byUrgency(row));
  if (query.sort === 'deadline')
    shown.sort(
      (a, b) =>
        (a.deadline ? Date.parse(a.deadline.at) : Number.POSITIVE_INFINITY) -
          (b.deadline ? Date.parse(b.deadline.at) : Number.POSITIVE_INFINITY) ||
        Date.parse(a.item.createdAt) - Date.parse(b.item.createdAt),
    );
  else shown.sort((a, b) => Date.parse(a.item.createdAt) - Date.parse(b.item.createdAt));
  const pages = Math.max(1, Math.ceil(shown.length / QUEUE_PAGE_SIZE));
  const page = Math.min(query.page, pages);
  return {
    rows: shown.slice((page - 1) * QUEUE_PAGE_SIZE, page * QUEUE_PAGE_SIZE),
    total: shown.length,
    page,
    pages,
    counts,
  };
}

/** The default period of a view: all open items; the last 30 days of resolved ones. */
export function queuePeriod(query: QueueQuery, now: Date): { from: string; to: string } {
  const to = query.to ?? shanghaiDay(now);
  const from = query.from ?? (query.status === 'resolved' ? addDays(legalDay(now), -29) : '2000-01-01');
  return { from, to };
}

/** The URL of the queue with this query, changed by `patch` (undefined removes a parameter). */
export function queueHref(
  query: Partial<QueueQuery>,
  patch: Partial<Record<keyof QueueQuery, string | number | undefined>> = {},
): string {
  const merged: Record<string, unknown> = { ...query, ...patch };
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === '') continue;
    if (name === 'page' && value === 1) continue;
    if (name === 'status' && value === 'open') continue;
    if (name === 'urgency' && value === 'any') continue;
    if (name === 'sort' && value === 'age') continue;
    params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `/console?${search}` : '/console';
}
