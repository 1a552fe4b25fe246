import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Verdict } from '#schemas/check.js';
import type { OrderEventType } from '#schemas/order-event.js';
import { sortableUtc } from '#shared/time.js';
import { batchGet, type ShardPositions, shardedPage } from './batch.js';
import { guard, isConditionFailed, StoreUnavailableError } from './errors.js';
import { type CheckState, checkSortPrefix, ENTITY, idFromKey, indexKeys, keys, REFUND_DUE_SHARDS } from './keys.js';
import { RETENTION_SECONDS, TABLE } from './table.js';

/** An order event as kept on the order's timeline (`orderEvent` item, keyed by its webhook id). */
export interface OrderEventRecord {
  webhookId: string;
  shopId: string;
  orderId: string;
  type: OrderEventType;
  occurredAt: string;
  data: Record<string, unknown>;
  /** When the service received it (China Standard Time). */
  receivedAt: string;
  /** SHA-256 of the raw body, to notice an id reused for another body. */
  bodyHash: string;
  /**
   * Always `received`: an event's effects are idempotent and re-applied on every redelivery of the
   * same body, so no separate "applied" mark is written (it would cost a write per event).
   */
  status: 'received';
}

/** The outcome of recording an event: new, or a delivery of an id already seen (with its record). */
export type RecordEventOutcome = { created: true } | { created: false; existing: OrderEventRecord };

/** The per-item refund obligation that `return.received` opens and `refund.issued` settles. */
export interface RefundDueRecord {
  shopId: string;
  orderId: string;
  sku: string;
  receivedAt?: string;
  dueAt?: string;
  refundedAt?: string;
  /** What the counted refunds add up to (those on or after the receipt). */
  amountFen?: number;
  /** What they must reach: `priceFen` × `quantity` from the item's checks, when known. */
  expectedFen?: number;
  flaggedAt?: string;
  flagId?: string;
  /** Whether the item is still in the `byRefundDue` index (open and unflagged). */
  open: boolean;
}

/** One `refund.issued` as kept on the item. */
interface RefundEntry {
  webhookId: string;
  at: string;
  atUtc: string;
  amountFen: number;
}

/** The order-state attributes that keep the earliest time an event reported (the timeline's facts). */
export const EARLIEST_FACTS = {
  /** 签收: the consumer's receipt starts every window (ECL 51). */
  'order.delivered': 'deliveredAt',
  'return.requested': 'returnRequestedAt',
  'return.refused': 'refusedAt',
} as const satisfies Partial<Record<OrderEventType, string>>;
export type EarliestFact = (typeof EARLIEST_FACTS)[keyof typeof EARLIEST_FACTS];

const EVENT_FIELDS = [
  'webhookId',
  'shopId',
  'orderId',
  'type',
  'occurredAt',
  'data',
  'receivedAt',
  'bodyHash',
  'status',
] as const satisfies readonly (keyof OrderEventRecord)[];

const retention = (at: string) => Math.floor(Date.parse(at) / 1000) + RETENTION_SECONDS;

/**
 * What the order systems told us about an order (from signed webhooks): the timeline of events, the
 * order's state (earliest delivery, request and refusal times) and the refund obligations per item.
 *
 * Every write is one conditional write (the embedded store has no transactions), and each is
 * idempotent on its own, so a redelivered or re-applied event converges to the same state.
 */
export class OrderStateRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The delivery (签收) time recorded from an `order.delivered` event, if any. */
  async recordedDeliveredAt(shopId: string, orderId: string): Promise<string | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.orderState(shopId, orderId),
          ProjectionExpression: 'deliveredAt',
          ConsistentRead: true,
        }),
      ),
    );
    return typeof Item?.deliveredAt === 'string' ? Item.deliveredAt : undefined;
  }

  /** The order's state item (earliest times per fact), if any event reached it. */
  async getState(shopId: string, orderId: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys.orderState(shopId, orderId), ConsistentRead: true }),
      ),
    );
    return Item;
  }

  /**
   * Keeps an event on the order's timeline, once per webhook id: the put is conditional on the id
   * being new, so concurrent duplicates store exactly one event. A seen id returns the stored record.
   */
  async recordEvent(record: OrderEventRecord): Promise<RecordEventOutcome> {
    try {
      await guard('PutItem', () =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...keys.orderEvent(record.shopId, record.webhookId),
              entity: ENTITY.orderEvent,
              ...record,
              ...indexKeys.byOrder(
                record.shopId,
                record.orderId,
                'EVENT',
                sortableUtc(record.occurredAt),
                record.webhookId,
              ),
              expiresAt: retention(record.receivedAt),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
      return { created: true };
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.orderEvent(record.shopId, record.webhookId),
          ConsistentRead: true,
        }),
      ),
    );
    const existing = Item
      ? (Object.fromEntries(EVENT_FIELDS.map((field) => [field, Item[field]])) as unknown as OrderEventRecord)
      : { ...record, status: 'received' as const };
    return { created: false, existing };
  }

  /** The order's events in the order they happened (`occurredAt`), one page at a time. */
  async listEvents(
    shopId: string,
    orderId: string,
    page: { limit?: number; startKey?: Record<string, unknown> } = {},
  ): Promise<{ items: OrderEventRecord[]; next?: Record<string, unknown> }> {
    const { Items, LastEvaluatedKey } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byOrder',
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :event)',
          ExpressionAttributeNames: {
            '#pk': TABLE.indexes.byOrder.partitionKey,
            '#sk': TABLE.indexes.byOrder.sortKey,
          },
          ExpressionAttributeValues: { ':pk': indexKeys.byOrderPartition(shopId, orderId), ':event': 'EVENT#' },
          ProjectionExpression: 'pk, sk',
          Limit: page.limit ?? 100,
          ExclusiveStartKey: page.startKey,
        }),
      ),
    );
    const items = await batchGet(
      this.db,
      this.tableName,
      (Items ?? []).map((i) => ({ pk: String(i.pk), sk: String(i.sk) })),
    );
    return {
      items: items.map(
        (item) => Object.fromEntries(EVENT_FIELDS.map((field) => [field, item[field]])) as unknown as OrderEventRecord,
      ),
      ...(LastEvaluatedKey ? { next: LastEvaluatedKey } : {}),
    };
  }

  /**
   * The newest checks of one order item in one state (verdict in force; a BLOCK open or resolved),
   * newest first: one key condition on the `byOrder` index, reading only its small projection.
   *
   * @example const [allow] = await orders.itemChecks('shop', 'O-1', 'SKU-1', 'ALLOW', 1)
   */
  async itemChecks(
    shopId: string,
    orderId: string,
    sku: string,
    state: CheckState,
    limit: number,
  ): Promise<CheckSummary[]> {
    const out: CheckSummary[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Items, LastEvaluatedKey } = await guard('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'byOrder',
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
            ExpressionAttributeNames: {
              '#pk': TABLE.indexes.byOrder.partitionKey,
              '#sk': TABLE.indexes.byOrder.sortKey,
            },
            ExpressionAttributeValues: {
              ':pk': indexKeys.byOrderPartition(shopId, orderId),
              ':prefix': checkSortPrefix(sku, state),
            },
            ScanIndexForward: false,
            Limit: limit - out.length,
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      for (const item of Items ?? []) out.push({ ...checkSummaryFromItem(item), shopId, orderId });
      startKey = LastEvaluatedKey;
    } while (startKey && out.length < limit);
    return out;
  }

  /** The latest check of one order item, whatever its verdict (one query per state, in parallel). */
  async latestItemCheck(shopId: string, orderId: string, sku: string): Promise<CheckSummary | undefined> {
    const latest = await Promise.all(CHECK_STATES.map((state) => this.itemChecks(shopId, orderId, sku, state, 1)));
    return latest.flat().sort((a, b) => (sortableUtc(a.decidedAt) < sortableUtc(b.decidedAt) ? 1 : -1))[0];
  }

  /**
   * Records a fact's time on the order state, keeping the EARLIEST one reported: several deliveries
   * of one order (a re-sent event, a corrected scan) must not move the start of the window later, and
   * the consumer's first signature is the receipt (ECL 51). The comparison uses a sortable UTC
   * companion attribute (`<fact>Utc`), so offsets other than +08:00 compare correctly.
   *
   * @returns whether this time became the recorded one
   */
  async recordEarliest(shopId: string, orderId: string, fact: EarliestFact, at: string, now: string): Promise<boolean> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.orderState(shopId, orderId),
            UpdateExpression:
              'SET #fact = :at, #factUtc = :utc, entity = :entity, shopId = :shop, orderId = :order, updatedAt = :now, expiresAt = :exp',
            ConditionExpression: 'attribute_not_exists(#factUtc) OR #factUtc > :utc',
            ExpressionAttributeNames: { '#fact': fact, '#factUtc': `${fact}Utc` },
            ExpressionAttributeValues: {
              ':at': at,
              ':utc': sortableUtc(at),
              ':entity': ENTITY.orderState,
              ':shop': shopId,
              ':order': orderId,
              ':now': now,
              ':exp': retention(now),
            },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * `return.received`: records the item's receipt (of several, the earliest counts) and recomputes
   * the refund obligation, due at `dueAt` (see `settleRefunds`). Works after refunds too (events out
   * of order).
   */
  async openRefundDue(input: {
    shopId: string;
    orderId: string;
    sku: string;
    receivedAt: string;
    dueAt: string;
    now: string;
    /** What the refunds must add up to (`priceFen` × `quantity` from the item's checks), if known. */
    expectedFen?: number | undefined;
  }): Promise<RefundDueRecord | undefined> {
    const { shopId, orderId, sku, receivedAt, dueAt, now } = input;
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.refundDue(shopId, orderId, sku),
            UpdateExpression:
              'SET entity = :entity, shopId = :shop, orderId = :order, sku = :sku, receivedAt = :received, receivedAtUtc = :receivedUtc, dueAt = :due, updatedAt = :now, expiresAt = :exp',
            ConditionExpression: 'attribute_not_exists(receivedAtUtc) OR receivedAtUtc > :receivedUtc',
            ExpressionAttributeValues: {
              ':entity': ENTITY.refundDue,
              ':shop': shopId,
              ':order': orderId,
              ':sku': sku,
              ':received': receivedAt,
              ':receivedUtc': sortableUtc(receivedAt),
              ':due': dueAt,
              ':now': now,
              ':exp': retention(now),
            },
          }),
        ),
      );
    } catch (error) {
      // A later receipt of an item already received: the earlier one stands.
      if (!isConditionFailed(error)) throw error;
    }
    return this.settleRefunds(shopId, orderId, sku, input.expectedFen);
  }

  /**
   * `refund.issued`: adds one refund to the item (once per webhook id, so a re-applied event does
   * not count twice), then recomputes the obligation. Works before the receipt is known too.
   */
  async addRefund(input: {
    shopId: string;
    orderId: string;
    sku: string;
    webhookId: string;
    refundedAt: string;
    amountFen: number;
    now: string;
    expectedFen?: number | undefined;
  }): Promise<RefundDueRecord | undefined> {
    const { shopId, orderId, sku, webhookId, refundedAt, amountFen, now } = input;
    const refund: RefundEntry = { webhookId, at: refundedAt, atUtc: sortableUtc(refundedAt), amountFen };
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.refundDue(shopId, orderId, sku),
            UpdateExpression:
              'SET entity = :entity, shopId = :shop, orderId = :order, sku = :sku, refunds = list_append(if_not_exists(refunds, :empty), :refund), updatedAt = :now, expiresAt = if_not_exists(expiresAt, :exp) ADD refundIds :ids',
            ConditionExpression: 'attribute_not_exists(refundIds) OR NOT contains(refundIds, :id)',
            ExpressionAttributeValues: {
              ':entity': ENTITY.refundDue,
              ':shop': shopId,
              ':order': orderId,
              ':sku': sku,
              ':empty': [],
              ':refund': [refund],
              ':now': now,
              ':exp': retention(now),
              ':ids': new Set([webhookId]),
              ':id': webhookId,
            },
          }),
        ),
      );
    } catch (error) {
      // This refund is already counted.
      if (!isConditionFailed(error)) throw error;
    }
    return this.settleRefunds(shopId, orderId, sku, input.expectedFen);
  }

  /**
   * Recomputes an item's obligation from its receipt and refunds (contract 1.1): only refunds on or
   * after the receipt count; they add up; the duty is met (`refundedAt`, the time of the refund that
   * completed it) when they reach `expectedFen`, or with the first counted refund when no price is
   * known. The item is in the `byRefundDue` index while received, unmet and unflagged. One optimistic
   * write (`rev`), retried when a concurrent event changed the item in between.
   */
  async settleRefunds(
    shopId: string,
    orderId: string,
    sku: string,
    expectedFen?: number | undefined,
  ): Promise<RefundDueRecord | undefined> {
    for (let attempt = 0; attempt < 25; attempt++) {
      // Concurrent events on one item: back off a random few milliseconds, growing, before re-reading.
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * Math.min(attempt, 10)));
      const item = await this.getRefundDueItem(shopId, orderId, sku);
      if (!item) return undefined;
      const expected = expectedFen ?? (typeof item.expectedFen === 'number' ? item.expectedFen : undefined);
      const receivedUtc = typeof item.receivedAtUtc === 'string' ? item.receivedAtUtc : undefined;
      const counted = ((item.refunds ?? []) as RefundEntry[])
        .filter((refund) => !receivedUtc || refund.atUtc >= receivedUtc)
        .sort((a, b) => (a.atUtc < b.atUtc ? -1 : a.atUtc > b.atUtc ? 1 : 0));
      let total = 0;
      let settledBy: RefundEntry | undefined;
      for (const refund of counted) {
        total += refund.amountFen;
        if (!settledBy && (expected === undefined || total >= expected)) settledBy = refund;
      }
      const open = typeof item.receivedAt === 'string' && !settledBy && item.flaggedAt === undefined;
      const rev = typeof item.rev === 'number' ? item.rev : 0;
      const set = ['rev = :next', 'refundedFen = :total'];
      const remove: string[] = [];
      const values: Record<string, unknown> = { ':next': rev + 1, ':total': total };
      if (expected !== undefined) {
        set.push('expectedFen = :expected');
        values[':expected'] = expected;
      }
      if (settledBy) {
        set.push('refundedAt = :refunded', 'refundedAtUtc = :refundedUtc', 'amountFen = :total');
        values[':refunded'] = settledBy.at;
        values[':refundedUtc'] = settledBy.atUtc;
      } else remove.push('refundedAt', 'refundedAtUtc', 'amountFen');
      if (open) {
        const index = indexKeys.byRefundDue(sortableUtc(String(item.dueAt)), shopId, orderId, sku);
        set.push('gsi5pk = :gsi5pk', 'gsi5sk = :gsi5sk');
        values[':gsi5pk'] = index.gsi5pk;
        values[':gsi5sk'] = index.gsi5sk;
      } else remove.push('gsi5pk', 'gsi5sk');
      if (rev > 0) values[':rev'] = rev;
      try {
        const { Attributes } = await guard('UpdateItem', () =>
          this.db.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: keys.refundDue(shopId, orderId, sku),
              UpdateExpression: `SET ${set.join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
              ConditionExpression: rev > 0 ? 'rev = :rev' : 'attribute_not_exists(rev)',
              ExpressionAttributeValues: values,
              ReturnValues: 'ALL_NEW',
            }),
          ),
        );
        return refundDueFromItem(Attributes);
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    }
    throw new StoreUnavailableError('the refund obligation kept changing; retry');
  }

  private async getRefundDueItem(
    shopId: string,
    orderId: string,
    sku: string,
  ): Promise<Record<string, unknown> | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys.refundDue(shopId, orderId, sku), ConsistentRead: true }),
      ),
    );
    return Item;
  }

  async getRefundDue(shopId: string, orderId: string, sku: string): Promise<RefundDueRecord | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.refundDue(shopId, orderId, sku),
          ConsistentRead: true,
        }),
      ),
    );
    return refundDueFromItem(Item);
  }

  /**
   * One page of refund obligations that fell due before `nowUtc` and are still open and unflagged,
   * earliest due first within each of the index's shards, all shards merged. The caller pages on
   * with `next`; nothing is loaded beyond one page.
   */
  async pageOverdueRefunds(
    nowUtc: string,
    page: { limit: number; startKey?: Record<string, unknown> | undefined },
  ): Promise<{ items: RefundDueRecord[]; next?: Record<string, unknown> }> {
    const out = await shardedPage(this.db, this.tableName, {
      index: 'byRefundDue',
      partitions: Array.from({ length: REFUND_DUE_SHARDS }, (_, i) => indexKeys.refundDuePartition(i)),
      range: { from: '0', to: nowUtc },
      limit: page.limit,
      positions: page.startKey as ShardPositions | undefined,
    });
    return {
      items: out.entries.flatMap((item) => refundDueFromItem({ ...item, entity: ENTITY.refundDue }) ?? []),
      ...(out.next ? { next: out.next } : {}),
    };
  }

  /**
   * An obligation the sweep read from the index, read again whole and consistently (the index lags
   * its items, and projects only what the sweep's query needs), if it is still open: a refund or a
   * flag recorded since wins over the sweep.
   */
  async stillOverdue(shopId: string, orderId: string, sku: string): Promise<RefundDueRecord | undefined> {
    const due = await this.getRefundDue(shopId, orderId, sku);
    return due?.open && due.refundedAt === undefined && due.flaggedAt === undefined ? due : undefined;
  }

  /**
   * Records that the overdue flag was raised and takes the item out of the `byRefundDue` index, so
   * no later sweep scans it again. A refund issued afterwards still settles it; the flag stays.
   */
  async markRefundFlagged(shopId: string, orderId: string, sku: string, flagId: string, at: string): Promise<void> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.refundDue(shopId, orderId, sku),
            UpdateExpression:
              'SET flaggedAt = if_not_exists(flaggedAt, :at), flagId = :flag, rev = if_not_exists(rev, :zero) + :one REMOVE gsi5pk, gsi5sk',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':at': at, ':flag': flagId, ':zero': 0, ':one': 1 },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}

/** Every state a check can have in its order's `byOrder` entries. */
const CHECK_STATES: readonly CheckState[] = ['ALLOW', 'BLOCK', 'BLOCK_RESOLVED', 'REVIEW'];

/** A check as reconciliation sees it: whose, about what, and the verdict in force. */
export interface CheckSummary {
  checkId: string;
  shopId: string;
  orderId: string;
  sku: string;
  /** The verdict in force: a staff resolution's `finalVerdict`, else the automatic verdict. */
  effectiveVerdict: Verdict;
  reviewStatus: string;
  decidedAt: string;
  /** The item's price and quantity as the check recorded them (what refunds must add up to). */
  priceFen?: number;
  quantity?: number;
}

/** A check's summary from its `byOrder` entry (the index's projection) or its item. */
export function checkSummaryFromItem(item: Record<string, unknown>): CheckSummary {
  return {
    checkId: typeof item.checkId === 'string' ? item.checkId : idFromKey(String(item.pk)),
    shopId: String(item.shopId ?? ''),
    orderId: String(item.orderId ?? ''),
    sku: String(item.sku),
    effectiveVerdict: item.inForce as Verdict,
    reviewStatus: String(item.reviewStatus ?? 'none'),
    decidedAt: String(item.decidedAt),
    ...(typeof item.priceFen === 'number' ? { priceFen: item.priceFen } : {}),
    ...(typeof item.quantity === 'number' ? { quantity: item.quantity } : {}),
  };
}

function refundDueFromItem(item: Record<string, unknown> | undefined): RefundDueRecord | undefined {
  if (!item || item.entity !== ENTITY.refundDue) return undefined;
  const str = (name: string) => (typeof item[name] === 'string' ? (item[name] as string) : undefined);
  const record: RefundDueRecord = {
    shopId: String(item.shopId),
    orderId: String(item.orderId),
    sku: String(item.sku),
    open: typeof item.gsi5pk === 'string',
  };
  for (const name of ['receivedAt', 'dueAt', 'refundedAt', 'flaggedAt', 'flagId'] as const) {
    const value = str(name);
    if (value !== undefined) record[name] = value;
  }
  if (typeof item.refundedFen === 'number' && (item.refundedFen > 0 || record.refundedAt))
    record.amountFen = item.refundedFen;
  if (typeof item.expectedFen === 'number') record.expectedFen = item.expectedFen;
  return record;
}

/** The order-state item's attributes a consumer of `getState` may rely on. */
export type OrderState = Partial<Record<EarliestFact, string>> & { shopId?: string; orderId?: string };
