import { type CheckRequest, CheckRequestSchema, type Verdict } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';
import { checkRequest } from './requests.js';

/*
 * One request per verdict, and the check records the service really stores for them: the partition
 * model and the bench re-key these records instead of building check records by hand, so they follow
 * whatever the store keeps.
 */

/** The T-shirt returned on day 3, refused because its bag was opened: BLOCK (CRPL 25, NRR-MEASURES 8 ¶3). */
export const blockRequest = (requestId: string, orderId = `O-${requestId}`): CheckRequest =>
  CheckRequestSchema.parse(checkRequest({ requestId, order: { orderId } }));

/** Live crabs refused as perishable: ALLOW (CRPL 25 ¶1 item 2). */
export const allowRequest = (requestId: string, orderId = `O-${requestId}`): CheckRequest =>
  CheckRequestSchema.parse(
    checkRequest({
      requestId,
      order: { orderId },
      item: { sku: 'CRAB-1', name: '大闸蟹', category: 'food', perishable: true },
      returnRequest: { condition: {} },
      refusal: { reason: 'perishable', evidence: [] },
    }),
  );

/** Running shoes refused because the buyer is said to abuse returns: people decide, REVIEW. */
export const reviewRequest = (requestId: string, orderId = `O-${requestId}`): CheckRequest =>
  CheckRequestSchema.parse(
    checkRequest({
      requestId,
      order: { orderId },
      item: { sku: 'SHOE-1', name: '跑鞋', category: 'footwear_headwear', priceFen: 59900 },
      returnRequest: { condition: {} },
      refusal: { reason: 'abusive_return', evidence: [{ type: 'chat_log', ref: 'crm://cases/6' }] },
    }),
  );

export interface CheckTemplates {
  /** A new check of each verdict, as stored. */
  new: Record<Verdict, CheckRecord>;
  /** The BLOCK and the REVIEW after staff upheld them (version 2, resolved). */
  resolved: { BLOCK: CheckRecord; REVIEW: CheckRecord };
}

/**
 * Decides one check of each verdict through the service, upholds the BLOCK and the REVIEW, and
 * reads the records back.
 *
 * @example const templates = await checkTemplates(await store.freshTable(), 'shop-a')
 */
export async function checkTemplates(services: Services, shopId: string): Promise<CheckTemplates> {
  const decide = async (request: CheckRequest, verdict: Verdict) => {
    const { record } = await decideCheck(services, shopId, request);
    if (record.verdict !== verdict) throw new Error(`template ${request.requestId}: ${record.verdict}, not ${verdict}`);
    return record;
  };
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const fresh = {
    BLOCK: await decide(blockRequest(`tpl-block-${tag}`), 'BLOCK'),
    ALLOW: await decide(allowRequest(`tpl-allow-${tag}`), 'ALLOW'),
    REVIEW: await decide(reviewRequest(`tpl-review-${tag}`), 'REVIEW'),
  };
  const uphold = async (record: CheckRecord) => {
    await services.reviews.resolve(record.checkId, {
      action: 'uphold',
      justification: 'Template resolution for the cost model.',
      expectedVersion: record.review.version,
      resolvedBy: 'model-staff (key-model)',
      resolvedAt: toShanghaiIso(services.clock()),
    });
    const read = await services.checks.get(record.checkId);
    if (!read) throw new Error(`template ${record.checkId} vanished`);
    return read;
  };
  return { new: fresh, resolved: { BLOCK: await uphold(fresh.BLOCK), REVIEW: await uphold(fresh.REVIEW) } };
}
