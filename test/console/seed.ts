import type { CheckRequestInput } from '#schemas/check.js';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import { DEV_DEFAULTS } from '#shared/local/dev-config.js';
import type { LocalService } from '#shared/local/runtime.js';
import { toShanghaiIso } from '#shared/time.js';
import { signedHeaders } from '../webhooks/support.js';

const DAY = 24 * 3600 * 1000;

/** A second compliance-staff member (contract 1.1's second pair of eyes), registered by DEV_STAFF_KEYS. */
export const SECOND_STAFF = { name: 'li-wei', key: 'rg_staff_second_local_key' } as const;
export const DEV_STAFF_KEYS = `${SECOND_STAFF.name}:${SECOND_STAFF.key}`;

export interface Seeded {
  /** The T-shirt BLOCK on O-1001 (opened bag), refused anyway: a refusal_against_block flag. */
  tshirt: string;
  headphones: string;
  review: string;
  policy: string;
  allow: string;
  teaHouse: string;
  /** A BLOCK whose override dev-staff proposed: awaiting a second approval. */
  proposed: string;
  flags: string[];
}

/**
 * A working day's queue for the console's browser tests and screenshots, made through the real
 * paths: decisions by the engine (at past times), order events through the signed webhook, the
 * overdue-refund sweep, resolutions through the API.
 */
export async function seedConsole(service: LocalService): Promise<Seeded> {
  const now = Date.now();
  const at = (days: number, hours = 0) => toShanghaiIso(new Date(now - days * DAY - hours * 3600 * 1000));
  const { services } = service;

  const decide = async (shopId: string, decidedDaysAgo: number, request: CheckRequestInput) => {
    const clock = () => new Date(now - decidedDaysAgo * DAY);
    const { record } = await decideCheck({ ...services, clock }, shopId, CheckRequestSchema.parse(request));
    return record;
  };
  const event = async (type: string, orderId: string, occurredAt: string, data: Record<string, unknown> = {}) => {
    const body = JSON.stringify({ type, shopId: DEV_DEFAULTS.DEV_SHOP_ID, orderId, occurredAt, data });
    const res = await fetch(`${service.url}/v1/webhooks/order-events`, {
      method: 'POST',
      headers: signedHeaders(body, { secret: DEV_DEFAULTS.DEV_WEBHOOK_SECRET, at: new Date() }),
      body,
    });
    if (res.status !== 200) throw new Error(`webhook ${type} answered ${res.status}: ${await res.text()}`);
    return (await res.json()) as { flags?: { flagId: string }[] };
  };
  const item = {
    sku: 'TS-1',
    name: '纯棉T恤',
    category: 'apparel',
    priceFen: 7900,
    quantity: 1,
    customMade: false,
    perishable: false,
    digital: null,
    nonReturnable: null,
  } as const;
  const order = (orderId: string, deliveredDaysAgo: number) => ({
    orderId,
    salesChannel: 'online' as const,
    buyerType: 'consumer' as const,
    placedAt: at(deliveredDaysAgo + 2),
    deliveredAt: at(deliveredDaysAgo),
  });

  // O-1001: a T-shirt refused for its opened bag (BLOCK), refused anyway → refusal_against_block
  await event('order.delivered', 'O-1001', at(6));
  await event('return.requested', 'O-1001', at(4));
  const tshirt = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 4, {
    requestId: 'seed-tshirt',
    order: order('O-1001', 6),
    item,
    returnRequest: { requestedAt: at(4, 1), kind: 'no_reason', condition: { packagingOpened: true } },
    refusal: {
      reason: 'packaging_opened',
      evidence: [
        { type: 'photo', ref: 'https://evidence.example.com/O-1001/bag.jpg' },
        { type: 'chat_log', ref: 'chat://O-1001/2' },
      ],
      note: 'Customer opened the bag <script>alert(1)</script>',
    },
  });
  const refused = await event('return.refused', 'O-1001', at(3), { sku: 'TS-1' });

  // O-1002: headphones refused as "quality claim unverified" on a no-reason return (BLOCK)
  const headphones = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 10, {
    requestId: 'seed-headphones',
    order: order('O-1002', 12),
    item: { ...item, sku: 'HP-200', name: '蓝牙耳机 HP-200', category: 'electronics', priceFen: 29900 },
    returnRequest: { requestedAt: at(10, 2), kind: 'no_reason', condition: { packagingOpened: true } },
    refusal: { reason: 'quality_claim_unverified' },
  });

  // O-1003: an abuse claim (REVIEW), the window still running
  const review = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 1, {
    requestId: 'seed-review',
    order: order('O-1003', 3),
    item: { ...item, sku: 'DR-7', name: '真丝连衣裙', priceFen: 59900 },
    returnRequest: { requestedAt: at(1, 3), kind: 'no_reason', condition: {} },
    refusal: { reason: 'abusive_return', note: 'Sixth return this month' },
  });

  // O-1004: "no returns" policy (BLOCK), goods came back 12 days ago and no refund → refund_overdue
  await event('order.delivered', 'O-1004', at(25));
  await event('return.requested', 'O-1004', at(20));
  const policy = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 20, {
    requestId: 'seed-policy',
    order: order('O-1004', 25),
    item: { ...item, sku: 'MUG-3', name: '陶瓷马克杯', category: 'household', priceFen: 4500, quantity: 2 },
    returnRequest: { requestedAt: at(20, 1), kind: 'no_reason', condition: {} },
    refusal: { reason: 'shop_policy_no_returns' },
  });
  await event('return.received', 'O-1004', at(12), { sku: 'MUG-3' });
  await fetch(`${service.url}/v1/reconciliation/run`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}` },
  });

  // O-1005: fresh fruit refused as perishable (ALLOW: not in the queue, in the figures)
  const allow = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 2, {
    requestId: 'seed-allow',
    order: order('O-1005', 3),
    item: { ...item, sku: 'FR-1', name: '新鲜荔枝 1kg', category: 'food', priceFen: 5900, perishable: true },
    returnRequest: { requestedAt: at(2, 1), kind: 'no_reason', condition: {} },
    refusal: { reason: 'perishable' },
  });

  // Another shop: a missing gift is no ground (BLOCK)
  const teaHouse = await decide('tea-house', 6, {
    requestId: 'seed-tea',
    order: order('T-88', 8),
    item: {
      ...item,
      sku: 'TEA-1',
      name: '西湖龙井礼盒',
      category: 'food',
      priceFen: 38800,
      gifts: [{ name: '茶杯', declaredPriceFen: 2000 }],
    },
    returnRequest: { requestedAt: at(6, 1), kind: 'no_reason', condition: { giftsMissing: ['茶杯'] } },
    refusal: { reason: 'gift_or_accessory_missing' },
  });

  // O-1006: a BLOCK whose override dev-staff proposed (awaiting a second approval)
  const proposed = await decide(DEV_DEFAULTS.DEV_SHOP_ID, 5, {
    requestId: 'seed-proposed',
    order: order('O-1006', 7),
    item: { ...item, sku: 'SH-42', name: '跑步鞋 42 码', category: 'footwear_headwear', priceFen: 45900 },
    returnRequest: { requestedAt: at(5, 2), kind: 'no_reason', condition: { obviousUseTraces: true } },
    refusal: { reason: 'promotional_or_clearance_item' },
  });
  const propose = await fetch(`${service.url}/v1/reviews/${proposed.checkId}/resolution`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      action: 'override',
      justification: 'Soles worn: used for running, not tried on.',
      expectedVersion: 1,
    }),
  });
  if (propose.status !== 200) throw new Error(`proposal answered ${propose.status}`);

  const flags = (refused.flags ?? []).map((f) => f.flagId);
  return {
    tshirt: tshirt.checkId,
    headphones: headphones.checkId,
    review: review.checkId,
    policy: policy.checkId,
    allow: allow.checkId,
    teaHouse: teaHouse.checkId,
    proposed: proposed.checkId,
    flags,
  };
}
