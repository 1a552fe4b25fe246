import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ReplayItem, ReplayStatus } from '#schemas/replay.js';
import { decodeCursor, encodeCursor, InvalidCursorError } from './cursor.js';
import { guard, isConditionFailed } from './errors.js';
import { ENTITY, indexKeys, keys, PENDING_REPLAY_PARTITION, REPLAY_ITEM_PREFIX } from './keys.js';
import { TABLE } from './table.js';

/** Replays are working results, not evidence: the job and its items expire after 180 days. */
export const REPLAY_RETENTION_SECONDS = 180 * 24 * 3600;

/**
 * Where a replay stands in its period: the day being worked and the index key to continue from on
 * that day (absent: the day's start). `null` once the period is done.
 */
export interface ReplayPosition {
  day: string;
  startKey?: Record<string, unknown>;
}

/** The counters a replay keeps; saved together with the position, so a page counts exactly once. */
export interface ReplayCounters {
  pages: number;
  scanned: number;
  changed: number;
  transitions: Record<string, number>;
}

/** A replay job as stored (`replay` item, `REPLAY#<id>` / `REPLAY`). */
export interface ReplayRecord extends ReplayCounters {
  replayId: string;
  status: ReplayStatus;
  rulesetVersion: string;
  from: string;
  to: string;
  shopId: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  completedAt: string | null;
  /** The position as JSON text: the conditional updates compare it whole. `null` when done. */
  position: string | null;
  /** The worker holding the job, and until when (epoch ms); another worker takes over after that. */
  leaseOwner?: string;
  leaseUntil?: number;
  error?: string;
}

/** The new state a worker saves after a page, conditional on the position it worked from. */
export interface ReplayProgress extends ReplayCounters {
  position: ReplayPosition | null;
  updatedAt: string;
}

const FIELDS = [
  'replayId',
  'status',
  'rulesetVersion',
  'from',
  'to',
  'shopId',
  'createdAt',
  'createdBy',
  'updatedAt',
  'completedAt',
  'position',
  'pages',
  'scanned',
  'changed',
  'transitions',
  'leaseOwner',
  'leaseUntil',
  'error',
] as const satisfies readonly (keyof ReplayRecord)[];

const ITEM_FIELDS = [
  'checkId',
  'shopId',
  'orderId',
  'decidedAt',
  'storedRulesetVersion',
  'storedVerdict',
  'replayedVerdict',
  'storedDecidingRules',
  'replayedDecidingRules',
  'storedRequiredActions',
  'replayedRequiredActions',
] as const satisfies readonly (keyof ReplayItem)[];

/** The position as the text the job item keeps (stable key order, so equal positions compare equal). */
export function positionText(position: ReplayPosition | null): string | null {
  if (!position) return null;
  const startKey = position.startKey
    ? Object.fromEntries(Object.entries(position.startKey).sort(([a], [b]) => a.localeCompare(b)))
    : undefined;
  return JSON.stringify(startKey ? { day: position.day, startKey } : { day: position.day });
}

export function parsePosition(text: string | null): ReplayPosition | null {
  return text ? (JSON.parse(text) as ReplayPosition) : null;
}

const expiry = (createdAt: string) => Math.floor(Date.parse(createdAt) / 1000) + REPLAY_RETENTION_SECONDS;

/**
 * Replay jobs and their results. A job is one item holding its position and counters; every update
 * of them is conditional on the position the worker read, so two workers (or a worker that resumes
 * after a Lambda timeout) never count a page twice. Each changed check is its own item in the
 * replay's partition, written idempotently (same key, same content), read back page by page.
 * Running jobs sit in the sparse `byPendingReplay` index, which is how a worker finds them.
 */
export class ReplayRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(record: ReplayRecord): Promise<void> {
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.replay(record.replayId),
            entity: ENTITY.replay,
            ...record,
            ...indexKeys.byPendingReplay(record.createdAt, record.replayId),
            expiresAt: expiry(record.createdAt),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  /** The job, read consistently, or undefined. */
  async get(replayId: string): Promise<ReplayRecord | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.replay(replayId), ConsistentRead: true })),
    );
    if (!Item || Item.entity !== ENTITY.replay) return undefined;
    return Object.fromEntries(FIELDS.filter((f) => f in Item).map((f) => [f, Item[f]])) as unknown as ReplayRecord;
  }

  /** Ids of running replays, oldest first (the sparse `byPendingReplay` index). */
  async pending(limit = 25): Promise<string[]> {
    const { Items } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byPendingReplay',
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': TABLE.indexes.byPendingReplay.partitionKey },
          ExpressionAttributeValues: { ':pk': PENDING_REPLAY_PARTITION },
          Limit: limit,
        }),
      ),
    );
    // A keys-only index: the id is in the job's key (`REPLAY#<id>`).
    return (Items ?? []).map((item) => String(item.pk).slice('REPLAY#'.length));
  }

  /**
   * Takes (or renews) the job for `owner` until `until` (epoch ms), when it is running and nobody
   * else holds an unexpired lease. Returns whether this worker now holds it.
   */
  async claim(replayId: string, owner: string, nowMs: number, until: number): Promise<boolean> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.replay(replayId),
            UpdateExpression: 'SET leaseOwner = :owner, leaseUntil = :until',
            ConditionExpression:
              '#status = :running AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now OR leaseOwner = :owner)',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':owner': owner, ':until': until, ':now': nowMs, ':running': 'running' },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /** Lets go of the job (a worker whose time budget is spent), so the next worker need not wait for the lease. */
  async release(replayId: string, owner: string): Promise<void> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.replay(replayId),
            UpdateExpression: 'SET leaseUntil = :zero',
            ConditionExpression: 'leaseOwner = :owner',
            ExpressionAttributeValues: { ':zero': 0, ':owner': owner },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  /**
   * Saves the counters and the next position after a page, if the job is still at `from` and held by
   * `owner`; a `null` position finishes it (status `done`, out of the pending index). Returns false
   * when the condition failed: someone else saved this page first, and nothing was counted.
   */
  async saveProgress(
    replayId: string,
    owner: string,
    from: string | null,
    progress: ReplayProgress,
    leaseUntil: number,
  ): Promise<boolean> {
    const done = progress.position === null;
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.replay(replayId),
            UpdateExpression: [
              'SET #position = :next, pages = :pages, scanned = :scanned, changed = :changed,',
              'transitions = :transitions, updatedAt = :now, leaseUntil = :lease',
              done ? ', #status = :done, completedAt = :now REMOVE #ipk, #isk' : '',
            ].join(' '),
            ConditionExpression: '#status = :running AND leaseOwner = :owner AND #position = :from',
            ExpressionAttributeNames: {
              '#position': 'position',
              '#status': 'status',
              ...(done
                ? {
                    '#ipk': TABLE.indexes.byPendingReplay.partitionKey,
                    '#isk': TABLE.indexes.byPendingReplay.sortKey,
                  }
                : {}),
            },
            ExpressionAttributeValues: {
              ':next': positionText(progress.position),
              ':pages': progress.pages,
              ':scanned': progress.scanned,
              ':changed': progress.changed,
              ':transitions': progress.transitions,
              ':now': progress.updatedAt,
              ':lease': leaseUntil,
              ':running': 'running',
              ':owner': owner,
              ':from': from,
              ...(done ? { ':done': 'done' } : {}),
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

  /** Marks a running job failed (a fault that retrying cannot fix), out of the pending index. */
  async fail(replayId: string, reason: string, at: string): Promise<void> {
    try {
      await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.replay(replayId),
            UpdateExpression:
              'SET #status = :failed, #error = :reason, updatedAt = :at, completedAt = :at REMOVE #ipk, #isk',
            ConditionExpression: '#status = :running',
            ExpressionAttributeNames: {
              '#status': 'status',
              '#error': 'error',
              '#ipk': TABLE.indexes.byPendingReplay.partitionKey,
              '#isk': TABLE.indexes.byPendingReplay.sortKey,
            },
            ExpressionAttributeValues: { ':failed': 'failed', ':running': 'running', ':reason': reason, ':at': at },
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  /** Stores one changed check of a replay; idempotent (a re-run page writes the same item again). */
  async putItem(replayId: string, createdAt: string, decidedUtc: string, item: ReplayItem): Promise<void> {
    await guard('PutItem', () =>
      this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.replayItem(replayId, decidedUtc, item.checkId),
            entity: ENTITY.replayItem,
            replayId,
            ...item,
            expiresAt: expiry(createdAt),
          },
        }),
      ),
    );
  }

  /** A replay's changed checks in decision order, one page at a time. */
  async listItems(
    replayId: string,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ items: ReplayItem[]; cursor: string | null }> {
    const partition = keys.replay(replayId).pk;
    const startKey = decodeCursor(page.cursor, { [TABLE.partitionKey]: partition });
    if (
      startKey &&
      (Object.keys(startKey).length !== 2 || !String(startKey[TABLE.sortKey] ?? '').startsWith(REPLAY_ITEM_PREFIX))
    )
      throw new InvalidCursorError("cursor is not one of this replay's pages");
    const { Items, LastEvaluatedKey } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :item)',
          ExpressionAttributeNames: { '#pk': TABLE.partitionKey, '#sk': TABLE.sortKey },
          ExpressionAttributeValues: { ':pk': partition, ':item': REPLAY_ITEM_PREFIX },
          Limit: page.limit,
          ExclusiveStartKey: startKey,
          ConsistentRead: true,
        }),
      ),
    );
    return {
      items: (Items ?? []).map(
        (item) => Object.fromEntries(ITEM_FIELDS.map((f) => [f, item[f]])) as unknown as ReplayItem,
      ),
      cursor: encodeCursor(LastEvaluatedKey),
    };
  }
}
