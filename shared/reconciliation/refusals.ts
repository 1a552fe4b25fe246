import type * as z from 'zod';
import type { ReturnRefusedEventSchema } from '#schemas/order-event.js';
import type { Services } from '#shared/services.js';
import type { RaiseFlag } from '#store/flags.js';
import type { CheckSummary } from '#store/orders.js';
import { refusalAgainstBlockMessage, uncheckedRefusalMessage } from './messages.js';

export type ReturnRefusedEvent = z.infer<typeof ReturnRefusedEventSchema>;

/**
 * Which flag, if any, a refusal calls for. A refusal is covered only by a check of the same shop,
 * order and item whose verdict in force (`review.finalVerdict ?? verdict`) is ALLOW.
 *
 * - `data.checkId` names a check of this shop, order and item:
 *   BLOCK → `refusal_against_block`; ALLOW → nothing; REVIEW (still open) → `unchecked_refusal`.
 * - `data.checkId` names no such check (unknown, another shop's, another order's or item's) →
 *   `unchecked_refusal`: a refusal must rest on its own item's check. Another shop's check id is
 *   never echoed as the flag's `checkId`.
 * - No `data.checkId`: any ALLOW check for the item → nothing; else a BLOCK check →
 *   `refusal_against_block` (naming the latest BLOCK); else `unchecked_refusal`.
 *
 * Pure: the caller fetches the checks. Returns the flag to raise, without its timestamps.
 */
export function assessRefusal(
  event: ReturnRefusedEvent,
  webhookId: string,
  checks: { named?: CheckSummary | undefined; forItem: CheckSummary[] },
): RaiseFlag | undefined {
  const { shopId, orderId } = event;
  const { sku, checkId: namedCheckId } = event.data;
  const base = { shopId, orderId, sku };
  const facts = { webhookId, refusedAt: event.occurredAt, ...(namedCheckId ? { namedCheckId } : {}) };

  const unchecked = (
    reason: Parameters<typeof uncheckedRefusalMessage>[0]['reason'],
    check?: CheckSummary,
  ): RaiseFlag => ({
    ...base,
    flag: 'unchecked_refusal',
    discriminator: namedCheckId ?? '',
    ...(check ? { checkId: check.checkId } : {}),
    details: { ...facts, reason, ...(check ? { verdict: check.effectiveVerdict } : {}) },
    message: uncheckedRefusalMessage({
      orderId,
      sku,
      refusedAt: event.occurredAt,
      reason,
      ...(namedCheckId ? { namedCheckId } : {}),
      ...(check ? { verdict: check.effectiveVerdict } : {}),
    }),
  });
  const againstBlock = (check: CheckSummary): RaiseFlag => ({
    ...base,
    flag: 'refusal_against_block',
    discriminator: check.checkId,
    checkId: check.checkId,
    details: { ...facts, checkId: check.checkId, verdict: check.effectiveVerdict, decidedAt: check.decidedAt },
    message: refusalAgainstBlockMessage({ orderId, sku, refusedAt: event.occurredAt, checkId: check.checkId }),
  });

  if (namedCheckId) {
    const named = checks.named;
    if (!named || named.shopId !== shopId) return unchecked('named_check_not_found');
    if (named.orderId !== orderId || named.sku !== sku) return unchecked('named_check_other_item', named);
    if (named.effectiveVerdict === 'ALLOW') return undefined;
    if (named.effectiveVerdict === 'BLOCK') return againstBlock(named);
    return unchecked('named_check_not_allow', named);
  }
  if (checks.forItem.some((check) => check.effectiveVerdict === 'ALLOW')) return undefined;
  const blocks = checks.forItem.filter((check) => check.effectiveVerdict === 'BLOCK');
  const latestBlock = blocks.sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1))[0];
  if (latestBlock) return againstBlock(latestBlock);
  return unchecked('no_allow_check');
}

/**
 * Reconciles a `return.refused` event as it arrives: reads the named check or the item's checks and
 * raises the flag `assessRefusal` calls for (once: the flag id is deterministic).
 */
export async function reconcileRefusal(
  services: Services,
  event: ReturnRefusedEvent,
  webhookId: string,
): Promise<{ flagId: string; flag: RaiseFlag['flag']; created: boolean } | undefined> {
  const named = event.data.checkId ? await services.checks.get(event.data.checkId) : undefined;
  // Only what decides, each by one key condition on the item's entries: an ALLOW in force, and the
  // latest BLOCK in force (open or closed by staff). Never the whole list of the order's checks.
  const forItem: CheckSummary[] = [];
  if (!event.data.checkId) {
    const { shopId, orderId } = event;
    const [allow, open, closed] = await Promise.all(
      (['ALLOW', 'BLOCK', 'BLOCK_RESOLVED'] as const).map((state) =>
        services.orders.itemChecks(shopId, orderId, event.data.sku, state, 1),
      ),
    );
    forItem.push(...(allow ?? []), ...(open ?? []), ...(closed ?? []));
  }
  const flag = assessRefusal(event, webhookId, {
    named: named
      ? {
          checkId: named.checkId,
          shopId: named.shopId,
          orderId: named.orderId,
          sku: named.sku,
          effectiveVerdict: named.review.finalVerdict ?? named.verdict,
          reviewStatus: named.review.status,
          decidedAt: named.decidedAt,
        }
      : undefined,
    forItem,
  });
  if (!flag) return undefined;
  const { created, flagId } = await services.flags.raise(flag, services.clock());
  return { flagId, flag: flag.flag, created };
}
