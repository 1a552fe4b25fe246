import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideCheck } from '#shared/decisions/checks.js';
import { receiveOrderEvent } from '#shared/reconciliation/order-events.js';
import type { Services } from '#shared/services.js';
import type { Item } from '#store/capacity.js';
import { checkToItem } from '#store/checks.js';
import { ENTITY } from '#store/keys.js';
import { TABLE } from '#store/table.js';
import { blockRequest, type CheckTemplates, checkTemplates } from '../support/check-templates.js';
import { measure } from '../support/measure.js';
import {
  allocate,
  buildPartitionModel,
  carriedRate,
  counterKey,
  eventItem,
  MODEL,
  orderStateItem,
  overLimit,
  PARTITION_LIMITS,
  type PartitionLoad,
  type PartitionModel,
  peakPartitions,
  refundDueItem,
  shopShares,
  toItem,
} from '../support/partition-model.js';
import { SHOP_A, startTestStore, type TestStore } from '../support/store.js';

/*
 * Issue 9 item 2: 1,000 shops at 10,000 checks/s (the largest 20 %), with resolutions and webhook
 * events, must put no more than 1,000 WCU/s or 3,000 RCU/s on any partition of the table or an index.
 * The model and its documented traffic are in test/support/partition-model.ts.
 */

const NOW = new Date('2026-04-06T02:00:00.000Z');

let store: TestStore;
let templates: CheckTemplates;
let model: PartitionModel;
let worst: PartitionModel;
let services: Services;
beforeAll(async () => {
  store = await startTestStore({ clock: () => NOW });
  services = await store.freshTable({ clock: () => NOW });
  templates = await checkTemplates(services, SHOP_A.shopId);
  model = buildPartitionModel(templates);
  worst = buildPartitionModel(templates, { worstCase: true });
});
afterAll(async () => {
  await store?.close();
});

const show = (partitions: PartitionLoad[]) =>
  partitions
    .slice(0, 8)
    .map((p) => `${p.index ?? 'table'} ${p.partition}: ${Math.round(p.wcu)} WCU/s, ${Math.round(p.rcu)} RCU/s`)
    .join('; ');

describe('the partition model keeps its own books', () => {
  it('splits the traffic as documented: shop 1 has 20 %, the rest Zipf (exponent 1), whole checks adding up', () => {
    const shares = shopShares();
    expect(shares).toHaveLength(1_000);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    expect(shares[0]).toBe(0.2);
    // Zipf: shop r's share is twice shop 2r's, and shop 2 has 80 % / Σ_{k=2..1000} 1/k ≈ 6.17 %.
    expect((shares[1] as number) / (shares[3] as number)).toBeCloseTo(2, 12);
    expect(shares[1]).toBeCloseTo(0.0617, 4);
    expect(model.checksPerShop.reduce((sum, n) => sum + n, 0)).toBe(MODEL.checksPerSecond);
    expect(model.checksPerShop[0]).toBe(2_000);
    expect(model.checksPerShop[1]).toBe(617);
    expect(allocate(10, [0.5, 0.25, 0.25])).toEqual([5, 3, 2]);
  });

  it('makes the documented requests: the verdict mix, a quarter of the queue resolved, the events, 1 % overdue', () => {
    const { checks, resolutions, events, overdueFlags, counterUpdates } = model.requests;
    expect(checks.ALLOW + checks.BLOCK + checks.REVIEW).toBe(10_000);
    expect(Math.abs(checks.ALLOW - 6_000)).toBeLessThanOrEqual(10);
    expect(Math.abs(checks.BLOCK - 3_000)).toBeLessThanOrEqual(10);
    expect(Math.abs(checks.REVIEW - 1_000)).toBeLessThanOrEqual(10);
    expect(Math.abs(resolutions - 1_000)).toBeLessThanOrEqual(5);
    expect(events).toEqual({ 'order.delivered': 5_000, 'return.received': 2_000, 'refund.issued': 2_000 });
    expect(Math.abs(overdueFlags - 20)).toBeLessThanOrEqual(2);
    expect(counterUpdates).toBe(10_000 + resolutions * 2 + overdueFlags);
    // Writes: a check 2, a resolution 3, delivered 2, received 3, refund 3, an overdue flag 3.
    expect(model.writes).toBe(10_000 * 2 + resolutions * 3 + 5_000 * 2 + 2_000 * 3 + 2_000 * 3 + overdueFlags * 3);
  });

  it('charges every unit to exactly one partition of the table or an index', () => {
    const wcu = model.partitions.reduce((sum, p) => sum + p.wcu, 0);
    const rcu = model.partitions.reduce((sum, p) => sum + p.rcu, 0);
    expect(wcu).toBe(model.wcu);
    expect(rcu).toBeCloseTo(model.rcu, 6);
    expect(model.wcu).toBeGreaterThan(model.writes);
    const indexes = new Set(model.partitions.map((p) => p.index));
    for (const index of indexes) expect(index === null || index in TABLE.indexes).toBe(true);
    // Reads land on the base table only; a shop's secret is read once per Lambda instance per 30 s.
    expect(model.partitions.filter((p) => p.index !== null && p.rcu > 0)).toEqual([]);
    const secret = model.partitions.find((p) => p.index === null && p.partition === 'SHOP#shop-0001');
    expect(secret?.rcu).toBeCloseTo(50 / 30, 9);
  });

  it('makes the largest shop all BLOCK in the worst case, the rest unchanged', () => {
    expect(worst.requests.checks.BLOCK).toBeGreaterThanOrEqual(2_000 + 0.3 * 8_000 - 10);
    expect(worst.requests.checks.ALLOW + worst.requests.checks.BLOCK + worst.requests.checks.REVIEW).toBe(10_000);
    expect(worst.wcu).toBeGreaterThan(model.wcu);
  });

  it('derives the checks/s the design carries from its busiest partitions, overall and for the largest shop', () => {
    const carried = carriedRate(model);
    const load = (p: PartitionLoad) => Math.max(p.wcu / PARTITION_LIMITS.wcu, p.rcu / PARTITION_LIMITS.rcu);
    const top = [...model.partitions].sort((a, b) => load(b) - load(a))[0] as PartitionLoad;
    expect(carried.overall.limitedBy).toEqual(top);
    expect(carried.overall.checksPerSecond).toBeCloseTo(10_000 / load(top), 6);
    expect(carried.largestShop.limitedBy?.partition).toContain('shop-0001');
    expect(carried.largestShop.checksPerSecond).toBeGreaterThan(0);
  });

  it('marshals items exactly as the document client does', () => {
    const options = { removeUndefinedValues: true, convertClassInstanceToMap: false };
    for (const record of [templates.new.BLOCK, templates.new.ALLOW, templates.resolved.REVIEW]) {
      const item = checkToItem(record);
      expect(toItem(item)).toEqual(marshall(item, options));
    }
    const odd = { a: null, b: true, c: [1, 'x', { d: undefined, e: 2.5 }], f: new Set(['p', 'q']), g: undefined };
    expect(toItem(odd)).toEqual(marshall(odd, options));
  });

  it('lists the top partitions of the table and of each index, busiest first', () => {
    const peaks = peakPartitions(model);
    expect(peaks.map((p) => p.index)).toEqual([null, ...Object.keys(TABLE.indexes)]);
    for (const { partitions } of peaks) {
      expect(partitions.length).toBeLessThanOrEqual(5);
      const pressure = partitions.map((p) => Math.max(p.wcu / PARTITION_LIMITS.wcu, p.rcu / PARTITION_LIMITS.rcu));
      expect(pressure).toEqual([...pressure].sort((a, b) => b - a));
    }
  });
});

/** An item's keys, its entity, every index key it carries, and its attribute names. */
function shape(item: Item | undefined) {
  if (!item) return undefined;
  const keyNames = new Set(['pk', 'sk', 'entity']);
  for (const index of Object.values(TABLE.indexes) as { partitionKey: string; sortKey?: string }[]) {
    keyNames.add(index.partitionKey);
    if (index.sortKey) keyNames.add(index.sortKey);
  }
  return {
    keys: Object.fromEntries([...keyNames].filter((name) => item[name]).map((name) => [name, item[name]])),
    attributes: Object.keys(item).sort(),
  };
}

describe("the partition model writes the service's items", () => {
  it('a check is one item, the one checkToItem builds, beside its counter', async () => {
    // Act
    const measured = await measure(services, () => decideCheck(services, SHOP_A.shopId, blockRequest('model-1')));
    // Assess
    const items = measured.changes.filter((c) => c.entity !== ENTITY.reportDay && c.entity !== ENTITY.reportShopDay);
    expect(items.map((c) => c.kind)).toEqual(['created']);
    expect(items[0]?.after).toEqual(toItem(checkToItem(measured.result.record)));
    const { record } = measured.result;
    const counters = measured.changes.filter((c) => c.entity === ENTITY.reportDay);
    expect(counters.map((c) => ({ pk: c.pk, sk: c.sk }))).toEqual([
      counterKey(record.shopId, record.decidedAt, record.checkId),
    ]);
  });

  it('a resolution leaves the item checkToItem builds from the resolved record', async () => {
    // Prepare
    const { record } = await decideCheck(services, SHOP_A.shopId, blockRequest('model-2'));
    // Act
    const measured = await measure(services, () =>
      services.reviews.resolve(record.checkId, {
        action: 'uphold',
        justification: 'Model fidelity.',
        expectedVersion: 1,
        resolvedBy: 'model-staff (key-model)',
        resolvedAt: '2026-04-06T10:00:00.000+08:00',
      }),
    );
    // Assess
    const items = measured.changes.filter((c) => c.entity !== ENTITY.reportDay && c.entity !== ENTITY.reportShopDay);
    expect(items.map((c) => c.kind)).toEqual(['updated']);
    const resolved = await services.checks.get(record.checkId);
    expect(items[0]?.after).toEqual(toItem(checkToItem(resolved as NonNullable<typeof resolved>)));
  });

  it('webhook events leave the items, keys and index keys the model mirrors', async () => {
    // Prepare: a check recorded the item's price (7,900 fen), as the model assumes.
    const shop = SHOP_A.shopId;
    const order = 'O-MODEL-3';
    await decideCheck(services, shop, blockRequest('model-3', order));
    const at = '2026-04-04T09:00:00.000+08:00';
    const receive = (webhookId: string, event: Parameters<typeof receiveOrderEvent>[1]['event']) =>
      measure(services, () => receiveOrderEvent(services, { webhookId, bodyHash: 'f'.repeat(64), event }));
    const base = { shopId: shop, orderId: order, occurredAt: at };
    // Act
    const delivered = await receive('msg_d', { ...base, type: 'order.delivered', data: {} });
    const received = await receive('msg_r', { ...base, type: 'return.received', data: { sku: 'TS-1' } });
    const refunded = await receive('msg_f', {
      ...base,
      type: 'refund.issued',
      data: { sku: 'TS-1', amountFen: 7900 },
    });
    // Assess
    const of = (changes: typeof received.changes, entity: string) =>
      changes.filter((c) => c.entity === entity).map((c) => shape(c.after));
    // Each event changes exactly the items the model writes for it.
    expect(delivered.changes.map((c) => c.entity).sort()).toEqual([ENTITY.orderEvent, ENTITY.orderState]);
    expect(received.changes.map((c) => c.entity).sort()).toEqual([ENTITY.orderEvent, ENTITY.refundDue]);
    expect(refunded.changes.map((c) => c.entity).sort()).toEqual([ENTITY.orderEvent, ENTITY.refundDue]);
    expect(of(delivered.changes, ENTITY.orderEvent)).toEqual([
      shape(eventItem(shop, order, 'order.delivered', 'msg_d', at)),
    ]);
    expect(of(delivered.changes, ENTITY.orderState)).toEqual([shape(orderStateItem(shop, order, at))]);
    expect(of(received.changes, ENTITY.orderEvent)).toEqual([
      shape(eventItem(shop, order, 'return.received', 'msg_r', at)),
    ]);
    expect(of(received.changes, ENTITY.refundDue)).toEqual([
      shape(refundDueItem(shop, order, at, { rev: 1, open: true })),
    ]);
    expect(of(refunded.changes, ENTITY.orderEvent)).toEqual([
      shape(eventItem(shop, order, 'refund.issued', 'msg_f', at)),
    ]);
    expect(of(refunded.changes, ENTITY.refundDue)).toEqual([
      shape(refundDueItem(shop, order, at, { rev: 2, refunded: true })),
    ]);
  });
});

describe('issue 9: no partition shared by all shops takes more than it can carry', () => {
  it('1,000 shops at 10,000 checks/s (60/30/10): no partition over 1,000 WCU/s or 3,000 RCU/s', () => {
    expect(overLimit(model), show(overLimit(model))).toEqual([]);
  });

  it('the same with every check of the largest shop a BLOCK', () => {
    expect(overLimit(worst), show(overLimit(worst))).toEqual([]);
  });
});
