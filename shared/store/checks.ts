import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type {
  CheckRequest,
  Outcome,
  RefusalReason,
  RequiredAction,
  Resolution,
  ReviewStatus,
  Summary,
  Verdict,
} from '#schemas/check.js';
import type { ReviewOutcome } from '#schemas/review.js';
import { log } from '#shared/log.js';
import { shanghaiDay, sortableUtc } from '#shared/time.js';
import { getItemById } from './by-id.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guard, IdempotencyConflictError, isConditionFailed, StoreUnavailableError } from './errors.js';
import { ENTITY, indexKeys, keys, reviewIndexKeys } from './keys.js';
import { counter, type ReportRepository } from './reports.js';
import type { Claim, PendingOverride } from './reviews.js';
import { RETENTION_SECONDS, TABLE } from './table.js';

/** A finding as stored: citations by reference (`NRR-MEASURES:8:3`), texts rebuilt on read. */
export interface StoredFinding {
  ruleId: string;
  outcome: Outcome;
  citations: string[];
  message: { zh: string; en: string };
}

export interface CheckRecord {
  checkId: string;
  shopId: string;
  requestId: string;
  orderId: string;
  sku: string;
  /** SHA-256 of the canonical request, for idempotent replays. */
  requestHash: string;
  request: CheckRequest;
  verdict: Verdict;
  findings: StoredFinding[];
  requiredActions: RequiredAction[];
  alternativeReasons: RefusalReason[];
  deadlines: { returnWindowEndsAt?: string; qualityWindowEndsAt?: string };
  rulesetVersion: string;
  /**
   * The delivery time recorded from the order system's webhook that the decision used (`null`: none
   * was recorded). Kept so a replay re-decides on the same facts; absent on checks stored before it was.
   */
  recordedDeliveredAt?: string | null;
  /** China Standard Time, `2026-03-09T20:00:01.123+08:00`. */
  decidedAt: string;
  review: {
    status: ReviewStatus;
    version: number;
    finalVerdict?: Verdict;
    outcome?: ReviewOutcome;
    history: Resolution[];
    pendingOverride?: PendingOverride;
  };
  /** Who is working on it in the console (no legal meaning). */
  claim?: Claim;
  /** One message for the consumer and one for the shop, as answered (rulesets from r2 on). */
  summary?: Summary;
}

export type CreateOutcome = { created: true; record: CheckRecord } | { created: false; record: CheckRecord };

/**
 * Attributes stored as they are: what queries project and updates touch (verdict, review, …).
 */
const CHECK_FIELDS = [
  'checkId',
  'shopId',
  'requestId',
  'orderId',
  'sku',
  'requestHash',
  'verdict',
  'requiredActions',
  'alternativeReasons',
  'deadlines',
  'rulesetVersion',
  'recordedDeliveredAt',
  'decidedAt',
  'review',
  'claim',
] as const satisfies readonly (keyof CheckRecord)[];

/** The item of a check: the record, its keys, and the index entries that answer the store's questions. */
export function checkToItem(record: CheckRecord): Record<string, unknown> {
  const decidedUtc = sortableUtc(record.decidedAt);
  const queue =
    record.review.status === 'none'
      ? {}
      : reviewIndexKeys(
          record.review.status === 'resolved' ? 'resolved' : 'open',
          record.shopId,
          decidedUtc,
          record.checkId,
        );
  return {
    ...keys.check(record.shopId, record.requestId),
    entity: ENTITY.check,
    ...Object.fromEntries(CHECK_FIELDS.map((field) => [field, record[field]])),
    // Evidence that is read whole and never queried by attribute is kept as JSON text: a third of
    // the bytes of DynamoDB's nested map encoding, and much cheaper to marshal on every write.
    requestJson: JSON.stringify(record.request),
    findingsJson: JSON.stringify(record.findings),
    ...(record.summary ? { summaryJson: JSON.stringify(record.summary) } : {}),
    ...indexKeys.byId(record.checkId),
    ...indexKeys.byOrder(record.shopId, record.orderId, 'CHECK', decidedUtc, record.checkId),
    ...indexKeys.byDecidedDay(shanghaiDay(record.decidedAt), decidedUtc, record.checkId),
    ...queue,
    expiresAt: Math.floor(Date.parse(record.decidedAt) / 1000) + RETENTION_SECONDS,
  };
}

export function checkFromItem(item: Record<string, unknown>): CheckRecord {
  const record = Object.fromEntries(CHECK_FIELDS.map((field) => [field, item[field]])) as unknown as CheckRecord;
  record.request = JSON.parse(String(item.requestJson)) as CheckRequest;
  record.findings = JSON.parse(String(item.findingsJson)) as StoredFinding[];
  if (typeof item.summaryJson === 'string') record.summary = JSON.parse(item.summaryJson) as Summary;
  record.review = { ...record.review, history: record.review?.history ?? [] };
  return record;
}

/**
 * The check's deciding rule: the first finding that broke the law or needs a human (for an ALLOW,
 * the first that supports the refusal), else the first finding.
 */
export function decidingRule(record: Pick<CheckRecord, 'findings' | 'verdict'>): string | undefined {
  const wanted = record.verdict === 'ALLOW' ? ['supports_refusal'] : ['violated', 'needs_review'];
  return (record.findings.find((f) => wanted.includes(f.outcome)) ?? record.findings[0])?.ruleId;
}

/**
 * Checks in DynamoDB. One conditional write per check: the item is keyed by shop and request id, so
 * any number of concurrent duplicates produce exactly one stored decision.
 */
export class CheckRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Daily aggregates: a new decision is counted by the write that created it, and only by it. */
    private readonly reports?: ReportRepository,
  ) {}

  /** The check a shop already stored under this request id, read consistently. */
  async findByRequestId(shopId: string, requestId: string): Promise<CheckRecord | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(
        new GetCommand({ TableName: this.tableName, Key: keys.check(shopId, requestId), ConsistentRead: true }),
      ),
    );
    return Item ? checkFromItem(Item) : undefined;
  }

  /**
   * Stores a new decision unless the request id is taken. A taken id with the same request hash is a
   * replay (the stored record comes back, `created: false`); with another hash it is a conflict.
   *
   * @throws IdempotencyConflictError, StoreUnavailableError
   */
  async create(record: CheckRecord): Promise<CreateOutcome> {
    try {
      await guard('PutItem', () =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: checkToItem(record),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const existing = await this.findByRequestId(record.shopId, record.requestId);
      if (!existing) throw new StoreUnavailableError('the conflicting check could not be read back');
      if (existing.requestHash !== record.requestHash)
        throw new IdempotencyConflictError(`requestId ${record.requestId} was used with a different body`);
      return { created: false, record: existing };
    }
    // Only the request whose conditional put won reaches this line: a replay or a lost race never
    // counts the decision a second time.
    await this.count(record);
    return { created: true, record };
  }

  private async count(record: CheckRecord): Promise<void> {
    if (!this.reports) return;
    const rule = record.verdict === 'BLOCK' ? decidingRule(record) : undefined;
    try {
      await this.reports.add(record.shopId, record.decidedAt, record.checkId, {
        [counter.verdict(record.verdict)]: 1,
        ...(rule ? { [counter.rule(rule)]: 1 } : {}),
      });
    } catch (error) {
      // The decision is stored and must be answered; a lost count is logged, never retried into a
      // double count.
      log.error('daily aggregate not updated', { checkId: record.checkId, error });
    }
  }

  /** A check by its id, or undefined. Reads the `byId` index, then the item itself consistently. */
  async get(checkId: string): Promise<CheckRecord | undefined> {
    const item = await getItemById(this.db, this.tableName, checkId, [ENTITY.check]);
    return item ? checkFromItem(item) : undefined;
  }

  /** A shop's checks for one order, newest first, one page at a time. */
  async listByOrder(
    shopId: string,
    orderId: string,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ items: CheckRecord[]; cursor: string | null }> {
    const startKey = decodeCursor(
      page.cursor,
      { [TABLE.indexes.byOrder.partitionKey]: indexKeys.byOrderPartition(shopId, orderId) },
      'CHECK#',
    );
    const { Items, LastEvaluatedKey } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byOrder',
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :check)',
          ExpressionAttributeNames: {
            '#pk': TABLE.indexes.byOrder.partitionKey,
            '#sk': TABLE.indexes.byOrder.sortKey,
          },
          ExpressionAttributeValues: {
            ':pk': indexKeys.byOrderPartition(shopId, orderId),
            ':check': 'CHECK#',
          },
          ScanIndexForward: false,
          Limit: page.limit,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    return { items: (Items ?? []).map(checkFromItem), cursor: encodeCursor(LastEvaluatedKey) };
  }

  /**
   * One page of the checks decided on a China Standard Time day (the `byDecidedDay` index), in
   * decision order, optionally of one shop only. `next` is the key to continue from; absent at the
   * day's end. A page may hold fewer than `limit` checks (or none) when a shop filter applies.
   */
  async pageByDecidedDay(
    day: string,
    page: { limit: number; startKey?: Record<string, unknown> | undefined; shopId?: string | undefined },
  ): Promise<{ items: CheckRecord[]; next?: Record<string, unknown> }> {
    const { Items, LastEvaluatedKey } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byDecidedDay',
          KeyConditionExpression: '#pk = :pk',
          ...(page.shopId ? { FilterExpression: '#shop = :shop' } : {}),
          ExpressionAttributeNames: {
            '#pk': TABLE.indexes.byDecidedDay.partitionKey,
            ...(page.shopId ? { '#shop': 'shopId' } : {}),
          },
          ExpressionAttributeValues: {
            ':pk': indexKeys.byDecidedDay(day, '', '').gsi6pk,
            ...(page.shopId ? { ':shop': page.shopId } : {}),
          },
          Limit: page.limit,
          ExclusiveStartKey: page.startKey,
        }),
      ),
    );
    const checks = (Items ?? []).filter((item) => item.entity === ENTITY.check).map(checkFromItem);
    return { items: checks, ...(LastEvaluatedKey ? { next: LastEvaluatedKey } : {}) };
  }
}
