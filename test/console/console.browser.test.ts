import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';
import { toShanghaiIso } from '#shared/time.js';
import { storeFlag } from '../reviews/support.js';
import { checkRequest } from '../support/requests.js';

/**
 * The staff flow end to end in a real browser: Debian's Chromium, headless, driven by
 * playwright-core against the whole local service (embedded store in memory, random port).
 * Screenshots land in /tmp/console-*.png for a human to look at.
 */
/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere (and lets the missing-browser failure be tried). */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MISSING = `Chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`;
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let service: LocalService;
let browser: Browser;
const blocked: { checkId: string; orderId: string }[] = [];

async function createBlockedCheck(n: number): Promise<{ checkId: string; orderId: string }> {
  const orderId = `O-BROWSER-${n}`;
  const res = await fetch(`${service.url}/v1/checks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(
      checkRequest({
        requestId: `R-BROWSER-${n}`,
        order: { orderId },
        refusal: { note: 'Customer opened the bag <script>alert(1)</script>' },
      }),
    ),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { checkId: string; verdict: string };
  expect(body.verdict).toBe('BLOCK');
  return { checkId: body.checkId, orderId };
}

const daysFromNow = (days: number) => toShanghaiIso(new Date(Date.now() + days * 24 * 3600 * 1000));

/** A refusal the engine cannot decide (an abuse claim): REVIEW, with the return window still running. */
async function createReviewCheck(): Promise<void> {
  const res = await fetch(`${service.url}/v1/checks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(
      checkRequest({
        requestId: 'R-BROWSER-REVIEW',
        order: { orderId: 'O-BROWSER-REVIEW', placedAt: daysFromNow(-4), deliveredAt: daysFromNow(-2) },
        returnRequest: { requestedAt: daysFromNow(-1) },
        refusal: { reason: 'abusive_return', evidence: [] },
      }),
    ),
  });
  expect(res.status).toBe(201);
  expect(((await res.json()) as { verdict: string }).verdict).toBe('REVIEW');
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${service.url}/console/sign-in`);
  await page.fill('input[name="key"]', DEV_DEFAULTS.DEV_STAFF_KEY);
  await Promise.all([page.waitForURL(/\/console$/), page.click('button[type="submit"]')]);
}

async function newContext(viewport: { width: number; height: number }, mobile = false): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale: 'en-US',
    ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return; // every test then fails with the plain message (beforeEach)
  service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' }), { runJobs: false });
  for (const n of [1, 2, 3]) blocked.push(await createBlockedCheck(n));
  await createReviewCheck();
  await storeFlag(service.services, {
    flagId: 'flg_browser_overdue',
    flag: 'refund_overdue',
    shopId: DEV_DEFAULTS.DEV_SHOP_ID,
    createdAt: daysFromNow(-2),
    details: { dueAt: daysFromNow(-3), receivedAt: daysFromNow(-10), daysOverdue: 3 },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}, 120_000);

/** No browser, no pass: each test fails saying what is missing and how to install it (also in CI). */
beforeEach(() => {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('Review console in a real browser (Chromium, headless)', () => {
  it('has Chromium to drive', () => {
    expect(existsSync(CHROMIUM), MISSING).toBe(true);
  });

  it('sends a missing or invalid session to the sign-in page', async () => {
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await page.goto(`${service.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await context.addCookies([
      { name: 'rg_session', value: 'eyJrZXlIYXNoIjoieCJ9.forged', url: `${service.url}/console` },
    ]);
    await page.goto(`${service.url}/console/items/${blocked[0]?.checkId}`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await page.screenshot({ path: '/tmp/console-sign-in-desktop.png', fullPage: true });
    await context.close();
  });

  it('signs in, finds the blocked check, upholds it with a justification and sees the queue change', async () => {
    // Prepare
    const target = blocked[0] as { checkId: string; orderId: string };
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page);
    const row = page.locator(`tr[data-id="${target.checkId}"]`);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.innerText()).toContain('Block');
    expect(await row.innerText()).toContain(target.orderId);
    const body = await page.locator('#queue').innerText();
    expect(body).toMatch(/return window: \d+ days left/);
    expect(body).toContain('refund: 3 days overdue');
    await page.screenshot({ path: '/tmp/console-queue-desktop.png', fullPage: true });

    // Act: open it
    await Promise.all([page.waitForURL(/\/console\/items\//), row.locator('a').first().click()]);
    expect(await page.locator('h1').innerText()).toContain(target.checkId);
    expect(await page.locator('details.cite blockquote[lang="zh-CN"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#evidence').innerText()).toContain('s3://ex/1.jpg');
    expect(await page.locator('body').innerText()).toContain('<script>alert(1)</script>'); // shown, not run
    await page.screenshot({ path: '/tmp/console-item-desktop.png', fullPage: true });

    // the form refuses a justification under 10 characters in the browser already
    await page.fill('textarea[name="justification"]', 'too short');
    await page.click('button[value="uphold"]');
    expect(new URL(page.url()).pathname).toBe(`/console/items/${target.checkId}`);
    expect(
      await page
        .locator('textarea[name="justification"]')
        .evaluate(
          (el) =>
            (el as HTMLTextAreaElement).validity.tooShort ||
            (el as HTMLTextAreaElement).validity.valueMissing ||
            !(el as HTMLTextAreaElement).checkValidity(),
        ),
    ).toBe(true);

    // uphold with a justification
    await page.fill('textarea[name="justification"]', '拆封查验不影响商品完好（Opened to inspect: still intact）.');
    await Promise.all([page.waitForURL(/\/console\?resolved=/), page.click('button[value="uphold"]')]);

    // Assess: gone from the open queue, present under resolved with its final verdict
    expect(await page.locator('.notice.ok').innerText()).toContain(target.checkId);
    expect(await page.locator(`tr[data-id="${target.checkId}"]`).count()).toBe(0);
    expect(await page.locator(`tr[data-id="${blocked[1]?.checkId}"]`).count()).toBe(1);
    await page.screenshot({ path: '/tmp/console-queue-after-desktop.png', fullPage: true });
    await page.selectOption('select[name="status"]', 'resolved');
    await Promise.all([page.waitForURL(/status=resolved/), page.click('form.filters button[type="submit"]')]);
    const resolvedRow = page.locator(`tr[data-id="${target.checkId}"]`);
    expect(await resolvedRow.count()).toBe(1);
    expect(await resolvedRow.innerText()).toContain('Block');

    // the history is on the item page and in the API
    await Promise.all([page.waitForURL(/\/console\/items\//), resolvedRow.locator('a').first().click()]);
    expect(await page.locator('#history').innerText()).toContain('dev-staff');
    await page.screenshot({ path: '/tmp/console-item-resolved-desktop.png', fullPage: true });
    const api = await fetch(`${service.url}/v1/checks/${target.checkId}`, {
      headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}` },
    });
    const stored = (await api.json()) as {
      verdict: string;
      review: { finalVerdict: string; history: { resolvedBy: string }[] };
    };
    expect(stored.verdict).toBe('BLOCK');
    expect(stored.review.finalVerdict).toBe('BLOCK');
    expect(stored.review.history[0]?.resolvedBy).toMatch(/^dev-staff \([0-9a-f]{12}\)$/);
    await context.close();
  });

  it('refuses a form posted without its CSRF token (403) and records nothing', async () => {
    const target = blocked[1] as { checkId: string };
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${service.url}/console/items/${target.checkId}`);
    await page.locator('form[action$="/resolution"] input[name="csrf"]').evaluate((el) => el.remove());
    await page.fill('textarea[name="justification"]', 'A decision whose form lost its token.');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/resolution') && r.request().method() === 'POST'),
      page.click('button[value="uphold"]'),
    ]);
    expect(response.status()).toBe(403);
    expect(await page.locator('.notice.err').innerText()).toMatch(/security token/);
    await page.screenshot({ path: '/tmp/console-csrf-refused-desktop.png', fullPage: true });
    const api = await fetch(`${service.url}/v1/checks/${target.checkId}`, {
      headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}` },
    });
    expect(((await api.json()) as { review: { status: string } }).review.status).toBe('open');
    await context.close();
  });

  it('switches to Chinese, shows the summary, and signs out', async () => {
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page);
    await Promise.all([page.waitForURL(/lang=zh/), page.click('a[hreflang="zh"]')]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await page.locator('h1').innerText()).toContain('审查队列');
    expect(await page.locator('thead').innerText()).toContain('决定规则');
    await page.screenshot({ path: '/tmp/console-queue-zh-desktop.png', fullPage: true });
    await page.goto(`${service.url}/console/items/${blocked[2]?.checkId}`);
    expect(await page.locator('body').innerText()).toContain('审查发现');
    await page.screenshot({ path: '/tmp/console-item-zh-desktop.png', fullPage: true });
    await page.goto(`${service.url}/console/summary`);
    expect(await page.locator('h1').innerText()).toContain('管理汇总');
    expect(await page.locator('figure.trend .col[data-date]').count()).toBe(30);
    await page.screenshot({ path: '/tmp/console-summary-zh-desktop.png', fullPage: true });
    await Promise.all([page.waitForURL(/lang=en/), page.click('a[hreflang="en"]')]);
    await page.screenshot({ path: '/tmp/console-summary-desktop.png', fullPage: true });
    await Promise.all([page.waitForURL(/sign-in/), page.click('header form button[type="submit"]')]);
    await page.goto(`${service.url}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await context.close();
  });

  it('is readable on a phone (390 px): the queue stacks into cards', async () => {
    const context = await newContext({ width: 390, height: 844 }, true);
    const page = await context.newPage();
    await signIn(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    expect(await page.locator('table.stack thead').isVisible()).toBe(false);
    await page.screenshot({ path: '/tmp/console-queue-phone.png', fullPage: true });
    await page.goto(`${service.url}/console/items/${blocked[2]?.checkId}`);
    const itemOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(itemOverflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: '/tmp/console-item-phone.png', fullPage: true });
    await page.screenshot({ path: '/tmp/console-item-phone-top.png' });
    expect(await page.locator('#decide').isVisible()).toBe(true);
    await page.goto(`${service.url}/console/summary?lang=zh`);
    await page.screenshot({ path: '/tmp/console-summary-phone.png', fullPage: true });
    await context.close();
  });
  it('explains a stale version: a decision made on an outdated page is refused with 409, not swallowed', async () => {
    const target = blocked[2] as { checkId: string };
    const context = await newContext({ width: 1280, height: 900 });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${service.url}/console/items/${target.checkId}`);
    // meanwhile, another staff member resolves the same item through the API
    const other = await fetch(`${service.url}/v1/reviews/${target.checkId}/resolution`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'uphold', justification: 'Upheld by a colleague first.', expectedVersion: 1 }),
    });
    expect(other.status).toBe(200);
    await page.fill('textarea[name="justification"]', 'My decision, made on the page I opened earlier.');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/resolution') && r.request().method() === 'POST'),
      page.click('button[value="override"]'),
    ]);
    expect(response.status()).toBe(409);
    expect(await page.locator('.notice.err').innerText()).toContain('NOT recorded');
    expect(await page.locator('#history').innerText()).toContain('Upheld by a colleague first.');
    expect(await page.locator('input[name="expectedVersion"]').getAttribute('value')).toBe('2');
    await page.screenshot({ path: '/tmp/console-conflict-desktop.png', fullPage: false });
    await page.goto(`${service.url}/console/items/flg_browser_overdue?lang=en`);
    expect(await page.locator('h1').innerText()).toContain('Refund overdue');
    await page.screenshot({ path: '/tmp/console-flag-desktop.png', fullPage: true });
    await context.close();
  });
});
