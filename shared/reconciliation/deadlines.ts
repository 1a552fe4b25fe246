import { addDays, endOfLegalDay, legalDay } from '#shared/legal-days.js';

export { daysOverdue } from '#shared/legal-days.js';

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
  return endOfLegalDay(addDays(legalDay(receivedAt), REFUND_DAYS));
}
