import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ValidationIssue } from '#schemas/common.js';
import { log } from '#shared/log.js';
import { InvalidCursorError } from '#store/cursor.js';
import { IdempotencyConflictError, NotFoundError, StoreUnavailableError, VersionConflictError } from '#store/errors.js';
import {
  AwaitingApprovalError,
  NoPendingOverrideError,
  NotReviewableError,
  SameApproverError,
} from '#store/reviews.js';

/** The body, query or path did not match its schema. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid request: ${issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ')}`);
  }
}

/**
 * The body is over the limit (found from `Content-Length` or while reading): a 400 like any other bad
 * body, answered with `Connection: close` so the rest of an oversized upload is not read.
 */
export class PayloadTooLargeError extends ValidationError {
  constructor(readonly limit: number) {
    super([{ path: '', message: `body is larger than ${limit} bytes (64 KiB)` }]);
  }
}

/** A JSON route was sent another content type (contract 1.1: 415). */
export class UnsupportedMediaTypeError extends Error {
  override readonly name = 'UnsupportedMediaTypeError';
}

/** Too many attempts from one client (the console's sign-in throttle). */
export class TooManyRequestsError extends Error {
  override readonly name = 'TooManyRequestsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many attempts; retry after ${retryAfterSeconds} s`);
  }
}

/** No key, or a key the service does not know. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError';
}

/** A known key acting outside its role. */
export class ForbiddenError extends Error {
  override readonly name = 'ForbiddenError';
}

/**
 * The one place that maps errors to HTTP answers. Internals never leak: an unexpected error is logged
 * with its stack and answered with a generic 500 body.
 */
export function errorResponse(error: Error, c: Context): Response {
  if (error instanceof PayloadTooLargeError) {
    c.header('Connection', 'close');
    return c.json({ error: 'invalid_request', issues: error.issues }, 400);
  }
  if (error instanceof ValidationError) return c.json({ error: 'invalid_request', issues: error.issues }, 400);
  if (error instanceof UnsupportedMediaTypeError) return c.json({ error: 'unsupported_media_type' }, 415);
  if (error instanceof TooManyRequestsError) {
    c.header('Retry-After', String(error.retryAfterSeconds));
    return c.json({ error: 'too_many_requests' }, 429);
  }
  if (error instanceof InvalidCursorError)
    return c.json({ error: 'invalid_request', issues: [{ path: 'cursor', message: error.message }] }, 400);
  if (error instanceof UnauthorizedError) {
    c.header('WWW-Authenticate', 'Bearer');
    return c.json({ error: 'unauthorized', message: error.message }, 401);
  }
  if (error instanceof ForbiddenError) return c.json({ error: 'forbidden', message: error.message }, 403);
  if (error instanceof NotFoundError) return c.json({ error: 'not_found' }, 404);
  if (error instanceof IdempotencyConflictError) return c.json({ error: 'idempotency_conflict' }, 409);
  if (error instanceof VersionConflictError)
    return c.json(
      { error: 'version_conflict', message: error.message, currentVersion: error.currentVersion ?? null },
      409,
    );
  if (error instanceof NotReviewableError) return c.json({ error: 'not_reviewable', message: error.message }, 409);
  if (error instanceof AwaitingApprovalError)
    return c.json({ error: 'awaiting_second_approval', message: error.message }, 409);
  if (error instanceof NoPendingOverrideError)
    return c.json({ error: 'no_pending_override', message: error.message }, 409);
  if (error instanceof SameApproverError) return c.json({ error: 'forbidden', message: error.message }, 403);
  if (error instanceof StoreUnavailableError) {
    log.error('store unavailable', { path: c.req.path, error });
    c.header('Retry-After', '1');
    return c.json({ error: 'store_unavailable' }, 503);
  }
  if (error instanceof HTTPException) return error.getResponse();
  log.error('unhandled error', { path: c.req.path, error, stack: error.stack });
  return c.json({ error: 'internal_error' }, 500);
}
