/**
 * The single table's shape, in one place: the local server creates it from this, the CDK stack
 * declares it from this, and the store only queries the indexes listed here.
 *
 * Every index is named for the question it answers.
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB's TTL expires the item after it (never earlier than three years on). */
  ttlAttribute: 'expiresAt',
  indexes: {
    /** Which item has this check or flag id? */
    byId: { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** What happened on this order (checks and order events), in time order? */
    byOrder: { partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    /** What is in the review queue (all shops), oldest first? */
    byReviewStatus: { partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    /** What is in one shop's review queue, oldest first? */
    byShopReviewStatus: { partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
    /** Which refunds fell due by now and are still unpaid? (sparse: settled obligations drop out) */
    byRefundDue: { partitionKey: 'gsi5pk', sortKey: 'gsi5sk' },
    /** Which checks were decided on this (China Standard Time) day? For management summaries. */
    byDecidedDay: { partitionKey: 'gsi6pk', sortKey: 'gsi6sk' },
    /** Which replays still have work left? (sparse: a finished replay drops out) */
    byPendingReplay: { partitionKey: 'gsi7pk', sortKey: 'gsi7sk' },
  },
} as const;

export type IndexName = keyof typeof TABLE.indexes;

/** Decisions and order records are kept at least three years (ECL 31, OT-MEASURES 31). */
export const RETENTION_SECONDS = Math.ceil((3 * 365 + 1) * 24 * 3600) + 30 * 24 * 3600;
