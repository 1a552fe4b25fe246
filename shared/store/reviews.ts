import { randomBytes } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Resolution, Verdict } from '#schemas/check.js';
import type { FlagKind, FlagView, QueueStatus, ResolutionAction, ReviewItem, ReviewOutcome } from '#schemas/review.js';
import { daysOverdue } from '#shared/legal-days.js';
import { sortableUtc } from '#shared/time.js';
import { getItemById } from './by-id.js';
import { type CheckRecord, checkFromItem } from './checks.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { guard, isConditionFailed, NotFoundError, VersionConflictError } from './errors.js';
import { ENTITY, indexKeys, keys, reviewIndexKeys } from './keys.js';
import { TABLE } from './table.js';

/** The item exists but was never in the review queue (an ALLOW check): nothing to resolve. */
export class NotReviewableError extends Error {
  override readonly name = 'NotReviewableError';
}

/** A reconciliation flag as stored (written by the order-events function). */
export interface FlagRecord {
  flagId: string;
  flag: FlagKind;
  shopId: string;
  orderId: string;
  sku?: string;
  checkId?: string;
  createdAt: string;
  details: {
    daysOverdue?: number;
    dueAt?: string;
    receivedAt?: string;
    refusedAt?: string;
    webhookId?: string;
    [key: string]: unknown;
  };
  message: { zh: string; en: string };
  review: {
    status: 'none' | 'open' | 'resolved';
    version: number;
    finalVerdict?: Verdict;
    outcome?: ReviewOutcome;
    history: Resolution[];
  };
}

/** Either entity that can sit in the review queue. */
export type QueueEntry = { type: 'check'; record: CheckRecord } | { type: 'flag'; record: FlagRecord };

export interface ResolveInput {
  action: ResolutionAction;
  justification: string;
  expectedVersion: number;
  /** `<staff name> (<keyId>)`. */
  resolvedBy: string;
  /** China Standard Time ISO instant. */
  resolvedAt: string;
}

export function flagFromItem(item: Record<string, unknown>): FlagRecord {
  const review = (item.review ?? {}) as Partial<FlagRecord['review']>;
  return {
    flagId: String(item.flagId),
    flag: item.flag as FlagKind,
    shopId: String(item.shopId),
    orderId: String(item.orderId),
    ...(typeof item.sku === 'string' ? { sku: item.sku } : {}),
    ...(typeof item.checkId === 'string' ? { checkId: item.checkId } : {}),
    createdAt: String(item.createdAt),
    details: (item.details ?? {}) as FlagRecord['details'],
    message: (item.message ?? { zh: '', en: '' }) as FlagRecord['message'],
    review: {
      status: review.status ?? 'open',
      version: Number(review.version ?? 1),
      ...(review.finalVerdict ? { finalVerdict: review.finalVerdict } : {}),
      ...(review.outcome ? { outcome: review.outcome } : {}),
      history: review.history ?? [],
    },
  };
}

/** The flag's body in API answers. */
export function renderFlag(record: FlagRecord): FlagView {
  return { type: 'flag', ...record };
}

/**
 * The check's deciding rule: the first finding that broke the law or needs a human (for an ALLOW,
 * the first that supports the refusal), else the first finding.
 */
export function decidingRule(record: Pick<CheckRecord, 'findings' | 'verdict'>): string | undefined {
  const wanted = record.verdict === 'ALLOW' ? ['supports_refusal'] : ['violated', 'needs_review'];
  return (record.findings.find((f) => wanted.includes(f.outcome)) ?? record.findings[0])?.ruleId;
}

/** One queue row for a check or a flag, with the legal clock computed at `now`. */
export function toReviewItem(entry: QueueEntry, now: Date): ReviewItem {
  if (entry.type === 'check') {
    const r = entry.record;
    const ruleId = decidingRule(r);
    return {
      type: 'check',
      id: r.checkId,
      shopId: r.shopId,
      orderId: r.orderId,
      sku: r.sku,
      createdAt: r.decidedAt,
      checkId: r.checkId,
      verdict: r.verdict,
      status: r.review.status === 'resolved' ? 'resolved' : 'open',
      version: r.review.version,
      ...(r.review.finalVerdict ? { finalVerdict: r.review.finalVerdict } : {}),
      ...((r.review as { outcome?: ReviewOutcome }).outcome
        ? { outcome: (r.review as { outcome?: ReviewOutcome }).outcome }
        : {}),
      ...(ruleId ? { ruleId } : {}),
      ...(r.deadlines?.returnWindowEndsAt ? { returnWindowEndsAt: r.deadlines.returnWindowEndsAt } : {}),
    };
  }
  const f = entry.record;
  const dueAt = typeof f.details.dueAt === 'string' ? f.details.dueAt : undefined;
  return {
    type: 'flag',
    id: f.flagId,
    shopId: f.shopId,
    orderId: f.orderId,
    ...(f.sku ? { sku: f.sku } : {}),
    createdAt: f.createdAt,
    ...(f.checkId ? { checkId: f.checkId } : {}),
    flag: f.flag,
    status: f.review.status === 'resolved' ? 'resolved' : 'open',
    version: f.review.version,
    ...(f.review.finalVerdict ? { finalVerdict: f.review.finalVerdict } : {}),
    ...(f.review.outcome ? { outcome: f.review.outcome } : {}),
    ...(dueAt ? { dueAt, daysOverdue: daysOverdue(dueAt, now) } : {}),
  };
}

function entryFromItem(item: Record<string, unknown>): QueueEntry | undefined {
  if (item.entity === ENTITY.check) return { type: 'check', record: checkFromItem(item) };
  if (item.entity === ENTITY.flag) return { type: 'flag', record: flagFromItem(item) };
  return undefined;
}

/**
 * What a resolution leaves in force. Checks: `uphold` keeps the automatic verdict (a REVIEW is
 * confirmed as BLOCK), `override` makes it ALLOW. Flags: `uphold` confirms the breach (BLOCK),
 * `override` dismisses it (ALLOW).
 */
export function resolutionEffect(
  entry: QueueEntry,
  action: ResolutionAction,
): { verdict: Verdict; outcome: ReviewOutcome } {
  if (entry.type === 'check') {
    if (action === 'override') return { verdict: 'ALLOW', outcome: 'overridden' };
    return { verdict: entry.record.verdict === 'REVIEW' ? 'BLOCK' : entry.record.verdict, outcome: 'upheld' };
  }
  return action === 'uphold' ? { verdict: 'BLOCK', outcome: 'confirmed' } : { verdict: 'ALLOW', outcome: 'dismissed' };
}

/**
 * The review queue: checks whose verdict was BLOCK or REVIEW and reconciliation flags, listed from
 * the `byReviewStatus` / `byShopReviewStatus` indexes, and resolved by one conditional update each
 * (dynalite has no transactions, and none is needed: the item carries its own queue index keys).
 */
export class ReviewRepository {
  private secret: Promise<Buffer> | undefined;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** One page of the queue, oldest first. `shopId` narrows it to one shop. */
  async list(query: {
    status: QueueStatus;
    shopId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<{ entries: QueueEntry[]; cursor: string | null }> {
    const index = query.shopId ? 'byShopReviewStatus' : 'byReviewStatus';
    const partition = query.shopId
      ? indexKeys.byShopReviewStatus(query.status, query.shopId, '', '').gsi4pk
      : indexKeys.byReviewStatus(query.status, '', '').gsi3pk;
    const pkName = TABLE.indexes[index].partitionKey;
    const startKey = decodeCursor(query.cursor, { [pkName]: partition });
    const { Items, LastEvaluatedKey } = await guard('Query', () =>
      this.db.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: index,
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': pkName },
          ExpressionAttributeValues: { ':pk': partition },
          ScanIndexForward: true,
          Limit: query.limit,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    const entries = (Items ?? []).flatMap((item) => {
      const entry = entryFromItem(item);
      return entry ? [entry] : [];
    });
    return { entries, cursor: encodeCursor(LastEvaluatedKey) };
  }

  /** A check or flag by its id (the `byId` index, then the item itself, read consistently). */
  async get(id: string): Promise<QueueEntry | undefined> {
    const item = await this.getRaw(id);
    return item ? entryFromItem(item) : undefined;
  }

  private getRaw(id: string): Promise<Record<string, unknown> | undefined> {
    return getItemById(this.db, this.tableName, id, [ENTITY.check, ENTITY.flag]);
  }

  /**
   * Appends a resolution to the item's review history in ONE conditional update: the version must
   * still be `expectedVersion`, so of any number of concurrent resolutions exactly one succeeds. The
   * automatic `verdict` is never written; the queue index keys move from `open` to `resolved`.
   *
   * @throws NotFoundError (no such check or flag), NotReviewableError (an ALLOW check),
   *   VersionConflictError (stale `expectedVersion`, with the current version)
   */
  async resolve(id: string, input: ResolveInput): Promise<QueueEntry> {
    const item = await this.getRaw(id);
    const entry = item ? entryFromItem(item) : undefined;
    if (!item || !entry) throw new NotFoundError(`no check or flag ${id}`);
    const review = entry.record.review;
    if (review.status === 'none') throw new NotReviewableError(`${id} was never in the review queue`);
    if (review.version !== input.expectedVersion)
      throw new VersionConflictError(
        `expectedVersion ${input.expectedVersion} is stale: the item is at version ${review.version}`,
        review.version,
      );
    const effect = resolutionEffect(entry, input.action);
    const nextVersion = input.expectedVersion + 1;
    const resolution: Resolution = {
      action: input.action,
      justification: input.justification,
      resolvedBy: input.resolvedBy,
      resolvedAt: input.resolvedAt,
      verdict: effect.verdict,
      version: nextVersion,
    };
    const createdUtc =
      typeof item.gsi3sk === 'string' && item.gsi3sk.includes('#')
        ? item.gsi3sk.slice(0, item.gsi3sk.indexOf('#'))
        : sortableUtc(entry.type === 'check' ? entry.record.decidedAt : entry.record.createdAt);
    const queueKeys = reviewIndexKeys('resolved', entry.record.shopId, createdUtc, id);
    try {
      const { Attributes } = await guard('UpdateItem', () =>
        this.db.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: [
              'SET #review.#history = list_append(if_not_exists(#review.#history, :empty), :entry)',
              '#review.#status = :resolved',
              '#review.#version = :next',
              '#review.#finalVerdict = :final',
              '#review.#outcome = :outcome',
              'gsi3pk = :gsi3pk, gsi3sk = :gsi3sk, gsi4pk = :gsi4pk, gsi4sk = :gsi4sk',
            ].join(', '),
            ConditionExpression: 'attribute_exists(pk) AND #review.#version = :expected AND #review.#status <> :none',
            ExpressionAttributeNames: {
              '#review': 'review',
              '#history': 'history',
              '#status': 'status',
              '#version': 'version',
              '#finalVerdict': 'finalVerdict',
              '#outcome': 'outcome',
            },
            ExpressionAttributeValues: {
              ':empty': [],
              ':entry': [resolution],
              ':resolved': 'resolved',
              ':next': nextVersion,
              ':final': effect.verdict,
              ':outcome': effect.outcome,
              ':expected': input.expectedVersion,
              ':none': 'none',
              ':gsi3pk': queueKeys.gsi3pk,
              ':gsi3sk': queueKeys.gsi3sk,
              ':gsi4pk': queueKeys.gsi4pk,
              ':gsi4sk': queueKeys.gsi4sk,
            },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      const updated = Attributes ? entryFromItem(Attributes) : undefined;
      if (!updated) throw new NotFoundError(`no check or flag ${id}`);
      return updated;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const current = await this.get(id);
      throw new VersionConflictError(
        `expectedVersion ${input.expectedVersion} is stale: another resolution was recorded first`,
        current?.record.review.version,
      );
    }
  }

  /**
   * Every check decided on one China Standard Time day (`YYYY-MM-DD`), in decision order, all pages.
   */
  async decidedOn(day: string): Promise<CheckRecord[]> {
    const out: CheckRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await guard('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'byDecidedDay',
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': TABLE.indexes.byDecidedDay.partitionKey },
            ExpressionAttributeValues: { ':pk': indexKeys.byDecidedDay(day, '', '').gsi6pk },
            ScanIndexForward: true,
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of page.Items ?? []) if (item.entity === ENTITY.check) out.push(checkFromItem(item));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * The console's session-signing secret: generated once, stored with a conditional put so every
   * process (every Lambda instance) shares the first one written, then cached per process.
   */
  consoleSecret(): Promise<Buffer> {
    this.secret ??= this.loadOrCreateSecret().catch((error: unknown) => {
      this.secret = undefined;
      throw error;
    });
    return this.secret;
  }

  private async loadOrCreateSecret(): Promise<Buffer> {
    const read = async () => {
      const { Item } = await guard('GetItem', () =>
        this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.consoleSecret(), ConsistentRead: true })),
      );
      return typeof Item?.secret === 'string' ? Buffer.from(Item.secret, 'base64') : undefined;
    };
    const existing = await read();
    if (existing) return existing;
    try {
      await guard('PutItem', () =>
        this.db.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...keys.consoleSecret(), entity: ENTITY.config, secret: randomBytes(32).toString('base64') },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
    const stored = await read();
    if (!stored) throw new Error('the console secret could not be read back');
    return stored;
  }
}
