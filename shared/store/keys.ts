/**
 * Every key the service writes, built in one file (single-table discipline: generic key attributes,
 * an `entity` attribute on every item, index keys named by `TABLE.indexes`).
 *
 * | entity        | pk                              | sk                     |
 * | ---           | ---                             | ---                    |
 * | check         | SHOP#<shop>#REQ#<requestId>     | CHECK                  |
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

export const keys = {
  check: (shopId: string, requestId: string): Key => ({ pk: `SHOP#${shopId}#REQ#${requestId}`, sk: 'CHECK' }),
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

/** Sort-key prefix of a replay's changed-check items (beside its job item, in the replay's partition). */
export const REPLAY_ITEM_PREFIX = 'ITEM#';

/** The one partition of the sparse `byPendingReplay` index (replays with work left). */
export const PENDING_REPLAY_PARTITION = 'REPLAY#running';

/** The one partition of the sparse `byRefundDue` index (open refund obligations, by due time). */
export const REFUND_DUE_PARTITION = 'REFUND_DUE';

/** Index key values, by the index's question. */
export const indexKeys = {
  byId: (id: string) => ({ gsi1pk: `ID#${id}`, gsi1sk: 'ID' }),
  byOrder: (shopId: string, orderId: string, kind: 'CHECK' | 'EVENT' | 'FLAG', at: string, id: string) => ({
    gsi2pk: `ORDER#${shopId}#${orderId}`,
    gsi2sk: `${kind}#${at}#${id}`,
  }),
  byOrderPartition: (shopId: string, orderId: string) => `ORDER#${shopId}#${orderId}`,
  byReviewStatus: (status: 'open' | 'resolved', createdAt: string, id: string) => ({
    gsi3pk: `REVIEW#${status}`,
    gsi3sk: `${createdAt}#${id}`,
  }),
  byShopReviewStatus: (status: 'open' | 'resolved', shopId: string, createdAt: string, id: string) => ({
    gsi4pk: `REVIEW#${status}#SHOP#${shopId}`,
    gsi4sk: `${createdAt}#${id}`,
  }),
  byRefundDue: (dueAt: string, shopId: string, orderId: string, sku: string) => ({
    gsi5pk: REFUND_DUE_PARTITION,
    gsi5sk: `${dueAt}#${shopId}#${orderId}#${sku}`,
  }),
  byDecidedDay: (day: string, decidedAt: string, id: string) => ({
    gsi6pk: `DECIDED#${day}`,
    gsi6sk: `${decidedAt}#${id}`,
  }),
  byPendingReplay: (createdAt: string, replayId: string) => ({
    gsi7pk: PENDING_REPLAY_PARTITION,
    gsi7sk: `${createdAt}#${replayId}`,
  }),
} as const;

/** Both review-queue index entries for an item in a given review status. */
export function reviewIndexKeys(status: 'open' | 'resolved', shopId: string, createdAt: string, id: string) {
  return {
    ...indexKeys.byReviewStatus(status, createdAt, id),
    ...indexKeys.byShopReviewStatus(status, shopId, createdAt, id),
  };
}
