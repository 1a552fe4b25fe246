import { InvalidCursorError, isStartKeyRejection } from './cursor.js';

/**
 * Domain errors of the store. The store translates SDK errors into these at its boundary; the HTTP
 * layer maps them to status codes in one place.
 */

/** The store could not be reached or did not confirm the write: nothing may be returned as decided. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message = 'the store is unavailable', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A request id was reused with a different body. */
export class IdempotencyConflictError extends Error {
  override readonly name = 'IdempotencyConflictError';
}

/** A resolution quoted a version that is no longer current. */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    message: string,
    readonly currentVersion?: number,
  ) {
    super(message);
  }
}

/** The item does not exist (or is not visible to the caller). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
}

export function isConditionFailed(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/**
 * Runs a store operation and translates the SDK's failures: unreachable or overloaded stores become
 * `StoreUnavailableError`; everything else propagates unchanged.
 */
export async function guard<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isConditionFailed(error)) throw error;
    if (error instanceof StoreUnavailableError) throw error;
    // A start key the store refuses came from a caller's cursor: a 400, not an outage.
    if (isStartKeyRejection(error)) throw new InvalidCursorError('cursor is not one this service issued');
    throw new StoreUnavailableError(`${operation} failed: ${(error as Error)?.message ?? String(error)}`, {
      cause: error,
    });
  }
}
