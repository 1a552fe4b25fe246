import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { log } from '#shared/log.js';
import { sortableUtc, toShanghaiIso } from '#shared/time.js';
import { batchGet, type ShardPositions, shardedPage } from './batch.js';
import { guard, isConditionFailed } from './errors.js';
import { ENTITY, indexKeys, keys, reviewIndexKeys, SHOP_SHARDS } from './keys.js';
import { counter, type ReportRepository } from './reports.js';
import { RETENTION_SECONDS } from './table.js';

/** What order-event reconciliation can raise into the review queue. */
export const FLAG_TYPES = [
  'unchecked_refusal',
  'refusal_against_block',
  'refund_overdue',
  'facts_changed_after_block',
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

/**
 * A flag as stored: the review queue lists and resolves it like a check (`review`, the queue index
 * keys), so its shape is shared with the review function and must not drift.
 */
export interface FlagRecord {
  flagId: string;
  flag: FlagType;
  shopId: string;
  orderId: string;
  sku: string;
  /** The check the flag is about, when there is one (a BLOCK that was ignored, a REVIEW still open). */
  checkId?: string;
  /** China Standard Time. */
  createdAt: string;
  /** The facts behind the flag (webhook id, refusedAt, receivedAt, dueAt, daysOverdue …). */
  details: Record<string, unknown>;
  /** A sentence compliance staff can read. */
  message: { zh: string; en: string };
  review: { status: 'open' | 'resolved'; version: number; history: unknown[]; finalVerdict?: string };
}

export interface RaiseFlag {
  flag: FlagType;
  shopId: string;
  orderId: string;
  sku: string;
  /**
   * What makes two flags of one type on one item different (e.g. the BLOCK check a refusal went
   * against); empty when one flag per item is meant.
   */
  discriminator?: string;
  checkId?: string;
  details: Record<string, unknown>;
  message: { zh: string; en: string };
}

/**
 * The deterministic id of a flag: the same facts always name the same flag, so raising it twice
 * (a redelivered event, a second sweep, concurrent workers) finds the first one.
 *
 * @example flagIdFor({ flag: 'refund_overdue', shopId: 's', orderId: 'o', sku: 'k' }) // 'flg_…' (30 chars)
 */
export function flagIdFor(input: Pick<RaiseFlag, 'flag' | 'shopId' | 'orderId' | 'sku' | 'discriminator'>): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([input.shopId, input.orderId, input.sku, input.flag, input.discriminator ?? '']), 'utf8')
    .digest('hex');
  return `flg_${digest.slice(0, 26)}`;
}

export function flagToItem(record: FlagRecord): Record<string, unknown> {
  const { checkId, ...rest } = record;
  return {
    ...keys.flag(record.flagId),
    entity: ENTITY.flag,
    ...rest,
    ...(checkId ? { checkId } : {}),
    // On the order's timeline too (the console shows every check, event and flag of an order).
    ...indexKeys.byOrder(record.shopId, record.orderId, 'FLAG', sortableUtc(record.createdAt), record.flagId),
    ...reviewIndexKeys('open', record.shopId, sortableUtc(record.createdAt), record.flagId),
    expiresAt: Math.floor(Date.parse(record.createdAt) / 1000) + RETENTION_SECONDS,
  };
}

const FLAG_FIELDS = [
  'flagId',
  'flag',
  'shopId',
  'orderId',
  'sku',
  'checkId',
  'createdAt',
  'details',
  'message',
  'review',
] as const satisfies readonly (keyof FlagRecord)[];

export function flagFromItem(item: Record<string, unknown>): FlagRecord {
  return Object.fromEntries(
    FLAG_FIELDS.filter((field) => item[field] !== undefined).map((field) => [field, item[field]]),
  ) as unknown as FlagRecord;
}

/**
 * Review-queue flags raised by order-event reconciliation. One conditional put per flag, keyed by
 * its deterministic id: each flag is raised exactly once, also under concurrency.
 */
export class FlagRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Daily aggregates: a flag is counted by the put that raised it, and only by it. */
    private readonly reports?: ReportRepository,
  ) {}

  /**
   * Raises a flag unless it was raised before. `created: false` means it already existed (its first
   * facts and its review state are kept).
   *
   * @example const { created, flagId } = await flags.raise({ flag: 'refund_overdue', … }, clock())
   */
  async raise(input: RaiseFlag, now: Date): Promise<{ created: boolean; flagId: string }> {
    const flagId = flagIdFor(input);
    const record: FlagRecord = {
      flagId,
      flag: input.flag,
      shopId: input.shopId,
      orderId: input.orderId,
      sku: input.sku,
      ...(input.checkId ? { checkId: input.checkId } : {}),
      createdAt: toShanghaiIso(now),
      details: input.details,
      message: input.message,
      review: { status: 'open', version: 1, history: [] },
    };
    try {
      await guard('PutItem', () =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: flagToItem(record),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (isConditionFailed(error)) return { created: false, flagId };
      throw error;
    }
    try {
      await this.reports?.add(record.shopId, record.createdAt, flagId, { [counter.flag(record.flag)]: 1 });
    } catch (error) {
      log.error('daily aggregate not updated', { flagId, error });
    }
    return { created: true, flagId };
  }

  async get(flagId: string): Promise<FlagRecord | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.flag(flagId), ConsistentRead: true })),
    );
    return Item && Item.entity === ENTITY.flag ? flagFromItem(Item) : undefined;
  }

  /**
   * One shop's flags in one review status, oldest first, one page at a time (the shop's queue shards,
   * merged; checks in the queue are skipped, so a page may hold fewer than `limit` flags).
   */
  async listByShop(
    shopId: string,
    status: 'open' | 'resolved',
    page: { limit?: number; startKey?: Record<string, unknown> } = {},
  ): Promise<{ items: FlagRecord[]; next?: Record<string, unknown> }> {
    const partitions = Array.from({ length: SHOP_SHARDS }, (_, i) => indexKeys.shopQueuePartition(status, shopId, i));
    const out = await shardedPage(this.db, this.tableName, {
      index: 'byShopQueue',
      partitions,
      limit: page.limit ?? 100,
      positions: page.startKey as ShardPositions | undefined,
    });
    const flagKeys = out.entries
      .filter((e) => String(e.pk).startsWith('FLAG#'))
      .map((e) => ({ pk: String(e.pk), sk: String(e.sk) }));
    const items = (await batchGet(this.db, this.tableName, flagKeys)).filter((i) => i.entity === ENTITY.flag);
    return { items: items.map(flagFromItem), ...(out.next ? { next: out.next } : {}) };
  }
}
