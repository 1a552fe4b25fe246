import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalApp } from '#shared/local/compose.js';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { storeCheck } from '../reviews/support.js';
import { bearer, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';

setLogLevel('error');

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

let store: TestStore;
let services: Services;
beforeAll(async () => {
  store = await startTestStore();
  services = await store.freshTable();
  for (let i = 0; i < 3; i++)
    await storeCheck(services, {
      shopId: 'shop-a',
      verdict: 'BLOCK',
      orderId: 'O-1001',
      decidedAt: `2026-03-1${i}T10:00:00+08:00`,
    });
});
afterAll(async () => store.close());

/** Forged, foreign and malformed cursors for a listing whose index is `gsi`, partition `partition`. */
function forgeries(gsi: 2 | 3, partition: string, sortKey: string): [string, string][] {
  const pk = `gsi${gsi}pk`;
  const sk = `gsi${gsi}sk`;
  return [
    ['only the index partition key (the issue 10 reproduction)', b64({ [pk]: partition })],
    ['the index keys without the table keys', b64({ [pk]: partition, [sk]: sortKey })],
    ['an extra attribute', b64({ pk: 'P', sk: 'S', [pk]: partition, [sk]: sortKey, extra: 'x' })],
    ['a number for a key', b64({ pk: 'P', sk: 1, [pk]: partition, [sk]: sortKey })],
    ['an empty key value', b64({ pk: '', sk: 'S', [pk]: partition, [sk]: sortKey })],
    ['a huge key value', b64({ pk: 'P'.repeat(1500), sk: 'S', [pk]: partition, [sk]: sortKey })],
    ['another partition (foreign)', b64({ pk: 'P', sk: 'S', [pk]: `${partition}X`, [sk]: sortKey })],
    ['another index', b64({ pk: 'P', sk: 'S', gsi5pk: 'REFUND_DUE', gsi5sk: 'x' })],
    ['an array', b64([partition])],
    ['null', b64(null)],
    ['not base64 JSON', '!!!not-a-cursor'],
    ['base64 of garbage', Buffer.from('{"pk":').toString('base64url')],
  ];
}

describe('A malformed, forged or foreign cursor is 400 invalid_request on every list route', () => {
  const listings: {
    name: string;
    path: (cursor: string) => string;
    key: string;
    gsi: 2 | 3;
    partition: string;
    sk: string;
  }[] = [
    {
      name: 'GET /v1/checks',
      path: (cursor) => `/v1/checks?orderId=O-1001&cursor=${encodeURIComponent(cursor)}`,
      key: SHOP_A.key,
      gsi: 2,
      partition: 'ORDER#shop-a#O-1001',
      sk: 'CHECK#2026-03-10T02:00:00.000Z#x',
    },
    {
      name: 'GET /v1/reviews',
      path: (cursor) => `/v1/reviews?cursor=${encodeURIComponent(cursor)}`,
      key: STAFF.key,
      gsi: 3,
      partition: 'REVIEW#open',
      sk: '2026-03-10T02:00:00.000Z#x',
    },
  ];
  for (const listing of listings)
    for (const [name, cursor] of forgeries(listing.gsi, listing.partition, listing.sk))
      it(`${listing.name}: ${name}`, async () => {
        const res = await createLocalApp(services).request(listing.path(cursor), { headers: bearer(listing.key) });
        expect(res.status).toBe(400);
        const body = await res.json();
        expect(body.error).toBe('invalid_request');
        expect(body.issues[0].path).toBe('cursor');
      });

  it('GET /v1/replays/{id}: forged cursors are 400 too', async () => {
    const app = createLocalApp(services);
    const started = await app.request('/v1/replays', {
      method: 'POST',
      headers: { ...bearer(STAFF.key), 'content-type': 'application/json' },
      body: JSON.stringify({ rulesetVersion: 'cn-2024-07-01', from: '2026-03-01', to: '2026-03-31' }),
    });
    const { replayId } = (await started.json()) as { replayId: string };
    for (const cursor of [
      b64({ pk: `REPLAY#${replayId}` }),
      b64({ pk: `REPLAY#${replayId}`, sk: 'REPLAY', x: 'y' }),
      b64({ pk: 'REPLAY#other', sk: 'ITEM#x' }),
      b64({ pk: `REPLAY#${replayId}`, sk: 'REPLAY' }),
      '%%%',
    ]) {
      const res = await app.request(`/v1/replays/${replayId}?cursor=${encodeURIComponent(cursor)}`, {
        headers: bearer(STAFF.key),
      });
      expect(res.status).toBe(400);
    }
  });

  it('GET /v1/checks: a well-shaped cursor with an event sort key (outside the query) is 400', async () => {
    const cursor = b64({ pk: 'P', sk: 'S', gsi2pk: 'ORDER#shop-a#O-1001', gsi2sk: 'EVENT#2026' });
    const res = await createLocalApp(services).request(`/v1/checks?orderId=O-1001&cursor=${cursor}`, {
      headers: bearer(SHOP_A.key),
    });
    expect(res.status).toBe(400);
  });

  it('the cursors the service issues still page through every item', async () => {
    const app = createLocalApp(services);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await app.request(`/v1/checks?orderId=O-1001&limit=1${cursor ? `&cursor=${cursor}` : ''}`, {
        headers: bearer(SHOP_A.key),
      });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { checkId: string }[]; cursor: string | null };
      seen.push(...page.items.map((i) => i.checkId));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(3);
  });

  it('the console queue (which pages by period, not cursor) never answers a forged cursor with a 5xx', async () => {
    const { signInStaff } = await import('../console/support-session.js');
    const { app, cookie } = await signInStaff(services);
    const res = await app.request(`/console?cursor=${b64({ gsi3pk: 'REVIEW#open' })}`, { headers: { cookie } });
    expect(res.status).toBeLessThan(500);
  });
});
