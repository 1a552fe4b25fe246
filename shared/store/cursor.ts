import { TABLE } from './table.js';

/**
 * Opaque pagination cursors: the DynamoDB `LastEvaluatedKey`, base64url-encoded JSON. A cursor that
 * does not decode, or does not have exactly the shape this service issues for the query being paged,
 * is a caller error (`InvalidCursorError`, a 400), never a 5xx.
 */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

/** DynamoDB's limits on key values (partition 2048 bytes, sort 1024): longer cannot be ours. */
const MAX_KEY_VALUE_BYTES = 1024;

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;
}

/**
 * Decodes a cursor. `expect` names the index partition key being paged and its value (a cursor from
 * another shop's or another order's listing is refused). The cursor must then hold exactly the table
 * key and that index's key (`pk`, `sk`, `gsiNpk`, `gsiNsk`), all short strings, and the index sort key
 * must start with `sortKeyPrefix` when the query narrows it so: anything else was not issued by us.
 *
 * @example decodeCursor(page.cursor, { gsi2pk: 'ORDER#shop-a#O-1' }, 'CHECK#')
 */
export function decodeCursor(
  cursor: string | undefined,
  expect: Record<string, string> = {},
  sortKeyPrefix = '',
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  const key = parseOpaque(cursor);
  const index = Object.values(TABLE.indexes).find((i) => i.partitionKey in expect);
  const names = [TABLE.partitionKey, TABLE.sortKey, ...(index ? [index.partitionKey, index.sortKey] : [])];
  const given = Object.keys(key);
  if (given.length !== names.length || !names.every((name) => given.includes(name))) throw invalid();
  for (const name of names) {
    const v = key[name];
    if (typeof v !== 'string' || v.length === 0 || Buffer.byteLength(v, 'utf8') > MAX_KEY_VALUE_BYTES) throw invalid();
  }
  if (!Object.entries(expect).every(([name, expected]) => key[name] === expected)) throw invalid();
  if (index && !(key[index.sortKey] as string).startsWith(sortKeyPrefix)) throw invalid();
  return key;
}

/** A cursor's JSON object (base64url); anything else was not issued by this service. */
export function parseOpaque(cursor: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw invalid();
  return value as Record<string, unknown>;
}

function invalid(): InvalidCursorError {
  return new InvalidCursorError('cursor is not one this service issued');
}

/** Whether the store refused a query's start key (a cursor that slipped past `decodeCursor`). */
export function isStartKeyRejection(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === 'ValidationException' &&
    /start(ing)?\s*key|ExclusiveStartKey/i.test(error.message)
  );
}
