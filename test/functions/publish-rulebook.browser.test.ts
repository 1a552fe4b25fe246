import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RULESETS } from '#rules/index.js';
import { loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';

/**
 * The published rulebook in a real browser: Debian's Chromium, headless, driven by playwright-core
 * against the whole local service. Desktop (1280) and phone (390) widths, Chinese and English.
 * Screenshots land in /tmp/shots-rulespages/ for a human to look at.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MISSING = `Chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`;
const SHOTS = '/tmp/shots-rulespages';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const R1 = 'cn-2024-07-01';
const R2 = 'cn-2024-07-01.r2';
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let service: LocalService;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  mkdirSync(SHOTS, { recursive: true });
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

async function open(device: keyof typeof WIDTHS, lang: 'zh' | 'en', path: string) {
  const context: BrowserContext = await browser.newContext({
    viewport: WIDTHS[device],
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    ...(device === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  // Nothing the page loads may come from outside the service.
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(service.url)) foreign.push(request.url());
  });
  const res = await page.goto(`${service.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  return { context, page, status: res?.status(), foreign };
}

const PAGES = [
  { name: 'index', path: '/rules', full: true },
  { name: 'ruleset', path: `/rules/${R2}`, full: false },
  { name: 'rule', path: `/rules/${R2}/cn.crpl-reg.art19.para2`, full: true },
  { name: 'diff', path: `/rules/diff/${R1}/${R2}`, full: true },
] as const;

describe('The rulebook in a real browser (Chromium, headless)', () => {
  it('has Chromium to drive', () => {
    expect(existsSync(CHROMIUM), MISSING).toBe(true);
  });

  for (const device of ['desktop', 'phone'] as const)
    for (const lang of ['zh', 'en'] as const)
      for (const { name, path, full } of PAGES)
        it(`${name} page, ${device} (${WIDTHS[device].width} px), ${lang}: renders, no horizontal scroll, nothing from outside`, async () => {
          const { context, page, status, foreign } = await open(device, lang, path);
          expect(status).toBe(200);
          expect(await page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow).toBeLessThanOrEqual(1);
          expect(foreign).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/${name}-${device}-${lang}.png`, fullPage: full });
          await context.close();
        });

  it('shows every rule of the current ruleset on /rules, and the diff link leads to the diff', async () => {
    const { context, page } = await open('desktop', 'en', '/rules');
    for (const rule of RULESETS.get(R2).rules)
      expect(await page.locator(`a[href="/rules/${R2}/${rule.id}?lang=en"]`).count(), rule.id).toBeGreaterThan(0);
    await Promise.all([page.waitForURL(/\/rules\/diff\//), page.click(`a[href="/rules/diff/${R1}/${R2}?lang=en"]`)]);
    expect(await page.locator('h1').textContent()).toContain(`${R1} → ${R2}`);
    await context.close();
  });

  it('opens a verbatim article on the rule page (details), and switches language keeping the page', async () => {
    const { context, page } = await open('phone', 'en', `/rules/${R2}/cn.crpl-reg.art19.para2`);
    const quote = page.locator('details blockquote').first();
    expect(await quote.isVisible()).toBe(false);
    await page.locator('details summary').first().click();
    expect(await quote.isVisible()).toBe(true);
    expect(await quote.textContent()).toMatch(/^第十九条/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/rule-phone-en-article-open.png`, fullPage: false });
    await Promise.all([page.waitForURL(/lang=zh/), page.click('a[hreflang="zh"]')]);
    expect(new URL(page.url()).pathname).toBe(`/rules/${R2}/cn.crpl-reg.art19.para2`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it('answers an unknown rule with the 404 page', async () => {
    const { context, page, status } = await open('phone', 'zh', `/rules/${R2}/cn.nope`);
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('未找到');
    await page.screenshot({ path: `${SHOTS}/not-found-phone-zh.png`, fullPage: true });
    await context.close();
  });
});
