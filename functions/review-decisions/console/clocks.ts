import { daysBetween, legalDay } from '#shared/legal-days.js';
import type { RefundDueRecord } from '#store/orders.js';
import type { ClockRow } from './pages.js';
import { endOfDayAfter, HANDLING_DAYS } from './queue.js';

/** The refund duty after the shop receives the returned goods (CRPL 25 ¶3, NRR-MEASURES 13). */
const REFUND_DAYS = 7;

function running(name: ClockRow['name'], law: string, dueAt: string, now: Date): ClockRow {
  const days = daysBetween(legalDay(now), legalDay(dueAt));
  if (now.getTime() > Date.parse(dueAt)) return { name, law, state: 'overdue', at: dueAt, days };
  return { name, law, state: days === 0 ? 'today' : 'running', at: dueAt, days };
}

/**
 * The three legal clocks of a return, as the item page shows them:
 * - the no-reason window (CRPL 25 ¶1, NRR-MEASURES 10): did the request come in time?
 * - handling within 15 days of the request (NRR-MEASURES 31(2)): met once the goods came back;
 * - the refund within 7 days of receiving the goods (CRPL 25 ¶3, NRR-MEASURES 13): met by a refund.
 */
export function legalClocks(input: {
  requestedAt?: string | undefined;
  returnWindowEndsAt?: string | undefined;
  refund?: RefundDueRecord | undefined;
  now: Date;
}): ClockRow[] {
  const { requestedAt, returnWindowEndsAt, refund, now } = input;
  const window: ClockRow = returnWindowEndsAt
    ? {
        name: 'clockWindow',
        law: 'CRPL 25 ¶1 · NRR-MEASURES 10',
        state: requestedAt && Date.parse(requestedAt) > Date.parse(returnWindowEndsAt) ? 'late' : 'in_time',
        at: returnWindowEndsAt,
      }
    : { name: 'clockWindow', law: 'CRPL 25 ¶1 · NRR-MEASURES 10', state: 'none' };
  const handlingLaw = 'NRR-MEASURES 31(2)';
  const handling: ClockRow = !requestedAt
    ? { name: 'clockHandling', law: handlingLaw, state: 'none' }
    : refund?.receivedAt
      ? { name: 'clockHandling', law: handlingLaw, state: 'met', at: refund.receivedAt }
      : running('clockHandling', handlingLaw, endOfDayAfter(requestedAt, HANDLING_DAYS), now);
  const refundLaw = 'CRPL 25 ¶3 · NRR-MEASURES 13';
  const refundClock: ClockRow = !refund?.receivedAt
    ? { name: 'clockRefund', law: refundLaw, state: 'not_started' }
    : refund.refundedAt
      ? { name: 'clockRefund', law: refundLaw, state: 'met', at: refund.refundedAt }
      : running('clockRefund', refundLaw, refund.dueAt ?? endOfDayAfter(refund.receivedAt, REFUND_DAYS), now);
  return [window, handling, refundClock];
}
