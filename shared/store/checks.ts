import { deflateRawSync, inflateRawSync } from 'node:zlib';
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
import { sortableUtc } from '#shared/time.js';
import { batchGet } from './batch.js';
import { InvalidCursorError, parseOpaque } from './cursor.js';
import { guard, IdempotencyConflictError, isConditionFailed, StoreUnavailableError } from './errors.js';
import {
  checkIdFor,
  checkState,
  ENTITY,
  idFromKey,
  indexKeys,
  keys,
  reviewIndexKeys,
  SHOP_SHARDS,
  timeSortRange,
} from './keys.js';
import { counter, type ReportRepository } from './reports.js';
import type { Claim, PendingOverride } from './reviews.js';
import { RETENTION_SECONDS, TABLE } from './table.js';

/**
 * A finding as stored: the rule, its outcome and its citations by reference (`NRR-MEASURES:8:3`);
 * citation texts and the message are rebuilt on read from the decision's ruleset. (`message` is
 * present only on checks stored before messages were kept by reference.)
 */
export interface StoredFinding {
  ruleId: string;
  outcome: Outcome;
  citations: string[];
  message?: { zh: string; en: string };
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
  /**
   * One message for the consumer and one for the shop (rulesets from r2 on): rendered on read, like
   * the findings' messages; only checks stored before that carry it.
   */
  summary?: Summary;
}

export type CreateOutcome = { created: true; record: CheckRecord } | { created: false; record: CheckRecord };

/**
 * Attributes stored as they are: what queries project and updates touch (verdict, review, …).
 */
const CHECK_FIELDS = [
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

/** What the item's `byOrder` entry and queue say about a check: the verdict in force and the review status. */
export function checkStateOf(record: Pick<CheckRecord, 'verdict' | 'review'>) {
  const inForce = record.review.finalVerdict ?? record.verdict;
  return { inForce, reviewStatus: record.review.status, state: checkState(inForce, record.review.status) };
}

/**
 * The item of a check: the record, its keys, and the index entries that answer the store's questions.
 * Finding messages and the summary are not stored: they are rendered on read from the request, the
 * recorded delivery time and the ruleset (`shared/decisions/checks.ts`), which never change.
 */
export function checkToItem(record: CheckRecord): Record<string, unknown> {
  const decidedUtc = sortableUtc(record.decidedAt);
  const { inForce, reviewStatus, state } = checkStateOf(record);
  const queue =
    record.review.status === 'none'
      ? {}
      : reviewIndexKeys(
          record.review.status === 'resolved' ? 'resolved' : 'open',
          record.shopId,
          decidedUtc,
          record.checkId,
        );
  const item: Record<string, unknown> = {
    ...keys.check(record.checkId),
    entity: ENTITY.check,
    ...Object.fromEntries(CHECK_FIELDS.map((field) => [field, record[field]])),
    // Evidence that is read whole and never queried by attribute is kept as JSON text: a third of
    // the bytes of DynamoDB's nested map encoding, and much cheaper to marshal on every write.
    requestJson: JSON.stringify(record.request),
    findingsJson: JSON.stringify(record.findings),
    // Projected into `byOrder` for reconciliation (the verdict in force, the line's price).
    inForce,
    reviewStatus,
    // (Records built by hand, e.g. in tests, may lack a request line: nothing is projected then.)
    priceFen: record.request?.item?.priceFen,
    quantity: record.request?.item?.quantity,
    ...indexKeys.byOrderCheck(record.shopId, record.orderId, record.sku, state, decidedUtc, record.checkId),
    ...indexKeys.byShopDecided(record.shopId, decidedUtc, record.checkId),
    ...queue,
    expiresAt: Math.floor(Date.parse(record.decidedAt) / 1000) + RETENTION_SECONDS,
  };
  // A long request (many gifts, much evidence, long names) would take the item over 2 KB, a third
  // write unit on every write of the check: its evidence is then kept deflated. Decided on the
  // request and findings alone (they never change), so a resolution keeps the item's form; most
  // checks never pay the CPU.
  const evidenceBytes = Buffer.byteLength(item.requestJson as string) + Buffer.byteLength(item.findingsJson as string);
  if (evidenceBytes > INLINE_EVIDENCE_MAX_BYTES) {
    item.evidenceZ = deflateRawSync(JSON.stringify({ request: record.request, findings: record.findings }));
    delete item.requestJson;
    delete item.findingsJson;
  }
  return item;
}

/**
 * Above this many bytes of request and findings JSON a check keeps them deflated (`evidenceZ`): the
 * rest of a new check item is about 700 bytes, so inline evidence up to this keeps it within 2 KB.
 */
export const INLINE_EVIDENCE_MAX_BYTES = 1300;

export function checkFromItem(item: Record<string, unknown>): CheckRecord {
  const record = Object.fromEntries(CHECK_FIELDS.map((field) => [field, item[field]])) as unknown as CheckRecord;
  // The id is the key's (`CHECK#<id>`); items stored before that carry it as an attribute too.
  record.checkId = typeof item.checkId === 'string' ? item.checkId : idFromKey(String(item.pk));
  if (item.evidenceZ instanceof Uint8Array) {
    const evidence = JSON.parse(inflateRawSync(item.evidenceZ).toString('utf8')) as {
      request: CheckRequest;
      findings: StoredFinding[];
    };
    record.request = evidence.request;
    record.findings = evidence.findings;
  } else {
    record.request = JSON.parse(String(item.requestJson)) as CheckRequest;
    record.findings = JSON.parse(String(item.findingsJson)) as StoredFinding[];
  }
  // Checks stored before messages were stored by reference carry their summary as text.
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
  private readonly shopsByDay = new Map<string, { shops: string[]; until: number }>();

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Daily aggregates: a new decision is counted by the write that created it, and only by it. */
    private readonly reports?: ReportRepository,
  ) {}

  /** The check a shop already stored under this request id, read consistently. */
  async findByRequestId(shopId: string, requestId: string): Promise<CheckRecord | undefined> {
    const record = await this.get(checkIdFor(shopId, requestId));
    return record?.shopId === shopId && record.requestId === requestId ? record : undefined;
  }

  /**
   * Stores a new decision unless the request id is taken. A taken id with the same request hash is a
   * replay (the stored record comes back, `created: false`); with another hash it is a conflict.
   * The item is keyed by the check's id, which the service derives from the shop and request id
   * (`checkIdFor`, in `decideCheck`), so the put that claims the request id is the check itself: one
   * write, no id index.
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
      const existing = await this.get(record.checkId);
      if (!existing || existing.shopId !== record.shopId || existing.requestId !== record.requestId)
        throw new StoreUnavailableError('the conflicting check could not be read back');
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

  /** A check by its id (one consistent GetItem: the id is the key), or undefined. */
  async get(checkId: string): Promise<CheckRecord | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.check(checkId), ConsistentRead: true })),
    );
    return Item?.entity === ENTITY.check ? checkFromItem(Item) : undefined;
  }

  /**
   * A shop's checks for one order, newest first, one page at a time. The order's `byOrder` entries
   * (about 200 bytes each, sorted by item and state) are read and ordered by time, then the page's
   * records are read whole with one `BatchGetItem`. Costs O(checks on the order), never more.
   */
  async listByOrder(
    shopId: string,
    orderId: string,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<{ items: CheckRecord[]; cursor: string | null }> {
    const after = decodeOrderCursor(page.cursor);
    const entries: { at: string; pk: string; sk: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await guard('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'byOrder',
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :check)',
            ExpressionAttributeNames: {
              '#pk': TABLE.indexes.byOrder.partitionKey,
              '#sk': TABLE.indexes.byOrder.sortKey,
            },
            ExpressionAttributeValues: { ':pk': indexKeys.byOrderPartition(shopId, orderId), ':check': 'CHECK#' },
            ProjectionExpression: 'pk, sk, decidedAt',
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of out.Items ?? [])
        entries.push({
          at: `${sortableUtc(String(item.decidedAt))}#${idFromKey(String(item.pk))}`,
          pk: String(item.pk),
          sk: String(item.sk),
        });
      start = out.LastEvaluatedKey;
    } while (start);
    entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const rest = after ? entries.filter((e) => e.at < after) : entries;
    const pageEntries = rest.slice(0, page.limit);
    const items = (await batchGet(this.db, this.tableName, pageEntries)).map(checkFromItem);
    const last = pageEntries.at(-1);
    return {
      items: items.filter((r) => r.shopId === shopId),
      cursor:
        rest.length > page.limit && last
          ? Buffer.from(JSON.stringify({ before: last.at }), 'utf8').toString('base64url')
          : null,
    };
  }

  /** The shops with decisions on a day (the aggregates' registry: 16 queries), kept a minute per process. */
  private async shopsOn(day: string): Promise<string[]> {
    const cached = this.shopsByDay.get(day);
    if (cached && cached.until > Date.now()) return cached.shops;
    const shops = (await this.reports?.shopsIn(day, day)) ?? [];
    if (this.shopsByDay.size > 400) this.shopsByDay.clear();
    this.shopsByDay.set(day, { shops, until: Date.now() + 60_000 });
    return shops;
  }

  /**
   * One page of the checks decided on a China Standard Time day, of one shop or of every shop with
   * figures that day (the daily aggregates' shop registry), read shop by shop and shard by shard from
   * the `byShopDecided` index, then whole with `BatchGetItem`. `next` is where to continue (opaque);
   * absent at the day's end. A page may hold fewer than `limit` checks, or none.
   */
  async pageByDecidedDay(
    day: string,
    page: { limit: number; startKey?: Record<string, unknown> | undefined; shopId?: string | undefined },
  ): Promise<{ items: CheckRecord[]; next?: Record<string, unknown> }> {
    const shops = page.shopId ? [page.shopId] : await this.shopsOn(day);
    const at = decidedPosition(page.startKey);
    const shopIndex = at ? shops.findIndex((shop) => shop >= at.shop) : 0;
    if (shopIndex < 0 || shops.length === 0) return { items: [] };
    const shop = shops[shopIndex] as string;
    const shard = at && at.shop === shop ? at.shard : 0;
    const key = at && at.shop === shop && at.shard === shard ? at.key : undefined;
    const range = timeSortRange(day, day);
    const out = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'byShopDecided',
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: {
            '#pk': TABLE.indexes.byShopDecided.partitionKey,
            '#sk': TABLE.indexes.byShopDecided.sortKey,
          },
          ExpressionAttributeValues: {
            ':pk': indexKeys.decidedPartition(shop, shard),
            ':from': range.from,
            ':to': range.to,
          },
          Limit: page.limit,
          ExclusiveStartKey: key,
        }),
      ),
    );
    const items = (await batchGet(this.db, this.tableName, (out.Items ?? []) as { pk: string; sk: string }[]))
      .filter((item) => item.entity === ENTITY.check)
      .map(checkFromItem);
    let next: DecidedPosition | undefined;
    if (out.LastEvaluatedKey) next = { shop, shard, key: out.LastEvaluatedKey };
    else if (shard + 1 < SHOP_SHARDS) next = { shop, shard: shard + 1 };
    else if (shopIndex + 1 < shops.length) next = { shop: shops[shopIndex + 1] as string, shard: 0 };
    return { items, ...(next ? { next: next as unknown as Record<string, unknown> } : {}) };
  }
}

/** Where a day's listing stands: the shop, its shard, and the index key to continue after. */
interface DecidedPosition {
  shop: string;
  shard: number;
  key?: Record<string, unknown>;
}

function decidedPosition(value: Record<string, unknown> | undefined): DecidedPosition | undefined {
  if (!value) return undefined;
  const { shop, shard, key } = value as Partial<DecidedPosition>;
  if (
    typeof shop !== 'string' ||
    typeof shard !== 'number' ||
    !Number.isInteger(shard) ||
    shard < 0 ||
    shard >= SHOP_SHARDS
  )
    throw new InvalidCursorError('replay position is not one this service saved');
  return { shop, shard, ...(key && typeof key === 'object' ? { key } : {}) };
}

/** The order listing's cursor: the position (`<decidedUtc>#<checkId>`) of the last check returned. */
function decodeOrderCursor(cursor: string | undefined): string | undefined {
  if (!cursor) return undefined;
  const value = parseOpaque(cursor);
  if (
    Object.keys(value).length === 1 &&
    typeof value.before === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z#[0-9A-Za-z_-]{1,128}$/.test(value.before)
  )
    return value.before;
  throw new InvalidCursorError('cursor is not one this service issued');
}
