/**
 * Screenshots of every page, desktop (1280) and phone (390), Chinese and English, for a human to
 * look at: `node --import tsx test/console/screenshots.ts [outDir]` (default /tmp/shots-console).
 * Prints any page that scrolls sideways.
 */
import { mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { startLocalService } from '#shared/local/runtime.js';
import { DEV_STAFF_KEYS, SECOND_STAFF, seedConsole } from './seed.js';

const out = process.argv[2] ?? '/tmp/shots-console';
mkdirSync(out, { recursive: true });
process.env.LOG_LEVEL = 'error';

const service = await startLocalService(
  loadDevConfig({ DATA_DIR: ':memory:', PORT: '0', LOG_LEVEL: 'error', DEV_STAFF_KEYS }),
  {
    runJobs: false,
  },
);
const seeded = await seedConsole(service);
// Some resolved work for the resolved view and the reviewer figures: an uphold, and an override of a
// BLOCK proposed by dev-staff and approved by the second staff member.
const post = (path: string, key: string, body: unknown) =>
  fetch(`${service.url}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
await post(`/v1/reviews/${seeded.teaHouse}/resolution`, DEV_DEFAULTS.DEV_STAFF_KEY, {
  action: 'uphold',
  justification: 'A missing gift is no ground; the shop may charge its declared price.',
  expectedVersion: 1,
});
await post(`/v1/reviews/${seeded.headphones}/resolution`, DEV_DEFAULTS.DEV_STAFF_KEY, {
  action: 'override',
  justification: 'Box crushed in transit per courier photo.',
  expectedVersion: 1,
});
await post(`/v1/reviews/${seeded.headphones}/approval`, SECOND_STAFF.key, {
  approve: true,
  justification: 'Courier photo checked: agreed.',
  expectedVersion: 2,
});
const browser: Browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});

const pages: { name: string; path: string; staff?: 'first' | 'second' | 'none' }[] = [
  { name: 'landing', path: '/', staff: 'none' },
  { name: 'docs', path: '/docs', staff: 'none' },
  { name: 'sign-in', path: '/console/sign-in', staff: 'none' },
  { name: 'queue', path: '/console' },
  { name: 'queue-resolved', path: '/console?status=resolved' },
  { name: 'item', path: `/console/items/${seeded.tshirt}` },
  { name: 'item-resolved', path: `/console/items/${seeded.headphones}` },
  { name: 'item-flag', path: `/console/items/${seeded.flags[0] ?? seeded.policy}` },
  { name: 'item-approval', path: `/console/items/${seeded.proposed}`, staff: 'second' },
  { name: 'summary', path: '/console/summary' },
];

const overflowing: string[] = [];
try {
  for (const viewport of [
    { label: 'desktop', width: 1280, height: 900, mobile: false },
    { label: 'phone', width: 390, height: 844, mobile: true },
  ])
    for (const staff of ['first', 'second'] as const) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        ...(viewport.mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      const page = await context.newPage();
      await page.goto(`${service.url}/console/sign-in`);
      await page.fill('input[name="key"]', staff === 'first' ? DEV_DEFAULTS.DEV_STAFF_KEY : SECOND_STAFF.key);
      await Promise.all([page.waitForURL(/\/console$/), page.click('button[type="submit"]')]);
      for (const target of pages) {
        if ((target.staff ?? 'first') === 'none' && staff === 'second') continue;
        if ((target.staff ?? 'first') !== 'none' && (target.staff ?? 'first') !== staff) continue;
        for (const lang of ['en', 'zh'] as const) {
          const sep = target.path.includes('?') ? '&' : '?';
          await page.goto(
            `${service.url}${target.path}${target.path.startsWith('/console') ? `${sep}lang=${lang}` : ''}`,
          );
          const wide = await page.evaluate(
            () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
          );
          if (wide) overflowing.push(`${target.name} ${viewport.label} ${lang}`);
          await page.screenshot({ path: `${out}/${target.name}-${viewport.label}-${lang}.png`, fullPage: true });
          // Legible slices of a long page (a full page shrinks to nothing when viewed whole).
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const slice = viewport.mobile ? 1200 : 1400;
          if (height > slice)
            for (let y = 0, part = 1; y < height && part <= 4; y += slice, part++)
              await page.screenshot({
                path: `${out}/${target.name}-${viewport.label}-${lang}-part${part}.png`,
                fullPage: true,
                clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) },
              });
          if (target.path === '/' || target.path === '/docs') break;
        }
      }
      await context.close();
    }
} finally {
  await browser.close();
  await service.close();
}
console.log(overflowing.length ? `scrolls sideways: ${overflowing.join('; ')}` : 'no page scrolls sideways');
console.log(`screenshots in ${out}`);
