import * as z from 'zod';
import { addDays, daysBetween } from '#shared/legal-days.js';
import type { Services } from '#shared/services.js';
import { shanghaiDay } from '#shared/time.js';
import { decidingRule, type QueueEntry } from '#store/reviews.js';

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
  'createdAt',
  'type',
  'id',
  'shopId',
  'orderId',
  'sku',
  'item',
  'priceFen',
  'quantity',
  'verdictOrFlag',
  'decidingRule',
  'reason',
  'finalVerdict',
  'outcome',
  'resolvedBy',
  'resolvedAt',
  'justification',
  'proposedBy',
  'proposalJustification',
  'hoursToResolve',
  'flags',
] as const;

/** One CSV line (CRLF-terminated) per resolved queue item. */
export function csvRow(entry: QueueEntry): string {
  const isCheck = entry.type === 'check';
  const record = entry.record;
  const history = record.review.history;
  const last = history.at(-1);
  const proposal = last?.action === 'approve' ? history.findLast((h) => h.action === 'override') : undefined;
  const createdAt = isCheck ? entry.record.decidedAt : entry.record.createdAt;
  const hours =
    last && Number.isFinite(Date.parse(last.resolvedAt))
      ? ((Date.parse(last.resolvedAt) - Date.parse(createdAt)) / 3_600_000).toFixed(1)
      : '';
  const item = isCheck ? entry.record.request.item : undefined;
  const row = [
    createdAt,
    entry.type,
    isCheck ? entry.record.checkId : entry.record.flagId,
    record.shopId,
    record.orderId,
    (isCheck ? entry.record.sku : entry.record.sku) ?? '',
    item?.name ?? '',
    item ? String(item.priceFen) : '',
    item ? String(item.quantity) : '',
    isCheck ? entry.record.verdict : entry.record.flag,
    isCheck ? (decidingRule(entry.record) ?? '') : '',
    isCheck ? entry.record.request.refusal.reason : '',
    record.review.finalVerdict ?? '',
    (record.review as { outcome?: string }).outcome ?? '',
    last?.resolvedBy ?? '',
    last?.resolvedAt ?? '',
    last?.justification ?? '',
    proposal?.resolvedBy ?? '',
    proposal?.justification ?? '',
    hours,
    isCheck ? '' : entry.record.flag,
  ];
  return `${row.map(csvCell).join(',')}\r\n`;
}

/**
 * The period's resolved queue items as CSV (UTF-8 with a BOM so spreadsheet programs read Chinese,
 * CRLF lines), streamed page by page from the `resolved` queue index: memory stays bounded by one
 * page however long the period.
 */
export function resolvedCsvStream(services: Services, period: Period, shopId?: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = services.reviews.pages({ status: 'resolved', shopId, from: period.from, to: period.to, pageSize: 100 });
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`));
        return;
      }
      const next = await pages.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvRow).join('')));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
