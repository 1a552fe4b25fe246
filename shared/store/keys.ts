import { createHash } from 'node:crypto';
import { sortableUtc } from '#shared/time.js';

/**
 * Every key the service writes, built in one file (single-table discipline: generic key attributes,
 * an `entity` attribute on every item, index keys named by `TABLE.indexes`). Why these keys, and what
 * each access pattern costs: `shared/store/ACCESS-PATTERNS.md`.
 *
 * | entity        | pk                              | sk                     |
 * | ---           | ---                             | ---                    |
 * | check         | CHECK#<checkId>                 | CHECK                  |
 * | apiKey        | KEY#<sha256 of the key>         | KEY                    |
 * | shopSecret    | SHOP#<shop>                     | WEBHOOK_SECRET         |
 * | orderEvent    | WHK#<shop>#<webhook-id>         | EVENT                  |
 * | orderState    | ORDER#<shop>#<order>            | STATE                  |
 * | refundDue     | ORDER#<shop>#<order>            | REFUND#<sku>           |
 * | flag          | FLAG#<flagId>                   | FLAG                   |
 * | consoleSecret | CONFIG                          | CONSOLE_SESSION_SECRET |
 * | (health probe) | HEALTH (read only, never written) | HEALTH               |
 * | session       | SESSION#<session id>            | SESSION                |
 * | throttle      | THROTTLE#<what>#<client hash>   | THROTTLE               |
 * | replay        | REPLAY#<replayId>               | REPLAY                 |
 * | replayItem    | REPLAY#<replayId>               | ITEM#<decidedUtc>#<checkId> |
 * | reportDay     | REPORT#SHOP#<shop>#<shard>      | <YYYY-MM-DD>           |
 * | reportShopDay | REPORT#SHOPS#<shard>            | <YYYY-MM-DD>#<shop>    |
 *
 * A check's id is derived from its shop and request id (`checkIdFor`), so the one conditional put
 * that makes a request idempotent also makes the check readable by its id: no id index.
 *
 * (The report items' keys are built in `reports.ts`, beside their item mapping.)
 */

export const ENTITY = {
  check: 'check',
  apiKey: 'apiKey',
  shopSecret: 'shopSecret',
  orderEvent: 'orderEvent',
  orderState: 'orderState',
  refundDue: 'refundDue',
  flag: 'flag',
  config: 'config',
  session: 'session',
  throttle: 'throttle',
  reportDay: 'reportDay',
  reportShopDay: 'reportShopDay',
  replay: 'replay',
  replayItem: 'replayItem',
} as const;
export type Entity = (typeof ENTITY)[keyof typeof ENTITY];

export interface Key {
  pk: string;
  sk: string;
}

/**
 * Write shards. Capacity model (`ACCESS-PATTERNS.md`): a partition takes about 1,000 write units/s;
 * the largest shop is planned at 20 % of 10,000 checks/s = 2,000/s, so every per-shop partition that
 * each check writes is split `SHOP_SHARDS` ways (500/s each), and the all-shops queue, which takes
 * every BLOCK and REVIEW of every shop (up to 10,000/s), `QUEUE_SHARDS` ways (625/s each). Readers
 * fan out over the shards and merge. Changing a count re-keys new writes only: readers must then
 * read the larger count until the old entries are gone.
 */
export const SHOP_SHARDS = 4;
export const QUEUE_SHARDS = 16;
/** Open refund obligations of all shops (one entry per `return.received`), `REFUND_DUE_SHARDS` ways. */
export const REFUND_DUE_SHARDS = 16;

/** A stable shard in `[0, shards)` for a value (SHA-256, so ids of any shape spread evenly). */
export function shardOf(value: string, shards: number): number {
  return createHash('sha256').update(value, 'utf8').digest().readUInt32BE(0) % shards;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A check's id: 26 Crockford base32 characters (the shape of a ULID) of SHA-256 over its shop and
 * request id. The same request id of the same shop always names the same check, so a retried or
 * concurrent duplicate meets the first decision at its key.
 *
 * @example checkIdFor('demo-shop', 'req-1') // '7Q3…' (26 characters)
 */
export function checkIdFor(shopId: string, requestId: string): string {
  const digest = createHash('sha256').update(`check\u0000${shopId}\u0000${requestId}`, 'utf8').digest();
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= 0xff;
    if (out.length === 26) break;
  }
  return out;
}

/** A free-text id inside a key: `#` and `%` escaped, so `begins_with` on `<part>#` is exact. */
export function keyPart(value: string): string {
  return value.replace(/%/g, '%25').replace(/#/g, '%23');
}

export const keys = {
  check: (checkId: string): Key => ({ pk: `CHECK#${checkId}`, sk: 'CHECK' }),
  apiKey: (keyHash: string): Key => ({ pk: `KEY#${keyHash}`, sk: 'KEY' }),
  shopSecret: (shopId: string): Key => ({ pk: `SHOP#${shopId}`, sk: 'WEBHOOK_SECRET' }),
  orderEvent: (shopId: string, webhookId: string): Key => ({ pk: `WHK#${shopId}#${webhookId}`, sk: 'EVENT' }),
  orderState: (shopId: string, orderId: string): Key => ({ pk: `ORDER#${shopId}#${orderId}`, sk: 'STATE' }),
  refundDue: (shopId: string, orderId: string, sku: string): Key => ({
    pk: `ORDER#${shopId}#${orderId}`,
    sk: `REFUND#${sku}`,
  }),
  flag: (flagId: string): Key => ({ pk: `FLAG#${flagId}`, sk: 'FLAG' }),
  consoleSecret: (): Key => ({ pk: 'CONFIG', sk: 'CONSOLE_SESSION_SECRET' }),
  health: (): Key => ({ pk: 'HEALTH', sk: 'HEALTH' }),
  session: (sessionId: string): Key => ({ pk: `SESSION#${sessionId}`, sk: 'SESSION' }),
  throttle: (what: string, clientHash: string): Key => ({ pk: `THROTTLE#${what}#${clientHash}`, sk: 'THROTTLE' }),
  replay: (replayId: string): Key => ({ pk: `REPLAY#${replayId}`, sk: 'REPLAY' }),
  replayItem: (replayId: string, decidedUtc: string, checkId: string): Key => ({
    pk: `REPLAY#${replayId}`,
    sk: `${REPLAY_ITEM_PREFIX}${decidedUtc}#${checkId}`,
  }),
} as const;

/** The check or flag an id names (flag ids start `flg_`), without a lookup. */
export function keyForId(id: string): Key {
  return id.startsWith('flg_') ? keys.flag(id) : keys.check(id);
}

/** The id in a check's or flag's table key (`CHECK#<id>`, `FLAG#<id>`). */
export function idFromKey(pk: string): string {
  return pk.slice(pk.indexOf('#') + 1);
}

/** Sort-key prefix of a replay's changed-check items (beside its job item, in the replay's partition). */
export const REPLAY_ITEM_PREFIX = 'ITEM#';

/** The one partition of the sparse `byPendingReplay` index (replays with work left: staff jobs, a few a day). */
export const PENDING_REPLAY_PARTITION = 'REPLAY#running';

/**
 * Where a check stands for reconciliation, in its `byOrder` sort key: the verdict in force, and for a
 * BLOCK whether staff closed it. "Is there an ALLOW for this item?" and "the latest BLOCK" are then
 * one key condition each.
 */
export type CheckState = 'ALLOW' | 'BLOCK' | 'BLOCK_RESOLVED' | 'REVIEW';

export function checkState(inForce: string, reviewStatus: string): CheckState {
  if (inForce === 'ALLOW') return 'ALLOW';
  if (inForce === 'REVIEW') return 'REVIEW';
  return reviewStatus === 'resolved' ? 'BLOCK_RESOLVED' : 'BLOCK';
}

export type QueueStatus = 'open' | 'resolved';

/** Index key values, by the index's question. */
export const indexKeys = {
  byOrderPartition: (shopId: string, orderId: string) => `ORDER#${shopId}#${orderId}`,
  /** A check on its order: by item, then state, then time (`CHECK#<sku>#<state>#<decidedUtc>#<id>`). */
  byOrderCheck: (shopId: string, orderId: string, sku: string, state: CheckState, decidedUtc: string, id: string) => ({
    gsi2pk: indexKeys.byOrderPartition(shopId, orderId),
    gsi2sk: `${checkSortPrefix(sku, state)}${decidedUtc}#${id}`,
  }),
  /** An event or flag on its order's timeline, in time order. */
  byOrder: (shopId: string, orderId: string, kind: 'EVENT' | 'FLAG', at: string, id: string) => ({
    gsi2pk: indexKeys.byOrderPartition(shopId, orderId),
    gsi2sk: `${kind}#${at}#${id}`,
  }),
  queuePartition: (status: QueueStatus, shard: number) => `QUEUE#${status}#${shard}`,
  shopQueuePartition: (status: QueueStatus, shopId: string, shard: number) => `QUEUE#${status}#SHOP#${shopId}#${shard}`,
  decidedPartition: (shopId: string, shard: number) => `DECIDED#${shopId}#${shard}`,
  refundDuePartition: (shard: number) => `REFUND_DUE#${shard}`,
  /** A check decided by a shop, for that shop's replays (`DECIDED#<shop>#<shard>`, by time). */
  byShopDecided: (shopId: string, decidedUtc: string, id: string) => ({
    gsi6pk: indexKeys.decidedPartition(shopId, shardOf(id, SHOP_SHARDS)),
    tsk: timeSortKey(decidedUtc, id),
  }),
  byRefundDue: (dueAt: string, shopId: string, orderId: string, sku: string) => ({
    gsi5pk: indexKeys.refundDuePartition(shardOf(`${shopId}\u0000${orderId}\u0000${sku}`, REFUND_DUE_SHARDS)),
    gsi5sk: `${dueAt}#${shopId}#${orderId}#${sku}`,
  }),
  byPendingReplay: (createdAt: string, replayId: string) => ({
    gsi7pk: PENDING_REPLAY_PARTITION,
    gsi7sk: `${createdAt}#${replayId}`,
  }),
} as const;

/** The `byOrder` sort-key prefix of one item's checks in one state. */
export function checkSortPrefix(sku: string, state?: CheckState): string {
  return state ? `CHECK#${keyPart(sku)}#${state}#` : `CHECK#${keyPart(sku)}#`;
}

/** Both review-queue index entries of a check or flag in a queue status (each in its shard). */
export function reviewIndexKeys(status: QueueStatus, shopId: string, createdUtc: string, id: string) {
  return {
    gsi3pk: indexKeys.queuePartition(status, shardOf(id, QUEUE_SHARDS)),
    gsi4pk: indexKeys.shopQueuePartition(status, shopId, shardOf(id, SHOP_SHARDS)),
    tsk: timeSortKey(createdUtc, id),
  };
}

/**
 * The `tsk` range of China Standard Time days `from`..`to` (inclusive): every sort key of an item
 * created from the first day's midnight to the last day's end.
 *
 * @example timeSortRange('2026-11-10', '2026-11-10') // { from: '2026-11-09T16:00:00.000Z', to: '2026-11-10T15:59:59.999Z#\uffff' }
 */
export function timeSortRange(from: string, to: string): { from: string; to: string } {
  return {
    from: sortableUtc(`${from}T00:00:00.000+08:00`),
    to: `${sortableUtc(`${to}T23:59:59.999+08:00`)}#\uffff`,
  };
}

/** The sort key the time-ordered indexes share (`byQueue`, `byShopQueue`, `byShopDecided`). */
export function timeSortKey(createdUtc: string, id: string): string {
  return `${createdUtc}#${id}`;
}
