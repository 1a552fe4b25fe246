import { createHash } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Verdict } from '#schemas/check.js';
import { refundDueAt } from '#shared/reconciliation/deadlines.js';
import { refundOverdueMessage } from '#shared/reconciliation/messages.js';
import { shanghaiDay, sortableUtc } from '#shared/time.js';
import { type Item, itemSize, partitionWrites, SERVICE_TABLE, type TableDefinition } from '#store/capacity.js';
import { type CheckRecord, checkToItem } from '#store/checks.js';
import { type FlagRecord, flagIdFor, flagToItem } from '#store/flags.js';
import { checkIdFor, ENTITY, indexKeys, keys } from '#store/keys.js';
import { reportCounterKey, ruleCode } from '#store/reports.js';
import { RETENTION_SECONDS } from '#store/table.js';
import type { CheckTemplates } from './check-templates.js';

/*
 * THE PARTITION MODEL (issue 9 item 2): one simulated second of the whole service, as the items its
 * writes produce, priced per partition of the base table and of every index in `TABLE.indexes`.
 * Pure: no I/O. The check records are the service's own (`CheckTemplates`, decided and resolved on
 * the embedded store), re-keyed per simulated check and turned into items by `checkToItem`; flags by
 * `flagToItem`; order items mirror `orders.ts` through the key builders of `keys.ts`.
 *
 * Traffic, in one second (every figure a field of `MODEL`):
 * - 10,000 checks over 1,000 shops. Shop 1 (the largest) has 20 % of them; shop r ≥ 2 has
 *   80 % × r⁻¹ / Σₖ₌₂¹⁰⁰⁰ k⁻¹ (Zipf with exponent 1 over the rest: shop 2 ≈ 6.2 %, shop 10 ≈ 1.2 %,
 *   shop 1000 ≈ 0.012 %). Whole checks per shop by the largest remainder, so they add up exactly.
 * - Verdicts 60 % ALLOW, 30 % BLOCK, 10 % REVIEW (a low-discrepancy sequence over all checks); the
 *   worst case makes every check of shop 1 a BLOCK.
 * - A quarter of the second's BLOCK and REVIEW checks are upheld by staff (standing in for the
 *   resolutions of earlier checks, at the rate the queue fills).
 * - Webhook events with the same skew: 5,000 `order.delivered`, 2,000 `return.received`, 2,000
 *   `refund.issued`; the sweep raises `refund_overdue` for 1 % of the received returns.
 *
 * Writes per request (each write priced by `partitionWrites(before, after)`):
 * - check: the conditional put of its item; the ADD on the shop's daily counter item;
 * - resolution: the update of the check item (open → resolved); the ADD on the day's counters
 *   (`resolved`, time to resolve) and on the reviewers' counter item (`<day>#staff`);
 * - `order.delivered`: put of the event; update of the order state (earliest delivery);
 * - `return.received`: put of the event; the obligation's receipt; its settlement (enters the
 *   refund-due index);
 * - `refund.issued`: put of the event; the refund added; the settlement (leaves the index);
 * - overdue (the sweep): a consistent read of the obligation; the flag's put; its count; the mark that
 *   takes the obligation out of the index.
 * Left out: a shop's first count of a day (one registry put per shop, shard and day), and replays.
 *
 * Reads per request (base table only; index queries read per-order partitions):
 * - check: GetItem of the order state (strongly consistent);
 * - resolution: GetItem of the check (strongly consistent, by its size);
 * - `return.received` and `refund.issued` read the obligation (the refund once more to check it is
 *   not before the receipt);
 * - API keys (eventually consistent) and webhook secrets (strongly consistent) are cached 30 s per
 *   process: min(uses, 50 Lambda instances / 30 s) reads a second per shop.
 * Read units: strongly consistent ceil(size / 4 KB), eventually consistent half of that.
 */

export const MODEL = {
  shops: 1_000,
  checksPerSecond: 10_000,
  /** Share of all traffic of the largest shop. */
  largestShare: 0.2,
  /** Zipf exponent of the other shops' shares. */
  zipfExponent: 1,
  mix: { ALLOW: 0.6, BLOCK: 0.3, REVIEW: 0.1 } as Record<Verdict, number>,
  /** Share of the BLOCK and REVIEW checks resolved in the second. */
  resolutionShare: 0.25,
  events: { 'order.delivered': 5_000, 'return.received': 2_000, 'refund.issued': 2_000 },
  /** Share of the received returns the sweep flags overdue. */
  overdueShare: 0.01,
  lambdaInstances: 50,
  /** API keys and webhook secrets are cached this long in each process. */
  cacheSeconds: 30,
} as const;

/** The model's shop ids, largest first (`shop-0001` … `shop-1000`). */
export const shopId = (i: number) => `shop-${String(i + 1).padStart(4, '0')}`;
const LARGEST_SHOP = shopId(0);

/** What one DynamoDB partition absorbs per second. */
export const PARTITION_LIMITS = { wcu: 1_000, rcu: 3_000 } as const;

export type EventType = keyof typeof MODEL.events;

export interface ModelOptions {
  /** Every check of the largest shop is a BLOCK. */
  worstCase?: boolean;
  table?: TableDefinition;
}

/** The load of one partition: the table's (`index` null) or an index's. */
export interface PartitionLoad {
  index: string | null;
  partition: string;
  wcu: number;
  rcu: number;
}

export interface PartitionModel {
  worstCase: boolean;
  /** Traffic share per shop, largest first (shop i + 1). */
  shares: number[];
  /** Checks per shop in the second. */
  checksPerShop: number[];
  requests: {
    checks: Record<Verdict, number>;
    resolutions: number;
    events: Record<EventType, number>;
    overdueFlags: number;
    counterUpdates: number;
  };
  /** Item writes modelled. */
  writes: number;
  /** Write and read units charged, summed request by request (independently of the partitions). */
  wcu: number;
  rcu: number;
  partitions: PartitionLoad[];
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;
/** A low-discrepancy sequence in [0, 1): the n-th element of n·φ mod 1. */
const spread = (n: number) => (n * GOLDEN) % 1;

/** Each shop's share of the traffic (see the top of this file), largest first. */
export function shopShares(shops: number = MODEL.shops): number[] {
  let harmonic = 0;
  for (let rank = 2; rank <= shops; rank++) harmonic += rank ** -MODEL.zipfExponent;
  return Array.from({ length: shops }, (_, i) =>
    i === 0 ? MODEL.largestShare : ((1 - MODEL.largestShare) * (i + 1) ** -MODEL.zipfExponent) / harmonic,
  );
}

/** `total` whole units split by `shares` with the largest remainder method (they add up to `total`). */
export function allocate(total: number, shares: readonly number[]): number[] {
  const exact = shares.map((share) => share * total);
  const out = exact.map(Math.floor);
  const order = exact
    .map((value, i) => [value - Math.floor(value), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - out.reduce((sum, n) => sum + n, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i] = (out[i] ?? 0) + 1;
    left -= 1;
  }
  return out;
}

/**
 * A plain value marshalled as the document client does it (undefined values removed, a `Set` of
 * strings an `SS`, bytes a `B`); the model's items hold nothing else. Faster than `@aws-sdk/util-dynamodb` on
 * the model's ~60,000 items, and checked against it in the model's tests.
 */
export function toAttributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.flatMap((element) => toAttributeValue(element) ?? []) };
  if (value instanceof Set) return { SS: [...value].map(String) };
  if (value instanceof Uint8Array) return { B: value };
  if (typeof value === 'object') return { M: toItem(value as Record<string, unknown>) };
  throw new Error(`cannot marshal ${typeof value}`);
}

export function toItem(value: Record<string, unknown>): Item {
  const item: Item = {};
  for (const name in value) {
    const attribute = toAttributeValue(value[name]);
    if (attribute !== undefined) item[name] = attribute;
  }
  return item;
}

/** The daily counter item a count lands on: the store's own `reportCounterKey`. */
export const counterKey = (shopId: string, at: string, id: string): { pk: string; sk: string } =>
  reportCounterKey(shopId, at, id);

/** The counter item of the same shard and day that holds the reviewers' figures (`<day>#staff`). */
const staffCounterKey = (shopId: string, at: string, id: string) => {
  const key = counterKey(shopId, at, id);
  return { pk: key.pk, sk: `${key.sk}#staff` };
};

/**
 * A shop's daily counter item (or, `staff`, its reviewers' item) before and after one count, holding
 * a busy day's counters.
 */
function counterWrite(shopId: string, at: string, id: string, staff: boolean): [Item, Item] {
  const counters: Record<string, number> = staff
    ? {
        'reviewer:staff-1 (key-1):resolved': 2_100,
        'reviewer:staff-1 (key-1):overridden': 80,
        'reviewer:staff-2 (key-2):resolved': 1_900,
        'reviewer:staff-3 (key-3):resolved': 2_050,
      }
    : {
        ALLOW: 51_840,
        BLOCK: 25_920,
        REVIEW: 8_640,
        overridden: 310,
        resolved: 8_100,
        resolveSeconds: 29_160_000,
        [`r:${ruleCode('cn.crpl.art25.para1')}`]: 9_000,
        [`r:${ruleCode('cn.nrr-measures.art8.para3')}`]: 12_000,
        [`r:${ruleCode('cn.crpl.art24')}`]: 4_920,
        'flag:refund_overdue': 40,
      };
  const base = {
    ...(staff ? staffCounterKey(shopId, at, id) : counterKey(shopId, at, id)),
    entity: ENTITY.reportDay,
    shopId,
    day: shanghaiDay(at),
    expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
  };
  const [first] = Object.keys(counters) as [string];
  return [toItem({ ...base, ...counters }), toItem({ ...base, ...counters, [first]: (counters[first] ?? 0) + 1 })];
}

/** A stored check record re-keyed as another shop's check on another order. */
function rekey(
  template: CheckRecord,
  ids: { checkId: string; shopId: string; requestId: string; orderId: string; decidedAt: string },
): CheckRecord {
  return {
    ...template,
    ...ids,
    request: {
      ...template.request,
      requestId: ids.requestId,
      order: { ...template.request.order, orderId: ids.orderId },
    },
  };
}

/*
 * Order items, mirroring what `orders.ts` writes (it has no exported item builders): the event on the
 * order's timeline, the order state, and the per-item refund obligation through its life.
 */
export function eventItem(shopId: string, orderId: string, type: EventType, webhookId: string, at: string) {
  return toItem({
    ...keys.orderEvent(shopId, webhookId),
    entity: ENTITY.orderEvent,
    webhookId,
    shopId,
    orderId,
    type,
    occurredAt: at,
    data: type === 'order.delivered' ? {} : { sku: 'TS-1', ...(type === 'refund.issued' ? { amountFen: 7900 } : {}) },
    receivedAt: at,
    bodyHash: 'f'.repeat(64),
    status: 'received',
    ...indexKeys.byOrder(shopId, orderId, 'EVENT', sortableUtc(at), webhookId),
    expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
  });
}

export function orderStateItem(shopId: string, orderId: string, at: string) {
  return toItem({
    ...keys.orderState(shopId, orderId),
    deliveredAt: at,
    deliveredAtUtc: sortableUtc(at),
    entity: ENTITY.orderState,
    shopId,
    orderId,
    updatedAt: at,
    expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
  });
}

/** The obligation of one item: received; then settled (open or not), refunded, swept, flagged. */
export function refundDueItem(
  shopId: string,
  orderId: string,
  at: string,
  state: { rev?: number; open?: boolean; refunded?: boolean; flagId?: string },
) {
  const sku = 'TS-1';
  const dueAt = refundDueAt(at);
  return toItem({
    ...keys.refundDue(shopId, orderId, sku),
    entity: ENTITY.refundDue,
    shopId,
    orderId,
    sku,
    receivedAt: at,
    receivedAtUtc: sortableUtc(at),
    dueAt,
    updatedAt: at,
    expiresAt: Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS,
    ...(state.rev !== undefined ? { rev: state.rev, refundedFen: state.refunded ? 7900 : 0, expectedFen: 7900 } : {}),
    ...(state.refunded
      ? {
          refunds: [{ webhookId: `msg_refund_${orderId}`, at, atUtc: sortableUtc(at), amountFen: 7900 }],
          refundIds: new Set([`msg_refund_${orderId}`]),
          refundedAt: at,
          refundedAtUtc: sortableUtc(at),
          amountFen: 7900,
        }
      : {}),
    ...(state.open ? indexKeys.byRefundDue(sortableUtc(dueAt), shopId, orderId, sku) : {}),
    ...(state.flagId ? { flaggedAt: at, flagId: state.flagId } : {}),
  });
}

/**
 * One simulated second of the service (see the top of this file), priced per partition.
 *
 * @example const model = buildPartitionModel(await checkTemplates(services, 'shop-a'), { worstCase: true })
 */
export function buildPartitionModel(templates: CheckTemplates, options: ModelOptions = {}): PartitionModel {
  const table = options.table ?? SERVICE_TABLE;
  const worstCase = options.worstCase ?? false;
  const loads = new Map<string, PartitionLoad>();
  const load = (index: string | null, partition: string) => {
    const id = `${index ?? ''}\u0000${partition}`;
    let entry = loads.get(id);
    if (!entry) {
      entry = { index, partition, wcu: 0, rcu: 0 };
      loads.set(id, entry);
    }
    return entry;
  };
  let writes = 0;
  let wcu = 0;
  let rcu = 0;
  const write = (before: Item | undefined, after: Item | undefined) => {
    writes += 1;
    for (const part of partitionWrites(before, after, table)) {
      load(part.index, part.partition).wcu += part.units;
      wcu += part.units;
    }
  };
  const read = (key: { pk: string }, bytes: number, consistent: boolean, times = 1) => {
    const units = Math.max(1, Math.ceil(bytes / 4096)) * (consistent ? 1 : 0.5) * times;
    load(null, key.pk).rcu += units;
    rcu += units;
  };
  // One counter item per shop, shard and day: its before/after are built once.
  const counterItems = new Map<string, [Item, Item]>();
  const count = (shopId: string, at: string, id: string, staff = false) => {
    const key = staff ? staffCounterKey(shopId, at, id) : counterKey(shopId, at, id);
    const cacheKey = `${key.pk}\u0000${key.sk}`;
    let pair = counterItems.get(cacheKey);
    if (!pair) {
      pair = counterWrite(shopId, at, id, staff);
      counterItems.set(cacheKey, pair);
    }
    write(pair[0], pair[1]);
    requests.counterUpdates += 1;
  };
  /** A key or secret cached per process: one read per Lambda instance per cache time, at most one per use. */
  const cachedRead = (key: { pk: string }, uses: number, consistent: boolean) => {
    const reads = Math.min(uses, MODEL.lambdaInstances / MODEL.cacheSeconds);
    if (reads > 0) read(key, 200, consistent, reads);
  };

  const shares = shopShares();
  const checksPerShop = allocate(MODEL.checksPerSecond, shares);
  const second = '2026-04-06T10:00:00';
  const at = (n: number, of: number) =>
    `${second}.${String(Math.floor((n / Math.max(1, of)) * 1000)).padStart(3, '0')}+08:00`;
  const requests: PartitionModel['requests'] = {
    checks: { ALLOW: 0, BLOCK: 0, REVIEW: 0 },
    resolutions: 0,
    events: { 'order.delivered': 0, 'return.received': 0, 'refund.issued': 0 },
    overdueFlags: 0,
    counterUpdates: 0,
  };

  // Checks, and the resolutions of some of them.
  let n = 0;
  let queued = 0;
  checksPerShop.forEach((checks, s) => {
    const shop = shopId(s);
    for (let j = 0; j < checks; j++, n++) {
      const u = spread(n + 1);
      const verdict: Verdict =
        worstCase && s === 0
          ? 'BLOCK'
          : u < MODEL.mix.ALLOW
            ? 'ALLOW'
            : u < MODEL.mix.ALLOW + MODEL.mix.BLOCK
              ? 'BLOCK'
              : 'REVIEW';
      const requestId = `R-${shop}-${j}`;
      const ids = {
        checkId: checkIdFor(shop, requestId),
        shopId: shop,
        requestId,
        orderId: `O-${shop}-${j}`,
        decidedAt: at(n, MODEL.checksPerSecond),
      };
      const record = rekey(templates.new[verdict], ids);
      const item = toItem(checkToItem(record));
      read(keys.orderState(shop, ids.orderId), 200, true);
      write(undefined, item);
      count(shop, ids.decidedAt, ids.checkId);
      requests.checks[verdict] += 1;
      if (verdict === 'ALLOW') continue;
      queued += 1;
      if (spread(queued) >= MODEL.resolutionShare) continue;
      const resolved = toItem(checkToItem(rekey(templates.resolved[verdict], ids)));
      read(keys.check(ids.checkId), itemSize(item), true);
      write(item, resolved);
      // A first resolution: `resolved` and the time to it on the day's counters, the reviewer's own.
      count(shop, ids.decidedAt, ids.checkId);
      count(shop, ids.decidedAt, ids.checkId, true);
      requests.resolutions += 1;
    }
    cachedRead(keys.apiKey(createHash('sha256').update(`key-${shop}`).digest('hex')), checks, false);
  });

  // Webhook events and the sweep's overdue flags.
  let received = 0;
  const types = Object.keys(MODEL.events) as EventType[];
  const eventsPerShop = types.map((type) => allocate(MODEL.events[type], shares));
  for (let s = 0; s < shares.length; s++) {
    const events = eventsPerShop.reduce((sum, perShop) => sum + (perShop[s] ?? 0), 0);
    cachedRead(keys.shopSecret(shopId(s)), events, true);
  }
  for (const [t, type] of types.entries()) {
    (eventsPerShop[t] as number[]).forEach((events, s) => {
      const shop = shopId(s);
      for (let j = 0; j < events; j++) {
        const when = at(j, events);
        const orderId = `O-${shop}-E${type}-${j}`;
        const webhookId = `msg_${type}_${shop}_${j}`;
        const event = eventItem(shop, orderId, type, webhookId, when);
        write(undefined, event);
        if (type === 'order.delivered') write(undefined, orderStateItem(shop, orderId, when));
        if (type === 'return.received') {
          const received0 = refundDueItem(shop, orderId, when, {});
          const open = refundDueItem(shop, orderId, when, { rev: 1, open: true });
          write(undefined, received0);
          read(keys.refundDue(shop, orderId, 'TS-1'), itemSize(received0), true);
          write(received0, open);
          received += 1;
          if (spread(received) < MODEL.overdueShare) {
            // The sweep, some days later: a consistent read, the flag, its count, the mark.
            read(keys.refundDue(shop, orderId, 'TS-1'), itemSize(open), true);
            const flagId = flagIdFor({ flag: 'refund_overdue', shopId: shop, orderId, sku: 'TS-1' });
            const flag: FlagRecord = {
              flagId,
              flag: 'refund_overdue',
              shopId: shop,
              orderId,
              sku: 'TS-1',
              createdAt: when,
              details: { receivedAt: when, dueAt: when, daysOverdue: 2, legalBasis: ['CRPL 25 ¶3', 'NRR-MEASURES 13'] },
              message: refundOverdueMessage({ orderId, sku: 'TS-1', receivedAt: when, dueAt: when, daysOverdue: 2 }),
              review: { status: 'open', version: 1, history: [] },
            };
            write(undefined, toItem(flagToItem(flag)));
            count(shop, when, flagId);
            write(open, refundDueItem(shop, orderId, when, { rev: 2, flagId }));
            requests.overdueFlags += 1;
          }
        }
        if (type === 'refund.issued') {
          const open = refundDueItem(shop, orderId, when, { rev: 1, open: true });
          read(keys.refundDue(shop, orderId, 'TS-1'), itemSize(open), true, 2);
          const added = refundDueItem(shop, orderId, when, { rev: 1, open: true, refunded: true });
          write(open, added);
          write(added, refundDueItem(shop, orderId, when, { rev: 2, refunded: true }));
        }
        requests.events[type] += 1;
      }
    });
  }

  return {
    worstCase,
    shares,
    checksPerShop,
    requests,
    writes,
    wcu,
    rcu,
    partitions: [...loads.values()],
  };
}

/** How close a partition is to its limit (1 = at the limit). */
export const pressure = (p: PartitionLoad) => Math.max(p.wcu / PARTITION_LIMITS.wcu, p.rcu / PARTITION_LIMITS.rcu);

/** The partitions over 1,000 WCU/s or 3,000 RCU/s, worst first. */
export function overLimit(model: PartitionModel): PartitionLoad[] {
  return model.partitions
    .filter((p) => p.wcu > PARTITION_LIMITS.wcu || p.rcu > PARTITION_LIMITS.rcu)
    .sort((a, b) => pressure(b) - pressure(a));
}

/**
 * The busiest partitions of the base table and of each index (`top` each, by their share of the
 * partition limits), for the bench.
 *
 * @example peakPartitions(model).find((p) => p.index === null)?.partitions[0] // { partition: 'REPORT#SHOP#shop-0001#2', wcu: 520, … }
 */
export function peakPartitions(
  model: PartitionModel,
  top = 5,
  table: TableDefinition = SERVICE_TABLE,
): { index: string | null; partitions: PartitionLoad[] }[] {
  return [null, ...Object.keys(table.indexes)].map((index) => ({
    index,
    partitions: model.partitions
      .filter((p) => p.index === index)
      .sort((a, b) => pressure(b) - pressure(a) || (a.partition < b.partition ? -1 : 1))
      .slice(0, top),
  }));
}

/**
 * The checks/s the design carries at the model's mix and skew: all traffic scaled until its busiest
 * partition reaches a limit (overall), and the largest shop's traffic alone scaled until the busiest
 * of the partitions named after it (its key holds the shop id) does. Linear in the traffic, as
 * DynamoDB's per-partition limits are.
 *
 * @example carriedRate(model).overall.checksPerSecond // 217 when one partition takes 46,000 WCU/s of 10,000 checks/s
 */
export function carriedRate(model: PartitionModel): {
  overall: { checksPerSecond: number; limitedBy: PartitionLoad | undefined };
  largestShop: { checksPerSecond: number; limitedBy: PartitionLoad | undefined };
} {
  const busiest = (partitions: PartitionLoad[]) =>
    partitions.reduce<PartitionLoad | undefined>(
      (top, p) => (!top || pressure(p) > pressure(top) ? p : top),
      undefined,
    );
  const all = busiest(model.partitions);
  const shop = busiest(model.partitions.filter((p) => p.partition.includes(LARGEST_SHOP)));
  const largest = model.checksPerShop[0] ?? 0;
  return {
    overall: {
      checksPerSecond: all ? MODEL.checksPerSecond / pressure(all) : Number.POSITIVE_INFINITY,
      limitedBy: all,
    },
    largestShop: { checksPerSecond: shop ? largest / pressure(shop) : Number.POSITIVE_INFINITY, limitedBy: shop },
  };
}
