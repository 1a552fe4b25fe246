import { shanghaiDay } from '#shared/time.js';

const DAY_MS = 24 * 3600 * 1000;

/** Days the seller has to refund after receiving the returned goods. */
export const REFUND_DAYS = 7;

/**
 * When the refund for returned goods falls due.
 *
 * CRPL 25 ¶3: "经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款。"
 * NRR-MEASURES 13: the seller refunds "自收到退回商品之日起七日内".
 *
 * Interpretation:
 * - The day of receipt R is the China Standard Time calendar day of `return.received`'s `occurredAt`.
 * - Counting starts the next day (CIVIL-CODE 201: a period counted in days excludes its first day), so
 *   the seventh day is R+7 and the period ends at its 24:00 (CIVIL-CODE 203 ¶2), written as
 *   `R+7T23:59:59.999+08:00`.
 * - Simplification: no holiday extension (CIVIL-CODE 203 ¶1) is applied to this payment deadline;
 *   refunds are electronic and a flag is a prompt for staff review, not a verdict.
 *
 * @example refundDueAt('2026-03-03T15:00:00+08:00') // '2026-03-10T23:59:59.999+08:00'
 */
export function refundDueAt(receivedAt: string): string {
  return `${addDays(shanghaiDay(receivedAt), REFUND_DAYS)}T23:59:59.999+08:00`;
}

/**
 * Calendar days (China Standard Time) from the due day to the day of `at`: 0 while `at` is on or before
 * the due day, 1 on the first day late.
 *
 * @example daysOverdue('2026-03-10T23:59:59.999+08:00', '2026-03-13T09:00:00+08:00') // 3
 */
export function daysOverdue(dueAt: string, at: Date | string): number {
  const days = (Date.parse(`${shanghaiDay(at)}T00:00:00Z`) - Date.parse(`${shanghaiDay(dueAt)}T00:00:00Z`)) / DAY_MS;
  return Math.max(0, Math.round(days));
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
