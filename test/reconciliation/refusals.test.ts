import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { ENTITY, keys } from '#store/keys.js';
import { startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, newWebhookId, openFlags, send, signedHeaders, storeCheck } from '../webhooks/support.js';

setLogLevel('error');

const refused = (orderId: string, data: Record<string, unknown> = {}) =>
  event({ type: 'return.refused', orderId, occurredAt: '2026-03-10T10:00:00+08:00', data: { sku: 'SKU-1', ...data } });

describe('Reconciliation of refusals (return.refused)', () => {
  let store: TestStore;
  let services: Services;
  let app: ReturnType<typeof createOrderEventsApp>;

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable({ clock: fixedClock() });
    app = createOrderEventsApp(services);
  });
  afterAll(async () => store.close());

  const flagsFor = async (orderId: string) => (await openFlags(services)).filter((f) => f.orderId === orderId);

  it('raises unchecked_refusal for a refusal with no check at all, with the facts and a readable message', async () => {
    const res = await send(app, refused('O-none'));
    expect(await res.json()).toMatchObject({ flags: [{ flag: 'unchecked_refusal', created: true }] });
    const [flag, ...rest] = await flagsFor('O-none');
    expect(rest).toHaveLength(0);
    expect(flag).toMatchObject({
      flag: 'unchecked_refusal',
      shopId: 'shop-a',
      orderId: 'O-none',
      sku: 'SKU-1',
      createdAt: '2026-03-12T12:00:00.000+08:00',
      details: { refusedAt: '2026-03-10T10:00:00+08:00', reason: 'no_allow_check' },
      review: { status: 'open', version: 1, history: [] },
    });
    expect(flag?.flagId).toMatch(/^flg_[0-9a-f]{26}$/);
    expect(flag?.message.en).toContain('no ALLOW check');
    expect(flag?.message.zh).toContain('O-none');
    expect(flag?.checkId).toBeUndefined();
    expect(await services.orders.getState('shop-a', 'O-none')).toMatchObject({
      refusedAt: '2026-03-10T10:00:00+08:00',
    });
  });

  it('stores the flag in the exact shape the review queue reads', async () => {
    await send(app, refused('O-shape'));
    const [flag] = await flagsFor('O-shape');
    const { Item } = await services.db.send(
      new GetCommand({ TableName: services.tableName, Key: keys.flag(flag?.flagId ?? '') }),
    );
    expect(Item).toMatchObject({
      pk: `FLAG#${flag?.flagId}`,
      sk: 'FLAG',
      entity: ENTITY.flag,
      gsi3pk: expect.stringMatching(/^QUEUE#open#\d+$/),
      tsk: `2026-03-12T04:00:00.000Z#${flag?.flagId}`,
      gsi4pk: expect.stringMatching(/^QUEUE#open#SHOP#shop-a#[0-3]$/),
    });
    // Read by its id directly: no id index entry.
    expect(Item?.gsi1pk).toBeUndefined();
    expect(typeof Item?.expiresAt).toBe('number');
  });

  it('raises nothing when an ALLOW check for the order and item stands behind the refusal', async () => {
    await storeCheck(services, { checkId: 'chk-allow-1', orderId: 'O-allow', verdict: 'ALLOW' });
    const res = await send(app, refused('O-allow'));
    expect(await res.json()).toMatchObject({ status: 'accepted', flags: [] });
    expect(await flagsFor('O-allow')).toHaveLength(0);
  });

  it('counts a REVIEW overridden by staff (final verdict ALLOW) as an ALLOW check', async () => {
    await storeCheck(services, { checkId: 'chk-ovr-1', orderId: 'O-ovr', verdict: 'REVIEW', finalVerdict: 'ALLOW' });
    await send(app, refused('O-ovr'));
    expect(await flagsFor('O-ovr')).toHaveLength(0);
  });

  it('does not count an ALLOW check for another item of the order', async () => {
    await storeCheck(services, { checkId: 'chk-other-sku', orderId: 'O-sku', sku: 'SKU-2', verdict: 'ALLOW' });
    await send(app, refused('O-sku'));
    expect((await flagsFor('O-sku')).map((f) => f.flag)).toEqual(['unchecked_refusal']);
  });

  it("does not count another shop's ALLOW check for an order with the same id", async () => {
    await storeCheck(services, { checkId: 'chk-b-allow', shopId: 'shop-b', orderId: 'O-xshop', verdict: 'ALLOW' });
    await send(app, refused('O-xshop'));
    expect((await flagsFor('O-xshop')).map((f) => f.flag)).toEqual(['unchecked_refusal']);
  });

  it('raises refusal_against_block when the refusal went ahead after a BLOCK (no check named)', async () => {
    await storeCheck(services, { checkId: 'chk-block-1', orderId: 'O-block', verdict: 'BLOCK' });
    await send(app, refused('O-block'));
    const flags = await flagsFor('O-block');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      flag: 'refusal_against_block',
      checkId: 'chk-block-1',
      details: { checkId: 'chk-block-1', refusedAt: '2026-03-10T10:00:00+08:00' },
    });
    expect(flags[0]?.message.en).toContain('BLOCK');
  });

  it('raises refusal_against_block when the refusal names a BLOCK check (also a REVIEW upheld as BLOCK)', async () => {
    await storeCheck(services, {
      checkId: 'chk-upheld',
      orderId: 'O-named-block',
      verdict: 'REVIEW',
      finalVerdict: 'BLOCK',
    });
    await send(app, refused('O-named-block', { checkId: 'chk-upheld' }));
    expect(await flagsFor('O-named-block')).toMatchObject([{ flag: 'refusal_against_block', checkId: 'chk-upheld' }]);
  });

  it('raises unchecked_refusal when the named check is still an open REVIEW', async () => {
    await storeCheck(services, { checkId: 'chk-review', orderId: 'O-review', verdict: 'REVIEW' });
    await send(app, refused('O-review', { checkId: 'chk-review' }));
    expect(await flagsFor('O-review')).toMatchObject([
      {
        flag: 'unchecked_refusal',
        checkId: 'chk-review',
        details: { reason: 'named_check_not_allow', verdict: 'REVIEW' },
      },
    ]);
  });

  it("raises unchecked_refusal when the named check is unknown or another shop's, without echoing it as checkId", async () => {
    await storeCheck(services, { checkId: 'chk-b-only', shopId: 'shop-b', orderId: 'O-named-other', verdict: 'ALLOW' });
    await send(app, refused('O-named-other', { checkId: 'chk-b-only' }));
    await send(app, refused('O-named-unknown', { checkId: 'chk-nope' }));
    const [other] = await flagsFor('O-named-other');
    const [unknown] = await flagsFor('O-named-unknown');
    expect(other).toMatchObject({ flag: 'unchecked_refusal', details: { reason: 'named_check_not_found' } });
    expect(other?.checkId).toBeUndefined();
    expect(unknown).toMatchObject({
      flag: 'unchecked_refusal',
      details: { reason: 'named_check_not_found', namedCheckId: 'chk-nope' },
    });
  });

  it('raises nothing when the refusal names an ALLOW check for its order and item', async () => {
    await storeCheck(services, { checkId: 'chk-named-allow', orderId: 'O-named-allow', verdict: 'ALLOW' });
    await send(app, refused('O-named-allow', { checkId: 'chk-named-allow' }));
    expect(await flagsFor('O-named-allow')).toHaveLength(0);
  });

  it('raises unchecked_refusal when the named ALLOW check is about another order', async () => {
    await storeCheck(services, { checkId: 'chk-elsewhere', orderId: 'O-elsewhere', verdict: 'ALLOW' });
    await send(app, refused('O-misnamed', { checkId: 'chk-elsewhere' }));
    expect(await flagsFor('O-misnamed')).toMatchObject([
      { flag: 'unchecked_refusal', details: { reason: 'named_check_other_item' } },
    ]);
  });

  it('pages through many checks of one order to find the ALLOW behind a refusal', async () => {
    for (let i = 0; i < 60; i++)
      await storeCheck(services, {
        checkId: `chk-many-${String(i).padStart(2, '0')}`,
        orderId: 'O-many',
        sku: i === 0 ? 'SKU-1' : `SKU-X${i}`,
        verdict: i === 0 ? 'ALLOW' : 'BLOCK',
        // The ALLOW is the latest, so it sits beyond the first page of the order's checks.
        decidedAt:
          i === 0
            ? '2026-03-09T23:00:00.000+08:00'
            : `2026-03-0${1 + (i % 8)}T10:00:${String(i).padStart(2, '0')}.000+08:00`,
      });
    await send(app, refused('O-many'));
    expect(await flagsFor('O-many')).toHaveLength(0);
  });

  describe('Each flag is raised exactly once', () => {
    it('the same refusal sent twice under different webhook ids raises one flag', async () => {
      await send(app, refused('O-twice'));
      const res = await send(app, refused('O-twice'));
      expect(await res.json()).toMatchObject({
        status: 'accepted',
        flags: [{ flag: 'unchecked_refusal', created: false }],
      });
      expect(await flagsFor('O-twice')).toHaveLength(1);
    });

    it('10 concurrent refusals (distinct ids) against one BLOCK raise one refusal_against_block', async () => {
      await storeCheck(services, { checkId: 'chk-block-conc', orderId: 'O-block-conc', verdict: 'BLOCK' });
      const body = JSON.stringify(refused('O-block-conc'));
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          app.request('/v1/webhooks/order-events', {
            method: 'POST',
            headers: signedHeaders(body, { id: newWebhookId() }),
            body,
          }),
        ),
      );
      expect(responses.every((r) => r.status === 200)).toBe(true);
      const flags = await flagsFor('O-block-conc');
      expect(flags).toHaveLength(1);
      expect(flags[0]?.flag).toBe('refusal_against_block');
    });
  });
});
