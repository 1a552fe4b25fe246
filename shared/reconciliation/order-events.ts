import type { OrderEvent } from '#schemas/order-event.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import { EARLIEST_FACTS } from '#store/orders.js';
import { refundDueAt } from './deadlines.js';
import { assertRefundAfterReceipt, flagIfRefundedLate, type RaisedFlag, recordedPriceFen } from './refunds.js';
import { reconcileRefusal } from './refusals.js';

export interface EventEffects {
  flags: RaisedFlag[];
}

export interface ReceiveResult {
  status: 'accepted' | 'duplicate';
  webhookId: string;
  type: OrderEvent['type'];
  flags: RaisedFlag[];
}

/**
 * Takes a verified, validated event: keeps it on the order's timeline once per webhook id, then
 * applies its effects. A webhook id seen before with the same body is a duplicate: its effects are
 * applied again, which changes nothing when the first delivery got through them and finishes them
 * when it did not (a crash mid-way), because each effect is idempotent on its own (deterministic
 * keys, conditional writes). So no "applied" mark is written: a first delivery costs no write beyond
 * the event and its effects. An id reused with another body is kept as first received, no effect.
 *
 * @example await receiveOrderEvent(services, { webhookId: 'msg_1', bodyHash, event })
 */
export async function receiveOrderEvent(
  services: Services,
  input: { webhookId: string; bodyHash: string; event: OrderEvent },
): Promise<ReceiveResult> {
  const { webhookId, bodyHash, event } = input;
  if (event.type === 'refund.issued') await assertRefundAfterReceipt(services, event);
  const outcome = await services.orders.recordEvent({
    webhookId,
    shopId: event.shopId,
    orderId: event.orderId,
    type: event.type,
    occurredAt: event.occurredAt,
    data: event.data,
    receivedAt: toShanghaiIso(services.clock()),
    bodyHash,
    status: 'received',
  });
  if (!outcome.created) {
    const { existing } = outcome;
    if (existing.bodyHash !== bodyHash)
      log.warn('webhook id reused with another body; kept the first', { shopId: event.shopId, webhookId });
    if (existing.bodyHash !== bodyHash) return { status: 'duplicate', webhookId, type: existing.type, flags: [] };
  }
  const effects = await applyOrderEvent(services, event, webhookId);
  return { status: outcome.created ? 'accepted' : 'duplicate', webhookId, type: event.type, flags: effects.flags };
}

/**
 * What an event changes, each step idempotent:
 * - `order.delivered`: the order's `deliveredAt` (the earliest reported; checks use it for the window);
 * - `return.requested`: `returnRequestedAt`;
 * - `return.refused`: `refusedAt`, then refusal reconciliation (`unchecked_refusal`, `refusal_against_block`);
 * - `return.received`: opens the item's refund obligation, due R+7 24:00 CST (CRPL 25 ¶3);
 * - `refund.issued`: adds a refund (amount > 0, not before a known receipt); the refunds settle the
 *   obligation once they add up to the price the item's checks recorded (`priceFen` × `quantity`),
 *   or at the first refund when no check recorded one; a settlement after the due day is flagged.
 */
export async function applyOrderEvent(services: Services, event: OrderEvent, webhookId: string): Promise<EventEffects> {
  const now = toShanghaiIso(services.clock());
  const { shopId, orderId, occurredAt } = event;
  switch (event.type) {
    case 'order.delivered':
    case 'return.requested': {
      await services.orders.recordEarliest(shopId, orderId, EARLIEST_FACTS[event.type], occurredAt, now);
      return { flags: [] };
    }
    case 'return.refused': {
      await services.orders.recordEarliest(shopId, orderId, EARLIEST_FACTS[event.type], occurredAt, now);
      const raised = await reconcileRefusal(services, event, webhookId);
      return { flags: raised ? [raised] : [] };
    }
    case 'return.received': {
      const due = await services.orders.openRefundDue({
        shopId,
        orderId,
        sku: event.data.sku,
        receivedAt: occurredAt,
        dueAt: refundDueAt(occurredAt),
        now,
        expectedFen: await recordedPriceFen(services, shopId, orderId, event.data.sku),
      });
      return { flags: await flagIfRefundedLate(services, due) };
    }
    case 'refund.issued': {
      const due = await services.orders.addRefund({
        shopId,
        orderId,
        sku: event.data.sku,
        webhookId,
        refundedAt: occurredAt,
        amountFen: event.data.amountFen,
        now,
        expectedFen: await recordedPriceFen(services, shopId, orderId, event.data.sku),
      });
      return { flags: await flagIfRefundedLate(services, due) };
    }
  }
}
