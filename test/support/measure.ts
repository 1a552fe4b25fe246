import { type AttributeValue, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Services } from '#shared/services.js';
import {
  type Item,
  SERVICE_TABLE,
  type StoredBytes,
  sameItem,
  storedBytes,
  type TableDefinition,
  type WriteCost,
  writeCost,
} from '#store/capacity.js';
import { ENTITY } from '#store/keys.js';

/*
 * What an action really writes, read back from the table: the whole table is scanned before and
 * after the action, the items are diffed by (pk, sk), and each changed item is priced with the cost
 * model (`writeCost(before, after)`, `storedBytes(after)`). Test and bench code only: a Scan never
 * runs on a request path.
 *
 * The diff sees the net change of each item: an item written twice by one action (or rewritten with
 * the same content) counts as one write. That is the service's floor, not an over-count.
 */

/** One item the action created, changed or deleted, with its price. */
export interface ItemChange {
  pk: string;
  sk: string;
  /** The item's `entity` attribute (after the action, else before). */
  entity: string | undefined;
  kind: 'created' | 'updated' | 'deleted';
  before?: Item;
  after?: Item;
  cost: WriteCost;
  /** What the item keeps stored after the action (absent for a deleted item). */
  stored?: StoredBytes;
}

export interface Measurement<T> {
  /** What the action returned. */
  result: T;
  changes: ItemChange[];
  /** Write units of every changed item, summed (table and per index). */
  wru: WriteCost;
  /** Stored bytes of the items the action created, summed (table and per index). */
  stored: StoredBytes;
}

const keyOf = (item: Item) => `${item.pk?.S ?? ''}\u0000${item.sk?.S ?? ''}`;

/** Every item of the services' table, marshalled, by (pk, sk). */
export async function scanTable(services: Services): Promise<Map<string, Item>> {
  const client = new DynamoDBClient({
    region: services.config.region,
    ...(services.config.dynamodbEndpoint
      ? { endpoint: services.config.dynamodbEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const items = new Map<string, Item>();
  try {
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: services.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
      );
      for (const item of page.Items ?? []) items.set(keyOf(item), item);
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    client.destroy();
  }
  return items;
}

/** Sums write costs (table and per index). */
export function sumCosts(costs: readonly WriteCost[]): WriteCost {
  const out: WriteCost = { table: 0, indexes: {}, total: 0 };
  for (const cost of costs) {
    out.table += cost.table;
    out.total += cost.total;
    for (const [name, units] of Object.entries(cost.indexes)) out.indexes[name] = (out.indexes[name] ?? 0) + units;
  }
  return out;
}

/** Sums stored bytes (table and per index). */
export function sumStored(all: readonly StoredBytes[]): StoredBytes {
  const out: StoredBytes = { table: 0, indexes: {}, total: 0 };
  for (const stored of all) {
    out.table += stored.table;
    out.total += stored.total;
    for (const [name, bytes] of Object.entries(stored.indexes)) out.indexes[name] = (out.indexes[name] ?? 0) + bytes;
  }
  return out;
}

/** The per-item changes between two scans of a table. */
export function diffTables(
  before: ReadonlyMap<string, Item>,
  after: ReadonlyMap<string, Item>,
  table: TableDefinition = SERVICE_TABLE,
): ItemChange[] {
  const changes: ItemChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(key);
    const next = after.get(key);
    if (old && next && sameItem(old, next)) continue;
    const item = (next ?? old) as Item;
    changes.push({
      pk: item.pk?.S ?? '',
      sk: item.sk?.S ?? '',
      entity: item.entity?.S,
      kind: old && next ? 'updated' : next ? 'created' : 'deleted',
      ...(old ? { before: old } : {}),
      ...(next ? { after: next, stored: storedBytes(next, table) } : {}),
      cost: writeCost(old, next, table),
    });
  }
  return changes.sort((a, b) => (a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : a.sk < b.sk ? -1 : a.sk > b.sk ? 1 : 0));
}

/**
 * Runs `action` between two scans of the table and prices what it changed. Items that existed
 * before and did not change (keys, secrets, earlier checks) do not count.
 *
 * @example const { wru, stored } = await measure(services, () => decideCheck(services, 'shop-a', request))
 */
export async function measure<T>(
  services: Services,
  action: () => Promise<T>,
  table: TableDefinition = SERVICE_TABLE,
): Promise<Measurement<T>> {
  const before = await scanTable(services);
  const result = await action();
  const after = await scanTable(services);
  const changes = diffTables(before, after, table);
  return {
    result,
    changes,
    wru: sumCosts(changes.map((change) => change.cost)),
    stored: sumStored(changes.flatMap((change) => (change.kind === 'created' && change.stored ? [change.stored] : []))),
  };
}

/** Daily aggregates: counters that grow by `ADD`, not by items per decision. */
const AGGREGATES: readonly (string | undefined)[] = [ENTITY.reportDay, ENTITY.reportShopDay];

/**
 * A measurement's per-request figures in steady state: the one-off writes of a shop's first count on
 * a day (creating its daily counter item and registering the shop for the day) are left out; every
 * counter update stays in, as do all other writes. Stored bytes are the created items' other than
 * the daily aggregates.
 */
export function steadyState(measurement: Measurement<unknown>): { wru: WriteCost; stored: StoredBytes } {
  const counted = measurement.changes.filter(
    (change) => !(change.kind === 'created' && change.entity === ENTITY.reportShopDay),
  );
  return {
    wru: sumCosts(counted.map((change) => change.cost)),
    stored: sumStored(
      counted.flatMap((change) =>
        change.kind === 'created' && change.stored && !AGGREGATES.includes(change.entity) ? [change.stored] : [],
      ),
    ),
  };
}

/** A one-line account of a measurement, for assertion messages and the bench. */
export function describeMeasurement(figures: { wru: WriteCost; stored: StoredBytes }, changes?: ItemChange[]): string {
  const perIndex = (record: Record<string, number>) =>
    Object.entries(record)
      .filter(([, value]) => value > 0)
      .map(([name, value]) => `${name} ${value}`)
      .join(', ');
  const items = changes
    ? `; items: ${changes.map((c) => `${c.kind} ${c.entity ?? '?'} ${c.cost.total} WRU`).join(', ')}`
    : '';
  return `${figures.wru.total} WRU (table ${figures.wru.table}; ${perIndex(figures.wru.indexes) || 'no index'}), ${figures.stored.total} B stored (table ${figures.stored.table}; ${perIndex(figures.stored.indexes) || 'no index'})${items}`;
}
