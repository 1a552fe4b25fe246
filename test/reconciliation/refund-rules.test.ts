import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { daysOverdue } from '#shared/legal-days.js';
import { setLogLevel } from '#shared/log.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import type { Services } from '#shared/services.js';
import { toReviewItem } from '#store/reviews.js';
import { checkRequest } from '../support/requests.js';
import { jsonHeaders, SHOP_A, startTestStore, type TestStore } from '../support/store.js';
import { event, movableClock, openFlags, send } from '../webhooks/support.js';

setLogLevel('error');

const SKU = 'TS-1';
const received = (orderId: string, occurredAt: string) =>
  event({ type: 'return.received', orderId, occurredAt, data: { sku: SKU } });
const refunded = (orderId: string, occurredAt: string, amountFen: number) =>
  event({ type: 'refund.issued', orderId, occurredAt, data: { sku: SKU, amountFen } });

describe('Refunds (contract 1.1, reconciliation additions)', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;
  const clock = movableClock(new Date('2026-03-03T16:00:00+08:00'));
  const at = (iso: string) => {
    clock.set(iso);
    return { at: new Date(iso) };
  };
  const flagsFor = async (orderId: string) => (await openFlags(services)).filter((f) => f.orderId === orderId);
  const AFTER_DUE = new Date('2026-03-20T00:00:00+08:00');

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock });
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  /** A check that records the item's price: 7,900 fen × `quantity`. */
  async function checkWithPrice(orderId: string, quantity: number) {
    clock.set('2026-03-01T10:00:00+08:00');
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(checkRequest({ requestId: `price-${orderId}`, order: { orderId }, item: { quantity } })),
    });
    expect(res.status).toBe(201);
  }

  it('refuses a refund of 0 fen with 400 at data.amountFen, and the duty stays', async () => {
    const orderId = 'O-zero';
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    const res = await send(app, refunded(orderId, '2026-03-04T10:00:00+08:00', 0), at('2026-03-04T10:00:01+08:00'));
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: 'data.amountFen', message: 'must be greater than 0' }]);
    await runOverdueSweep(services, { now: AFTER_DUE });
    expect(await flagsFor(orderId)).toMatchObject([{ flag: 'refund_overdue' }]);
  });

  it('refuses a refund dated before the recorded receipt with 400 at occurredAt, and the duty stays', async () => {
    const orderId = 'O-backdated';
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    const res = await send(app, refunded(orderId, '2026-03-02T10:00:00+08:00', 7900), at('2026-03-04T10:00:00+08:00'));
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].path).toBe('occurredAt');
    expect((await services.orders.getRefundDue('shop-a', orderId, SKU))?.refundedAt).toBeUndefined();
    await runOverdueSweep(services, { now: AFTER_DUE });
    expect(await flagsFor(orderId)).toHaveLength(1);
  });

  it('out of order: a refund dated before a receipt that arrives later does not count', async () => {
    const orderId = 'O-backdated-first';
    expect(
      (await send(app, refunded(orderId, '2026-03-02T10:00:00+08:00', 7900), at('2026-03-03T09:00:00+08:00'))).status,
    ).toBe(200);
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    expect(await services.orders.getRefundDue('shop-a', orderId, SKU)).toMatchObject({ open: true });
    await runOverdueSweep(services, { now: AFTER_DUE });
    expect(await flagsFor(orderId)).toHaveLength(1);
  });

  it('refunds add up: half the recorded price does not meet the duty, the second half does', async () => {
    const orderId = 'O-partial';
    await checkWithPrice(orderId, 2); // 15,800 fen
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    await send(app, refunded(orderId, '2026-03-04T10:00:00+08:00', 7900), at('2026-03-04T10:00:01+08:00'));
    expect(await services.orders.getRefundDue('shop-a', orderId, SKU)).toMatchObject({
      open: true,
      amountFen: 7900,
      expectedFen: 15_800,
    });
    await send(app, refunded(orderId, '2026-03-05T10:00:00+08:00', 7900), at('2026-03-05T10:00:01+08:00'));
    expect(await services.orders.getRefundDue('shop-a', orderId, SKU)).toMatchObject({
      open: false,
      refundedAt: '2026-03-05T10:00:00+08:00',
      amountFen: 15_800,
    });
    await runOverdueSweep(services, { now: AFTER_DUE });
    expect(await flagsFor(orderId)).toHaveLength(0);
  });

  it('a partial refund left short past the due day is flagged, naming what was paid and what is owed', async () => {
    const orderId = 'O-short';
    await checkWithPrice(orderId, 1); // 7,900 fen
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    await send(app, refunded(orderId, '2026-03-04T10:00:00+08:00', 100), at('2026-03-04T10:00:01+08:00'));
    await runOverdueSweep(services, { now: AFTER_DUE });
    expect(await flagsFor(orderId)).toMatchObject([
      { flag: 'refund_overdue', details: { amountFen: 100, expectedFen: 7900 } },
    ]);
  });

  it('counts a refund once even when its event is applied twice', async () => {
    const orderId = 'O-twice';
    await checkWithPrice(orderId, 2);
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T15:00:01+08:00'));
    const refund = {
      shopId: 'shop-a',
      orderId,
      sku: SKU,
      webhookId: 'msg_twice',
      refundedAt: '2026-03-04T10:00:00+08:00',
      amountFen: 7900,
      now: '2026-03-04T10:00:00+08:00',
    };
    await services.orders.addRefund(refund);
    const again = await services.orders.addRefund(refund);
    expect(again).toMatchObject({ amountFen: 7900, open: true });
  });
});

describe('One legal-day count for the flag and the queue (China Standard Time calendar days)', () => {
  it('the issue 10 case: the flag and the queue row both say 17 days overdue', async () => {
    // Prepare: received 2026-03-03, due 03-10 24:00; judged 03-27 10:00 (16 elapsed 24-hour periods).
    const store = await startTestStore();
    try {
      const now = new Date('2026-03-27T10:00:00+08:00');
      const services = await store.freshTable({ clock: () => now });
      const app = createOrderEventsApp(services);
      await send(app, received('O-17', '2026-03-03T15:00:00+08:00'), { at: now });
      // Act
      await runOverdueSweep(services, { now });
      const [flag] = (await openFlags(services)).filter((f) => f.orderId === 'O-17');
      const entry = await services.reviews.get(flag?.flagId ?? '');
      // Assess
      expect(flag?.details.daysOverdue).toBe(17);
      expect(entry && toReviewItem(entry, now).daysOverdue).toBe(17);
      expect(daysOverdue('2026-03-10T23:59:59.999+08:00', now)).toBe(17);
    } finally {
      await store.close();
    }
  });
});

describe('Concurrent refunds on one item', () => {
  it('eight refunds at once are all accepted and all counted', async () => {
    const store = await startTestStore();
    try {
      const now = new Date('2026-03-04T12:00:00+08:00');
      const services = await store.freshTable({ clock: () => now });
      const app = createOrderEventsApp(services);
      await send(app, received('O-burst', '2026-03-03T15:00:00+08:00'), { at: now });
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          send(app, refunded('O-burst', `2026-03-04T10:00:0${i}+08:00`, 100), { at: now }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
      expect(await services.orders.getRefundDue('shop-a', 'O-burst', SKU)).toMatchObject({ amountFen: 800 });
    } finally {
      await store.close();
    }
  });
});
