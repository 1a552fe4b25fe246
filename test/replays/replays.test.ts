import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplayApp } from '#functions/run-replays/app.js';
import type { CheckRequestInput } from '#schemas/check.js';
import { CheckRequestSchema } from '#schemas/check.js';
import type { ReplayItem, ReplayView } from '#schemas/replay.js';
import { decideCheck } from '#shared/decisions/checks.js';
import { REPLAY_LEASE_MS, runPendingReplays, startReplay, workReplay } from '#shared/replays/replay.js';
import { createServices, type Services } from '#shared/services.js';
import { createDocumentClient } from '#store/client.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, SHOP_B, STAFF, startTestStore, type TestStore } from '../support/store.js';

/**
 * Facts whose answers differ between r1 and r2, and facts both answer alike, each with the answer
 * RULES.md gives (never the engine's output). The stored checks are decided by the current ruleset
 * (r2, `cn-2024-07-01.r2`); the replay asks r1 (`cn-2024-07-01`).
 */
const FACTS = {
  // RULES.md 3.4: apparel with tags removed is not intact (NRR-MEASURES 9(3)); r1 judged the goods and
  // ALLOWed a refusal stated as "packaging opened"; r2 [change 1] judges the stated reason: BLOCK.
  tagsRemovedRefusedAsOpened: {
    request: { returnRequest: { condition: { packagingOpened: true, tagsRemoved: true } } },
    r1: 'ALLOW',
    r2: 'BLOCK',
  },
  // RULES.md 3.1: `return_window_expired` inside the window is BLOCK in both; r2 [change 13] adds the
  // refund deadline to a no-reason BLOCK that requires the return.
  windowExpiredInsideWindow: {
    request: { refusal: { reason: 'return_window_expired' } },
    r1: 'BLOCK',
    r2: 'BLOCK',
    r1Actions: ['accept_return'],
    r2Actions: ['accept_return', 'refund_within_7_days_of_receipt'],
  },
  // RULES.md 3.2: perishable goods refused as perishable: ALLOW (CRPL 25 ¶1(2)), unchanged by r2.
  perishableMilk: {
    request: { item: { category: 'food', name: '鲜牛奶', perishable: true }, refusal: { reason: 'perishable' } },
    r1: 'ALLOW',
    r2: 'ALLOW',
  },
  // RULES.md 3.2: an abuse claim is never decided automatically: REVIEW, unchanged by r2.
  abuseClaim: { request: { refusal: { reason: 'abusive_return' } }, r1: 'REVIEW', r2: 'REVIEW' },
  // RULES.md 3.2: custom-made goods refused as custom-made: ALLOW (CRPL 25 ¶1(1)), unchanged by r2.
  customMade: { request: { item: { customMade: true }, refusal: { reason: 'custom_made' } }, r1: 'ALLOW', r2: 'ALLOW' },
} as const;
type FactName = keyof typeof FACTS;
const CHANGES_UNDER_R1: readonly FactName[] = ['tagsRemovedRefusedAsOpened', 'windowExpiredInsideWindow'];

const R1 = 'cn-2024-07-01';
const DAY = '2026-11-10';

let store: TestStore;
let services: Services;
let now = new Date('2026-11-10T00:00:00+08:00');
const clock = () => now;

/** What the replay of `DAY` under r1 must list: checkId → its fact name. */
const seeded = new Map<string, { fact: FactName; shopId: string }>();
const outside: string[] = [];

async function decideAt(at: string, shopId: string, fact: FactName, n: number): Promise<string> {
  now = new Date(at);
  const request = CheckRequestSchema.parse(
    checkRequest({
      requestId: `R-${fact}-${shopId}-${n}`,
      order: { orderId: `O-${fact}-${n}` },
      ...(FACTS[fact].request as Partial<CheckRequestInput>),
    } as Parameters<typeof checkRequest>[0]),
  );
  const { record } = await decideCheck(services, shopId, request);
  expect(record.verdict).toBe(FACTS[fact].r2); // the store holds r2's answer (RULES.md)
  return record.checkId;
}

async function api(path: string, init: RequestInit = {}) {
  const res = await createReplayApp(services).request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const post = (body: unknown, key: string = STAFF.key) =>
  api('/v1/replays', { method: 'POST', headers: jsonHeaders(key), body: JSON.stringify(body) });

/** Every changed item of a replay, following the cursor page by page. */
async function allItems(replayId: string, limit: number): Promise<{ items: ReplayItem[]; pages: number }> {
  const items: ReplayItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body } = await api(`/v1/replays/${replayId}${query}`, { headers: bearer(STAFF.key) });
    expect(status).toBe(200);
    const view = body as unknown as ReplayView;
    items.push(...view.items);
    cursor = view.cursor;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

/** The stored checks, as the store returns them, to prove a replay never touches one. */
async function storedChecks(): Promise<unknown[]> {
  return Promise.all([...seeded.keys(), ...outside].map((id) => services.checks.get(id)));
}

beforeAll(async () => {
  store = await startTestStore();
  services = await store.freshTable({ clock });
  let n = 0;
  // Prepare: each fact for two shops across the China Standard Time day, including its first and
  // last minutes (00:30 CST is still the previous day in UTC) …
  const times = ['2026-11-10T00:30:00+08:00', '2026-11-10T12:00:00+08:00', '2026-11-10T23:59:59+08:00'];
  for (const fact of Object.keys(FACTS) as FactName[]) {
    for (const [i, shopId] of [SHOP_A.shopId, SHOP_B.shopId].entries()) {
      n += 1;
      const checkId = await decideAt(times[(n + i) % times.length] as string, shopId, fact, n);
      seeded.set(checkId, { fact, shopId });
    }
  }
  // … and changed facts on the days either side, which a replay of DAY must not see.
  outside.push(await decideAt('2026-11-09T23:59:59+08:00', SHOP_A.shopId, 'tagsRemovedRefusedAsOpened', 100));
  outside.push(await decideAt('2026-11-11T00:00:00+08:00', SHOP_A.shopId, 'windowExpiredInsideWindow', 101));
  now = new Date('2026-11-29T10:00:00+08:00');
});
afterAll(async () => store?.close());

const expectedChanged = (shopId?: string) =>
  [...seeded]
    .filter(([, s]) => CHANGES_UNDER_R1.includes(s.fact) && (!shopId || s.shopId === shopId))
    .map(([id]) => id)
    .sort();

function assessItems(items: readonly ReplayItem[]) {
  for (const item of items) {
    const fact = FACTS[(seeded.get(item.checkId) as { fact: FactName }).fact];
    expect(item.storedVerdict).toBe(fact.r2);
    expect(item.replayedVerdict).toBe(fact.r1);
    expect(item.storedRulesetVersion).toBe('cn-2024-07-01.r2');
    if ('r1Actions' in fact) {
      expect(item.replayedRequiredActions).toEqual(fact.r1Actions);
      expect(item.storedRequiredActions).toEqual(fact.r2Actions);
    }
    // Deciding rules are those of the verdict's own outcome (a BLOCK's `violated` findings …).
    expect(item.storedDecidingRules.length).toBeGreaterThan(0);
    expect(item.replayedDecidingRules.length).toBeGreaterThan(0);
  }
}

describe('Replays: what r1 would have decided on a day of checks stored under r2', () => {
  it('lists exactly the checks r1 decides differently, with the transitions, paginated', async () => {
    // Prepare
    const before = await storedChecks();
    const accepted = await post({ rulesetVersion: R1, from: DAY, to: DAY });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ replayId: expect.any(String), status: 'running' });
    const replayId = String(accepted.body.replayId);
    const running = await api(`/v1/replays/${replayId}`, { headers: bearer(STAFF.key) });
    expect(running.body).toMatchObject({ status: 'running', scanned: 0, changed: 0, items: [], cursor: null });

    // Act: the worker, with small pages so the day takes several.
    await runPendingReplays(services, { owner: 'test-worker', pageSize: 3 });

    // Assess
    const { body } = await api(`/v1/replays/${replayId}`, { headers: bearer(STAFF.key) });
    const changed = expectedChanged();
    expect(body).toMatchObject({
      replayId,
      status: 'done',
      rulesetVersion: R1,
      from: DAY,
      to: DAY,
      shopId: null,
      scanned: seeded.size,
      changed: changed.length,
      transitions: { 'BLOCK→ALLOW': 2, 'BLOCK→BLOCK': 2 },
    });
    expect(body.pages as number).toBeGreaterThanOrEqual(Math.ceil(seeded.size / 3));
    const { items, pages } = await allItems(replayId, 3);
    expect(pages).toBeGreaterThan(1);
    expect(items.map((i) => i.checkId).sort()).toEqual(changed);
    assessItems(items);
    expect(await storedChecks()).toEqual(before);
  });

  it('replays one shop only when shopId is given', async () => {
    const { body } = await post({ rulesetVersion: R1, from: DAY, to: DAY, shopId: SHOP_B.shopId });
    const replayId = String(body.replayId);
    await runPendingReplays(services, { owner: 'test-worker-b', pageSize: 4 });
    const view = (await api(`/v1/replays/${replayId}`, { headers: bearer(STAFF.key) })).body;
    expect(view).toMatchObject({ status: 'done', shopId: SHOP_B.shopId, scanned: seeded.size / 2, changed: 2 });
    const { items } = await allItems(replayId, 50);
    expect(items.map((i) => i.checkId).sort()).toEqual(expectedChanged(SHOP_B.shopId));
  });

  it('covers every day of a period, the days either side included when named', async () => {
    const { body } = await post({ rulesetVersion: R1, from: '2026-11-09', to: '2026-11-11' });
    await runPendingReplays(services, { owner: 'test-worker-c', pageSize: 50 });
    const view = (await api(`/v1/replays/${String(body.replayId)}`, { headers: bearer(STAFF.key) })).body;
    expect(view).toMatchObject({ status: 'done', scanned: seeded.size + 2, changed: expectedChanged().length + 2 });
  });
});

describe('Replays survive a worker that stops or dies mid-period', () => {
  const uninterrupted = async () => {
    const job = await startReplay(services, { rulesetVersion: R1, from: DAY, to: DAY }, 'test');
    await workReplay(services, job.replayId, { owner: 'straight', pageSize: 2 });
    return services.replays.get(job.replayId);
  };

  it('resumes after its time budget ran out, from the saved position, with the same counts', async () => {
    const reference = await uninterrupted();
    const job = await startReplay(services, { rulesetVersion: R1, from: DAY, to: DAY }, 'test');
    let pagesLeft = 2;
    const first = await workReplay(services, job.replayId, {
      owner: 'first',
      pageSize: 2,
      shouldStop: () => pagesLeft-- <= 0,
    });
    expect(first).toMatchObject({ pages: 2, status: 'running' });
    // The next worker need not wait for the lease: the first let go of it when it stopped.
    const second = await workReplay(services, job.replayId, { owner: 'second', pageSize: 2 });
    expect(second.status).toBe('done');
    const resumed = await services.replays.get(job.replayId);
    expect(resumed).toMatchObject({
      status: 'done',
      pages: reference?.pages,
      scanned: reference?.scanned,
      changed: reference?.changed,
      transitions: reference?.transitions,
    });
  });

  it('re-runs the page a dead worker wrote but did not save, and counts it once', async () => {
    const reference = await uninterrupted();
    const before = await storedChecks();
    const job = await startReplay(services, { rulesetVersion: R1, from: DAY, to: DAY }, 'test');
    // Prepare: a worker whose process dies (a Lambda timeout) after writing its third page's changed
    // checks, just before saving that page's progress.
    const db = createDocumentClient({ region: services.config.region, endpoint: store.endpoint, maxAttempts: 1 });
    let saves = 0;
    db.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { UpdateExpression?: string };
        if (input.UpdateExpression?.includes('#position = :next') && ++saves === 3)
          throw new Error('Task timed out after 900.00 seconds');
        return next(args);
      },
      { step: 'initialize', name: 'dieBeforeThirdSave' },
    );
    const dying = createServices(services.config, { db, clock });
    try {
      // Act
      await expect(workReplay(dying, job.replayId, { owner: 'dies', pageSize: 2 })).rejects.toThrow();
      const stalled = await services.replays.get(job.replayId);
      expect(stalled).toMatchObject({ status: 'running', pages: 2 });
      // Another worker cannot take the job while the dead one's lease lasts …
      expect(await workReplay(services, job.replayId, { owner: 'too-early', pageSize: 2 })).toMatchObject({
        pages: 0,
        status: 'running',
      });
      // … and resumes it once the lease has run out.
      now = new Date(now.getTime() + REPLAY_LEASE_MS + 1_000);
      const resumed = await workReplay(services, job.replayId, { owner: 'resumes', pageSize: 2 });
      expect(resumed.status).toBe('done');
    } finally {
      db.destroy();
    }

    // Assess: the same counts and items as a replay that was never interrupted.
    const done = await services.replays.get(job.replayId);
    expect(done).toMatchObject({
      status: 'done',
      pages: reference?.pages,
      scanned: reference?.scanned,
      changed: reference?.changed,
      transitions: reference?.transitions,
    });
    const { items } = await allItems(job.replayId, 100);
    expect(items.map((i) => i.checkId).sort()).toEqual(expectedChanged());
    expect(await storedChecks()).toEqual(before);
  });
});

describe('Replays and rulesets over HTTP: keys and validation', () => {
  it('lists the released rulesets to any key', async () => {
    for (const key of [SHOP_A.key, STAFF.key]) {
      const { status, body } = await api('/v1/rulesets', { headers: bearer(key) });
      expect(status).toBe(200);
      const items = body.items as { id: string; status: string; lawBaseline: string; changes: string[] }[];
      expect(items.map((r) => [r.id, r.status])).toEqual([
        ['cn-2024-07-01', 'retired'],
        ['cn-2024-07-01.r2', 'current'],
      ]);
      for (const r of items) {
        expect(r).toMatchObject({ lawBaseline: '2024-07-01', releasedAt: expect.any(String) });
        expect(Array.isArray(r.changes)).toBe(true);
      }
      expect(items[1]?.changes.length).toBeGreaterThan(0);
    }
    expect((await api('/v1/rulesets')).status).toBe(401);
  });

  it('refuses shop keys on replays (403) and unknown keys (401)', async () => {
    expect((await post({ rulesetVersion: R1, from: DAY, to: DAY }, SHOP_A.key)).status).toBe(403);
    const { body } = await post({ rulesetVersion: R1, from: DAY, to: DAY });
    expect((await api(`/v1/replays/${String(body.replayId)}`, { headers: bearer(SHOP_A.key) })).status).toBe(403);
    expect((await post({ rulesetVersion: R1, from: DAY, to: DAY }, 'rg_no_such_key_at_all')).status).toBe(401);
  });

  it.each([
    ['an unknown field, named', { rulesetVersion: R1, from: DAY, to: DAY, shop: 'x' }, 'shop'],
    ['an unknown ruleset', { rulesetVersion: 'cn-2099-01-01', from: DAY, to: DAY }, 'rulesetVersion'],
    ['from after to', { rulesetVersion: R1, from: '2026-11-30', to: '2026-11-01' }, 'to'],
    ['a date that does not exist', { rulesetVersion: R1, from: '2026-02-30', to: DAY }, 'from'],
    ['a date-time instead of a date', { rulesetVersion: R1, from: '2026-11-01T00:00:00+08:00', to: DAY }, 'from'],
    ['a missing period', { rulesetVersion: R1 }, 'from'],
    ['a period over ten years', { rulesetVersion: R1, from: '2014-01-01', to: '2026-11-01' }, 'to'],
    ['an empty shopId', { rulesetVersion: R1, from: DAY, to: DAY, shopId: '' }, 'shopId'],
  ])('answers 400 naming the field for %s', async (_name, body, path) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect((res.body.issues as { path: string }[]).map((i) => i.path)).toContain(path);
  });

  it('answers 400 for malformed JSON, a bad cursor or limit, 404 for an unknown replay', async () => {
    const malformed = await api('/v1/replays', { method: 'POST', headers: jsonHeaders(STAFF.key), body: '{"from":' });
    expect(malformed.status).toBe(400);
    const { body } = await post({ rulesetVersion: R1, from: DAY, to: DAY });
    const id = String(body.replayId);
    for (const query of ['?cursor=not-a-cursor', '?limit=0', '?limit=abc', '?colour=red']) {
      const res = await api(`/v1/replays/${id}${query}`, { headers: bearer(STAFF.key) });
      expect(res.status, query).toBe(400);
    }
    // A cursor of another replay's items is refused too.
    const foreign = Buffer.from(JSON.stringify({ pk: 'REPLAY#01ARZ3NDEKTSV4RRFFQ69G5FAV', sk: 'ITEM#x' })).toString(
      'base64url',
    );
    expect((await api(`/v1/replays/${id}?cursor=${foreign}`, { headers: bearer(STAFF.key) })).status).toBe(400);
    expect((await api('/v1/replays/01ARZ3NDEKTSV4RRFFQ69G5FAV', { headers: bearer(STAFF.key) })).status).toBe(404);
    expect((await api('/v1/replays/nope', { headers: bearer(STAFF.key) })).status).toBe(400);
  });
});

describe('OpenAPI: the rulesets and replays routes', () => {
  it('documents GET /v1/rulesets, POST /v1/replays (strict body) and GET /v1/replays/{replayId}', async () => {
    const { buildOpenApiDocument } = await import('#http/openapi.js');
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    expect(doc.paths['/v1/rulesets']?.get).toBeDefined();
    const post = doc.paths['/v1/replays']?.post;
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(['202', '400', '401', '403']));
    const body = JSON.stringify(post?.requestBody);
    expect(body).toContain('rulesetVersion');
    expect(body).toContain('"additionalProperties":false');
    const get = doc.paths['/v1/replays/{replayId}']?.get;
    const names = ((get?.parameters ?? []) as { name: string }[]).map((p) => p.name);
    expect(names).toEqual(['replayId', 'limit', 'cursor']);
  });
});
