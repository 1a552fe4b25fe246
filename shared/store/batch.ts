import { BatchGetCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { InvalidCursorError, parseOpaque } from './cursor.js';
import { guard, StoreUnavailableError } from './errors.js';
import type { Key } from './keys.js';
import { type IndexName, TABLE } from './table.js';

/** BatchGetItem's limit per call. */
const BATCH_MAX = 100;

/**
 * Whole items for keys an index answered (indexes project only what their own question needs), in
 * the keys' order; a key with no item (deleted since, or never there) is left out. Reads consistently,
 * so a just-written resolution is never missed; unprocessed keys are retried with a growing pause.
 *
 * @example const items = await batchGet(db, tableName, page.map(({ pk, sk }) => ({ pk, sk })))
 */
export async function batchGet(
  db: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
): Promise<Record<string, unknown>[]> {
  const found = new Map<string, Record<string, unknown>>();
  const id = (key: { pk: unknown; sk: unknown }) => `${String(key.pk)}\u0000${String(key.sk)}`;
  const unique = [...new Map(keys.map((key) => [id(key), { pk: key.pk, sk: key.sk }])).values()];
  for (let i = 0; i < unique.length; i += BATCH_MAX) {
    let pending: Key[] = unique.slice(i, i + BATCH_MAX);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt >= 8) throw new StoreUnavailableError('BatchGetItem left keys unprocessed');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
      const out = await guard('BatchGetItem', () =>
        db.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } })),
      );
      for (const item of out.Responses?.[tableName] ?? []) found.set(id(item as Key), item);
      pending = (out.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
    }
  }
  return keys.flatMap((key) => {
    const item = found.get(id(key));
    return item ? [item] : [];
  });
}

/**
 * Where a sharded listing stands: per shard, the index key to continue after (`null`: that shard is
 * done). Opaque to callers (base64url JSON).
 */
export type ShardPositions = Record<string, Record<string, unknown> | null>;

export interface ShardedPage {
  /** The index entries of this page, merged in sort-key order across the shards. */
  entries: Record<string, unknown>[];
  /** Where the next page starts, or null when every shard is done. */
  next: ShardPositions | null;
}

/**
 * One page of a listing whose entries are spread over several partitions of one index (write-sharded
 * keys): each shard is queried from its own position, the entries are merged by sort key, the first
 * `limit` are kept and each shard's position moves past the entries it gave. Costs one query per
 * unfinished shard; entries read but not kept are read again by the next page.
 *
 * @example await shardedPage(db, t, { index: 'byQueue', partitions, limit: 50 })
 */
export async function shardedPage(
  db: DynamoDBDocumentClient,
  tableName: string,
  query: {
    index: IndexName;
    partitions: readonly string[];
    limit: number;
    /** Inclusive sort-key range. */
    range?: { from: string; to: string };
    /** Newest (largest sort key) first. */
    descending?: boolean;
    positions?: ShardPositions | undefined;
  },
): Promise<ShardedPage> {
  const { partitionKey, sortKey } = TABLE.indexes[query.index];
  const results = await Promise.all(
    query.partitions.map(async (partition, shard) => {
      const position = query.positions?.[String(shard)];
      if (position === null) return { shard, items: [] as Record<string, unknown>[], done: true };
      const start = position && Object.keys(position).length > 0 ? position : undefined;
      const out = await guard('Query', () =>
        db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: query.index,
            KeyConditionExpression: query.range ? '#pk = :pk AND #sk BETWEEN :from AND :to' : '#pk = :pk',
            ExpressionAttributeNames: { '#pk': partitionKey, ...(query.range ? { '#sk': sortKey } : {}) },
            ExpressionAttributeValues: {
              ':pk': partition,
              ...(query.range ? { ':from': query.range.from, ':to': query.range.to } : {}),
            },
            ScanIndexForward: !query.descending,
            Limit: query.limit,
            ExclusiveStartKey: start,
          }),
        ),
      );
      return { shard, items: out.Items ?? [], done: !out.LastEvaluatedKey };
    }),
  );
  const merged = results.flatMap((r) => r.items.map((item) => ({ shard: r.shard, item })));
  const order = query.descending ? -1 : 1;
  merged.sort((a, b) => {
    const x = String(a.item[sortKey]);
    const y = String(b.item[sortKey]);
    return x < y ? -order : x > y ? order : a.shard - b.shard;
  });
  const kept = merged.slice(0, query.limit);
  const next: ShardPositions = {};
  for (const r of results) {
    const mine = kept.filter((k) => k.shard === r.shard);
    const last = mine.at(-1)?.item;
    if (r.done && mine.length === r.items.length) next[String(r.shard)] = null;
    else if (last)
      next[String(r.shard)] = {
        [TABLE.partitionKey]: last[TABLE.partitionKey],
        [TABLE.sortKey]: last[TABLE.sortKey],
        [partitionKey]: last[partitionKey],
        [sortKey]: last[sortKey],
      };
    else next[String(r.shard)] = query.positions?.[String(r.shard)] ?? positionBefore();
  }
  const finished = Object.values(next).every((p) => p === null);
  return { entries: kept.map((k) => k.item), next: finished ? null : next };
}

/** A shard not yet read: no start key (JSON has no `undefined`, so an empty object stands for it). */
function positionBefore(): Record<string, unknown> {
  return {};
}

/** The listing a cursor belongs to (its index and partitions): a cursor of another listing is refused. */
function listingTag(index: IndexName, partitions: readonly string[]): string {
  return `${index}:${partitions[0] ?? ''}:${partitions.length}`;
}

export function encodePositions(
  positions: ShardPositions | null,
  index: IndexName,
  partitions: readonly string[],
): string | null {
  if (!positions) return null;
  return Buffer.from(JSON.stringify({ l: listingTag(index, partitions), s: positions }), 'utf8').toString('base64url');
}

/**
 * Decodes a sharded cursor, accepting only what `shardedPage` issues for these partitions: per shard
 * `null`, `{}` (not started) or exactly the table and index keys, in that shard's partition.
 */
export function decodePositions(
  cursor: string | undefined,
  index: IndexName,
  partitions: readonly string[],
): ShardPositions | undefined {
  if (!cursor) return undefined;
  const invalid = () => new InvalidCursorError('cursor is not one this service issued');
  const { l, s } = parseOpaque(cursor);
  if (l !== listingTag(index, partitions) || !s || typeof s !== 'object' || Array.isArray(s)) throw invalid();
  const given = s as Record<string, unknown>;
  const { partitionKey, sortKey } = TABLE.indexes[index];
  const names = [TABLE.partitionKey, TABLE.sortKey, partitionKey, sortKey];
  if (Object.keys(given).length !== partitions.length) throw invalid();
  const out: ShardPositions = {};
  partitions.forEach((partition, shard) => {
    const position = given[String(shard)];
    if (position === null) out[String(shard)] = null;
    else if (position && typeof position === 'object' && !Array.isArray(position)) {
      const key = position as Record<string, unknown>;
      const present = Object.keys(key);
      if (present.length === 0) out[String(shard)] = {};
      else if (
        present.length === names.length &&
        names.every((name) => typeof key[name] === 'string' && (key[name] as string).length > 0) &&
        key[partitionKey] === partition &&
        names.every((name) => Buffer.byteLength(key[name] as string, 'utf8') <= 1024)
      )
        out[String(shard)] = key;
      else throw invalid();
    } else throw invalid();
  });
  return out;
}
