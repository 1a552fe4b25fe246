import { describe, expect, it } from 'vitest';
import {
  attributeSize,
  type Item,
  indexEntry,
  itemSize,
  numberSize,
  partitionWrites,
  SERVICE_TABLE,
  sameItem,
  storedBytes,
  type TableDefinition,
  writeCost,
  writeUnits,
} from '#store/capacity.js';
import { TABLE } from '#store/table.js';

/** A table with one index of each projection, independent of the service's own indexes. */
const DEF: TableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: {
    whole: { partitionKey: 'g1pk', sortKey: 'g1sk' },
    keys: { partitionKey: 'g2pk', sortKey: 'g2sk', projection: { type: 'KEYS_ONLY' } },
    some: { partitionKey: 'g3pk', projection: { type: 'INCLUDE', attributes: ['status'] } },
  },
};

/**
 * 30 + n bytes: pk 'P' (2+1), sk 'S' (2+1), g1pk 'G', g1sk 'H', g2pk 'K', g2sk 'L' (4+1 each), and
 * body (4+n).
 */
function item(n: number, patch: Item = {}): Item {
  return {
    pk: { S: 'P' },
    sk: { S: 'S' },
    g1pk: { S: 'G' },
    g1sk: { S: 'H' },
    g2pk: { S: 'K' },
    g2sk: { S: 'L' },
    body: { S: 'x'.repeat(n) },
    ...patch,
  };
}

describe('capacity: the sizes of marshalled values (DynamoDB item size rules)', () => {
  it('sizes strings in UTF-8 bytes, binaries in bytes, booleans and nulls as one byte', () => {
    expect(attributeSize({ S: 'abc' })).toBe(3);
    expect(attributeSize({ S: '订单' })).toBe(6);
    expect(attributeSize({ B: new Uint8Array(5) })).toBe(5);
    expect(attributeSize({ BOOL: false })).toBe(1);
    expect(attributeSize({ NULL: true })).toBe(1);
  });

  it('sizes numbers at one byte per two significant digits plus one, zeros at either end trimmed', () => {
    expect(numberSize('42')).toBe(2);
    expect(numberSize('1000')).toBe(2);
    expect(numberSize('-12345.5')).toBe(4);
    expect(numberSize('0.00120')).toBe(2);
    expect(numberSize('1234567')).toBe(5);
    expect(numberSize('0')).toBe(2);
    expect(attributeSize({ N: '1771234567' })).toBe(6);
  });

  it('sizes sets as the sum of their members', () => {
    expect(attributeSize({ SS: ['a', 'bc'] })).toBe(3);
    expect(attributeSize({ NS: ['1', '22', '333'] })).toBe(2 + 2 + 3);
    expect(attributeSize({ BS: [new Uint8Array(2), new Uint8Array(3)] })).toBe(5);
  });

  it('sizes lists and maps at 3 bytes, plus 1 per element, plus the elements (and a map its key names)', () => {
    expect(attributeSize({ L: [] })).toBe(3);
    expect(attributeSize({ L: [{ S: 'ab' }, { BOOL: true }] })).toBe(3 + (1 + 2) + (1 + 1));
    expect(attributeSize({ M: { a: { S: 'xy' }, bb: { N: '5' } } })).toBe(3 + (1 + 1 + 2) + (1 + 2 + 2));
    expect(attributeSize({ M: { l: { L: [] } } })).toBe(3 + (1 + 1 + 3));
  });

  it('sizes an item as its attribute names in UTF-8 plus their values', () => {
    expect(itemSize({ pk: { S: 'A#1' }, sk: { S: 'X' }, n: { N: '42' } })).toBe(2 + 3 + (2 + 1) + (1 + 2));
    expect(itemSize({ 名: { S: 'a' } })).toBe(3 + 1);
    expect(itemSize(item(1470))).toBe(1500);
  });
});

describe('capacity: index entries by projection', () => {
  it('copies the whole item into an ALL index (also when the projection is not declared)', () => {
    expect(indexEntry(item(10), 'whole', DEF)).toEqual(item(10));
  });

  it('keeps only the table and index keys in a KEYS_ONLY index', () => {
    expect(indexEntry(item(10), 'keys', DEF)).toEqual({
      pk: { S: 'P' },
      sk: { S: 'S' },
      g2pk: { S: 'K' },
      g2sk: { S: 'L' },
    });
  });

  it('adds the listed attributes the item has in an INCLUDE index, and leaves out an item without the keys', () => {
    expect(indexEntry(item(10), 'some', DEF)).toBeUndefined();
    const queued = item(10, { g3pk: { S: 'Q' }, status: { S: 'open' } });
    expect(indexEntry(queued, 'some', DEF)).toEqual({
      pk: { S: 'P' },
      sk: { S: 'S' },
      g3pk: { S: 'Q' },
      status: { S: 'open' },
    });
  });

  it('refuses an index the table does not declare', () => {
    expect(() => indexEntry(item(1), 'nope', DEF)).toThrow('no index nope');
  });
});

describe('capacity: write units', () => {
  it('charges one unit per started KB, at least one', () => {
    expect([0, 1, 1024, 1025, 2048, 2049].map(writeUnits)).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it('charges a new 1,500-byte item 2 on the table, 2 in the ALL index, 1 in the KEYS_ONLY one, none in a sparse index it is not in', () => {
    expect(writeCost(undefined, item(1470), DEF)).toEqual({
      table: 2,
      indexes: { whole: 2, keys: 1, some: 0 },
      total: 5,
    });
  });

  it('charges an update the larger item, and only the indexes whose entry changed', () => {
    // 1,500 → 2,100 bytes: the body is in the ALL entry only.
    expect(writeCost(item(1470), item(2070), DEF)).toEqual({
      table: 3,
      indexes: { whole: 3, keys: 0, some: 0 },
      total: 6,
    });
  });

  it('charges an entry whose index keys changed twice (a delete and a put)', () => {
    expect(writeCost(item(1470), item(1470, { g1sk: { S: 'J' } }), DEF)).toEqual({
      table: 2,
      indexes: { whole: 2 + 2, keys: 0, some: 0 },
      total: 6,
    });
  });

  it('puts the delete of a moved entry on its old partition and the put on its new one', () => {
    // Prepare: the ALL index's partition key moves from G to G2.
    const moved = item(1470, { g1pk: { S: 'G2' } });
    // Act
    const writes = partitionWrites(item(1470), moved, DEF);
    // Assess: 1,500 → 1,501 bytes
    expect(writes).toEqual([
      { index: null, partition: 'P', units: 2 },
      { index: 'whole', partition: 'G', units: 2 },
      { index: 'whole', partition: 'G2', units: 2 },
    ]);
  });

  it('charges one write when an item enters a sparse index, and one when it leaves it', () => {
    const outside = item(1470);
    const inside = item(1470, { g3pk: { S: 'Q' }, status: { S: 'open' } }); // 1,515 bytes
    expect(writeCost(outside, inside, DEF)).toEqual({ table: 2, indexes: { whole: 2, keys: 0, some: 1 }, total: 5 });
    expect(writeCost(inside, outside, DEF)).toEqual({ table: 2, indexes: { whole: 2, keys: 0, some: 1 }, total: 5 });
  });

  it('charges a delete the item and every entry it had', () => {
    expect(writeCost(item(1470), undefined, DEF)).toEqual({
      table: 2,
      indexes: { whole: 2, keys: 1, some: 0 },
      total: 5,
    });
    expect(writeCost(undefined, undefined, DEF).total).toBe(0);
  });

  it('treats sets as unordered when it compares entries', () => {
    const a = item(10, { tags: { SS: ['a', 'b'] } });
    const b = item(10, { tags: { SS: ['b', 'a'] } });
    expect(sameItem(a, b)).toBe(true);
    expect(writeCost(a, b, DEF)).toEqual({ table: 1, indexes: { whole: 0, keys: 0, some: 0 }, total: 1 });
  });

  it("reads the service's own indexes from TABLE (every index appears in a cost)", () => {
    const cost = writeCost(undefined, { pk: { S: 'A' }, sk: { S: 'B' } });
    expect(Object.keys(cost.indexes).sort()).toEqual(Object.keys(TABLE.indexes).sort());
    expect(cost.total).toBe(1);
    expect(SERVICE_TABLE.partitionKey).toBe(TABLE.partitionKey);
  });
});

describe('capacity: stored bytes', () => {
  it('keeps the item + 100 bytes, and each index entry + 100', () => {
    expect(storedBytes(item(1470), DEF)).toEqual({
      table: 1600,
      indexes: { whole: 1600, keys: 16 + 100 },
      total: 1600 + 1600 + 116,
    });
  });

  it('counts only the table for an item in no index', () => {
    expect(storedBytes({ pk: { S: 'A#1' }, sk: { S: 'X' } }, DEF)).toEqual({ table: 108, indexes: {}, total: 108 });
  });
});
