import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';
import type { ReportSummary } from '#store/reports.js';
import { checkRequest } from '../support/requests.js';
import { DEV_STAFF_KEYS, SECOND_STAFF, type Seeded, seedConsole } from './seed.js';

/**
 * A compliance team's working day in a real browser (Debian's Chromium, headless, playwright-core)
 * against the whole local service: the queue's search, filters, counts and paging; the item page;
 * two staff members completing a second approval; claiming and bulk uphold; the reports; the API
 * reference; phone width and both languages.
 */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MISSING = `Chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];

let service: LocalService;
let browser: Browser;
let seeded: Seeded;
/** Extra BLOCK checks (30 of them) so the queue has a second page. */
const bulkOrders: string[] = [];

const staffKey = (who: 'first' | 'second') => (who === 'first' ? DEV_DEFAULTS.DEV_STAFF_KEY : SECOND_STAFF.key);

async function signedIn(
  who: 'first' | 'second',
  viewport = { width: 1280, height: 900 },
  mobile = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    locale: 'en-US',
    ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  await page.goto(`${service.url}/console/sign-in`);
  await page.fill('input[name="key"]', staffKey(who));
  await Promise.all([page.waitForURL(/\/console$/), page.click('button[type="submit"]')]);
  return { context, page };
}

async function api<T>(path: string, init: RequestInit = {}, who: 'first' | 'second' = 'first'): Promise<T> {
  const res = await fetch(`${service.url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${staffKey(who)}`, 'Content-Type': 'application/json', ...init.headers },
  });
  return (await res.json()) as T;
}

/** Clicks a form button and waits for the page it leads to. */
async function submit(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.click(selector)]);
}

/** The ids of the queue rows on the page, in order. */
const rowIds = (page: Page) => page.locator('#queue tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id));

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) return;
  service = await startLocalService(
    loadDevConfig({ DATA_DIR: ':memory:', PORT: '0', LOG_LEVEL: 'error', DEV_STAFF_KEYS }),
    {
      runJobs: false,
    },
  );
  seeded = await seedConsole(service);
  for (let n = 0; n < 30; n++) {
    const orderId = `O-BULK-${String(n).padStart(2, '0')}`;
    const clock = () => new Date(Date.now() - 20 * 24 * 3600 * 1000 + n * 60_000);
    await decideCheck(
      { ...service.services, clock },
      'bulk-shop',
      CheckRequestSchema.parse(checkRequest({ requestId: `R-BULK-${n}`, order: { orderId } })),
    );
    bulkOrders.push(orderId);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}, 180_000);

beforeEach(() => {
  if (!existsSync(CHROMIUM)) throw new Error(MISSING);
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('1. Queue: search, filters with counts, sort, paging, readable rule names', () => {
  it('finds an item by order id, SKU or check id through the search box', async () => {
    const { context, page } = await signedIn('first');
    expect(await page.locator('input[type="search"][name="q"]').count()).toBe(1);
    for (const needle of ['O-1002', 'hp-200', seeded.headphones]) {
      await page.fill('input[name="q"]', needle);
      await Promise.all([page.waitForURL(/q=/), page.click('form.filters button[type="submit"]')]);
      expect(await rowIds(page)).toEqual([seeded.headphones]);
    }
    await context.close();
  });

  it('filters by verdict or flag, rule, shop, dates and urgency, each option with its count', async () => {
    const { context, page } = await signedIn('first');
    // verdict / flag: one REVIEW in the queue
    const reviewOption = page.locator('select[name="kind"] option[value="REVIEW"]');
    expect(await reviewOption.innerText()).toBe('Review (1)');
    await page.goto(`${service.url}/console?kind=REVIEW`);
    expect(await rowIds(page)).toEqual([seeded.review]);
    await page.goto(`${service.url}/console?kind=flag:refund_overdue`);
    expect(await page.locator('#queue tbody tr').count()).toBe(1);
    expect(await page.locator('#queue').innerText()).toContain('O-1004');
    // rule: named in words, counted
    await page.goto(`${service.url}/console?shopId=demo-shop`);
    const voidTerms = page.locator('select[name="rule"] option[value="cn.crpl.art26.para2"]');
    expect(await voidTerms.innerText()).toBe('Format terms excluding the return right are void (2)');
    await page.selectOption('select[name="rule"]', 'cn.crpl.art26.para2');
    await Promise.all([page.waitForURL(/rule=/), page.click('form.filters button[type="submit"]')]);
    expect((await rowIds(page)).sort()).toEqual([seeded.policy, seeded.proposed].sort());
    // shop
    await page.goto(`${service.url}/console?shopId=tea-house`);
    expect(await rowIds(page)).toEqual([seeded.teaHouse]);
    // dates: only what entered the queue in the last two days
    const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() + 8 * 3600 * 1000 - 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${service.url}/console?shopId=demo-shop&from=${yesterday}&to=${today}`);
    expect(await rowIds(page)).toContain(seeded.review);
    expect(await rowIds(page)).not.toContain(seeded.headphones);
    // urgency: overdue — the policy check's 15-day handling duty and the overdue refund
    await page.goto(`${service.url}/console?shopId=demo-shop&urgency=overdue`);
    expect(await page.locator('select[name="urgency"] option[value="overdue"]').innerText()).toBe('overdue (2)');
    expect(await page.locator('#queue tbody tr').count()).toBe(2);
    expect(await page.locator('#queue').innerText()).toMatch(/handle the return: \d+ days overdue/);
    await context.close();
  });

  it('sorts by age or by legal deadline, shows item, price and reason, and pages 25 at a time', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console?shopId=demo-shop&sort=deadline`);
    const byDeadline = await rowIds(page);
    expect(byDeadline[0]).toBe(seeded.policy); // the handling duty that ran out first
    await page.goto(`${service.url}/console?shopId=demo-shop&sort=age`);
    expect((await rowIds(page))[0]).toBe(seeded.policy); // the oldest too
    expect((await rowIds(page)).at(-1)).not.toBe(seeded.policy);
    const row = page.locator(`tr[data-id="${seeded.headphones}"]`);
    expect(await row.innerText()).toContain('蓝牙耳机 HP-200');
    expect(await row.innerText()).toContain('¥299.00');
    expect(await row.innerText()).toContain('quality claim unverified');
    const rule = row.locator('.rule');
    expect(await rule.innerText()).toContain('A no-reason return needs no defect');
    expect(await rule.locator('small.rid').innerText()).toBe('cn.crpl.art25.para1.no-defect-needed');
    // paging
    await page.goto(`${service.url}/console?shopId=bulk-shop`);
    expect(await page.locator('#showing').innerText()).toBe('30 items · page 1 of 2');
    expect(await page.locator('#queue tbody tr').count()).toBe(25);
    await Promise.all([page.waitForURL(/page=2/), page.click('a[rel="next"]')]);
    expect(await page.locator('#queue tbody tr').count()).toBe(5);
    // Chinese rule names
    await page.goto(`${service.url}/console?shopId=demo-shop&lang=zh`);
    expect(await page.locator(`tr[data-id="${seeded.headphones}"] .rule`).innerText()).toContain(
      '无理由退货无需质量问题',
    );
    await context.close();
  });
});

describe('2. Item page: form first, statutes folded, words, evidence links, timeline, clocks', () => {
  it('puts the decision form above the findings and folds every statute text', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console/items/${seeded.tshirt}`);
    const form = await page.locator('#decide').boundingBox();
    const finding = await page.locator('.finding').first().boundingBox();
    expect(form && finding && form.y < finding.y).toBe(true);
    expect(form?.y).toBeLessThan(400);
    const statutes = page.locator('details.cite');
    expect(await statutes.count()).toBeGreaterThan(0);
    expect(await statutes.evaluateAll((all) => all.every((d) => !(d as HTMLDetailsElement).open))).toBe(true);
    expect(await page.locator('details.cite blockquote').first().isVisible()).toBe(false);
    await statutes.first().locator('summary').click();
    expect(await page.locator('details.cite blockquote').first().innerText()).toMatch(/^第/);
    await context.close();
  });

  it('shows codes as words, https evidence as a link with a thumbnail, the timeline and the legal clocks', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console/items/${seeded.tshirt}?lang=zh`);
    const text = await page.locator('main').innerText();
    for (const code of ['packaging_opened', 'no_reason', 'accept_return', 'apparel', 'online', 'consumer'])
      expect(text, code).not.toContain(code);
    expect(text).toContain('包装已拆封');
    expect(text).toContain('受理退货');
    // the decision's own answers to the shop and the consumer, in the page's language
    expect(await page.locator('#answers dd').count()).toBe(2);
    expect(await page.locator('#answers dd').first().innerText()).toMatch(/[\u4e00-\u9fff]/);
    const link = page.locator('#evidence a[href="https://evidence.example.com/O-1001/bag.jpg"]');
    expect(await link.count()).toBe(1);
    expect(await link.locator('img.thumb').count()).toBe(1);
    expect(await page.locator('#evidence').innerText()).toContain('chat://O-1001/2'); // not a link
    expect(await page.locator('#evidence a[href^="chat:"]').count()).toBe(0);
    // timeline: delivery, request, this check, the refusal and the flag it raised, linked
    const timeline = page.locator('#timeline');
    const lines = await timeline.locator('li').allInnerTexts();
    expect(lines.join('\n')).toMatch(/签收[\s\S]*拒绝退货[\s\S]*违背“阻止拒绝”仍拒绝退货/);
    expect(await timeline.locator('li.current').count()).toBe(1);
    const flagLink = timeline.locator(`a[href="/console/items/${seeded.flags[0]}"]`);
    expect(await flagLink.count()).toBe(1);
    // clocks: the window (the request came in time), the 15-day handling duty, the refund not started
    expect(await page.locator('#clocks tr[data-clock="clockWindow"]').getAttribute('data-state')).toBe('in_time');
    expect(await page.locator('#clocks tr[data-clock="clockHandling"]').getAttribute('data-state')).toBe('running');
    expect(await page.locator('#clocks tr[data-clock="clockRefund"]').getAttribute('data-state')).toBe('not_started');
    // the check whose goods came back 12 days ago: refund overdue, handling met
    await page.goto(`${service.url}/console/items/${seeded.policy}?lang=en`);
    expect(await page.locator('#clocks tr[data-clock="clockRefund"]').getAttribute('data-state')).toBe('overdue');
    expect(await page.locator('#clocks tr[data-clock="clockHandling"]').getAttribute('data-state')).toBe('met');
    expect(await page.locator('#clocks').innerText()).toMatch(/overdue by \d+ days/);
    // a flag's details are words, its check linked
    await page.goto(`${service.url}/console/items/${seeded.flags[0]}?lang=en`);
    const details = await page.locator('#flag-details').innerText();
    expect(details).toContain('refused at');
    expect(details).not.toContain('refusedAt');
    expect(await page.locator(`#flag-details a[href="/console/items/${seeded.tshirt}"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('3. A second pair of eyes: two staff members to override a BLOCK', () => {
  it('lets dev-staff propose, refuses dev-staff’s own approval, and li-wei approves; both in the history', async () => {
    // Prepare: dev-staff proposes overriding the headphones BLOCK
    const first = await signedIn('first');
    await first.page.goto(`${service.url}/console/items/${seeded.headphones}`);
    await first.page.fill('#resolution textarea[name="justification"]', 'Box crushed in transit per courier photo.');
    await Promise.all([first.page.waitForURL(/proposed=1/), first.page.click('#resolution button[value="override"]')]);
    expect(await first.page.locator('.notice.ok').innerText()).toContain('awaiting a second approval');
    expect(await first.page.locator('#review-status').getAttribute('data-status')).toBe('awaiting_second_approval');
    // the proposer gets no approval form, and a forged approval post is refused (403)
    expect(await first.page.locator('#approval').count()).toBe(0);
    expect(await first.page.locator('#decide').innerText()).toContain('another staff member must approve');
    // (a form built in the page and posted with the session's token: the console has no script, and
    // its CSP allows no fetch)
    const csrf = (await first.page.locator('#claim input[name="csrf"]').getAttribute('value')) ?? '';
    const [forgedResponse] = await Promise.all([
      first.page.waitForResponse((r) => r.url().endsWith('/approval') && r.request().method() === 'POST'),
      first.page.evaluate(
        ({ id, token }) => {
          const form = document.createElement('form');
          form.method = 'post';
          form.action = `/console/items/${id}/approval`;
          const fields = {
            csrf: token,
            approve: 'true',
            justification: 'Approving my own override.',
            expectedVersion: '2',
          };
          for (const [name, value] of Object.entries(fields)) {
            const input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = value;
            form.appendChild(input);
          }
          document.body.appendChild(form);
          form.submit();
        },
        { id: seeded.headphones, token: csrf },
      ),
    ]);
    const forged = forgedResponse.status();
    expect(await first.page.locator('.notice.err').innerText()).toContain('cannot approve');
    expect(forged).toBe(403);
    // the queue shows it as awaiting, without a bulk checkbox
    await first.page.goto(`${service.url}/console?status=awaiting`);
    expect(await rowIds(first.page)).toContain(seeded.headphones);
    expect(await first.page.locator(`tr[data-id="${seeded.headphones}"] input[type="checkbox"]`).count()).toBe(0);

    // Act: li-wei approves
    const second = await signedIn('second');
    await second.page.goto(`${service.url}/console/items/${seeded.headphones}`);
    expect(await second.page.locator('#decide').innerText()).toContain('Box crushed in transit per courier photo.');
    await second.page.fill('#approval textarea[name="justification"]', 'Courier photo checked: agreed.');
    await Promise.all([second.page.waitForURL(/resolved=/), second.page.click('#approval button[value="true"]')]);

    // Assess: resolved as ALLOW, both names and justifications in the history (page and API)
    await second.page.goto(`${service.url}/console/items/${seeded.headphones}`);
    const history = await second.page.locator('#history').innerText();
    expect(history).toContain('dev-staff');
    expect(history).toContain('Box crushed in transit per courier photo.');
    expect(history).toContain(SECOND_STAFF.name);
    expect(history).toContain('Courier photo checked: agreed.');
    const stored = await api<{ verdict: string; review: { status: string; finalVerdict: string; history: unknown[] } }>(
      `/v1/checks/${seeded.headphones}`,
    );
    expect(stored).toMatchObject({ verdict: 'BLOCK', review: { status: 'resolved', finalVerdict: 'ALLOW' } });
    expect(stored.review.history).toHaveLength(2);
    await first.context.close();
    await second.context.close();
  });

  it('lets the second staff member reject a proposed override: the BLOCK stays, the item is open again', async () => {
    const second = await signedIn('second');
    await second.page.goto(`${service.url}/console/items/${seeded.proposed}?lang=zh`);
    expect(await second.page.locator('#decide').innerText()).toContain('推翻待第二人批准');
    await second.page.fill('#approval textarea[name="justification"]', '鞋底磨损不影响无理由退货的受理。');
    await Promise.all([second.page.waitForURL(/resolved=/), second.page.click('#approval button[value="false"]')]);
    const stored = await api<{ review: { status: string; finalVerdict?: string } }>(`/v1/checks/${seeded.proposed}`);
    expect(stored.review.status).toBe('open');
    expect(stored.review.finalVerdict).toBeUndefined();
    await second.context.close();
  });
});

describe('4. Claiming and bulk uphold', () => {
  it('shows who claimed an item to others, lets them take over, and the owner release it', async () => {
    const first = await signedIn('first');
    await first.page.goto(`${service.url}/console/items/${seeded.teaHouse}`);
    await submit(first.page, '#claim button[value="claim"]');
    expect(await first.page.locator('#claim').innerText()).toContain('You are working on this item.');
    const second = await signedIn('second');
    await second.page.goto(`${service.url}/console?shopId=tea-house`);
    expect(await second.page.locator(`tr[data-id="${seeded.teaHouse}"]`).innerText()).toContain('claimed by dev-staff');
    await second.page.goto(`${service.url}/console/items/${seeded.teaHouse}`);
    expect(await second.page.locator('#claim').innerText()).toContain('dev-staff');
    await submit(second.page, '#claim button[value="takeover"]');
    expect(await second.page.locator('#claim').innerText()).toContain('You are working on this item.');
    await first.page.reload();
    expect(await first.page.locator('#claim').innerText()).toContain(SECOND_STAFF.name);
    await submit(second.page, '#claim button[value="release"]');
    expect(await second.page.locator('#claim').innerText()).toContain('Nobody has claimed this item.');
    await first.context.close();
    await second.context.close();
  });

  it('upholds the selected items with one justification', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console?shopId=bulk-shop`);
    const ids = (await rowIds(page)).slice(0, 3) as string[];
    for (const id of ids) await page.check(`tr[data-id="${id}"] input[type="checkbox"]`);
    await page.fill('#bulk textarea[name="justification"]', 'Opened bags are no ground: returns accepted.');
    await Promise.all([page.waitForURL(/upheld=3/), page.click('#bulk button[type="submit"]')]);
    expect(await page.locator('.notice.ok').innerText()).toContain('Upheld 3 items.');
    for (const id of ids) {
      const stored = await api<{ review: { status: string; history: { action: string; justification: string }[] } }>(
        `/v1/checks/${id}`,
      );
      expect(stored.review.status).toBe('resolved');
      expect(stored.review.history.at(-1)).toMatchObject({
        action: 'uphold',
        justification: 'Opened bags are no ground: returns accepted.',
      });
    }
    expect(await page.locator('#showing').innerText()).toContain('27 items');
    await context.close();
  });
});

describe('5. Reports: the figures of GET /v1/reports/summary, a trend over days, a CSV', () => {
  it('shows the same figures as the reports endpoint, a column per day, and the reviewer table', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console/summary?lang=en`);
    const from = await page.locator('input[name="from"]').inputValue();
    const to = await page.locator('input[name="to"]').inputValue();
    const report = await api<ReportSummary>(`/v1/reports/summary?from=${from}&to=${to}`);
    for (const verdict of ['ALLOW', 'BLOCK', 'REVIEW'] as const)
      expect(await page.locator(`#totals [data-verdict="${verdict}"] b`).innerText()).toBe(
        String(report.checks[verdict]),
      );
    expect(report.checks.BLOCK).toBeGreaterThanOrEqual(30);
    expect(await page.locator('figure.trend .col[data-date]').count()).toBe(report.byDay.length);
    const busiest = report.byDay.reduce((a, b) =>
      a.BLOCK + a.ALLOW + a.REVIEW >= b.BLOCK + b.ALLOW + b.REVIEW ? a : b,
    );
    expect(await page.locator(`figure.trend .col[data-date="${busiest.date}"]`).getAttribute('data-total')).toBe(
      String(busiest.ALLOW + busiest.BLOCK + busiest.REVIEW),
    );
    expect(await page.locator('#by-reviewer').innerText()).toContain('dev-staff');
    expect(await page.locator('#by-shop').innerText()).toContain('tea-house');
    expect(await page.locator('#by-rule').innerText()).toContain('Opening to inspect does not affect intactness');
    await context.close();
  });

  it('downloads the period’s resolved items with reviewer, justification, time to resolve, item, price and flags', async () => {
    const { context, page } = await signedIn('first');
    await page.goto(`${service.url}/console/summary`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href^="/console/summary.csv"]'),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = (await readFile(path as string, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trimEnd().split('\r\n');
    for (const column of ['resolvedBy', 'justification', 'hoursToResolve', 'item', 'priceFen', 'flags'])
      expect(header?.split(',')).toContain(column);
    const headphones = rows.find((row) => row.includes(seeded.headphones));
    expect(headphones).toContain('蓝牙耳机 HP-200,29900,1,BLOCK');
    expect(headphones).toContain(SECOND_STAFF.name);
    expect(headphones).toContain('Courier photo checked: agreed.');
    expect(headphones).toContain('Box crushed in transit per courier photo.');
    await context.close();
  });
});

describe('6. API reference and landing page', () => {
  it('goes from GET / to a readable /docs with field descriptions and an example per verdict', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${service.url}/`);
    for (const href of ['/docs', '/openapi.json', '/rules', '/console'])
      expect(await page.locator(`main a[href="${href}"]`).count()).toBe(1);
    await Promise.all([page.waitForURL(/\/docs$/), page.click('main a[href="/docs"]')]);
    expect(await page.locator('script').count()).toBe(0);
    const checks = page.locator('#postV1Checks');
    expect(await checks.locator('td', { hasText: 'The ground the shop proposes for refusing' }).count()).toBe(1);
    const examples = await checks.locator('details > summary').allInnerTexts();
    for (const verdict of ['ALLOW', 'BLOCK', 'REVIEW'])
      expect(examples.filter((s) => s.includes(`Example — ${verdict}:`)).length).toBe(2);
    expect(await page.locator('#postV1ReviewsCheckidApproval').count()).toBe(1);
    await context.close();
  });
});

describe('7. Phone width and both languages', () => {
  const codes = ['packaging_opened', 'no_reason', 'accept_return', 'refund_overdue', 'awaiting_second_approval'];

  it('never scrolls sideways at 390 px, keeps chart labels legible, and shows no internal code in Chinese', async () => {
    const { context, page } = await signedIn('first', { width: 390, height: 844 }, true);
    const paths = [
      '/console',
      '/console?status=resolved',
      `/console/items/${seeded.tshirt}`,
      `/console/items/${seeded.policy}`,
      `/console/items/${seeded.flags[0]}`,
      '/console/summary',
    ];
    for (const lang of ['zh', 'en'] as const)
      for (const path of paths) {
        await page.goto(`${service.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} ${lang}`).toBeLessThanOrEqual(1);
        if (lang === 'zh') {
          const text = await page.locator('body').innerText();
          for (const code of codes) expect(text, `${path}: ${code}`).not.toContain(code);
          if (path.includes('items')) expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
        }
      }
    await page.goto(`${service.url}/console/summary?lang=zh`);
    const sizes = await page
      .locator('figure.trend .labels span')
      .evaluateAll((spans) => spans.map((s) => Number.parseFloat(getComputedStyle(s).fontSize)));
    expect(sizes.length).toBeGreaterThan(2);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11);
    for (const path of ['/', '/docs']) {
      await page.goto(`${service.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
});
