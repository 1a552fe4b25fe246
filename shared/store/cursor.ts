/**
 * Opaque pagination cursors: the DynamoDB `LastEvaluatedKey`, base64url-encoded JSON. A cursor that
 * does not decode is a caller error (`InvalidCursorError`, a 400), never a 500.
 */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;
}

/**
 * Decodes a cursor. `expect` names key attributes whose values must match the query being paged
 * (a cursor from another shop's or another order's listing is refused).
 */
export function decodeCursor(
  cursor: string | undefined,
  expect: Record<string, string> = {},
): Record<string, unknown> | undefined {
  if (!cursor) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => typeof v === 'string') &&
      Object.entries(expect).every(([name, expected]) => (value as Record<string, unknown>)[name] === expected)
    )
      return value as Record<string, string>;
  } catch {
    // fall through
  }
  throw new InvalidCursorError('cursor is not one this service issued');
}
