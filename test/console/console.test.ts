import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { CSV_COLUMNS, csvCell, parsePeriod } from '#functions/review-decisions/console/summary.js';
import type { Services } from '#shared/services.js';
import { storeCheck, storeFlag } from '../reviews/support.js';
import { bearer, SHOP_A, SHOP_B, STAFF, startTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-04-06T02:00:00.000Z');
const clock = () => NOW;
type App = ReturnType<typeof createReviewApp>;

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore({ clock });
});
afterAll(async () => {
  await store?.close();
});

/** A tiny cookie jar over `app.request`, as a browser on http://localhost would keep it. */
class Browser {
  cookies = new Map<string, string>();
  constructor(private readonly app: App) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (!pair || at < 0) continue;
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost', ...headers },
      body: new URLSearchParams(form).toString(),
    });
  }

  async signIn(key: string): Promise<Response> {
    const page = await (await this.request('/console/sign-in')).text();
    return this.post('/console/sign-in', { csrf: hiddenCsrf(page), key });
  }
}

function hiddenCsrf(html: string): string {
  const match = /name="csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF field on the page');
  return match[1];
}

async function fresh(): Promise<{ services: Services; app: App; browser: Browser }> {
  const services = await store.freshTable({ clock });
  const app = createReviewApp(services);
  return { services, app, browser: new Browser(app) };
}

const CONSOLE_GETS = ['/console', '/console/items/X', '/console/summary', '/console/summary.csv'];

describe('Console sessions', () => {
  it('sends a missing, forged or shop-key session to the sign-in page on every console page', async () => {
    const { app } = await fresh();
    for (const path of CONSOLE_GETS) {
      const res = await app.request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/console/sign-in');
      const forged = await app.request(path, { headers: { cookie: 'rg_session=eyJ4IjoxfQ.AAAA' } });
      expect(forged.status, path).toBe(303);
      const shopBearer = await app.request(path, { headers: bearer(SHOP_A.key) });
      expect(shopBearer.status, path).toBe(303);
    }
    for (const path of ['/console/items/X/resolution', '/console/sign-out']) {
      const res = await app.request(path, { method: 'POST', headers: bearer(SHOP_A.key) });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location')).toBe('/console/sign-in');
    }
  });

  it('refuses a shop key at sign-in with 403 and an unknown key with 401, and sets no session', async () => {
    const { browser } = await fresh();
    const shop = await browser.signIn(SHOP_B.key);
    expect(shop.status).toBe(403);
    expect(await shop.text()).toContain('shop key');
    expect(browser.cookies.has('rg_session')).toBe(false);
    const unknown = await browser.signIn('rg_nobody_knows_this_key');
    expect(unknown.status).toBe(401);
    expect(browser.cookies.has('rg_session')).toBe(false);
  });

  it('signs staff in with a signed HttpOnly SameSite=Strict cookie that does not contain the key, and out again', async () => {
    const { browser } = await fresh();
    const res = await browser.signIn(STAFF.key);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/console');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('rg_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/console/);
    expect(cookie).not.toMatch(/Secure/); // plain http://localhost
    const value = browser.cookies.get('rg_session') ?? '';
    expect(Buffer.from(value.split('.')[0] ?? '', 'base64url').toString()).not.toContain(STAFF.key);
    const queue = await browser.request('/console');
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain(STAFF.name);

    // a tampered signature is no session
    const [payload, signature] = value.split('.');
    browser.cookies.set('rg_session', `${payload}.${signature?.slice(0, -2)}AA`);
    expect((await browser.request('/console')).status).toBe(303);
    browser.cookies.set('rg_session', value);

    const page = await (await browser.request('/console')).text();
    const out = await browser.post('/console/sign-out', { csrf: hiddenCsrf(page) });
    expect(out.status).toBe(303);
    expect((await browser.request('/console')).status).toBe(303);
  });

  it('marks the cookie Secure outside localhost', async () => {
    const { app } = await fresh();
    const signIn = await app.request('https://review.example.com/console/sign-in');
    const signinCookie = signIn.headers.getSetCookie().find((c) => c.startsWith('rg_signin=')) ?? '';
    expect(signinCookie).toMatch(/Secure/);
    const token = /rg_signin=([^;]+)/.exec(signinCookie)?.[1] ?? '';
    const res = await app.request('https://review.example.com/console/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `rg_signin=${token}`,
        origin: 'https://review.example.com',
      },
      body: new URLSearchParams({ csrf: token, key: STAFF.key }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('rg_session='))).toMatch(/Secure/);
  });
});

describe('Console CSRF', () => {
  it('refuses with 403 a form without its token, with a wrong token, or from another origin', async () => {
    const { services, browser } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    await browser.signIn(STAFF.key);
    const page = await (await browser.request(`/console/items/${check.checkId}`)).text();
    const csrf = hiddenCsrf(page);
    const form = { action: 'override', justification: 'A justification long enough.', expectedVersion: '1' };
    const path = `/console/items/${check.checkId}/resolution`;
    expect((await browser.post(path, form)).status).toBe(403);
    expect((await browser.post(path, { ...form, csrf: `${csrf}x` })).status).toBe(403);
    expect((await browser.post(path, { ...form, csrf }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await browser.post(path, { ...form, csrf }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await services.checks.get(check.checkId))?.review.version).toBe(1);
    // the sign-in form too
    const signIn = await browser.post('/console/sign-in', { key: STAFF.key });
    expect(signIn.status).toBe(403);
    // and with the token it goes through (an override of a BLOCK is proposed, awaiting a second approval)
    const ok = await browser.post(path, { ...form, csrf });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/console/items/${check.checkId}?proposed=1`);
  });
});

describe('Console queue and item pages', () => {
  it('shows the queue with verdict, deciding rule name, item, age and legal clock, filtered by shop and status', async () => {
    const { services, browser } = await fresh();
    const a = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'REVIEW',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
      orderId: 'O-A-1',
    });
    await storeCheck(services, {
      shopId: SHOP_B.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T13:00:00.000+08:00',
      orderId: 'O-B-1',
    });
    await storeFlag(services, {
      flagId: 'flg_console_1',
      flag: 'refund_overdue',
      shopId: SHOP_A.shopId,
      createdAt: '2026-04-04T08:00:00.000+08:00',
      details: { dueAt: '2026-04-03T23:59:59.999+08:00' },
    });
    await browser.signIn(STAFF.key);
    const all = await (await browser.request('/console?lang=en')).text();
    expect(all).toContain('<html lang="en"');
    expect(all).toContain('O-A-1');
    expect(all).toContain('O-B-1');
    expect(all).toContain('cn.nrr-measures.art8.evidence');
    expect(all).toContain('纯棉T恤');
    expect(all).toContain('¥79.00');
    expect(all).toContain('packaging opened');
    // the REVIEW's window ends 2026-04-09 (3 days on); the refund fell due 2026-04-03 (3 calendar days late)
    expect(all).toContain('return window: 3 days left');
    expect(all).toContain('refund: 3 days overdue');
    expect(all).toContain('22 h'); // age of the REVIEW check
    const shopA = await (await browser.request(`/console?shopId=${SHOP_A.shopId}`)).text();
    expect(shopA).toContain('O-A-1');
    expect(shopA).not.toContain('O-B-1');
    const zh = await (await browser.request('/console?lang=zh')).text();
    expect(zh).toContain('<html lang="zh-CN"');
    expect(zh).toContain('审查队列');
    expect(zh).toContain('退款已逾期 3 天');
    expect(zh).toContain('包装已拆封');
    expect(zh).not.toContain('packaging_opened');
    // the language is remembered
    expect(await (await browser.request('/console/summary')).text()).toContain('管理汇总');
    const item = await (await browser.request(`/console/items/${a.checkId}?lang=en`)).text();
    expect(item).toContain('cn.nrr-measures.art8.evidence');
    expect(item).toContain('s3://ex/1.jpg');
    expect(item).toContain('minlength="10"');
    expect(item).toContain('name="expectedVersion" value="1"');
    const flag = await (await browser.request('/console/items/flg_console_1')).text();
    expect(flag).toContain('Refund overdue');
    expect((await browser.request('/console/items/NOPE')).status).toBe(404);
    expect((await browser.request('/console?page=garbage')).status).toBe(400);
    expect((await browser.request('/console?status=bogus')).status).toBe(400);
    // a reversed date range is the caller's mistake (400), not a store failure (503)
    expect((await browser.request('/console?from=2026-04-06&to=2026-04-01')).status).toBe(400);
  });

  it('explains a stale version with 409 instead of swallowing it, and re-asks a too-short justification', async () => {
    const { services, browser } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    await browser.signIn(STAFF.key);
    const csrf = hiddenCsrf(await (await browser.request(`/console/items/${check.checkId}?lang=en`)).text());
    const path = `/console/items/${check.checkId}/resolution`;
    const short = await browser.post(path, { csrf, action: 'override', justification: 'short', expectedVersion: '1' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('at least 10 characters');
    expect(
      (
        await browser.post(path, {
          csrf,
          action: 'uphold',
          justification: 'First decision, upheld.',
          expectedVersion: '1',
        })
      ).status,
    ).toBe(303);
    const stale = await browser.post(path, {
      csrf,
      action: 'override',
      justification: 'Second, stale decision.',
      expectedVersion: '1',
    });
    expect(stale.status).toBe(409);
    const text = await stale.text();
    expect(text).toContain('Your decision was NOT recorded');
    expect(text).toContain(STAFF.name);
    expect(text).toContain('Second, stale decision.');
    expect(text).toContain('name="expectedVersion" value="2"');
    const history = (await services.checks.get(check.checkId))?.review.history ?? [];
    expect(history.map((h) => h.action)).toEqual(['uphold']);
  });
});

describe('Console claiming, second approval and bulk uphold: refused inputs', () => {
  it('answers 400 (never 500) to a malformed claim, approval or bulk form, and 403 to the proposer', async () => {
    const { services, browser } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    await browser.signIn(STAFF.key);
    const csrf = hiddenCsrf(await (await browser.request(`/console/items/${check.checkId}?lang=en`)).text());
    const item = `/console/items/${check.checkId}`;
    expect((await browser.post(`${item}/claim`, { csrf, do: 'steal' })).status).toBe(400);
    expect((await browser.post('/console/items/NOPE/claim', { csrf, do: 'claim' })).status).toBe(404);
    const approvalForm = { csrf, approve: 'maybe', justification: 'A long enough reason.', expectedVersion: '1' };
    expect((await browser.post(`${item}/approval`, approvalForm)).status).toBe(400);
    // nothing awaits approval yet: 409 with the reason on the page
    const nothing = await browser.post(`${item}/approval`, { ...approvalForm, approve: 'true' });
    expect(nothing.status).toBe(409);
    expect(await nothing.text()).toContain('no override awaiting approval');
    // the proposer cannot approve their own override
    const proposal = await browser.post(`${item}/resolution`, {
      csrf,
      action: 'override',
      justification: 'Seal broken per the photo.',
      expectedVersion: '1',
    });
    expect(proposal.headers.get('location')).toBe(`${item}?proposed=1`);
    const self = await browser.post(`${item}/approval`, { ...approvalForm, approve: 'true', expectedVersion: '2' });
    expect(self.status).toBe(403);
    expect(await self.text()).toContain('cannot approve');
    // bulk: nothing selected, a short justification, a garbled item
    expect(
      (await browser.post('/console/bulk-uphold', { csrf, justification: 'Long enough text.' })).headers.get(
        'location',
      ),
    ).toBe('/console?bulk=none');
    expect(
      (await browser.post('/console/bulk-uphold', { csrf, items: `${check.checkId}:2`, justification: 'short' }))
        .status,
    ).toBe(400);
    const garbled = await browser.post('/console/bulk-uphold', {
      csrf,
      items: 'no-version',
      justification: 'Long enough text.',
    });
    expect(garbled.headers.get('location')).toBe('/console?bulk=none');
    // a stale or awaiting item in a bulk uphold is reported, not a 500
    const stale = await browser.post('/console/bulk-uphold', {
      csrf,
      items: `${check.checkId}:2`,
      justification: 'Upholding in bulk.',
      back: '//evil.example/console',
    });
    expect(stale.status).toBe(303);
    expect(stale.headers.get('location')).toBe(`/console?upheld=0&failed=${check.checkId}`);
  });
});

describe('Console summary', () => {
  it('shows the period’s figures from the daily aggregates, a trend by day, and a CSV of resolved items', async () => {
    const { services, browser } = await fresh();
    const hyperlink = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
      orderId: '=HYPERLINK("x")',
    });
    await storeCheck(services, { shopId: SHOP_A.shopId, verdict: 'BLOCK', decidedAt: '2026-04-01T00:30:00.000+08:00' });
    await storeCheck(services, { shopId: SHOP_B.shopId, verdict: 'ALLOW', decidedAt: '2026-04-02T12:00:00.000+08:00' });
    await storeCheck(services, {
      shopId: SHOP_B.shopId,
      verdict: 'REVIEW',
      decidedAt: '2026-03-31T23:30:00.000+08:00',
    });
    await browser.signIn(STAFF.key);
    const csrf = hiddenCsrf(await (await browser.request(`/console/items/${hyperlink.checkId}`)).text());
    const upheld = await browser.post(`/console/items/${hyperlink.checkId}/resolution`, {
      csrf,
      action: 'uphold',
      justification: 'Opened bag is no ground to refuse.',
      expectedVersion: '1',
    });
    expect(upheld.status).toBe(303);
    const html = await (await browser.request('/console/summary?from=2026-04-01&to=2026-04-06&lang=en')).text();
    expect(html).toMatch(/data-verdict="BLOCK"><b class="v-BLOCK">2<\/b>/);
    expect(html).toMatch(/data-verdict="REVIEW"><b class="v-REVIEW">0<\/b>/);
    expect(html).toMatch(
      /id="by-rule"[\s\S]*cn\.nrr-measures\.art8\.para3<\/small><\/span><\/td><td data-label="Count">2<\/td>/,
    );
    expect(html.match(/class="col" title=/g)).toHaveLength(6); // one trend column per day
    expect(html).toContain('summary.csv?from=2026-04-01&amp;to=2026-04-06');
    expect(html).toContain(STAFF.name); // the reviewer table

    const csv = await browser.request('/console/summary.csv?from=2026-04-01&to=2026-04-06');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('Opened bag is no ground to refuse.');
    expect(lines[1]).toContain('纯棉T恤,7900,1,BLOCK');
    expect((await browser.request('/console/summary?from=2025-01-01&to=2026-04-06')).status).toBe(400);
    expect((await browser.request('/console/summary?from=2026-04-06&to=2026-04-01')).status).toBe(400);
  });

  it('guards CSV cells (RFC 4180 quoting, formula prefixes) and defaults to the last 30 days', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(danger)).toBe(`'${danger}`);
    expect(parsePeriod({}, NOW)).toMatchObject({ from: '2026-03-08', to: '2026-04-06' });
    expect(parsePeriod({}, NOW)?.days).toHaveLength(30);
    expect(parsePeriod({ from: '2026-02-30', to: '2026-03-01' }, NOW)).toBeUndefined();
    expect(parsePeriod({ from: '2025-04-06', to: '2026-04-06' }, NOW)?.days).toHaveLength(366);
    expect(parsePeriod({ from: '2025-04-05', to: '2026-04-06' }, NOW)).toBeUndefined();
  });
});
