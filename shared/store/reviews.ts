import { randomBytes } from 'node:crypto';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Resolution, ReviewStatus, Verdict } from '#schemas/check.js';
import type { FlagKind, FlagView, QueueStatus, ResolutionAction, ReviewItem, ReviewOutcome } from '#schemas/review.js';
import { daysOverdue } from '#shared/legal-days.js';
import { log } from '#shared/log.js';
import { sortableUtc } from '#shared/time.js';
import { batchGet, decodePositions, encodePositions, type ShardPositions, shardedPage } from './batch.js';
import { type CheckRecord, checkFromItem, checkStateOf, decidingRule } from './checks.js';
import { guard, isConditionFailed, NotFoundError, VersionConflictError } from './errors.js';
import {
  ENTITY,
  indexKeys,
  keyForId,
  keys,
  QUEUE_SHARDS,
  reviewIndexKeys,
  SHOP_SHARDS,
  timeSortRange,
} from './keys.js';
import { type Counters, counter, type ReportRepository } from './reports.js';
import { TABLE } from './table.js';

/** The item exists but was never in the review queue (an ALLOW check): nothing to resolve. */
export class NotReviewableError extends Error {
  override readonly name = 'NotReviewableError';
}

/** A resolution arrived while an override waits for its second approval: approve or reject it first. */
export class AwaitingApprovalError extends Error {
  override readonly name = 'AwaitingApprovalError';
}

/** An approval arrived for an item with no proposed override. */
export class NoPendingOverrideError extends Error {
  override readonly name = 'NoPendingOverrideError';
}

/** The staff member who proposed an override tried to approve (or reject) it: it takes a second person. */
export class SameApproverError extends Error {
  override readonly name = 'SameApproverError';
}

/** Another staff member holds the claim on this item. */
export class ClaimedByOtherError extends Error {
  override readonly name = 'ClaimedByOtherError';
  constructor(
    message: string,
    readonly claimedBy: string,
  ) {
    super(message);
  }
}

export { decidingRule };

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
  claim?: Claim;
}

/** Who is working on a queue item (console claiming); no legal meaning, never versioned. */
export interface Claim {
  by: string;
  keyId: string;
  at: string;
}

/** An override of a BLOCK proposed by one staff member, waiting for another's approval. */
export interface PendingOverride {
  proposedBy: string;
  proposedAt: string;
  justification: string;
  /** The proposer's key id: the same key may not approve. */
  keyId: string;
  /** The proposer's name: the same person may not approve with another key. */
  name: string;
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
  /** The staff member's key id and name (a proposed override remembers them to refuse self-approval). */
  staff?: { keyId: string; name: string };
}

export interface ApproveInput {
  approve: boolean;
  justification: string;
  expectedVersion: number;
  resolvedBy: string;
  resolvedAt: string;
  staff: { keyId: string; name: string };
}

/** The review state beyond the contract's fields, as stored on a check or flag item. */
interface StoredReview {
  status: ReviewStatus;
  version: number;
  finalVerdict?: Verdict;
  outcome?: ReviewOutcome;
  history: Resolution[];
  pendingOverride?: PendingOverride;
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
    ...(item.claim ? { claim: item.claim as Claim } : {}),
  };
}

/** The flag's body in API answers. */
export function renderFlag(record: FlagRecord): FlagView {
  const { claim: _claim, ...rest } = record;
  return { type: 'flag', ...rest };
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
      ...(r.review.outcome ? { outcome: r.review.outcome } : {}),
      ...(ruleId ? { ruleId } : {}),
      ...(r.deadlines?.returnWindowEndsAt ? { returnWindowEndsAt: r.deadlines.returnWindowEndsAt } : {}),
      reviewStatus: r.review.status,
      itemName: r.request.item.name,
      priceFen: r.request.item.priceFen,
      quantity: r.request.item.quantity,
      reason: r.request.refusal.reason,
      requestedAt: r.request.returnRequest.requestedAt,
      ...(r.claim ? { claimedBy: r.claim.by } : {}),
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
    reviewStatus: f.review.status,
    ...(f.claim ? { claimedBy: f.claim.by } : {}),
  };
}

/** The partitions of a queue listing: the all-shops queue's shards, or one shop's. */
function queuePartitions(status: QueueStatus, shopId: string | undefined) {
  return shopId
    ? {
        index: 'byShopQueue' as const,
        partitions: Array.from({ length: SHOP_SHARDS }, (_, i) => indexKeys.shopQueuePartition(status, shopId, i)),
      }
    : {
        index: 'byQueue' as const,
        partitions: Array.from({ length: QUEUE_SHARDS }, (_, i) => indexKeys.queuePartition(status, i)),
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
 * the sharded `byQueue` / `byShopQueue` indexes, and resolved by one conditional update each
 * (dynalite has no transactions, and none is needed: the item carries its own queue index keys).
 */
export class ReviewRepository {
  private secret: Promise<Buffer> | undefined;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Daily aggregates: a resolution moves counters only from the conditional update that won. */
    private readonly reports?: ReportRepository,
  ) {}

  /** One page of the queue, oldest first. `shopId` narrows it to one shop. */
  async list(query: {
    status: QueueStatus;
    shopId?: string | undefined;
    limit: number;
    cursor?: string | undefined;
  }): Promise<{ entries: QueueEntry[]; cursor: string | null }> {
    const { index, partitions } = queuePartitions(query.status, query.shopId);
    const page = await shardedPage(this.db, this.tableName, {
      index,
      partitions,
      limit: query.limit,
      positions: decodePositions(query.cursor, index, partitions),
    });
    return { entries: await this.entries(page.entries), cursor: encodePositions(page.next, index, partitions) };
  }

  /** The queue entries behind index keys, read whole (one `BatchGetItem` per 100), in the keys' order. */
  private async entries(indexEntries: readonly Record<string, unknown>[]): Promise<QueueEntry[]> {
    const items = await batchGet(
      this.db,
      this.tableName,
      indexEntries.map((e) => ({ pk: String(e.pk), sk: String(e.sk) })),
    );
    return items.flatMap((item) => {
      const entry = entryFromItem(item);
      return entry ? [entry] : [];
    });
  }

  /**
   * The queue items created from `from` to `to` (China Standard Time days, inclusive), oldest
   * first, page by page (`pageSize` items per page, merged across the queue's shards): for the
   * console's filters and its CSV.
   */
  async *pages(query: {
    status: QueueStatus;
    shopId?: string | undefined;
    from: string;
    to: string;
    pageSize?: number;
  }): AsyncGenerator<QueueEntry[]> {
    const { index, partitions } = queuePartitions(query.status, query.shopId);
    const range = timeSortRange(query.from, query.to);
    let positions: ShardPositions | undefined;
    do {
      const page = await shardedPage(this.db, this.tableName, {
        index,
        partitions,
        range,
        limit: query.pageSize ?? 100,
        positions,
      });
      yield await this.entries(page.entries);
      positions = page.next ?? undefined;
    } while (positions);
  }

  /** Up to `max` queue items of a period (see `pages`), and whether more were left unread. */
  async collect(query: {
    status: QueueStatus;
    shopId?: string | undefined;
    from: string;
    to: string;
    max: number;
  }): Promise<{ entries: QueueEntry[]; truncated: boolean }> {
    const entries: QueueEntry[] = [];
    for await (const page of this.pages({ ...query, pageSize: 200 })) {
      entries.push(...page);
      if (entries.length >= query.max) return { entries: entries.slice(0, query.max), truncated: true };
    }
    return { entries, truncated: false };
  }

  /**
   * Everything on one order, oldest first: its checks, its order events and its flags (the `byOrder`
   * index's keys, then the items whole), at most `max` entries.
   */
  async timeline(
    shopId: string,
    orderId: string,
    max = 200,
  ): Promise<{ checks: CheckRecord[]; events: Record<string, unknown>[]; flags: FlagRecord[] }> {
    const out = { checks: [] as CheckRecord[], events: [] as Record<string, unknown>[], flags: [] as FlagRecord[] };
    const found: { pk: string; sk: string }[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await guard('Query', () =>
        this.db.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: 'byOrder',
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': TABLE.indexes.byOrder.partitionKey },
            ExpressionAttributeValues: { ':pk': indexKeys.byOrderPartition(shopId, orderId) },
            ProjectionExpression: 'pk, sk',
            Limit: Math.min(100, max - found.length),
            ExclusiveStartKey: start,
          }),
        ),
      );
      for (const item of page.Items ?? []) found.push({ pk: String(item.pk), sk: String(item.sk) });
      start = page.LastEvaluatedKey;
    } while (start && found.length < max);
    for (const item of await batchGet(this.db, this.tableName, found)) {
      if (item.entity === ENTITY.check) out.checks.push(checkFromItem(item));
      else if (item.entity === ENTITY.flag) out.flags.push(flagFromItem(item));
      else if (item.entity === ENTITY.orderEvent) out.events.push(item);
    }
    out.checks.sort((a, b) => sortableUtc(a.decidedAt).localeCompare(sortableUtc(b.decidedAt)));
    return out;
  }

  /** A check or flag by its id (one consistent GetItem: the id names the key). */
  async get(id: string): Promise<QueueEntry | undefined> {
    const item = await this.getRaw(id);
    return item ? entryFromItem(item) : undefined;
  }

  private async getRaw(id: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await guard('GetItem', () =>
      this.db.send(new GetCommand({ TableName: this.tableName, Key: keyForId(id), ConsistentRead: true })),
    );
    return Item?.entity === ENTITY.check || Item?.entity === ENTITY.flag ? Item : undefined;
  }

  /**
   * Appends a resolution to the item's review history in ONE conditional update: the version must
   * still be `expectedVersion`, so of any number of concurrent resolutions exactly one succeeds. The
   * automatic `verdict` is never written; the queue index keys move from `open` to `resolved`.
   * Overriding a BLOCK check only PROPOSES it (contract 1.1): the status becomes
   * `awaiting_second_approval` until another staff member answers with `approve`.
   *
   * @throws NotFoundError (no such check or flag), NotReviewableError (an ALLOW check),
   *   VersionConflictError (stale `expectedVersion`, with the current version),
   *   AwaitingApprovalError (an override waits for its second approval)
   */
  async resolve(id: string, input: ResolveInput): Promise<QueueEntry> {
    const { item, entry } = await this.load(id);
    const review = entry.record.review as StoredReview;
    if (review.status === 'none') throw new NotReviewableError(`${id} was never in the review queue`);
    this.assertVersion(review, input.expectedVersion);
    if (review.status === 'awaiting_second_approval')
      throw new AwaitingApprovalError(
        `an override of ${id} awaits a second approval: approve or reject it first (POST /v1/reviews/${id}/approval)`,
      );
    const nextVersion = input.expectedVersion + 1;
    if (entry.type === 'check' && entry.record.verdict === 'BLOCK' && input.action === 'override') {
      const inForce = review.finalVerdict ?? entry.record.verdict;
      const pending: PendingOverride = {
        proposedBy: input.resolvedBy,
        proposedAt: input.resolvedAt,
        justification: input.justification,
        keyId: input.staff?.keyId ?? input.resolvedBy,
        name: input.staff?.name ?? input.resolvedBy,
      };
      return this.update(item, entry, input.expectedVersion, {
        set: { status: 'awaiting_second_approval', version: nextVersion, pendingOverride: pending },
        history: {
          action: 'override',
          justification: input.justification,
          resolvedBy: input.resolvedBy,
          resolvedAt: input.resolvedAt,
          verdict: inForce,
          version: nextVersion,
          status: 'awaiting_second_approval',
        },
        queue: 'open',
      });
    }
    const effect = resolutionEffect(entry, input.action);
    const updated = await this.update(item, entry, input.expectedVersion, {
      set: { status: 'resolved', version: nextVersion, finalVerdict: effect.verdict, outcome: effect.outcome },
      history: {
        action: input.action,
        justification: input.justification,
        resolvedBy: input.resolvedBy,
        resolvedAt: input.resolvedAt,
        verdict: effect.verdict,
        version: nextVersion,
        status: 'resolved',
      },
      queue: 'resolved',
    });
    await this.count(entry, review, effect.outcome, input.resolvedBy, input.resolvedAt);
    return updated;
  }

  /**
   * The second staff member's answer to a proposed override: `approve` resolves the check as
   * overridden (ALLOW), a refusal returns it to `open`. One conditional update: the version must be
   * current, the status still `awaiting_second_approval`, and the key not the proposer's.
   *
   * @throws NotFoundError, NoPendingOverrideError, VersionConflictError, SameApproverError
   */
  async approve(id: string, input: ApproveInput): Promise<QueueEntry> {
    const { item, entry } = await this.load(id);
    const review = entry.record.review as StoredReview;
    const pending = review.pendingOverride;
    if (review.status !== 'awaiting_second_approval' || !pending) {
      if (review.version !== input.expectedVersion) this.assertVersion(review, input.expectedVersion);
      throw new NoPendingOverrideError(`${id} has no override awaiting approval`);
    }
    if (pending.keyId === input.staff.keyId || pending.name === input.staff.name)
      throw new SameApproverError('the staff member who proposed the override cannot approve or reject it');
    this.assertVersion(review, input.expectedVersion);
    const nextVersion = input.expectedVersion + 1;
    const base = {
      justification: input.justification,
      resolvedBy: input.resolvedBy,
      resolvedAt: input.resolvedAt,
      version: nextVersion,
      proposedBy: pending.proposedBy,
    };
    const inForce = review.finalVerdict ?? (entry.type === 'check' ? entry.record.verdict : 'BLOCK');
    const updated = input.approve
      ? await this.update(item, entry, input.expectedVersion, {
          set: { status: 'resolved', version: nextVersion, finalVerdict: 'ALLOW', outcome: 'overridden' },
          remove: ['pendingOverride'],
          history: { ...base, action: 'approve', verdict: 'ALLOW', status: 'resolved' },
          queue: 'resolved',
          approverKeyId: input.staff.keyId,
        })
      : await this.update(item, entry, input.expectedVersion, {
          set: { status: 'open', version: nextVersion },
          remove: ['pendingOverride'],
          history: { ...base, action: 'reject', verdict: inForce, status: 'open' },
          queue: 'open',
          approverKeyId: input.staff.keyId,
        });
    if (input.approve) await this.count(entry, review, 'overridden', pending.proposedBy, input.resolvedAt);
    return updated;
  }

  /**
   * Claims a queue item for a staff member (others see who works on it). Taking over someone
   * else's claim needs `takeOver`; `release` drops one's own claim. Never changes the review version.
   *
   * @throws NotFoundError, ClaimedByOtherError
   */
  async claim(
    id: string,
    input: { by: string; keyId: string; at: string; takeOver?: boolean; release?: boolean },
  ): Promise<void> {
    const { item } = await this.load(id);
    const current = item.claim as Claim | undefined;
    if (input.release) {
      if (!current || current.keyId !== input.keyId) return;
      await this.send('UpdateItem', {
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: 'REMOVE claim',
        ConditionExpression: 'claim.keyId = :me',
        ExpressionAttributeValues: { ':me': input.keyId },
      }).catch((error: unknown) => {
        if (!isConditionFailed(error)) throw error;
      });
      return;
    }
    const claim: Claim = { by: input.by, keyId: input.keyId, at: input.at };
    try {
      await this.send('UpdateItem', {
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: 'SET claim = :claim',
        ConditionExpression: input.takeOver
          ? 'attribute_exists(pk)'
          : 'attribute_exists(pk) AND (attribute_not_exists(claim) OR claim.keyId = :me)',
        ExpressionAttributeValues: { ':claim': claim, ...(input.takeOver ? {} : { ':me': input.keyId }) },
      });
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const again = (await this.getRaw(id))?.claim as Claim | undefined;
      throw new ClaimedByOtherError(`${id} is claimed by ${again?.by ?? 'someone else'}`, again?.by ?? '?');
    }
  }

  private async send(
    operation: 'UpdateItem',
    params: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>,
  ) {
    return guard(operation, () => this.db.send(new UpdateCommand({ TableName: this.tableName, ...params })));
  }

  private async load(id: string): Promise<{ item: Record<string, unknown>; entry: QueueEntry }> {
    const item = await this.getRaw(id);
    const entry = item ? entryFromItem(item) : undefined;
    if (!item || !entry) throw new NotFoundError(`no check or flag ${id}`);
    return { item, entry };
  }

  private assertVersion(review: { version: number }, expected: number): void {
    if (review.version !== expected)
      throw new VersionConflictError(
        `expectedVersion ${expected} is stale: the item is at version ${review.version}`,
        review.version,
      );
  }

  /**
   * One conditional update of the review state: the version must still be `expected`; the history
   * entry is appended, the queue index keys set for `queue`.
   */
  private async update(
    item: Record<string, unknown>,
    entry: QueueEntry,
    expected: number,
    change: {
      set: Partial<StoredReview>;
      remove?: (keyof StoredReview)[];
      history: Resolution;
      queue: 'open' | 'resolved';
      /** The approver's key id: the update fails if it is the proposer's. */
      approverKeyId?: string;
    },
  ): Promise<QueueEntry> {
    const id = entry.type === 'check' ? entry.record.checkId : entry.record.flagId;
    const createdUtc = sortableUtc(entry.type === 'check' ? entry.record.decidedAt : entry.record.createdAt);
    const queueKeys = reviewIndexKeys(change.queue, entry.record.shopId, createdUtc, id);
    const names: Record<string, string> = {
      '#review': 'review',
      '#history': 'history',
      '#version': 'version',
      '#status': 'status',
    };
    const values: Record<string, unknown> = {
      ':empty': [],
      ':entry': [change.history],
      ':expected': expected,
      ':none': 'none',
      ':gsi3pk': queueKeys.gsi3pk,
      ':gsi4pk': queueKeys.gsi4pk,
      ':tsk': queueKeys.tsk,
    };
    const sets = [
      '#review.#history = list_append(if_not_exists(#review.#history, :empty), :entry)',
      'gsi3pk = :gsi3pk, gsi4pk = :gsi4pk, tsk = :tsk',
    ];
    if (entry.type === 'check') {
      // The check's place in its order's `byOrder` entries follows the verdict in force.
      const r = entry.record;
      const after = { ...r.review, ...change.set } as StoredReview;
      const { inForce, reviewStatus, state } = checkStateOf({ verdict: r.verdict, review: after });
      const { gsi2sk } = indexKeys.byOrderCheck(r.shopId, r.orderId, r.sku, state, sortableUtc(r.decidedAt), r.checkId);
      sets.push('inForce = :inForce, reviewStatus = :reviewStatus, gsi2sk = :gsi2sk');
      values[':inForce'] = inForce;
      values[':reviewStatus'] = reviewStatus;
      values[':gsi2sk'] = gsi2sk;
    }
    for (const [name, value] of Object.entries(change.set)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#review.#${name} = :${name}`);
    }
    const removes = (change.remove ?? []).map((name) => {
      names[`#${name}`] = name;
      return `#review.#${name}`;
    });
    let condition = 'attribute_exists(pk) AND #review.#version = :expected AND #review.#status <> :none';
    if (change.approverKeyId) {
      names['#pending'] = 'pendingOverride';
      names['#keyId'] = 'keyId';
      values[':approver'] = change.approverKeyId;
      values[':awaiting'] = 'awaiting_second_approval';
      condition += ' AND #review.#status = :awaiting AND #review.#pending.#keyId <> :approver';
    }
    try {
      const { Attributes } = await this.send('UpdateItem', {
        Key: { pk: item.pk, sk: item.sk },
        UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      });
      const updated = Attributes ? entryFromItem(Attributes) : undefined;
      if (!updated) throw new NotFoundError(`no check or flag ${id}`);
      return updated;
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const current = await this.get(id);
      throw new VersionConflictError(
        `expectedVersion ${expected} is stale: another resolution was recorded first`,
        current?.record.review.version,
      );
    }
  }

  /**
   * Moves the daily aggregates for a resolution that WON its conditional update: overridden checks
   * (net of an earlier resolution), the reviewer's figures, and the time to a first resolution.
   */
  private async count(
    entry: QueueEntry,
    before: StoredReview,
    outcome: ReviewOutcome,
    reviewer: string,
    at: string,
  ): Promise<void> {
    if (!this.reports) return;
    const createdAt = entry.type === 'check' ? entry.record.decidedAt : entry.record.createdAt;
    const id = entry.type === 'check' ? entry.record.checkId : entry.record.flagId;
    const wasOverridden = before.status === 'resolved' && before.outcome === 'overridden';
    const isOverridden = outcome === 'overridden';
    const firstResolution = !before.history.some(
      (h) => h.status === 'resolved' || h.action === 'uphold' || (h.action === 'override' && h.status === undefined),
    );
    const deltas: Counters = {
      [counter.overridden]: (isOverridden ? 1 : 0) - (wasOverridden ? 1 : 0),
      [counter.reviewerResolved(reviewer)]: 1,
      [counter.reviewerOverridden(reviewer)]: isOverridden ? 1 : 0,
      ...(firstResolution
        ? {
            [counter.resolved]: 1,
            [counter.resolveSeconds]: Math.max(0, Math.round((Date.parse(at) - Date.parse(createdAt)) / 1000)),
          }
        : {}),
    };
    try {
      await this.reports.add(entry.record.shopId, createdAt, id, deltas);
    } catch (error) {
      log.error('daily aggregate not updated', { id, error });
    }
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
