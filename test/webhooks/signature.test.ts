import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { sign as serviceSign } from '#functions/receive-order-events/signature.js';
import type { Services } from '#shared/services.js';
import { startTestStore, type TestStore, WEBHOOK_SECRET } from '../support/store.js';
import { event, fixedClock, NOW, newWebhookId, send, signedHeaders } from './support.js';

const OTHER_SECRET = 'whsec_b3RoZXItc2hvcC1zZWNyZXQtZm9yLXNob3AtYi0xMjM0NQ==';
const delivered = () => event({ type: 'order.delivered', orderId: `O-sig-${newWebhookId()}` });

describe('POST /v1/webhooks/order-events: Standard Webhooks signatures', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock: fixedClock() });
    // shop-b gets its own secret, so a shop-b signature can be tried on a shop-a event.
    await services.shopSecrets.putWebhookSecret('shop-b', OTHER_SECRET);
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  it('the service signs exactly like the reference library', () => {
    const body = Buffer.from(JSON.stringify(delivered()));
    const ts = Math.floor(NOW.getTime() / 1000);
    expect(serviceSign(WEBHOOK_SECRET, 'msg_1', ts, body)).toBe(
      new Webhook(WEBHOOK_SECRET).sign('msg_1', NOW, body.toString()),
    );
  });

  it('accepts a valid signature', async () => {
    const res = await send(app, delivered());
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'accepted', type: 'order.delivered' });
  });

  it('accepts a body with non-ASCII text signed over its UTF-8 bytes', async () => {
    const res = await send(app, { ...delivered(), orderId: '订单-签收-1' });
    expect(res.status).toBe(200);
  });

  it('refuses a signature made with a wrong secret', async () => {
    const res = await send(app, delivered(), { secret: 'whsec_d3Jvbmctc2VjcmV0LXdyb25nLXNlY3JldC0wMDAw' });
    expect(res.status).toBe(401);
  });

  it("refuses another shop's secret speaking for this shop", async () => {
    const res = await send(app, delivered(), { secret: OTHER_SECRET });
    expect(res.status).toBe(401);
    const own = await send(app, { ...delivered(), shopId: 'shop-b' }, { secret: OTHER_SECRET });
    expect(own.status).toBe(200);
  });

  it('refuses a shop with no secret (unknown shop) with 401', async () => {
    const res = await send(app, { ...delivered(), shopId: 'shop-unknown' });
    expect(res.status).toBe(401);
  });

  it('refuses a tampered body', async () => {
    const body = JSON.stringify(delivered());
    const headers = signedHeaders(body);
    const tampered = body.replace('O-sig', 'O-SIG');
    const res = await app.request('/v1/webhooks/order-events', { method: 'POST', headers, body: tampered });
    expect(res.status).toBe(401);
  });

  it('refuses a reused signature on another webhook-id', async () => {
    const body = JSON.stringify(delivered());
    const headers = signedHeaders(body);
    const res = await app.request('/v1/webhooks/order-events', {
      method: 'POST',
      headers: { ...headers, 'webhook-id': `${headers['webhook-id']}-x` },
      body,
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['stale by 5 min 1 s', -301, 401],
    ['future by 5 min 1 s', 301, 401],
    ['exactly 5 min old', -300, 200],
    ['exactly 5 min ahead', 300, 200],
  ])('timestamp %s → %i', async (_name, offsetSeconds, status) => {
    const at = new Date(NOW.getTime() + offsetSeconds * 1000);
    const res = await send(app, delivered(), { at });
    expect(res.status).toBe(status);
  });

  it('accepts several signatures when any one of them is valid', async () => {
    const res = await send(app, delivered(), {
      signature: (valid) => `v1,Zm9vYmFyYmF6 v2,${valid.slice(3)} ${valid} v1,bm9wZQ==`,
    });
    expect(res.status).toBe(200);
  });

  it('refuses several signatures when none is valid', async () => {
    const res = await send(app, delivered(), {
      signature: (valid) => `v1,Zm9vYmFyYmF6 v1a,${valid.slice(3)} v2,${valid.slice(3)}`,
    });
    expect(res.status).toBe(401);
  });

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('refuses a request without %s', async (name) => {
    const body = JSON.stringify(delivered());
    const headers = signedHeaders(body);
    delete headers[name];
    const res = await app.request('/v1/webhooks/order-events', { method: 'POST', headers, body });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'unauthorized' });
  });

  it.each([
    ['a timestamp that is not a number', { 'webhook-timestamp': '17x' }],
    ['a signature without a version', { 'webhook-signature': 'Zm9vYmFy' }],
    ['an empty v1 signature', { 'webhook-signature': 'v1,' }],
    ['a webhook-id with spaces', { 'webhook-id': 'msg 1' }],
  ])('refuses %s', async (_name, override) => {
    const body = JSON.stringify(delivered());
    const res = await app.request('/v1/webhooks/order-events', {
      method: 'POST',
      headers: { ...signedHeaders(body), ...override },
      body,
    });
    expect(res.status).toBe(401);
  });

  it('checks the signature before the schema: an invalid body with a bad signature is 401', async () => {
    const res = await send(app, { ...delivered(), type: 'order.exploded' }, { secret: OTHER_SECRET });
    expect(res.status).toBe(401);
  });
});
