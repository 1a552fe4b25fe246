import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import type { Services } from '#shared/services.js';
import { REPORT_SHARDS, type ReportSummary, reportKeys } from '#store/reports.js';
import { FUNCTIONS } from '../../infra/functions.js';
import { storeCheck } from '../reviews/support.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, SHOP_B, STAFF, startTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-04-06T02:00:00.000Z'); // 2026-04-06 10:00 China Standard Time
const clock = () => NOW;
const STAFF_2 = { key: 'rg_test_staff_two_key', name: 'second-staff' } as const;

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore({ clock });
});
afterAll(async () => {
  await store?.close();
});

async function fresh(): Promise<{ services: Services; app: ReturnType<typeof createReviewApp> }> {
  const services = await store.freshTable({ clock });
  await services.principals.putKey(STAFF_2.key, { role: 'staff', name: STAFF_2.name });
  return { services, app: createReviewApp(services) };
}

async function summary(app: ReturnType<typeof createReviewApp>, query: string): Promise<ReportSummary> {
  const res = await app.request(`/v1/reports/summary?${query}`, { headers: bearer(STAFF.key) });
  expect(res.status).toBe(200);
  return (await res.json()) as ReportSummary;
}

async function post(app: ReturnType<typeof createReviewApp>, path: string, body: unknown, key: string = STAFF.key) {
  const res = await app.request(path, { method: 'POST', headers: jsonHeaders(key), body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

describe('GET /v1/reports/summary — per-shop daily aggregates', () => {
  it('counts each decision once, however often its request is replayed or raced', async () => {
    // Prepare
    const { services, app } = await fresh();
    const checks = createCheckApp(services);
    const body = JSON.stringify(checkRequest({ requestId: 'R-RACE-1' }));
    const send = () => checks.request('/v1/checks', { method: 'POST', headers: jsonHeaders(SHOP_A.key), body });
    // Act: ten concurrent identical requests, then two replays
    const statuses = (await Promise.all(Array.from({ length: 10 }, send))).map((r) => r.status);
    await send();
    await send();
    // Assess
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const figures = await summary(app, `from=2026-04-06&to=2026-04-06&shopId=${SHOP_A.shopId}`);
    expect(figures.checks).toEqual({ ALLOW: 0, BLOCK: 1, REVIEW: 0, total: 1 });
    expect(figures.blocksByRule).toHaveLength(1);
    expect(figures.byDay).toEqual([{ date: '2026-04-06', ALLOW: 0, BLOCK: 1, REVIEW: 0, flags: 0, overridden: 0 }]);
  });

  it('sums shops and days, by verdict, deciding rule, flag and reviewer, with the time to resolve', async () => {
    // Prepare: two shops, three days
    const { services, app } = await fresh();
    const a1 = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-03T09:00:00.000+08:00',
    });
    await storeCheck(services, { shopId: SHOP_A.shopId, verdict: 'BLOCK', decidedAt: '2026-04-03T23:59:00.000+08:00' });
    await storeCheck(services, { shopId: SHOP_A.shopId, verdict: 'ALLOW', decidedAt: '2026-04-04T00:00:00.000+08:00' });
    const b1 = await storeCheck(services, {
      shopId: SHOP_B.shopId,
      verdict: 'REVIEW',
      decidedAt: '2026-04-05T08:00:00.000+08:00',
    });
    await storeCheck(services, { shopId: SHOP_B.shopId, verdict: 'BLOCK', decidedAt: '2026-04-02T08:00:00.000+08:00' });
    for (let i = 0; i < 2; i++)
      await services.flags.raise(
        {
          flag: 'refund_overdue',
          shopId: SHOP_B.shopId,
          orderId: 'O-F',
          sku: 'S',
          details: {},
          message: { zh: '逾期', en: 'late' },
        },
        new Date('2026-04-05T04:00:00.000Z'),
      );
    // Act: a REVIEW upheld (one step), a BLOCK overridden by two people
    await post(app, `/v1/reviews/${b1.checkId}/resolution`, {
      action: 'uphold',
      justification: 'Abuse confirmed by the chat log.',
      expectedVersion: 1,
    });
    await post(app, `/v1/reviews/${a1.checkId}/resolution`, {
      action: 'override',
      justification: 'Seal broken on the photo.',
      expectedVersion: 1,
    });
    let figures = await summary(app, 'from=2026-04-03&to=2026-04-05');
    expect(figures.overridden).toBe(0); // proposed only
    await post(
      app,
      `/v1/reviews/${a1.checkId}/approval`,
      { approve: true, justification: 'Agreed, photo checked.', expectedVersion: 2 },
      STAFF_2.key,
    );
    figures = await summary(app, 'from=2026-04-03&to=2026-04-05');
    // Assess (the BLOCK of 2026-04-02 lies outside the period)
    expect(figures.shopId).toBeNull();
    expect(figures.checks).toEqual({ ALLOW: 1, BLOCK: 2, REVIEW: 1, total: 4 });
    expect(figures.overridden).toBe(1);
    expect(figures.blocksByRule).toEqual([{ ruleId: 'cn.nrr-measures.art8.para3', count: 2 }]);
    expect(figures.flags).toEqual({ refund_overdue: 1 });
    expect(figures.byDay).toEqual([
      { date: '2026-04-03', ALLOW: 0, BLOCK: 2, REVIEW: 0, flags: 0, overridden: 1 },
      { date: '2026-04-04', ALLOW: 1, BLOCK: 0, REVIEW: 0, flags: 0, overridden: 0 },
      { date: '2026-04-05', ALLOW: 0, BLOCK: 0, REVIEW: 1, flags: 1, overridden: 0 },
    ]);
    expect(figures.byShop.map((s) => [s.shopId, s.BLOCK, s.REVIEW, s.flags])).toEqual([
      ['shop-a', 2, 0, 0],
      ['shop-b', 0, 1, 1],
    ]);
    expect(figures.byReviewer).toEqual([
      { reviewer: expect.stringContaining(STAFF.name), resolved: 2, overridden: 1, overrideRate: 0.5 },
    ]);
    // b1 decided 04-05 08:00, resolved 04-06 10:00 (26 h); a1 decided 04-03 09:00, approved 04-06 10:00 (73 h)
    expect(figures.resolution).toEqual({ resolved: 2, averageHours: 49.5 });
    // Act: re-resolving the overridden check as upheld moves its count back
    await post(app, `/v1/reviews/${a1.checkId}/resolution`, {
      action: 'uphold',
      justification: 'The consumer sent a new photo.',
      expectedVersion: 3,
    });
    figures = await summary(app, `from=2026-04-03&to=2026-04-05&shopId=${SHOP_A.shopId}`);
    expect(figures.overridden).toBe(0);
    expect(figures.resolution.resolved).toBe(1);
  });

  it('reads one item per shard and day, never the decisions (cost grows with days, not checks)', async () => {
    const { services } = await fresh();
    for (let i = 0; i < 40; i++)
      await storeCheck(services, {
        shopId: SHOP_A.shopId,
        verdict: 'BLOCK',
        decidedAt: '2026-04-03T09:00:00.000+08:00',
      });
    let items = 0;
    for (let shard = 0; shard < REPORT_SHARDS; shard++) {
      const { Items } = await services.db.send(
        new QueryCommand({
          TableName: services.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': reportKeys.dayPartition(SHOP_A.shopId, shard) },
        }),
      );
      items += Items?.length ?? 0;
    }
    expect(items).toBeLessThanOrEqual(REPORT_SHARDS);
    expect((await services.reports.summary({ from: '2026-04-03', to: '2026-04-03' })).checks.BLOCK).toBe(40);
  });

  it('answers 400 with the issue path for a bad period and 403 to a shop key', async () => {
    const { app } = await fresh();
    for (const [query, path] of [
      ['from=2026-04-31&to=2026-05-01', 'from'],
      ['from=2026-05-02&to=2026-05-01', 'to'],
      ['from=2025-01-01&to=2026-05-01', 'to'],
      ['to=2026-05-01', 'from'],
    ] as const) {
      const res = await app.request(`/v1/reports/summary?${query}`, { headers: bearer(STAFF.key) });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { issues: { path: string }[] };
      expect(body.issues.map((i) => i.path)).toContain(path);
    }
    const extra = await app.request('/v1/reports/summary?from=2026-05-01&to=2026-05-01&extra=1', {
      headers: bearer(STAFF.key),
    });
    expect(extra.status).toBe(400);
    const shop = await app.request('/v1/reports/summary?from=2026-05-01&to=2026-05-01', {
      headers: bearer(SHOP_A.key),
    });
    expect(shop.status).toBe(403);
  });

  it('may be written by every function that stores a check, a flag or a resolution (IAM UpdateItem)', () => {
    // Each of these counts what it stores with an atomic ADD; without the grant the count is lost in AWS.
    for (const name of ['checkRefusals', 'reviewDecisions', 'receiveOrderEvents', 'sweepOverdueRefunds'] as const)
      expect(FUNCTIONS[name].tableActions, name).toContain('dynamodb:UpdateItem');
    // and no LeadingKeys restriction keeps them from the report items
    for (const name of ['checkRefusals', 'reviewDecisions', 'receiveOrderEvents', 'sweepOverdueRefunds'] as const)
      expect((FUNCTIONS[name] as { writeKeyPrefixes?: readonly string[] }).writeKeyPrefixes, name).toBeUndefined();
  });
});
