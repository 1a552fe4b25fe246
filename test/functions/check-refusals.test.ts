import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import type { Services } from '#shared/services.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, SHOP_B, STAFF, startTestStore, type TestStore } from '../support/store.js';

let store: TestStore;
let services: Services;
let app: ReturnType<typeof createCheckApp>;

beforeAll(async () => {
  store = await startTestStore();
  services = store.services;
  app = createCheckApp(services);
});
afterAll(async () => store.close());

const post = (body: unknown, key: string = SHOP_A.key) =>
  app.request('/v1/checks', {
    method: 'POST',
    headers: jsonHeaders(key),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /v1/checks', () => {
  it('decides, stores and answers 201 with the contract body', async () => {
    // Prepare
    const request = checkRequest({ requestId: 'create-1' });
    // Act
    const res = await post(request);
    // Assess
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      verdict: 'BLOCK',
      // RULES.md §3 "Refund deadline" [r2]: a no-reason BLOCK that requires the return requires the refund too.
      requiredActions: ['accept_return', 'refund_within_7_days_of_receipt'],
      rulesetVersion: 'cn-2024-07-01.r2',
      review: { status: 'open', version: 1 },
      deadlines: { returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00' },
    });
    // Contract 1.1: one message for the consumer (addressed to them, no codes) and one for the shop.
    expect(body.summary.consumer.zh).toMatch(/您/);
    expect(body.summary.consumer.zh).not.toMatch(/[a-z_]{4,}/);
    expect(body.summary.shop.zh).toMatch(/《.+》第.+条/);
    expect(body.checkId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(body.decidedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+08:00$/);
    expect(res.headers.get('location')).toBe(`/v1/checks/${body.checkId}`);
    const violated = body.findings.find((f: { outcome: string }) => f.outcome === 'violated');
    expect(violated.citations.length).toBeGreaterThan(0);
    expect(violated.citations[0].text.length).toBeGreaterThan(20);
    expect(violated.message.zh.length).toBeGreaterThan(0);
    expect(violated.message.en.length).toBeGreaterThan(0);
    const stored = await services.checks.findByRequestId(SHOP_A.shopId, 'create-1');
    expect(stored?.checkId).toBe(body.checkId);
  });

  it('replays an identical request byte for byte with Idempotent-Replayed: true', async () => {
    const request = checkRequest({ requestId: 'replay-1' });
    const first = await post(request);
    const again = await post(request);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await again.text()).toBe(await first.text());
  });

  it('replays the stored answer byte for byte even after staff resolved the check', async () => {
    const request = checkRequest({ requestId: 'replay-after-review' });
    const first = await post(request);
    const { checkId } = await first.clone().json();
    await services.reviews.resolve(checkId, {
      action: 'uphold',
      justification: 'Opened bag is no ground; return accepted.',
      expectedVersion: 1,
      resolvedBy: 'test-staff',
      resolvedAt: '2026-11-26T10:00:00.000+08:00',
    });
    const again = await post(request);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(await first.text());
    const read = await (await app.request(`/v1/checks/${checkId}`, { headers: bearer(SHOP_A.key) })).json();
    expect(read.review).toMatchObject({ status: 'resolved', version: 2, finalVerdict: 'BLOCK' });
    expect(read.verdict).toBe('BLOCK');
  });

  it('treats a body that only spells defaults out as the same request', async () => {
    const request = checkRequest({ requestId: 'replay-defaults' });
    const first = await post(request);
    const spelled = checkRequest({
      requestId: 'replay-defaults',
      item: { durable: false, threeGuarantees: false },
      order: { consumerChoseCarrier: false },
    });
    const again = await post(spelled);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(await first.text());
  });

  it('answers 409 when a requestId is reused with a different body', async () => {
    await post(checkRequest({ requestId: 'conflict-1' }));
    const res = await post(checkRequest({ requestId: 'conflict-1', refusal: { reason: 'not_intact' } }));
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: 'idempotency_conflict' });
  });

  it('keeps request ids per shop: another shop may use the same id', async () => {
    await post(checkRequest({ requestId: 'per-shop-1' }), SHOP_A.key);
    const res = await post(checkRequest({ requestId: 'per-shop-1' }), SHOP_B.key);
    expect(res.status).toBe(201);
  });

  it('stores exactly one decision for any number of concurrent duplicates', async () => {
    const request = checkRequest({ requestId: 'concurrent-1' });
    const responses = await Promise.all(Array.from({ length: 24 }, () => post(request)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(23);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    const list = await services.checks.listByOrder(SHOP_A.shopId, 'O-1001', { limit: 100 });
    expect(list.items.filter((i) => i.requestId === 'concurrent-1')).toHaveLength(1);
  });

  it('lets concurrent different bodies under one id produce one decision and conflicts', async () => {
    const variants = ['not_intact', 'packaging_opened', 'other', 'perishable'] as const;
    const responses = await Promise.all(
      variants.map((reason) => post(checkRequest({ requestId: 'concurrent-2', refusal: { reason } }))),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
  });
});

describe('Authentication and roles', () => {
  it('answers 401 without a key or with an unknown key', async () => {
    const none = await app.request('/v1/checks', { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    const unknown = await post(checkRequest(), 'rg_not_a_real_key');
    expect(unknown.status).toBe(401);
  });

  it('refuses a staff key on POST /v1/checks with 403', async () => {
    const res = await post(checkRequest({ requestId: 'staff-post' }), STAFF.key);
    expect(res.status).toBe(403);
  });

  it("hides another shop's check (404) and shows it to staff", async () => {
    const created = await (await post(checkRequest({ requestId: 'tenant-1' }), SHOP_A.key)).json();
    const asOther = await app.request(`/v1/checks/${created.checkId}`, { headers: bearer(SHOP_B.key) });
    expect(asOther.status).toBe(404);
    const asOwner = await app.request(`/v1/checks/${created.checkId}`, { headers: bearer(SHOP_A.key) });
    expect(asOwner.status).toBe(200);
    const asStaff = await app.request(`/v1/checks/${created.checkId}`, { headers: bearer(STAFF.key) });
    expect(asStaff.status).toBe(200);
    const body = await asStaff.json();
    expect(body.shopId).toBe(SHOP_A.shopId);
    expect(body.request.requestId).toBe('tenant-1');
    expect(body.review.history).toEqual([]);
  });

  it('answers 404 for an unknown check id', async () => {
    const res = await app.request('/v1/checks/01ARZ3NDEKTSV4RRFFQ69G5FAV', { headers: bearer(SHOP_A.key) });
    expect(res.status).toBe(404);
  });
});

describe('GET /v1/checks?orderId=', () => {
  it("pages through a shop's checks for one order, newest first", async () => {
    const fresh = await store.freshTable();
    const local = createCheckApp(fresh);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await local.request('/v1/checks', {
        method: 'POST',
        headers: jsonHeaders(SHOP_A.key),
        body: JSON.stringify(checkRequest({ requestId: `list-${i}`, order: { orderId: 'O-LIST' } })),
      });
      ids.push((await res.json()).checkId);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `orderId=O-LIST&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await local.request(`/v1/checks?${query}`, { headers: bearer(SHOP_A.key) });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { checkId: string }[]; cursor: string | null };
      seen.push(...page.items.map((i) => i.checkId));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const otherShop = await local.request('/v1/checks?orderId=O-LIST', { headers: bearer(SHOP_B.key) });
    expect((await otherShop.json()).items).toEqual([]);
    const staffWithoutShop = await local.request('/v1/checks?orderId=O-LIST', { headers: bearer(STAFF.key) });
    expect(staffWithoutShop.status).toBe(400);
    const staff = await local.request(`/v1/checks?orderId=O-LIST&shopId=${SHOP_A.shopId}`, {
      headers: bearer(STAFF.key),
    });
    expect((await staff.json()).items).toHaveLength(5);
  });

  it('refuses a cursor it did not issue for this order with 400', async () => {
    const forged = Buffer.from(JSON.stringify({ gsi2pk: 'ORDER#shop-b#O-1', pk: 'x', sk: 'y', gsi2sk: 'z' })).toString(
      'base64url',
    );
    for (const cursor of ['not-a-cursor', forged]) {
      const res = await app.request(`/v1/checks?orderId=O-1&cursor=${cursor}`, { headers: bearer(SHOP_A.key) });
      expect(res.status).toBe(400);
      expect((await res.json()).issues[0].path).toBe('cursor');
    }
  });

  it('names a shop key asking for another shop with 403', async () => {
    const res = await app.request(`/v1/checks?orderId=O-1&shopId=${SHOP_B.shopId}`, { headers: bearer(SHOP_A.key) });
    expect(res.status).toBe(403);
  });
});

describe('Validation', () => {
  it.each([
    ['malformed JSON', '{"requestId": ', ''],
    ['an array', '[]', ''],
    [
      'an unknown category',
      { ...checkRequest(), item: { ...checkRequest().item, category: 'spaceships' } },
      'item.category',
    ],
    ['a wrong type', { ...checkRequest(), item: { ...checkRequest().item, priceFen: '9900' } }, 'item.priceFen'],
    ['a bad requestId', { ...checkRequest(), requestId: 'has space' }, 'requestId'],
    [
      'a time without offset',
      { ...checkRequest(), order: { ...checkRequest().order, placedAt: '2026-04-01T09:00:00' } },
      'order.placedAt',
    ],
    [
      'an impossible date',
      { ...checkRequest(), order: { ...checkRequest().order, placedAt: '2026-02-30T09:00:00+08:00' } },
      'order.placedAt',
    ],
    ['a missing section', { ...checkRequest(), refusal: undefined }, 'refusal'],
    ['an unknown refusal reason', { ...checkRequest(), refusal: { reason: 'because' } }, 'refusal.reason'],
  ])('answers 400 with the path for %s', async (_name, body, path) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error).toBe('invalid_request');
    expect(json.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('answers 400 for a body over 64 KiB', async () => {
    const big = { ...checkRequest(), refusal: { reason: 'other', note: 'x'.repeat(70 * 1024) } };
    const res = await post(big);
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].message).toMatch(/64 KiB/);
  });

  it('lists every problem, not just the first', async () => {
    const res = await post({ requestId: '', order: {}, item: {}, returnRequest: {}, refusal: {} });
    const paths = (await res.json()).issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['requestId', 'order.orderId', 'item.category', 'refusal.reason']));
  });
});

describe('Operations endpoints', () => {
  it('answers /healthz with ok once the store is reachable', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document generated from the validating schemas', async () => {
    const res = await app.request('/openapi.json');
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    const schema = doc.paths['/v1/checks'].post.requestBody.content['application/json'].schema;
    expect(schema.properties.item.properties.category.enum).toContain('newspapers_periodicals');
    expect(schema.required).toEqual(expect.arrayContaining(['requestId', 'order', 'item', 'returnRequest', 'refusal']));
    const response = doc.paths['/v1/checks'].post.responses['201'].content['application/json'].schema;
    expect(response.properties.verdict.enum).toEqual(['ALLOW', 'BLOCK', 'REVIEW']);
    expect(JSON.stringify(response)).not.toContain('"additionalProperties":false');
    const docs = await app.request('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/openapi.json');
  });
});
