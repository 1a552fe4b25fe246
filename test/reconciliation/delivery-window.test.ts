import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { checkRequest } from '../support/requests.js';
import { jsonHeaders, SHOP_A, startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, send } from '../webhooks/support.js';

setLogLevel('error');

/**
 * RULES.md "Time": a delivery time recorded from the order system's webhook wins over the one in the
 * request. The order was placed on 1 April; the shop says it delivered on 6 April (so a 12 April
 * request is inside the window, which ends 13 April, and a `return_window_expired` refusal is BLOCK);
 * the order system recorded 2 April (the window ended 9 April, so the same refusal is lawful: ALLOW).
 */
const AFTER = new Date('2026-04-13T12:00:00+08:00');

describe('A check on an order with a recorded delivery time', () => {
  let store: TestStore;
  let services: Services;
  let checkApp: { request: (path: string, init: RequestInit) => Response | Promise<Response> };
  let eventsApp: { request: (path: string, init: RequestInit) => Response | Promise<Response> };

  beforeAll(async () => {
    store = await startTestStore();
    // "Now" is after the events and the return request below (events never report the future).
    services = await store.freshTable({ clock: fixedClock(AFTER) });
    // Imported lazily: the check function needs the rules engine.
    const { createCheckApp } = await import('#functions/check-refusals/app.js');
    const { createOrderEventsApp } = await import('#functions/receive-order-events/app.js');
    checkApp = createCheckApp(services);
    eventsApp = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  const check = (orderId: string, requestId: string) =>
    checkApp.request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(
        checkRequest({
          requestId,
          order: { orderId, deliveredAt: '2026-04-06T10:00:00+08:00' },
          returnRequest: { requestedAt: '2026-04-12T11:00:00+08:00' },
          refusal: { reason: 'return_window_expired', evidence: [] },
        }),
      ),
    });

  it('without a recorded delivery, the window follows the shop\u2019s deliveredAt (BLOCK)', async () => {
    const res = await check('O-window-none', 'R-window-none');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { verdict: string; deadlines: { returnWindowEndsAt?: string } };
    expect(body.verdict).toBe('BLOCK');
    expect(body.deadlines.returnWindowEndsAt).toBe('2026-04-13T23:59:59.999+08:00');
  });

  it('with a recorded delivery, the window follows the recorded time, and a finding says they differ', async () => {
    // Prepare
    const delivered = event({ type: 'order.delivered', orderId: 'O-window', occurredAt: '2026-04-02T18:20:00+08:00' });
    expect((await send(eventsApp, delivered, { at: AFTER })).status).toBe(200);
    // Act
    const res = await check('O-window', 'R-window');
    // Assess
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      verdict: string;
      deadlines: { returnWindowEndsAt?: string };
      findings: { ruleId: string; message: { zh: string; en: string } }[];
    };
    expect(body.deadlines.returnWindowEndsAt).toBe('2026-04-09T23:59:59.999+08:00');
    expect(body.verdict).toBe('ALLOW');
    const mentions = body.findings.filter(
      (f) =>
        /2 April 2026/.test(f.message.en) &&
        /2026年4月2日/.test(f.message.zh) &&
        /recorded|order system/i.test(f.message.en),
    );
    expect(mentions.length).toBeGreaterThan(0);
  });
});
