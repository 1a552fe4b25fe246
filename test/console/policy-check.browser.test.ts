import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';

/**
 * The policy check ("政策检查") in a real browser: Debian's Chromium, headless, against the whole local
 * service. Screenshots (desktop 1280 and phone 390, Chinese and English) land in /tmp/shots-lint/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MISSING = `Chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`;
const SHOTS = '/tmp/shots-lint';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-sync',
];

const POLICY = [
  '退换货须知',
  '1. 本店支持七天无理由退货（自签收次日起算）。',
  '2. 特价商品不退不换。',
  '3. 商品一经拆封，不予退货。',
  '4. 无理由退货运费由买家承担。',
  '5. 退款将在收到退货后15个工作日内原路退回。',
  '6. 药品一经售出不退换。',
  '7. 本店保留最终解释权。<script>alert(1)</script>',
].join('\n');

let service: LocalService;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  if (!existsSync(CHROMIUM)) return;
  service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' }), { runJobs: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}, 120_000);

beforeEach(() => {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function newContext(width: number, mobile = false): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width, height: mobile ? 844 : 900 },
    locale: 'en-US',
    acceptDownloads: true,
    ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${service.url}/console/sign-in`);
  await page.fill('input[name="key"]', DEV_DEFAULTS.DEV_STAFF_KEY);
  await Promise.all([page.waitForURL(/\/console$/), page.click('button[type="submit"]')]);
}

async function checkPolicy(page: Page, lang: 'zh' | 'en'): Promise<void> {
  await page.goto(`${service.url}/console/policy-check?lang=${lang}`);
  await page.fill('textarea[name="text"]', POLICY);
  await Promise.all([page.waitForLoadState('load'), page.click('form.lint button[type="submit"]')]);
  await page.locator('#result').waitFor();
}

describe('Policy check (政策检查) in a real browser', () => {
  it('is linked from the console nav, and a session is needed', async () => {
    const anonymous = await fetch(`${service.url}/console/policy-check`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/console/sign-in');
    const context = await newContext(1280);
    const page = await context.newPage();
    await signIn(page);
    await Promise.all([
      page.waitForURL(/\/console\/policy-check$/),
      page.click('header nav a[href="/console/policy-check"]'),
    ]);
    expect(await page.locator('h1').innerText()).toBe('Policy check');
    await context.close();
  });

  it('highlights the void clauses with provisions, messages and suggestions, and marks the medicine clause for review', async () => {
    // Prepare
    const context = await newContext(1280);
    const page = await context.newPage();
    await signIn(page);
    // Act
    await checkPolicy(page, 'en');
    // Assess: four void clauses marked in the text, one to review, the script shown as text
    expect(await page.locator('.policy mark.void').count()).toBe(4);
    expect(await page.locator('.policy mark.review').count()).toBe(1);
    expect(await page.locator('.policy').innerText()).toContain('<script>alert(1)</script>');
    const cards = page.locator('article.clause-card.void');
    expect(await cards.count()).toBe(4);
    const issues = await page
      .locator('article.clause-card .badge')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-issue')));
    expect(issues).toEqual(
      expect.arrayContaining([
        'sale_items_excluded',
        'opened_packaging_excluded',
        'refund_later_than_law',
        'final_interpretation_right',
      ]),
    );
    const first = await cards.first().innerText();
    expect(first).toContain('Sale, promotional and clearance goods');
    expect(first).toMatch(/art\. 26/);
    expect(await cards.first().locator('.suggest').innerText()).toMatch(/7 days/);
    expect(await page.locator('article.clause-card.review').innerText()).toContain('pharmacy');
    await page.screenshot({ path: `${SHOTS}/policy-check-desktop-en.png`, fullPage: true });

    // the corrected text downloads with the void clauses replaced and the rest as sent
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('form[action$="corrected.txt"] button'),
    ]);
    expect(download.suggestedFilename()).toBe('policy-corrected-en.txt');
    const corrected = readFileSync(await download.path(), 'utf8');
    expect(corrected).toContain('1. 本店支持七天无理由退货（自签收次日起算）。');
    expect(corrected).toContain('4. 无理由退货运费由买家承担。');
    expect(corrected).not.toContain('特价商品不退不换');
    expect(corrected).not.toContain('最终解释权');
    expect(corrected).toContain('2. Sale, promotional and clearance goods may also be returned');
    await context.close();
  });

  it('speaks Chinese, and answers an over-long text with the form and its error, not a 5xx', async () => {
    const context = await newContext(1280);
    const page = await context.newPage();
    await signIn(page);
    await checkPolicy(page, 'zh');
    expect(await page.locator('h1').innerText()).toBe('政策检查');
    expect(await page.locator('article.clause-card.void').first().innerText()).toContain('依据');
    await page.screenshot({ path: `${SHOTS}/policy-check-desktop-zh.png`, fullPage: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('form[action$="corrected.txt"] button'),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('2. 特价、促销及清仓商品同样支持七日无理由退货');
    // 20,001 characters: the browser stops at 20,000 (maxlength); a forged form gets a 400 page
    await page.goto(`${service.url}/console/policy-check?lang=zh`);
    await page.locator('textarea[name="text"]').evaluate((el) => el.removeAttribute('maxlength'));
    await page.fill('textarea[name="text"]', '七'.repeat(20_001));
    const [response] = await Promise.all([
      page.waitForResponse(/policy-check$/),
      page.click('form.lint button[type="submit"]'),
    ]);
    expect(response.status()).toBe(400);
    expect(await page.locator('.notice.err').innerText()).toContain('text');
    await context.close();
  });

  it('refuses a form without the CSRF token (403)', async () => {
    const context = await newContext(1280);
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${service.url}/console/policy-check`);
    await page.locator('form.lint input[name="csrf"]').evaluate((el) => el.setAttribute('value', 'forged'));
    await page.fill('textarea[name="text"]', POLICY);
    const [response] = await Promise.all([
      page.waitForResponse(/policy-check$/),
      page.click('form.lint button[type="submit"]'),
    ]);
    expect(response.status()).toBe(403);
    await context.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`fits a phone screen (390 wide) in ${lang}`, async () => {
      const context = await newContext(390, true);
      const page = await context.newPage();
      await signIn(page);
      await checkPolicy(page, lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/policy-check-phone-${lang}.png`, fullPage: true });
      // Viewport-sized views too, readable at a glance: the marked-up policy and the first void clause.
      await page.locator('.policy').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/policy-check-phone-${lang}-policy.png` });
      await page.locator('article.clause-card').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/policy-check-phone-${lang}-clause.png` });
      await context.close();
    });
  }
});
