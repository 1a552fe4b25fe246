import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import type { CheckRequestInput } from '#schemas/check.js';
import { setLogLevel } from '#shared/log.js';
import { changedFacts } from '#shared/reconciliation/fact-shopping.js';
import type { Services } from '#shared/services.js';
import { checkRequest } from '../support/requests.js';
import { jsonHeaders, SHOP_A, startTestStore, type TestStore } from '../support/store.js';
import { event, NOW, openFlags, send } from '../webhooks/support.js';

setLogLevel('error');

describe('Fact shopping: facts_changed_after_block (contract 1.1)', () => {
  let store: TestStore;
  let services: Services;
  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock: () => new Date(NOW) });
  });
  afterAll(async () => store.close());

  const check = async (body: CheckRequestInput) => {
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(body),
    });
    expect([200, 201]).toContain(res.status);
    return (await res.json()) as { checkId: string; verdict: string };
  };

  it('flags an ALLOW on new facts after an open BLOCK, naming both checks and what changed; the BLOCK stays open', async () => {
    // Prepare: the opened T-shirt bag, day 3 — BLOCK (NRR-MEASURES 8 ¶3: opening to inspect is allowed).
    const orderId = 'O-shop-facts';
    const block = await check(checkRequest({ requestId: 'fs-1', order: { orderId } }));
    expect(block.verdict).toBe('BLOCK');
    // Act: the same order and item, now "made to order" — ALLOW (CRPL 25 ¶1 (1)).
    const allow = await check(
      checkRequest({
        requestId: 'fs-2',
        order: { orderId },
        item: { customMade: true },
        refusal: { reason: 'custom_made' },
      }),
    );
    expect(allow.verdict).toBe('ALLOW');
    // Assess
    const flags = (await openFlags(services)).filter((f) => f.orderId === orderId);
    expect(flags).toMatchObject([
      {
        flag: 'facts_changed_after_block',
        checkId: block.checkId,
        details: {
          blockCheckId: block.checkId,
          allowCheckId: allow.checkId,
          changed: ['item.customMade', 'refusal.reason'],
        },
      },
    ]);
    expect(flags[0]?.message.en).toContain(block.checkId);
    expect(flags[0]?.message.en).toContain(allow.checkId);
    const earlier = await services.checks.get(block.checkId);
    expect(earlier?.review.status).toBe('open');
    // Replaying the ALLOW request raises nothing new.
    await check(
      checkRequest({
        requestId: 'fs-2',
        order: { orderId },
        item: { customMade: true },
        refusal: { reason: 'custom_made' },
      }),
    );
    expect((await openFlags(services)).filter((f) => f.orderId === orderId)).toHaveLength(1);
  });

  it('a later return.refused covered by the shopped ALLOW still leaves the fact-shopping flag in the queue', async () => {
    const orderId = 'O-shop-refused';
    await check(checkRequest({ requestId: 'fr-1', order: { orderId } }));
    await check(
      checkRequest({
        requestId: 'fr-2',
        order: { orderId },
        item: { customMade: true },
        refusal: { reason: 'custom_made' },
      }),
    );
    const res = await send(
      createOrderEventsApp(services),
      event({ type: 'return.refused', orderId, data: { sku: 'TS-1' } }),
    );
    expect(res.status).toBe(200);
    expect((await openFlags(services)).filter((f) => f.orderId === orderId).map((f) => f.flag)).toEqual([
      'facts_changed_after_block',
    ]);
  });

  it('raises nothing for an ALLOW on another item, or after the BLOCK was resolved', async () => {
    const orderId = 'O-shop-other';
    await check(checkRequest({ requestId: 'fo-1', order: { orderId } }));
    await check(
      checkRequest({
        requestId: 'fo-2',
        order: { orderId },
        item: { sku: 'OTHER-SKU', customMade: true },
        refusal: { reason: 'custom_made' },
      }),
    );
    expect((await openFlags(services)).filter((f) => f.orderId === orderId)).toHaveLength(0);
  });

  it('names changed facts by their paths, ignoring the request id', () => {
    const a = checkRequest({ requestId: 'a' }) as never;
    const b = checkRequest({ requestId: 'b', returnRequest: { condition: { soiledOrDamaged: true } } }) as never;
    expect(changedFacts(a, b)).toEqual(['returnRequest.condition.soiledOrDamaged']);
    expect(changedFacts(a, checkRequest({ requestId: 'c' }) as never)).toEqual([]);
  });
});
