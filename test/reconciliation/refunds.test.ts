import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { setLogLevel } from '#shared/log.js';
import { daysOverdue, refundDueAt } from '#shared/reconciliation/deadlines.js';
import { refundOverdueMessage } from '#shared/reconciliation/messages.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import type { Services } from '#shared/services.js';
import { bearer, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';
import { event, movableClock, openFlags, send } from '../webhooks/support.js';

setLogLevel('error');

const received = (orderId: string, occurredAt = '2026-03-03T15:00:00+08:00', sku = 'SKU-1') =>
  event({ type: 'return.received', orderId, occurredAt, data: { sku } });
const refunded = (orderId: string, occurredAt: string, sku = 'SKU-1') =>
  event({ type: 'refund.issued', orderId, occurredAt, data: { sku, amountFen: 7900 } });

describe('The refund deadline (CRPL 25 ¶3, NRR-MEASURES 13)', () => {
  it('falls due at the end of the seventh day after the day of receipt, China Standard Time', () => {
    expect(refundDueAt('2026-03-03T15:00:00+08:00')).toBe('2026-03-10T23:59:59.999+08:00');
    // 23:30 UTC on 2 March is already 3 March in Beijing.
    expect(refundDueAt('2026-03-02T23:30:00Z')).toBe('2026-03-10T23:59:59.999+08:00');
    // Across a month end.
    expect(refundDueAt('2026-02-26T09:00:00+08:00')).toBe('2026-03-05T23:59:59.999+08:00');
  });

  it('counts days overdue as calendar days after the due day', () => {
    const due = '2026-03-10T23:59:59.999+08:00';
    expect(daysOverdue(due, '2026-03-10T23:59:59+08:00')).toBe(0);
    expect(daysOverdue(due, '2026-03-11T00:00:00+08:00')).toBe(1);
    expect(daysOverdue(due, '2026-03-13T09:00:00+08:00')).toBe(3);
  });
});

describe('The refund_overdue message', () => {
  const input = {
    orderId: 'O-1',
    sku: 'SKU-1',
    receivedAt: '2026-03-03T15:00:00+08:00',
    dueAt: '2026-03-10T23:59:59.999+08:00',
  };

  it('says "1 day" for one day and "days" for more, never "day(s)"', () => {
    expect(refundOverdueMessage({ ...input, daysOverdue: 1 }).en).toContain('now 1 day overdue');
    expect(refundOverdueMessage({ ...input, daysOverdue: 17 }).en).toContain('now 17 days overdue');
    const late = refundOverdueMessage({ ...input, daysOverdue: 2, refundedAt: '2026-03-12T10:00:00+08:00' });
    expect(late.en).toContain('not issued until 2026-03-12T10:00:00+08:00, 2 days late');
    expect(late.zh).toContain('逾期 2 天');
    for (const n of [1, 2, 17]) expect(refundOverdueMessage({ ...input, daysOverdue: n }).en).not.toContain('(s)');
  });
});

describe('Reconciliation of refunds: refund_overdue', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;
  const clock = movableClock(new Date('2026-03-05T12:00:00+08:00'));

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock });
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  const flagsFor = async (orderId: string) => (await openFlags(services)).filter((f) => f.orderId === orderId);
  /** Moves the clock, keeping signed requests fresh (they are signed at the clock's "now"). */
  const at = (iso: string) => {
    clock.set(iso);
    return { at: new Date(iso) };
  };

  it('flags a refund not issued by R+7 24:00, once, citing the law and the days overdue; a late refund keeps it', async () => {
    // Prepare
    const orderId = 'O-late';
    expect((await send(app, received(orderId), at('2026-03-03T16:00:00+08:00'))).status).toBe(200);
    // Act: the last moment of the seventh day — not yet overdue.
    const before = await runOverdueSweep(services, { now: new Date('2026-03-10T23:59:59.999+08:00') });
    // Assess
    expect(await flagsFor(orderId)).toHaveLength(0);
    expect(before.flagged).toBe(0);

    // Act: the first moment of the eighth day, and two days later again.
    clock.set('2026-03-11T00:00:00.000+08:00');
    const first = await runOverdueSweep(services);
    clock.set('2026-03-13T00:00:00.000+08:00');
    const second = await runOverdueSweep(services);
    // Assess
    expect(first).toMatchObject({ scanned: 1, flagged: 1 });
    expect(second).toMatchObject({ scanned: 0, flagged: 0 });
    const [flag, ...rest] = await flagsFor(orderId);
    expect(rest).toHaveLength(0);
    expect(flag).toMatchObject({
      flag: 'refund_overdue',
      sku: 'SKU-1',
      createdAt: '2026-03-11T00:00:00.000+08:00',
      details: {
        receivedAt: '2026-03-03T15:00:00+08:00',
        dueAt: '2026-03-10T23:59:59.999+08:00',
        daysOverdue: 1,
      },
    });
    expect(flag?.message.en).toMatch(/CRPL 25 ¶3.*NRR-MEASURES 13/);
    expect(flag?.message.en).toContain('now 1 day overdue');
    expect(flag?.message.zh).toContain('第二十五条第三款');
    expect(flag?.message.zh).toContain('逾期 1 天');

    // Act: the refund finally arrives.
    const res = await send(app, refunded(orderId, '2026-03-13T10:00:00+08:00'), at('2026-03-13T10:00:05+08:00'));
    // Assess: settled, and still exactly one flag.
    expect(await res.json()).toMatchObject({ flags: [{ flag: 'refund_overdue', created: false }] });
    expect(await services.orders.getRefundDue('shop-a', orderId, 'SKU-1')).toMatchObject({
      refundedAt: '2026-03-13T10:00:00+08:00',
      open: false,
    });
    expect(await flagsFor(orderId)).toHaveLength(1);
  });

  it('raises nothing when the refund came in time', async () => {
    const orderId = 'O-on-time';
    await send(app, received(orderId), at('2026-03-03T16:00:00+08:00'));
    await send(app, refunded(orderId, '2026-03-10T23:00:00+08:00'), at('2026-03-10T23:00:01+08:00'));
    await runOverdueSweep(services, { now: new Date('2026-04-01T00:00:00+08:00') });
    expect(await flagsFor(orderId)).toHaveLength(0);
  });

  it('out of order: a refund that arrives before the receipt event settles it, no overdue flag', async () => {
    const orderId = 'O-refund-first';
    await send(app, refunded(orderId, '2026-03-05T09:00:00+08:00'), at('2026-03-05T09:00:01+08:00'));
    await send(app, received(orderId, '2026-03-04T15:00:00+08:00'), at('2026-03-05T09:00:02+08:00'));
    const summary = await runOverdueSweep(services, { now: new Date('2026-04-01T00:00:00+08:00') });
    expect(await flagsFor(orderId)).toHaveLength(0);
    expect(await services.orders.getRefundDue('shop-a', orderId, 'SKU-1')).toMatchObject({
      receivedAt: '2026-03-04T15:00:00+08:00',
      dueAt: '2026-03-11T23:59:59.999+08:00',
      refundedAt: '2026-03-05T09:00:00+08:00',
      amountFen: 7900,
      open: false,
    });
    expect(summary.flagged).toBe(0);
  });

  it('out of order and late: a late refund that arrives before the receipt event is flagged once', async () => {
    const orderId = 'O-refund-first-late';
    await send(app, refunded(orderId, '2026-03-20T09:00:00+08:00'), at('2026-03-20T09:00:01+08:00'));
    const res = await send(app, received(orderId, '2026-03-04T15:00:00+08:00'), at('2026-03-20T09:00:02+08:00'));
    expect(await res.json()).toMatchObject({ flags: [{ flag: 'refund_overdue', created: true }] });
    expect(await flagsFor(orderId)).toMatchObject([
      { flag: 'refund_overdue', details: { daysOverdue: 9, refundedAt: '2026-03-20T09:00:00+08:00' } },
    ]);
  });

  it('flags a refund issued late even when no sweep ran before it', async () => {
    const orderId = 'O-late-no-sweep';
    await send(app, received(orderId, '2026-03-01T10:00:00+08:00'), at('2026-03-01T10:00:01+08:00'));
    const res = await send(app, refunded(orderId, '2026-03-10T10:00:00+08:00'), at('2026-03-10T10:00:01+08:00'));
    expect(await res.json()).toMatchObject({ flags: [{ flag: 'refund_overdue', created: true }] });
    expect(await flagsFor(orderId)).toMatchObject([
      { details: { dueAt: '2026-03-08T23:59:59.999+08:00', daysOverdue: 2 } },
    ]);
    // The settled obligation is no longer swept.
    await runOverdueSweep(services, { now: new Date('2026-04-01T00:00:00+08:00') });
    expect(await flagsFor(orderId)).toHaveLength(1);
  });

  it('keeps the earliest receipt: a re-sent later receipt does not move the due date', async () => {
    const orderId = 'O-two-receipts';
    await send(app, received(orderId, '2026-03-03T15:00:00+08:00'), at('2026-03-03T16:00:00+08:00'));
    await send(app, received(orderId, '2026-03-06T15:00:00+08:00'), at('2026-03-06T16:00:00+08:00'));
    expect(await services.orders.getRefundDue('shop-a', orderId, 'SKU-1')).toMatchObject({
      dueAt: '2026-03-10T23:59:59.999+08:00',
      open: true,
    });
    await send(app, refunded(orderId, '2026-03-07T10:00:00+08:00'), at('2026-03-07T10:00:01+08:00'));
  });

  it('concurrent receipt and refund events converge to a settled obligation', async () => {
    for (let i = 0; i < 10; i++) {
      const orderId = `O-race-${i}`;
      const when = at('2026-03-07T10:00:01+08:00');
      await Promise.all([
        send(app, received(orderId, '2026-03-06T15:00:00+08:00'), when),
        send(app, refunded(orderId, '2026-03-07T10:00:00+08:00'), when),
      ]);
      expect(await services.orders.getRefundDue('shop-a', orderId, 'SKU-1')).toMatchObject({ open: false });
    }
  });
});

describe('The overdue sweep over many orders', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;
  const clock = movableClock(new Date('2026-03-03T16:00:00+08:00'));

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock });
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  it('pages through 120 overdue orders 25 at a time, flags each once, and a second run finds none', async () => {
    // Prepare: 120 receipts (a few refunded in time), on two shops.
    const when = { at: new Date('2026-03-03T16:00:00+08:00') };
    for (let i = 0; i < 120; i++) {
      const shopId = i % 2 ? 'shop-a' : 'shop-b';
      await send(app, { ...received(`O-bulk-${i}`), shopId }, when);
    }
    // Order systems report events after they happen: the refunds arrive on 5 March.
    clock.set('2026-03-05T11:00:00+08:00');
    when.at = new Date('2026-03-05T11:00:00+08:00');
    for (const i of [0, 1, 2])
      await send(
        app,
        { ...refunded(`O-bulk-${i}`, '2026-03-05T10:00:00+08:00'), shopId: i % 2 ? 'shop-a' : 'shop-b' },
        when,
      );

    // Act: two sweeps at once, then one more.
    clock.set('2026-03-12T08:00:00+08:00');
    const [a, b] = await Promise.all([
      runOverdueSweep(services, { pageSize: 25 }),
      runOverdueSweep(services, { pageSize: 25 }),
    ]);
    const again = await runOverdueSweep(services, { pageSize: 25 });

    // Assess
    expect(a.flagged + b.flagged).toBe(117);
    expect(Math.max(a.pages, b.pages)).toBeGreaterThanOrEqual(5);
    expect(again).toMatchObject({ scanned: 0, flagged: 0 });
    const flags = [...(await openFlags(services, 'shop-a')), ...(await openFlags(services, 'shop-b'))];
    expect(flags).toHaveLength(117);
    expect(new Set(flags.map((f) => `${f.shopId}/${f.orderId}`)).size).toBe(117);
    expect(flags.every((f) => f.flag === 'refund_overdue' && f.details.daysOverdue === 2)).toBe(true);
  });

  it('POST /v1/reconciliation/run runs the sweep for staff keys only', async () => {
    await send(app, received('O-run', '2026-03-01T10:00:00+08:00'), { at: clock() });
    const anonymous = await app.request('/v1/reconciliation/run', { method: 'POST' });
    const shop = await app.request('/v1/reconciliation/run', { method: 'POST', headers: bearer(SHOP_A.key) });
    const staff = await app.request('/v1/reconciliation/run', { method: 'POST', headers: bearer(STAFF.key) });
    expect(anonymous.status).toBe(401);
    expect(shop.status).toBe(403);
    expect(staff.status).toBe(200);
    expect(await staff.json()).toMatchObject({ scanned: 1, flagged: 1, alreadyFlagged: 0 });
    expect((await openFlags(services)).filter((f) => f.orderId === 'O-run')).toHaveLength(1);
  });
});
