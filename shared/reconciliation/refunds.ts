import type { Services } from '#shared/services.js';
import { sortableUtc, toShanghaiIso } from '#shared/time.js';
import type { RefundDueRecord } from '#store/orders.js';
import { daysOverdue } from './deadlines.js';
import { refundOverdueMessage } from './messages.js';

export interface RaisedFlag {
  flagId: string;
  flag: 'unchecked_refusal' | 'refusal_against_block' | 'refund_overdue';
  created: boolean;
}

/**
 * Raises `refund_overdue` for one item (once: one flag per shop, order and item), then takes the
 * obligation out of the sweep's index. Raise first, mark second: a crash in between leaves the item
 * indexed, and the next sweep finds the flag already raised and only marks it.
 *
 * `at` is when the lateness is judged: now (the sweep) or the refund's time (a refund issued late).
 */
export async function raiseRefundOverdue(
  services: Services,
  due: RefundDueRecord & { receivedAt: string; dueAt: string },
  at: Date,
): Promise<RaisedFlag> {
  const days = daysOverdue(due.dueAt, due.refundedAt ?? at);
  const details = {
    receivedAt: due.receivedAt,
    dueAt: due.dueAt,
    daysOverdue: days,
    judgedAt: due.refundedAt ?? toShanghaiIso(at),
    ...(due.refundedAt ? { refundedAt: due.refundedAt } : {}),
    ...(due.amountFen !== undefined ? { amountFen: due.amountFen } : {}),
    legalBasis: ['CRPL 25 ¶3', 'NRR-MEASURES 13'],
  };
  const { created, flagId } = await services.flags.raise(
    {
      flag: 'refund_overdue',
      shopId: due.shopId,
      orderId: due.orderId,
      sku: due.sku,
      details,
      message: refundOverdueMessage({
        orderId: due.orderId,
        sku: due.sku,
        receivedAt: due.receivedAt,
        dueAt: due.dueAt,
        daysOverdue: days,
        ...(due.refundedAt ? { refundedAt: due.refundedAt } : {}),
      }),
    },
    services.clock(),
  );
  await services.orders.markRefundFlagged(due.shopId, due.orderId, due.sku, flagId, toShanghaiIso(services.clock()));
  return { flagId, flag: 'refund_overdue', created };
}

/**
 * After a receipt or a refund was recorded: a refund already issued after the due day is late, even
 * though it settles the obligation (the sweep no longer sees it), so it is flagged here.
 */
export async function flagIfRefundedLate(services: Services, due: RefundDueRecord | undefined): Promise<RaisedFlag[]> {
  if (!due?.refundedAt || !due.receivedAt || !due.dueAt) return [];
  if (sortableUtc(due.refundedAt) <= sortableUtc(due.dueAt)) return [];
  return [
    await raiseRefundOverdue(services, { ...due, receivedAt: due.receivedAt, dueAt: due.dueAt }, services.clock()),
  ];
}
