import { ValidationError } from '#http/errors.js';
import type { Services } from '#shared/services.js';
import { sortableUtc, toShanghaiIso } from '#shared/time.js';
import type { RefundDueRecord } from '#store/orders.js';
import { daysOverdue } from './deadlines.js';
import { refundOverdueMessage } from './messages.js';

export interface RaisedFlag {
  flagId: string;
  flag: 'unchecked_refusal' | 'refusal_against_block' | 'refund_overdue' | 'facts_changed_after_block';
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
    ...(due.expectedFen !== undefined ? { expectedFen: due.expectedFen } : {}),
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

/**
 * What the refunds of one order item must add up to: `priceFen` × `quantity` as the latest check of
 * that shop, order and SKU recorded them, or undefined when no check did.
 */
export async function recordedPriceFen(
  services: Services,
  shopId: string,
  orderId: string,
  sku: string,
): Promise<number | undefined> {
  const latest = await services.orders.latestItemCheck(shopId, orderId, sku);
  return latest?.priceFen !== undefined ? latest.priceFen * (latest.quantity ?? 1) : undefined;
}

/**
 * Contract 1.1: a refund cannot be dated before the matching `return.received` (a backdated refund
 * must not clear the refund duty). Refused with a 400 before anything is recorded.
 */
export async function assertRefundAfterReceipt(
  services: Services,
  event: { shopId: string; orderId: string; occurredAt: string; data: { sku: string } },
): Promise<void> {
  const due = await services.orders.getRefundDue(event.shopId, event.orderId, event.data.sku);
  if (due?.receivedAt && sortableUtc(event.occurredAt) < sortableUtc(due.receivedAt))
    throw new ValidationError([
      { path: 'occurredAt', message: `is before the return was received (${due.receivedAt})` },
    ]);
}
