import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import type { StoredCheck } from '#schemas/check.js';
import type { Services } from '#shared/services.js';
import { hashKey } from '#store/principals.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, SHOP_B, STAFF, startTestStore, type TestStore } from '../support/store.js';
import { storeCheck, storeFlag } from './support.js';

const NOW = new Date('2026-04-06T02:00:00.000Z'); // 2026-04-06 10:00 China Standard Time
const clock = () => NOW;
const STAFF_KEY_ID = hashKey(STAFF.key).slice(0, 12);
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
  return { services, app: createReviewApp(services) };
}

async function resolve(
  app: ReturnType<typeof createReviewApp>,
  id: string,
  body: unknown,
  key: string = STAFF.key,
): Promise<Response> {
  return app.request(`/v1/reviews/${id}/resolution`, {
    method: 'POST',
    headers: jsonHeaders(key),
    body: JSON.stringify(body),
  });
}

async function list(app: ReturnType<typeof createReviewApp>, query = '', key: string = STAFF.key) {
  const res = await app.request(`/v1/reviews${query}`, { headers: bearer(key) });
  return { res, body: (await res.json()) as { items: Record<string, unknown>[]; cursor: string | null } };
}

describe('GET /v1/reviews — the review queue', () => {
  it('lists the open BLOCK and REVIEW checks of every shop, oldest first, and never an ALLOW', async () => {
    // Prepare
    const { services, app } = await fresh();
    const late = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    const early = await storeCheck(services, {
      shopId: SHOP_B.shopId,
      verdict: 'REVIEW',
      decidedAt: '2026-04-03T09:00:00.000+08:00',
    });
    await storeCheck(services, { shopId: SHOP_A.shopId, verdict: 'ALLOW', decidedAt: '2026-04-04T09:00:00.000+08:00' });
    // Act
    const { res, body } = await list(app);
    // Assess
    expect(res.status).toBe(200);
    expect(body.items.map((i) => i.id)).toEqual([early.checkId, late.checkId]);
    expect(body.items[0]).toMatchObject({
      type: 'check',
      id: early.checkId,
      checkId: early.checkId,
      shopId: SHOP_B.shopId,
      orderId: early.orderId,
      createdAt: early.decidedAt,
      verdict: 'REVIEW',
      status: 'open',
      version: 1,
      ruleId: 'cn.nrr-measures.art8.evidence',
    });
    expect(body.items[1]).toMatchObject({ ruleId: 'cn.nrr-measures.art8.para3', verdict: 'BLOCK' });
    expect(body.cursor).toBeNull();
    expect((await list(app, '?status=resolved')).body.items).toEqual([]);
  });

  it("narrows the queue to one shop's items with shopId", async () => {
    const { services, app } = await fresh();
    await storeCheck(services, { shopId: SHOP_A.shopId, verdict: 'BLOCK', decidedAt: '2026-04-05T12:00:00.000+08:00' });
    const b = await storeCheck(services, {
      shopId: SHOP_B.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T13:00:00.000+08:00',
    });
    const { body } = await list(app, `?shopId=${SHOP_B.shopId}`);
    expect(body.items.map((i) => i.id)).toEqual([b.checkId]);
  });

  it('pages oldest first with limit and an opaque cursor, and refuses a cursor from another listing', async () => {
    // Prepare
    const { services, app } = await fresh();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (
          await storeCheck(services, {
            shopId: SHOP_A.shopId,
            verdict: 'BLOCK',
            decidedAt: `2026-04-0${i + 1}T10:00:00.000+08:00`,
          })
        ).checkId,
      );
    // Act
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { res, body } = await list(app, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...body.items.map((i) => String(i.id)));
      cursor = body.cursor;
      pages += 1;
    } while (cursor && pages < 10);
    // Assess
    expect(seen).toEqual(ids);
    const first = await list(app, '?limit=2');
    const tampered = await list(app, `?limit=2&shopId=${SHOP_B.shopId}&cursor=${first.body.cursor}`);
    expect(tampered.res.status).toBe(400);
    expect(tampered.body).toMatchObject({ error: 'invalid_request', issues: [{ path: 'cursor' }] });
    expect((await list(app, '?cursor=not-a-cursor')).res.status).toBe(400);
    expect((await list(app, `?status=resolved&cursor=${first.body.cursor}`)).res.status).toBe(400);
  });

  it('answers 400 with the issue path for a bad status or limit', async () => {
    const { app } = await fresh();
    const bad = await list(app, '?status=closed&limit=101');
    expect(bad.res.status).toBe(400);
    expect((bad.body as unknown as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
      'limit',
      'status',
    ]);
  });

  it('lists and resolves reconciliation flags beside checks, with the legal clock of an overdue refund', async () => {
    // Prepare
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-02T10:00:00.000+08:00',
    });
    await storeFlag(services, {
      flagId: 'flg_overdue_1',
      flag: 'refund_overdue',
      shopId: SHOP_A.shopId,
      createdAt: '2026-04-01T08:00:00.000+08:00',
      checkId: check.checkId,
      details: { dueAt: '2026-04-02T23:59:59.999+08:00', receivedAt: '2026-03-26T10:00:00+08:00', daysOverdue: 1 },
    });
    // Act
    const { body } = await list(app, `?shopId=${SHOP_A.shopId}`);
    // Assess
    expect(body.items.map((i) => i.id)).toEqual(['flg_overdue_1', check.checkId]);
    expect(body.items[0]).toMatchObject({
      type: 'flag',
      flag: 'refund_overdue',
      checkId: check.checkId,
      orderId: 'O-FLAG-1',
      version: 1,
      dueAt: '2026-04-02T23:59:59.999+08:00',
      // Calendar days in China Standard Time, as the flag counts them: 04-03 is day 1, 04-06 day 4.
      daysOverdue: 4,
    });
    expect(body.items[0]).not.toHaveProperty('verdict');

    const res = await resolve(app, 'flg_overdue_1', {
      action: 'uphold',
      justification: 'Refund confirmed missing in the ledger.',
      expectedVersion: 1,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      type: 'flag',
      flagId: 'flg_overdue_1',
      review: {
        status: 'resolved',
        version: 2,
        finalVerdict: 'BLOCK',
        outcome: 'confirmed',
        history: [{ action: 'uphold', verdict: 'BLOCK', version: 2, resolvedBy: `${STAFF.name} (${STAFF_KEY_ID})` }],
      },
    });
    expect((await list(app, '?status=resolved')).body.items.map((i) => i.id)).toEqual(['flg_overdue_1']);
  });
});

describe('POST /v1/reviews/{checkId}/resolution', () => {
  it('overrides a BLOCK only with a second staff member: proposal, 403 to the proposer, approval by another', async () => {
    // Prepare
    const { services, app } = await fresh();
    await services.principals.putKey(STAFF_2.key, { role: 'staff', name: STAFF_2.name });
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    // Act: the first staff member proposes
    const res = await resolve(app, check.checkId, {
      action: 'override',
      justification: '  The photo shows a broken hygiene seal.  ',
      expectedVersion: 1,
    });
    // Assess: nothing overridden yet, the item still open in the queue
    expect(res.status).toBe(200);
    const proposed = (await res.json()) as StoredCheck;
    expect(proposed.verdict).toBe('BLOCK');
    expect(proposed.review).toMatchObject({
      status: 'awaiting_second_approval',
      version: 2,
      pendingOverride: {
        proposedBy: `${STAFF.name} (${STAFF_KEY_ID})`,
        justification: 'The photo shows a broken hygiene seal.',
      },
    });
    expect(proposed.review.finalVerdict).toBeUndefined();
    expect((await list(app)).body.items).toMatchObject([
      { id: check.checkId, status: 'open', reviewStatus: 'awaiting_second_approval', version: 2 },
    ]);
    // Act: the proposer tries to approve; then a plain resolution is tried while it waits
    const approval = (body: unknown, key: string) =>
      app.request(`/v1/reviews/${check.checkId}/approval`, {
        method: 'POST',
        headers: jsonHeaders(key),
        body: JSON.stringify(body),
      });
    const self = await approval(
      { approve: true, justification: 'I agree with myself.', expectedVersion: 2 },
      STAFF.key,
    );
    expect(self.status).toBe(403);
    const meanwhile = await resolve(app, check.checkId, {
      action: 'uphold',
      justification: 'Upholding instead of answering.',
      expectedVersion: 2,
    });
    expect(meanwhile.status).toBe(409);
    expect(await meanwhile.json()).toMatchObject({ error: 'awaiting_second_approval' });
    // Act: a second staff member approves
    const second = await approval(
      { approve: true, justification: 'Seal photo checked, agreed.', expectedVersion: 2 },
      STAFF_2.key,
    );
    // Assess
    expect(second.status).toBe(200);
    const body = (await second.json()) as StoredCheck;
    expect(body.verdict).toBe('BLOCK');
    expect(body.review).toEqual({
      status: 'resolved',
      version: 3,
      finalVerdict: 'ALLOW',
      history: [
        {
          action: 'override',
          justification: 'The photo shows a broken hygiene seal.',
          resolvedBy: `${STAFF.name} (${STAFF_KEY_ID})`,
          resolvedAt: '2026-04-06T10:00:00.000+08:00',
          verdict: 'BLOCK',
          version: 2,
          status: 'awaiting_second_approval',
        },
        {
          action: 'approve',
          justification: 'Seal photo checked, agreed.',
          resolvedBy: `${STAFF_2.name} (${hashKey(STAFF_2.key).slice(0, 12)})`,
          resolvedAt: '2026-04-06T10:00:00.000+08:00',
          verdict: 'ALLOW',
          version: 3,
          status: 'resolved',
          proposedBy: `${STAFF.name} (${STAFF_KEY_ID})`,
        },
      ],
    });
    const stored = await services.checks.get(check.checkId);
    expect(stored?.verdict).toBe('BLOCK');
    expect((await list(app)).body.items).toEqual([]);
    expect((await list(app, '?status=resolved')).body.items).toMatchObject([
      { id: check.checkId, status: 'resolved', version: 3, verdict: 'BLOCK', finalVerdict: 'ALLOW' },
    ]);
    expect((await list(app, `?status=resolved&shopId=${SHOP_A.shopId}`)).body.items).toHaveLength(1);
    // Assess: an approval with nothing pending is a 409
    const late = await approval(
      { approve: true, justification: 'Approving once more.', expectedVersion: 3 },
      STAFF_2.key,
    );
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ error: 'no_pending_override' });
  });

  it('returns a proposed override to open when the second staff member rejects it', async () => {
    const { services, app } = await fresh();
    await services.principals.putKey(STAFF_2.key, { role: 'staff', name: STAFF_2.name });
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    await resolve(app, check.checkId, {
      action: 'override',
      justification: 'Looks like abuse to me.',
      expectedVersion: 1,
    });
    const res = await app.request(`/v1/reviews/${check.checkId}/approval`, {
      method: 'POST',
      headers: jsonHeaders(STAFF_2.key),
      body: JSON.stringify({ approve: false, justification: 'No evidence of abuse at all.', expectedVersion: 2 }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as StoredCheck;
    expect(body.review).toMatchObject({ status: 'open', version: 3 });
    expect(body.review.pendingOverride).toBeUndefined();
    expect(body.review.history?.map((h) => [h.action, h.verdict, h.status])).toEqual([
      ['override', 'BLOCK', 'awaiting_second_approval'],
      ['reject', 'BLOCK', 'open'],
    ]);
    // a stale version, a bad body and an invisible justification are refused
    const stale = await app.request(`/v1/reviews/${check.checkId}/approval`, {
      method: 'POST',
      headers: jsonHeaders(STAFF_2.key),
      body: JSON.stringify({ approve: true, justification: 'Approving a stale one.', expectedVersion: 2 }),
    });
    expect(stale.status).toBe(409);
    const bad = await app.request(`/v1/reviews/${check.checkId}/approval`, {
      method: 'POST',
      headers: jsonHeaders(STAFF_2.key),
      body: JSON.stringify({
        approve: 'yes',
        justification: 'a\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b\u200b',
        expectedVersion: 3,
      }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
      'approve',
      'justification',
    ]);
  });

  it('shows the whole history on GET /v1/checks/{id}, re-resolution appending to it', async () => {
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'REVIEW',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    expect(
      (
        await resolve(app, check.checkId, {
          action: 'uphold',
          justification: 'Abuse claim confirmed by chat log.',
          expectedVersion: 1,
        })
      ).status,
    ).toBe(200);
    const again = await resolve(app, check.checkId, {
      action: 'override',
      justification: 'New evidence from the consumer.',
      expectedVersion: 2,
    });
    expect(again.status).toBe(200);

    const res = await createCheckApp(services).request(`/v1/checks/${check.checkId}`, { headers: bearer(SHOP_A.key) });
    const body = (await res.json()) as StoredCheck;
    expect(body.verdict).toBe('REVIEW');
    expect(body.review.status).toBe('resolved');
    expect(body.review.version).toBe(3);
    expect(body.review.finalVerdict).toBe('ALLOW');
    expect(body.review.history?.map((h) => [h.action, h.verdict, h.version])).toEqual([
      ['uphold', 'BLOCK', 2],
      ['override', 'ALLOW', 3],
    ]);
  });

  it('answers 409 version_conflict with the current version when expectedVersion is stale', async () => {
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    await resolve(app, check.checkId, {
      action: 'uphold',
      justification: 'Opening the bag is inspection.',
      expectedVersion: 1,
    });
    const stale = await resolve(app, check.checkId, {
      action: 'override',
      justification: 'I disagree with that one.',
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: 'version_conflict', currentVersion: 2 });
    // Any older version is stale, 0 included: a conflict, not a malformed body.
    const zero = await resolve(app, check.checkId, {
      action: 'override',
      justification: 'I disagree with that one.',
      expectedVersion: 0,
    });
    expect(zero.status).toBe(409);
    expect((await services.checks.get(check.checkId))?.review.history).toHaveLength(1);
  });

  it('lets exactly one of many concurrent resolutions with the same expectedVersion win', async () => {
    // Prepare
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    // Act
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        resolve(app, check.checkId, {
          action: i % 2 ? 'override' : 'uphold',
          justification: `Concurrent decision number ${i}`,
          expectedVersion: 1,
        }),
      ),
    );
    // Assess
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    const stored = await services.checks.get(check.checkId);
    expect(stored?.review.history).toHaveLength(1);
    expect(stored?.review.version).toBe(2);
  });

  it('refuses a short justification (400 with its path) and other malformed bodies', async () => {
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    const short = await resolve(app, check.checkId, {
      action: 'override',
      justification: '   too short   ',
      expectedVersion: 1,
    });
    expect(short.status).toBe(400);
    expect(await short.json()).toMatchObject({ error: 'invalid_request', issues: [{ path: 'justification' }] });
    const bad = await resolve(app, check.checkId, {
      action: 'approve',
      justification: 'long enough text',
      expectedVersion: -1,
    });
    expect(((await bad.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort()).toEqual([
      'action',
      'expectedVersion',
    ]);
    const tooLong = await resolve(app, check.checkId, {
      action: 'uphold',
      justification: 'x'.repeat(4001),
      expectedVersion: 1,
    });
    expect(tooLong.status).toBe(400);
    const malformed = await app.request(`/v1/reviews/${check.checkId}/resolution`, {
      method: 'POST',
      headers: jsonHeaders(STAFF.key),
      body: '{',
    });
    expect(malformed.status).toBe(400);
    expect((await services.checks.get(check.checkId))?.review.version).toBe(1);
  });

  it('answers 404 for an unknown id and 409 not_reviewable for an ALLOW check', async () => {
    const { services, app } = await fresh();
    const allow = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'ALLOW',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    const body = { action: 'uphold', justification: 'Nothing to see here, really.', expectedVersion: 1 };
    expect((await resolve(app, 'NO-SUCH-ID', body)).status).toBe(404);
    const res = await resolve(app, allow.checkId, body);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'not_reviewable' });
  });

  it('resolves a check created through the API (the engine’s BLOCK) and keeps the engine’s findings', async () => {
    const { services, app } = await fresh();
    const created = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(checkRequest()),
    });
    expect(created.status).toBe(201);
    const decision = (await created.json()) as { checkId: string; verdict: string; findings: unknown[] };
    expect(decision.verdict).toBe('BLOCK');
    const queue = await list(app);
    expect(queue.body.items).toMatchObject([{ id: decision.checkId, verdict: 'BLOCK', version: 1 }]);
    expect(typeof queue.body.items[0]?.ruleId).toBe('string');
    const res = await resolve(app, decision.checkId, {
      action: 'override',
      justification: 'Seal was broken per photo.',
      expectedVersion: 1,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: unknown[]; verdict: string };
    expect(body.verdict).toBe('BLOCK');
    expect(body.findings).toEqual(decision.findings);
  });
});

describe('Staff only: no shop key reaches a review route', () => {
  it('answers 403 to a shop key and 401 to no key on every /v1/reviews route', async () => {
    const { services, app } = await fresh();
    const check = await storeCheck(services, {
      shopId: SHOP_A.shopId,
      verdict: 'BLOCK',
      decidedAt: '2026-04-05T12:00:00.000+08:00',
    });
    const body = { action: 'override', justification: 'A shop trying to clear its own block.', expectedVersion: 1 };
    for (const key of [SHOP_A.key, SHOP_B.key]) {
      expect((await list(app, '', key)).res.status).toBe(403);
      expect((await list(app, `?shopId=${SHOP_A.shopId}`, key)).res.status).toBe(403);
      expect((await resolve(app, check.checkId, body, key)).status).toBe(403);
      expect((await app.request('/v1/reviews/anything/else', { headers: bearer(key) })).status).toBe(403);
    }
    expect((await app.request('/v1/reviews')).status).toBe(401);
    expect((await app.request(`/v1/reviews/${check.checkId}/resolution`, { method: 'POST', body: '{}' })).status).toBe(
      401,
    );
    expect((await services.checks.get(check.checkId))?.review.status).toBe('open');
  });
});
