import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, newWebhookId, openFlags, send, signedHeaders } from './support.js';

setLogLevel('error');

describe('POST /v1/webhooks/order-events: receiving, dedupe and the order timeline', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock: fixedClock() });
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  describe('Events from the future', () => {
    it('refuses an occurredAt beyond the clock-skew tolerance with 400 at path occurredAt', async () => {
      const future = event({ type: 'order.delivered', orderId: 'O-future', occurredAt: '2030-01-08T10:00:00+08:00' });
      const res = await send(app, future);
      expect(res.status).toBe(400);
      expect((await res.json()).issues).toEqual([{ path: 'occurredAt', message: 'is in the future' }]);
      expect(await services.orders.recordedDeliveredAt('shop-a', 'O-future')).toBeUndefined();
    });
  });

  describe('Replays', () => {
    it('answers a webhook-id seen before with 200 "duplicate" and no second effect', async () => {
      // Prepare
      const id = newWebhookId();
      const refused = event({ type: 'return.refused', orderId: 'O-replay', data: { sku: 'SKU-1' } });
      // Act
      const first = await send(app, refused, { id });
      const again = await send(app, refused, { id });
      // Assess
      expect(first.status).toBe(200);
      expect(await first.json()).toMatchObject({ status: 'accepted', webhookId: id });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ status: 'duplicate', webhookId: id });
      const flags = (await openFlags(services)).filter((f) => f.orderId === 'O-replay');
      expect(flags).toHaveLength(1);
      const { items } = await services.orders.listEvents('shop-a', 'O-replay');
      expect(items).toHaveLength(1);
    });

    it('stores exactly one event and one flag for 20 concurrent deliveries of one id', async () => {
      const id = newWebhookId();
      const body = JSON.stringify(event({ type: 'return.refused', orderId: 'O-concurrent', data: { sku: 'SKU-1' } }));
      const headers = signedHeaders(body, { id });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => app.request('/v1/webhooks/order-events', { method: 'POST', headers, body })),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
      const statuses = await Promise.all(responses.map(async (r) => ((await r.json()) as { status: string }).status));
      expect(statuses.filter((s) => s === 'accepted')).toHaveLength(1);
      expect((await services.orders.listEvents('shop-a', 'O-concurrent')).items).toHaveLength(1);
      expect((await openFlags(services)).filter((f) => f.orderId === 'O-concurrent')).toHaveLength(1);
    });

    it('keeps webhook ids per shop: the same id from another shop is a new event', async () => {
      const id = newWebhookId();
      const a = await send(app, event({ type: 'order.delivered', orderId: 'O-ids' }), { id });
      const b = await send(app, event({ type: 'order.delivered', shopId: 'shop-b', orderId: 'O-ids' }), { id });
      expect(await a.json()).toMatchObject({ status: 'accepted' });
      expect(await b.json()).toMatchObject({ status: 'accepted' });
    });

    it('re-applies the effects of an event whose first delivery stopped half-way (converges)', async () => {
      // Prepare: the event is on the timeline but its effects were never applied (a crash after the put).
      const id = newWebhookId();
      const delivered = event({ type: 'order.delivered', orderId: 'O-crash', occurredAt: '2026-03-04T10:00:00+08:00' });
      await services.orders.recordEvent({
        webhookId: id,
        shopId: 'shop-a',
        orderId: 'O-crash',
        type: 'order.delivered',
        occurredAt: '2026-03-04T10:00:00+08:00',
        data: {},
        receivedAt: '2026-03-12T12:00:00.000+08:00',
        bodyHash: (await import('#shared/canonical.js')).sha256Hex(JSON.stringify(delivered)),
        status: 'received',
      });
      expect(await services.orders.recordedDeliveredAt('shop-a', 'O-crash')).toBeUndefined();
      // Act: the order system redelivers it.
      const res = await send(app, delivered, { id });
      // Assess
      expect(await res.json()).toMatchObject({ status: 'duplicate' });
      expect(await services.orders.recordedDeliveredAt('shop-a', 'O-crash')).toBe('2026-03-04T10:00:00+08:00');
      // No "applied" mark is written (issue 9: it cost a write per event); the effects are idempotent.
      expect((await services.orders.listEvents('shop-a', 'O-crash')).items).toHaveLength(1);
    });
  });

  describe('Delivery time', () => {
    it('records the delivery time of order.delivered for checks', async () => {
      await send(app, event({ type: 'order.delivered', orderId: 'O-del', occurredAt: '2026-03-03T15:00:00+08:00' }));
      expect(await services.orders.recordedDeliveredAt('shop-a', 'O-del')).toBe('2026-03-03T15:00:00+08:00');
    });

    it('keeps the EARLIEST of several deliveries, whatever their order of arrival and offset', async () => {
      const orderId = 'O-del-many';
      await send(app, event({ type: 'order.delivered', orderId, occurredAt: '2026-03-05T09:00:00+08:00' }));
      await send(app, event({ type: 'order.delivered', orderId, occurredAt: '2026-03-03T06:00:00Z' })); // 14:00 CST
      await send(app, event({ type: 'order.delivered', orderId, occurredAt: '2026-03-04T09:00:00+08:00' }));
      expect(await services.orders.recordedDeliveredAt('shop-a', orderId)).toBe('2026-03-03T06:00:00Z');
    });

    it('does not let one shop record deliveries for another shop', async () => {
      await send(app, event({ type: 'order.delivered', shopId: 'shop-b', orderId: 'O-shared' }));
      expect(await services.orders.recordedDeliveredAt('shop-a', 'O-shared')).toBeUndefined();
      expect(await services.orders.recordedDeliveredAt('shop-b', 'O-shared')).toBeDefined();
    });
  });

  describe('The timeline', () => {
    it('keeps every event type, in the order the events happened', async () => {
      const orderId = 'O-timeline';
      const events = [
        event({
          type: 'refund.issued',
          orderId,
          occurredAt: '2026-03-08T10:00:00+08:00',
          data: { sku: 'S', amountFen: 100 },
        }),
        event({ type: 'return.received', orderId, occurredAt: '2026-03-07T10:00:00+08:00', data: { sku: 'S' } }),
        event({ type: 'return.requested', orderId, occurredAt: '2026-03-05T10:00:00+08:00', data: {} }),
        event({ type: 'order.delivered', orderId, occurredAt: '2026-03-03T10:00:00+08:00' }),
      ];
      for (const e of events) expect((await send(app, e)).status).toBe(200);
      const { items } = await services.orders.listEvents('shop-a', orderId);
      expect(items.map((e) => e.type)).toEqual([
        'order.delivered',
        'return.requested',
        'return.received',
        'refund.issued',
      ]);
      const state = await services.orders.getState('shop-a', orderId);
      expect(state).toMatchObject({
        deliveredAt: '2026-03-03T10:00:00+08:00',
        returnRequestedAt: '2026-03-05T10:00:00+08:00',
      });
    });
  });

  describe('Invalid bodies: 400 with issues, never 500', () => {
    it.each([
      ['an unknown type', { type: 'order.exploded' }, 'type'],
      ['a refusal without sku', { type: 'return.refused', data: {} }, 'data.sku'],
      ['a refund without amount', { type: 'refund.issued', data: { sku: 'S' } }, 'data.amountFen'],
      ['a negative amount', { type: 'refund.issued', data: { sku: 'S', amountFen: -1 } }, 'data.amountFen'],
      ['a time without offset', { type: 'order.delivered', occurredAt: '2026-03-03T15:00:00' }, 'occurredAt'],
      ['no orderId', { type: 'order.delivered', orderId: undefined }, 'orderId'],
    ])('refuses %s', async (_name, patch, path) => {
      const res = await send(app, event(patch as Parameters<typeof event>[0]));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: string; issues: { path: string }[] };
      expect(body.error).toBe('invalid_request');
      expect(body.issues.map((i) => i.path)).toContain(path);
    });

    it('refuses malformed JSON and a body without a shopId', async () => {
      const bad = await send(app, '{"type": ');
      expect(bad.status).toBe(400);
      const noShop = await send(app, { type: 'order.delivered', orderId: 'O' });
      expect(noShop.status).toBe(400);
      expect(((await noShop.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe('shopId');
    });

    it('refuses a body over 64 KiB with 400', async () => {
      const res = await send(app, event({ type: 'order.delivered', data: { padding: 'x'.repeat(70_000) } }));
      expect(res.status).toBe(400);
    });

    it('answers any signed JSON body with 200 or 400 (property)', async () => {
      const value = fc.oneof(
        fc.constantFrom('order.delivered', 'return.refused', 'refund.issued', 'x'),
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.dictionary(fc.string(), fc.jsonValue()),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.record(
            {
              type: value,
              shopId: fc.constantFrom('shop-a', 'shop-a', 'shop-a', ''),
              orderId: value,
              occurredAt: fc.oneof(fc.constant('2026-03-03T15:00:00+08:00'), fc.string()),
              data: fc.oneof(fc.constant({ sku: 'S', amountFen: 1 }), fc.dictionary(fc.string(), value)),
            },
            { requiredKeys: ['shopId'] },
          ),
          async (body) => {
            const res = await send(app, body);
            expect([200, 400]).toContain(res.status);
            if (res.status === 400)
              expect(((await res.json()) as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
