/**
 * The single table's shape, in one place: the local server creates it from this, the CDK stack
 * declares it from this, and the store only queries the indexes listed here.
 *
 * Every index is named for the question it answers and projects only what that question reads
 * (`KEYS_ONLY`, or `INCLUDE` of a few small attributes); a list that needs whole records reads them
 * with `BatchGetItem`. The access patterns, their keys and what each costs are in
 * `shared/store/ACCESS-PATTERNS.md`.
 *
 * The three indexes listed by time share one sort-key attribute, `tsk` (`<createdUtc>#<id>`): a check
 * in the queue carries it once, not three times (a check's time never changes, only its partitions).
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB's TTL expires the item after it (never earlier than three years on). */
  ttlAttribute: 'expiresAt',
  indexes: {
    /**
     * What happened on this order: its checks by item and verdict in force (reconciliation reads
     * "an ALLOW for this item?", "the latest BLOCK?" with one key condition each), its order events
     * and its flags. Per order: no partition is shared by shops.
     */
    byOrder: {
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      projection: {
        type: 'INCLUDE',
        attributes: ['entity', 'sku', 'inForce', 'reviewStatus', 'decidedAt', 'priceFen', 'quantity'],
      },
    },
    /** What is in the review queue of all shops, oldest first? Write-sharded (`QUEUE_SHARDS`). */
    byQueue: { partitionKey: 'gsi3pk', sortKey: 'tsk', projection: { type: 'KEYS_ONLY' } },
    /** What is in one shop's review queue, oldest first? Sharded per shop (`SHOP_SHARDS`). */
    byShopQueue: { partitionKey: 'gsi4pk', sortKey: 'tsk', projection: { type: 'KEYS_ONLY' } },
    /** Which refunds fell due by now and are still unpaid? (sparse; write-sharded, `REFUND_DUE_SHARDS`) */
    byRefundDue: {
      partitionKey: 'gsi5pk',
      sortKey: 'gsi5sk',
      projection: { type: 'INCLUDE', attributes: ['shopId', 'orderId', 'sku', 'receivedAt', 'dueAt'] },
    },
    /** Which checks did this shop decide in this period? For replays. Sharded per shop (`SHOP_SHARDS`). */
    byShopDecided: { partitionKey: 'gsi6pk', sortKey: 'tsk', projection: { type: 'KEYS_ONLY' } },
    /** Which replays still have work left? (sparse: a finished replay drops out; staff jobs only) */
    byPendingReplay: { partitionKey: 'gsi7pk', sortKey: 'gsi7sk', projection: { type: 'KEYS_ONLY' } },
  },
} as const;

export type IndexName = keyof typeof TABLE.indexes;

/** An index's projection, as the CDK stack and the local setup declare it. */
export type IndexProjection = (typeof TABLE.indexes)[IndexName]['projection'];

/** Decisions and order records are kept at least three years (ECL 31, OT-MEASURES 31). */
export const RETENTION_SECONDS = Math.ceil((3 * 365 + 1) * 24 * 3600) + 30 * 24 * 3600;
