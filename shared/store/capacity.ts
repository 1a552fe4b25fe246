import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TABLE } from './table.js';

/*
 * DynamoDB's published sizing rules, as a pure cost model of marshalled items (no I/O): what an item
 * and its index entries weigh, what a write costs in write request units (WRU), and what an item
 * keeps stored. Used by the write-cost tests, the partition model and `npm run bench`; never on a
 * request path.
 *
 * Sizes (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html):
 * - an item: the UTF-8 bytes of each attribute name plus its value;
 * - S: UTF-8 bytes; B: bytes; N: about one byte per two significant digits, plus one
 *   (`ceil(digits / 2) + 1`, leading and trailing zeros trimmed); BOOL and NULL: 1;
 * - L and M: 3 bytes, plus 1 per element, plus the elements (M: also its key names);
 * - SS, NS, BS: the sum of their members.
 * Writes: `ceil(size / 1024)` units per write, at least 1; an update costs the larger of the item before
 * and after. Each global secondary index write costs `ceil(entry size / 1024)`: a new entry one
 * write, a removed entry one, an entry whose index keys changed two (a delete and a put), an entry
 * whose projected attributes changed one; an unchanged entry nothing.
 * Storage: the item's size + 100 bytes; each index entry its projected attributes, the table's keys
 * and the index's keys + 100 bytes.
 */

/** A marshalled item, as the low-level client reads and writes it. */
export type Item = Record<string, AttributeValue>;

/** What an index copies from the item besides the keys (DynamoDB's `Projection`). */
export type Projection = { type: 'ALL' } | { type: 'KEYS_ONLY' } | { type: 'INCLUDE'; attributes: readonly string[] };

/** One global secondary index: its keys and its projection (absent: `ALL`). */
export interface IndexDefinition {
  partitionKey: string;
  sortKey?: string;
  projection?: Projection;
}

/** The table's keys and indexes, in the shape of `TABLE` in `table.ts`. */
export interface TableDefinition {
  partitionKey: string;
  sortKey: string;
  indexes: Readonly<Record<string, IndexDefinition>>;
}

/** Bytes DynamoDB adds to every stored item and index entry. */
export const STORAGE_OVERHEAD_BYTES = 100;
/** One write request unit covers this many bytes of item or index entry. */
export const WRITE_UNIT_BYTES = 1024;

/** The service's table (`TABLE`), read as the cost model's definition. */
export const SERVICE_TABLE: TableDefinition = TABLE;

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * The bytes of a number: one per two significant digits, plus one.
 *
 * @example numberSize('1000') // 2 (one significant digit)
 * @example numberSize('-12345.5') // 4 (six significant digits)
 */
export function numberSize(value: string): number {
  const mantissa = value.replace(/^[+-]/, '').split(/[eE]/)[0] ?? '';
  const digits = mantissa.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  return Math.ceil(Math.max(1, digits) / 2) + 1;
}

/**
 * The bytes of one attribute value (without its name).
 *
 * @example attributeSize({ S: '订单' }) // 6
 * @example attributeSize({ L: [{ S: 'ab' }, { BOOL: true }] }) // 3 + (1 + 2) + (1 + 1) = 8
 */
export function attributeSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, member) => sum + utf8(member), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, member) => sum + numberSize(member), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, member) => sum + member.byteLength, 0);
  if (value.L !== undefined) return value.L.reduce((sum, element) => sum + 1 + attributeSize(element), 3);
  if (value.M !== undefined)
    return Object.entries(value.M).reduce((sum, [name, element]) => sum + 1 + utf8(name) + attributeSize(element), 3);
  return 0;
}

/**
 * The size of an item: each attribute's name in UTF-8 plus its value.
 *
 * @example itemSize({ pk: { S: 'A#1' }, sk: { S: 'X' }, n: { N: '42' } }) // (2+3) + (2+1) + (1+2) = 11
 */
export function itemSize(item: Item): number {
  const known = sizes.get(item);
  if (known !== undefined) return known;
  let size = 0;
  for (const name in item) size += utf8(name) + attributeSize(item[name] as AttributeValue);
  sizes.set(item, size);
  return size;
}

/**
 * The size of a plain item as the document client would store it (strings, numbers, booleans, null,
 * lists, maps, byte arrays; `undefined` attributes are not stored), without marshalling it.
 *
 * @example plainItemSize({ pk: 'A#1', n: 42, tags: ['x'] }) // (2+3) + (1+2) + (4+3+1+1) = 17
 */
export function plainItemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const name in item) if (item[name] !== undefined) size += utf8(name) + plainSize(item[name]);
  return size;
}

function plainSize(value: unknown): number {
  if (typeof value === 'string') return utf8(value);
  if (typeof value === 'number') return numberSize(String(value));
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return value.reduce((sum: number, element) => sum + 1 + plainSize(element), 3);
  if (value instanceof Set) return [...value].reduce((sum: number, member) => sum + plainSize(member), 0);
  if (typeof value === 'object' && value)
    return Object.entries(value).reduce(
      (sum, [name, element]) => (element === undefined ? sum : sum + 1 + utf8(name) + plainSize(element)),
      3,
    );
  return 0;
}

/** Sizes of items already measured (items are treated as immutable values). */
const sizes = new WeakMap<Item, number>();

/** Write units for an item or entry of `bytes`: one per started KB, at least one. */
export function writeUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / WRITE_UNIT_BYTES));
}

function indexDefinition(indexName: string, table: TableDefinition): IndexDefinition {
  const index = table.indexes[indexName];
  if (!index) throw new Error(`no index ${indexName}`);
  return index;
}

/**
 * The entry an index keeps for `item` (its projection of it), or undefined when the item lacks the
 * index's keys (a sparse index leaves it out). An `ALL` index's entry is the item itself.
 *
 * @example indexEntry({ pk, sk, gsi1pk, gsi1sk, body }, 'byId') // with KEYS_ONLY: { pk, sk, gsi1pk, gsi1sk }
 */
export function indexEntry(item: Item, indexName: string, table: TableDefinition = SERVICE_TABLE): Item | undefined {
  const index = indexDefinition(indexName, table);
  const keyNames = [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])];
  if (keyNames.some((name) => item[name] === undefined)) return undefined;
  const projection = index.projection ?? { type: 'ALL' };
  if (projection.type === 'ALL') return item;
  const names = new Set([table.partitionKey, table.sortKey, ...keyNames]);
  if (projection.type === 'INCLUDE') for (const name of projection.attributes) names.add(name);
  const entry: Item = {};
  for (const name of names) {
    const value = item[name];
    if (value !== undefined) entry[name] = value;
  }
  return entry;
}

/** A canonical text of a value (map keys and set members sorted), to compare entries. */
function canonical(value: unknown, key?: string): string {
  if (value instanceof Uint8Array) return `b:${Buffer.from(value).toString('base64')}`;
  if (Array.isArray(value)) {
    const parts = value.map((element) => canonical(element));
    // Sets are unordered; lists are not.
    if (key === 'SS' || key === 'NS' || key === 'BS') parts.sort();
    return `[${parts.join(',')}]`;
  }
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, element]) => element !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, element]) => `${JSON.stringify(name)}:${canonical(element, name)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** Whether two attribute values are equal (sets compared as sets). */
function sameValue(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  if (a.S !== undefined || b.S !== undefined) return a.S === b.S;
  if (a.N !== undefined || b.N !== undefined) return a.N === b.N;
  return canonical(a) === canonical(b);
}

/** The attributes whose values differ between two items (present in one only, or changed). */
function changedAttributes(a: Item, b: Item): Set<string> {
  const changed = new Set<string>();
  for (const name in a) if (!sameValue(a[name], b[name])) changed.add(name);
  for (const name in b) if (!(name in a)) changed.add(name);
  return changed;
}

/** Whether two marshalled items hold the same attributes and values. */
export function sameItem(a: Item, b: Item): boolean {
  return changedAttributes(a, b).size === 0;
}

/** Whether one of the `changed` attributes is in either entry. */
function touches(changed: ReadonlySet<string>, old: Item, next: Item): boolean {
  for (const attribute of changed) if (attribute in old || attribute in next) return true;
  return false;
}

function sameKeys(a: Item, b: Item, index: IndexDefinition): boolean {
  return (
    sameValue(a[index.partitionKey], b[index.partitionKey]) &&
    (index.sortKey === undefined || sameValue(a[index.sortKey], b[index.sortKey]))
  );
}

/** Write units of one write, on the table and per index. */
export interface WriteCost {
  table: number;
  /** Every index of the table, 0 when the write does not touch it. */
  indexes: Record<string, number>;
  total: number;
}

/** Part of a write's cost that lands on one partition: the table's (`index` null) or an index's. */
export interface PartitionWrite {
  index: string | null;
  /** The partition key's value (S as it is, N as its text, B in base64). */
  partition: string;
  units: number;
}

function partitionOf(item: Item, name: string): string {
  const value = item[name];
  if (value?.S !== undefined) return value.S;
  if (value?.N !== undefined) return value.N;
  if (value?.B !== undefined) return Buffer.from(value.B).toString('base64');
  return '';
}

/**
 * Where one write's units land: the table's partition, and for each index the partition of the entry
 * it deletes and of the entry it puts (the same one when the keys did not change).
 *
 * @example partitionWrites(undefined, item) // [{ index: null, partition: 'A#1', units: 2 }, { index: 'byX', partition: 'X#1', units: 2 }]
 */
export function partitionWrites(
  before: Item | undefined,
  after: Item | undefined,
  table: TableDefinition = SERVICE_TABLE,
): PartitionWrite[] {
  const item = after ?? before;
  if (!item) return [];
  const writes: PartitionWrite[] = [
    {
      index: null,
      partition: partitionOf(item, table.partitionKey),
      units: writeUnits(Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0)),
    },
  ];
  // Compared once per write: an entry changed when one of its attributes did.
  const changed = before && after ? changedAttributes(before, after) : new Set<string>();
  for (const name of Object.keys(table.indexes)) {
    const index = indexDefinition(name, table);
    const old = before ? indexEntry(before, name, table) : undefined;
    const next = after ? indexEntry(after, name, table) : undefined;
    const key = index.partitionKey;
    if (old && next) {
      if (!sameKeys(old, next, index)) {
        writes.push({ index: name, partition: partitionOf(old, key), units: writeUnits(itemSize(old)) });
        writes.push({ index: name, partition: partitionOf(next, key), units: writeUnits(itemSize(next)) });
      } else if (touches(changed, old, next))
        writes.push({
          index: name,
          partition: partitionOf(next, key),
          units: writeUnits(Math.max(itemSize(old), itemSize(next))),
        });
    } else if (old) writes.push({ index: name, partition: partitionOf(old, key), units: writeUnits(itemSize(old)) });
    else if (next) writes.push({ index: name, partition: partitionOf(next, key), units: writeUnits(itemSize(next)) });
  }
  return writes;
}

/**
 * What one write costs: a put (`before` undefined), an update or overwrite (both), a delete (`after`
 * undefined). The table pays for the larger of the two item sizes; each index for the entries it
 * deletes and puts (see the rules at the top of this file).
 *
 * @example writeCost(undefined, item) // a new 1.5 KB item in two ALL indexes: { table: 2, indexes: { a: 2, b: 2 }, total: 6 }
 */
export function writeCost(
  before: Item | undefined,
  after: Item | undefined,
  table: TableDefinition = SERVICE_TABLE,
): WriteCost {
  const indexes: Record<string, number> = Object.fromEntries(Object.keys(table.indexes).map((name) => [name, 0]));
  let tableUnits = 0;
  for (const write of partitionWrites(before, after, table)) {
    if (write.index === null) tableUnits += write.units;
    else indexes[write.index] = (indexes[write.index] ?? 0) + write.units;
  }
  const total = tableUnits + Object.values(indexes).reduce((sum, units) => sum + units, 0);
  return { table: tableUnits, indexes, total };
}

/** Bytes an item keeps stored, on the table and per index (entries it has only). */
export interface StoredBytes {
  table: number;
  indexes: Record<string, number>;
  total: number;
}

/**
 * The bytes an item keeps stored: its size + 100 on the table, and each index entry's size + 100.
 *
 * @example storedBytes({ pk: { S: 'A#1' }, sk: { S: 'X' } }) // { table: 108, indexes: {}, total: 108 }
 */
export function storedBytes(item: Item, table: TableDefinition = SERVICE_TABLE): StoredBytes {
  const tableBytes = itemSize(item) + STORAGE_OVERHEAD_BYTES;
  const indexes: Record<string, number> = {};
  for (const name of Object.keys(table.indexes)) {
    const entry = indexEntry(item, name, table);
    if (entry) indexes[name] = itemSize(entry) + STORAGE_OVERHEAD_BYTES;
  }
  const total = tableBytes + Object.values(indexes).reduce((sum, bytes) => sum + bytes, 0);
  return { table: tableBytes, indexes, total };
}
