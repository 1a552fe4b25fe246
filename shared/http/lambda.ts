import type { Env, Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { MAX_BODY_BYTES } from './body.js';

/** The part of an API Gateway HTTP API (payload 2.0) event this edge looks at before Hono does. */
interface HttpEvent {
  body?: string | null;
  isBase64Encoded?: boolean;
}

/**
 * The size in bytes of an event's body, computed from its text without decoding it (base64: four
 * characters per three bytes, less the padding).
 *
 * @example eventBodyBytes({ body: 'e30=', isBase64Encoded: true }) // 2
 */
export function eventBodyBytes(event: HttpEvent): number {
  const body = event.body;
  if (typeof body !== 'string' || body.length === 0) return 0;
  if (!event.isBase64Encoded) return Buffer.byteLength(body, 'utf8');
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  return Math.floor((body.length * 3) / 4) - padding;
}

/**
 * The Lambda edge of an HTTP function: `hono/aws-lambda`'s `handle(app)`, except that a body over
 * 64 KiB is answered with the contract's 400 before Hono decodes it into a second copy in memory.
 *
 * @example export const handler = lambdaHandler(createCheckApp(servicesFromEnv()))
 */
export function lambdaHandler<E extends Env>(app: Hono<E>) {
  const inner = handle(app);
  return async function lambdaEdge(event: Parameters<typeof inner>[0], context?: Parameters<typeof inner>[1]) {
    if (eventBodyBytes(event as HttpEvent) > MAX_BODY_BYTES)
      return {
        statusCode: 400,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-content-type-options': 'nosniff',
          connection: 'close',
        },
        body: JSON.stringify({
          error: 'invalid_request',
          issues: [{ path: '', message: `body is larger than ${MAX_BODY_BYTES} bytes (64 KiB)` }],
        }),
        isBase64Encoded: false,
      };
    return inner(event, context);
  };
}
