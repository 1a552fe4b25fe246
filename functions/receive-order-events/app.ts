import { createBaseApp } from '#http/app.js';
import { type AuthEnv, bearerAuth } from '#http/auth.js';
import { assertJsonContentType, parseJsonBytes, parseWith, readBodyBytes } from '#http/body.js';
import { errorResponse, ValidationError } from '#http/errors.js';
import { OrderEventSchema, OrderEventShopSchema } from '#schemas/order-event.js';
import { sha256Hex } from '#shared/canonical.js';
import { log } from '#shared/log.js';
import { receiveOrderEvent } from '#shared/reconciliation/order-events.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import type { Services } from '#shared/services.js';
import {
  assertFreshTimestamp,
  readWebhookHeaders,
  UNKNOWN_SHOP_SECRET,
  verifySignature,
  WEBHOOK_TOLERANCE_SECONDS,
  WebhookSignatureError,
} from './signature.js';

/** The body of every 401 from the webhook route, whatever the reason (the reason is only logged). */
export const WEBHOOK_UNAUTHORIZED = { error: 'unauthorized', message: 'webhook signature not verified' } as const;

/**
 * The order-events function: POST /v1/webhooks/order-events (Standard Webhooks, per-shop secrets)
 * and POST /v1/reconciliation/run (staff: the overdue-refund sweep, now).
 *
 * The webhook is checked in this order, cheapest and least revealing first: signature headers present
 * and well-formed (401), timestamp within 5 minutes of the service clock (401), a JSON content type (415), body within 64 KiB
 * while it is read (400), a JSON body naming a `shopId` (400), that shop's secret exists and one `v1` signature
 * matches the raw body (401; every 401 has the same body, and an unknown shop costs the same
 * HMAC as a known one), and only then the full schema (400 with issues). A shop's secret
 * therefore only ever speaks for that shop.
 *
 * @example const res = await createOrderEventsApp(services).request('/v1/webhooks/order-events', { method: 'POST', headers, body })
 */
export function createOrderEventsApp(services: Services) {
  const app = createBaseApp<AuthEnv>();
  app.onError(function orderEventsError(error, c) {
    if (error instanceof WebhookSignatureError) {
      log.warn('webhook refused', { reason: error.message, webhookId: c.req.header('webhook-id') ?? null });
      // One body for every reason (contract 1.1): an unknown shop and a wrong signature look alike.
      return c.json(WEBHOOK_UNAUTHORIZED, 401);
    }
    return errorResponse(error, c);
  });

  app.post('/v1/webhooks/order-events', async (c) => {
    const headers = readWebhookHeaders((name) => c.req.header(name));
    assertFreshTimestamp(headers.timestamp, services.clock());
    assertJsonContentType(c);
    const body = await readBodyBytes(c);
    const json = parseJsonBytes(body);
    const { shopId } = parseWith(OrderEventShopSchema, json);
    const secret = await services.shopSecrets.getWebhookSecret(shopId);
    // An unknown shop costs the same HMAC as a known one, then fails like a wrong signature.
    if (!secret) {
      // Same work as a known shop's delivery, and the same 401.
      try {
        verifySignature(UNKNOWN_SHOP_SECRET, headers, body);
      } catch {
        // expected: nobody holds this secret
      }
      throw new WebhookSignatureError('no signing secret for this shop');
    }
    verifySignature(secret, headers, body);
    const event = parseWith(OrderEventSchema, json);
    // An event cannot report the future: a delivery time from 2030 would silently move a consumer's
    // return window. A few minutes of clock skew are tolerated, as for the signature's timestamp.
    if (Date.parse(event.occurredAt) > services.clock().getTime() + WEBHOOK_TOLERANCE_SECONDS * 1000)
      throw new ValidationError([{ path: 'occurredAt', message: 'is in the future' }]);
    const result = await receiveOrderEvent(services, {
      webhookId: headers.id,
      bodyHash: sha256Hex(new TextDecoder().decode(body)),
      event,
    });
    log.info('order event', {
      shopId,
      orderId: event.orderId,
      type: event.type,
      webhookId: headers.id,
      status: result.status,
      flags: result.flags.filter((f) => f.created).map((f) => f.flag),
    });
    return c.json(result, 200);
  });

  app.use('/v1/reconciliation/run', bearerAuth(services.principals, ['staff']));
  app.post('/v1/reconciliation/run', async (c) => c.json(await runOverdueSweep(services), 200));

  return app;
}
