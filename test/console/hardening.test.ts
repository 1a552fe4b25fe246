import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { clientAddress } from '#functions/review-decisions/console/session.js';
import { csvCell } from '#functions/review-decisions/console/summary.js';
import { ResolutionRequestSchema } from '#schemas/review.js';
import { setLogLevel } from '#shared/log.js';
import { storeCheck } from '../reviews/support.js';
import { jsonHeaders, STAFF, startTestStore, type TestStore } from '../support/store.js';
import { movableClock } from '../webhooks/support.js';
import { Browser, signInStaff } from './support-session.js';

setLogLevel('error');

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(async () => store.close());

describe('Signing out ends the session on the server (contract 1.1)', () => {
  it('a cookie replayed after sign-out no longer opens any console page', async () => {
    // Prepare
    const services = await store.freshTable();
    const { browser } = await signInStaff(services);
    const copied = browser.cookie;
    const queue = await browser.request('/console');
    expect(queue.status).toBe(200);
    const csrf = /name="csrf" value="([^"]+)"/.exec(await queue.text())?.[1] ?? '';
    // Act
    const out = await browser.post('/console/sign-out', { csrf });
    expect(out.status).toBe(303);
    // Assess: the copied cookie is dead, on a fresh app instance too (another Lambda)
    for (const app of [browser.app, createReviewApp(services)]) {
      const replay = await app.request('/console', { headers: { cookie: copied } });
      expect(replay.status).toBe(303);
      expect(replay.headers.get('location')).toBe('/console/sign-in');
    }
  });

  it('signing in again gives a new session that works', async () => {
    const services = await store.freshTable();
    const first = await signInStaff(services);
    const second = await signInStaff(services);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await second.browser.request('/console')).status).toBe(200);
  });
});

describe('Sign-in attempts are throttled (contract 1.1): 10 failures in 15 minutes, then 429', () => {
  it('answers the 11th attempt with 429 even with the right key, until the window passes', async () => {
    // Prepare
    const clock = movableClock(new Date('2026-04-06T02:00:00.000Z'));
    const services = await store.freshTable({ clock });
    const browser = new Browser(createReviewApp(services));
    // Act: ten wrong keys
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await browser.signIn(`wrong-key-${i}-xxxxxxxx`)).status);
    const blocked = await browser.signIn(STAFF.key);
    // Assess
    expect(statuses).toEqual(Array(10).fill(401));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.text()).toContain('Too many failed sign-ins');
    clock.set(new Date('2026-04-06T02:14:00.000Z'));
    expect((await browser.signIn(STAFF.key)).status).toBe(429);
    clock.set(new Date('2026-04-06T02:15:01.000Z'));
    expect((await browser.signIn(STAFF.key)).status).toBe(303);
  });

  it('counts per client: another address is not throttled', async () => {
    const services = await store.freshTable();
    const app = createReviewApp(services);
    const from = (ip: string) => ({ incoming: { socket: { remoteAddress: ip } } });
    const attempt = async (ip: string, key: string) => {
      const page = await (await app.request('/console/sign-in', {}, from(ip))).text();
      const token = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
      return app.request(
        '/console/sign-in',
        {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            origin: 'http://localhost',
            cookie: `rg_signin=${token}`,
          },
          body: new URLSearchParams({ csrf: token, key }).toString(),
        },
        from(ip),
      );
    };
    for (let i = 0; i < 10; i++) await attempt('10.0.0.1', `wrong-key-${i}-xxxxxxxx`);
    expect((await attempt('10.0.0.1', STAFF.key)).status).toBe(429);
    expect((await attempt('10.0.0.2', STAFF.key)).status).toBe(303);
  });

  it('reads the client address from API Gateway or the socket, never from forwarded headers', () => {
    const c = (env: unknown) => ({ env }) as never;
    expect(clientAddress(c({ event: { requestContext: { http: { sourceIp: '203.0.113.9' } } } }))).toBe('203.0.113.9');
    expect(clientAddress(c({ incoming: { socket: { remoteAddress: '127.0.0.1' } } }))).toBe('127.0.0.1');
    expect(clientAddress(c(undefined))).toBe('unknown');
  });
});

describe('A justification needs 10 visible characters (contract 1.1)', () => {
  const invisible = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u3000', '\u3164', ' '];
  for (const ch of invisible)
    it(`refuses ten U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`, () => {
      expect(
        ResolutionRequestSchema.safeParse({ action: 'uphold', justification: ch.repeat(10), expectedVersion: 1 })
          .success,
      ).toBe(false);
    });

  it('refuses nine visible characters padded with zero-width spaces, accepts ten', () => {
    const parse = (justification: string) =>
      ResolutionRequestSchema.safeParse({ action: 'uphold', justification, expectedVersion: 1 }).success;
    expect(parse(`\u200b${'a'.repeat(9)}\u200b\u200b`)).toBe(false);
    expect(parse('证据不足以支持拒绝退货申请')).toBe(true);
    expect(parse('a b c d e f g h i j')).toBe(true);
  });

  it('POST /v1/reviews/{id}/resolution answers ten zero-width spaces with 400 at justification', async () => {
    const services = await store.freshTable();
    const check = await storeCheck(services, {
      shopId: 'shop-a',
      verdict: 'BLOCK',
      decidedAt: '2026-03-10T10:00:00+08:00',
    });
    const res = await createReviewApp(services).request(`/v1/reviews/${check.checkId}/resolution`, {
      method: 'POST',
      headers: jsonHeaders(STAFF.key),
      body: JSON.stringify({ action: 'override', justification: '\u200b'.repeat(10), expectedVersion: 1 }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toEqual(['justification']);
  });
});

describe('The CSV formula guard', () => {
  it('neutralises a formula behind leading whitespace', () => {
    expect(csvCell(' =1+1')).toBe("' =1+1");
    expect(csvCell('\u3000+cmd')).toBe("'\u3000+cmd");
    expect(csvCell('  @SUM(A1)')).toBe("'  @SUM(A1)");
    expect(csvCell('\uff1d1+1')).toBe("'\uff1d1+1");
    expect(csvCell('plain text = fine')).toBe('plain text = fine');
  });
});

describe('Console forms that are not forms', () => {
  for (const type of ['multipart/form-data', 'text/plain', 'application/json'])
    it(`a resolution posted as ${type} (no usable form) is a 400 page, not a 500`, async () => {
      const services = await store.freshTable();
      const { browser } = await signInStaff(services);
      const res = await browser.request('/console/items/X/resolution', {
        method: 'POST',
        headers: { 'content-type': type, origin: 'http://localhost' },
        body: '{}',
      });
      expect(res.status).toBe(400);
    });
});

describe('The summary period', () => {
  it('a malformed ?to= is a 400 page, not a 500 (day arithmetic goes through the legal-day module)', async () => {
    const services = await store.freshTable();
    const { browser } = await signInStaff(services);
    for (const to of ['garbage', '2026-02-30', '2026-13-01']) {
      const res = await browser.request(`/console/summary?to=${to}`);
      expect(res.status).toBe(400);
    }
  });
});
