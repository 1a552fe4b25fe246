import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReplayApp } from '#functions/run-replays/app.js';
import { citationRef, RULESETS } from '#rules/index.js';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import { replayCheck, startReplay, workReplay } from '#shared/replays/replay.js';
import type { Services } from '#shared/services.js';
import type { CheckRecord } from '#store/checks.js';
import { indexKeys, keys } from '#store/keys.js';
import { checkRequest } from '../support/requests.js';
import { bearer, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';

const R1 = RULESETS.get('cn-2024-07-01');
const DECIDED_AT = '2026-11-10T12:00:00+08:00';
const DELIVERED = '2026-10-01T10:00:00+08:00';

let store: TestStore;
let services: Services;
beforeAll(async () => {
  store = await startTestStore();
  services = await store.freshTable({ clock: () => new Date('2026-11-29T10:00:00+08:00') });
});
afterAll(async () => store.close());

/** The order said nothing about delivery; only the order system's webhook did. */
const request = (orderId: string) =>
  CheckRequestSchema.parse(
    checkRequest({
      requestId: `legacy-${orderId}`,
      order: { orderId, deliveredAt: null },
      returnRequest: { requestedAt: '2026-11-09T10:00:00+08:00' },
      refusal: { reason: 'return_window_expired' },
    }),
  );

/** A check stored before checks kept their recorded delivery time: no `recordedDeliveredAt` at all. */
async function storeLegacyCheck(orderId: string, checkId: string): Promise<void> {
  const req = request(orderId);
  // Stored as r1 decided it with the webhook's delivery time (the plumbing under test, not the law).
  const decision = R1.evaluate(req, { recordedDeliveredAt: DELIVERED });
  const record: CheckRecord = {
    checkId,
    shopId: SHOP_A.shopId,
    requestId: req.requestId,
    orderId,
    sku: req.item.sku,
    requestHash: `hash-${checkId}`,
    request: req,
    verdict: decision.verdict,
    findings: decision.findings.map((f) => ({ ...f, citations: f.citations.map(citationRef) })),
    requiredActions: decision.requiredActions,
    alternativeReasons: decision.alternativeReasons,
    deadlines: decision.deadlines,
    rulesetVersion: R1.id,
    decidedAt: DECIDED_AT,
    review: { status: 'open', version: 1, history: [] },
  };
  await services.checks.create(record);
}

async function recordDelivery(orderId: string, receivedAt: string): Promise<void> {
  await services.orders.recordEvent({
    webhookId: `msg-${orderId}`,
    shopId: SHOP_A.shopId,
    orderId,
    type: 'order.delivered',
    occurredAt: DELIVERED,
    data: {},
    receivedAt,
    bodyHash: `hash-${orderId}`,
    status: 'received',
  });
}

describe('Replaying checks stored before they kept their recorded delivery time', () => {
  it('uses the delivery the service had received by the decision, and ignores one received later', async () => {
    // Prepare: the facts must make the delivery time matter, or this test proves nothing.
    const withDelivery = R1.evaluate(request('x'), { recordedDeliveredAt: DELIVERED });
    const without = R1.evaluate(request('x'), { recordedDeliveredAt: null });
    expect(withDelivery.verdict).not.toBe(without.verdict);
    await storeLegacyCheck('O-known', '01LEGACYKNOWN0000000000000');
    await recordDelivery('O-known', '2026-10-01T10:05:00+08:00');
    await storeLegacyCheck('O-late', '01LEGACYLATE00000000000000');
    await recordDelivery('O-late', '2026-11-20T09:00:00+08:00');

    // Act: r1 again, on the stored facts.
    const job = await startReplay(services, { rulesetVersion: R1.id, from: '2026-11-10', to: '2026-11-10' }, 'test');
    await workReplay(services, job.replayId, { owner: 'test' });

    // Assess: only the check whose delivery arrived after its decision re-decides differently.
    expect(await services.replays.get(job.replayId)).toMatchObject({ status: 'done', scanned: 2, changed: 1 });
    const { items } = await services.replays.listItems(job.replayId, { limit: 10 });
    expect(items.map((i) => [i.orderId, i.storedVerdict, i.replayedVerdict])).toEqual([
      ['O-late', withDelivery.verdict, without.verdict],
    ]);
  });

  it('keeps the recorded delivery time a new check was decided with, and replays on it', async () => {
    // As the webhook route applies an `order.delivered` event: the order's state keeps the earliest.
    await services.orders.recordEarliest(SHOP_A.shopId, 'O-new', 'deliveredAt', DELIVERED, '2026-10-01T10:05:00+08:00');
    const { record } = await decideCheck(services, SHOP_A.shopId, request('O-new'));
    expect(record.recordedDeliveredAt).toBe(DELIVERED);
    const stored = await services.checks.get(record.checkId);
    expect(stored?.recordedDeliveredAt).toBe(DELIVERED);
    // The current ruleset replayed on the stored facts gives the stored answer back.
    expect(replayCheck(stored as CheckRecord, RULESETS.get(record.rulesetVersion), DELIVERED)).toBeUndefined();
  });
});

describe('A stored check that cannot be re-decided', () => {
  it('fails the replay, saying which day, instead of retrying it forever or answering 500', async () => {
    // Prepare: an unreadable check item in the day index (a damaged or hand-edited item).
    await services.db.send(
      new PutCommand({
        TableName: services.tableName,
        Item: {
          ...keys.check('01BROKEN000000000000000000'),
          entity: 'check',
          checkId: '01BROKEN000000000000000000',
          requestJson: '{"order":',
          findingsJson: '[]',
          ...indexKeys.byShopDecided(SHOP_A.shopId, '2026-11-12T04:00:00.000Z', '01BROKEN000000000000000000'),
        },
      }),
    );
    const job = await startReplay(
      services,
      { rulesetVersion: R1.id, from: '2026-11-11', to: '2026-11-13', shopId: SHOP_A.shopId },
      'test',
    );

    // Act
    const result = await workReplay(services, job.replayId, { owner: 'test' });

    // Assess
    expect(result.status).toBe('failed');
    const res = await createReplayApp(services).request(`/v1/replays/${job.replayId}`, { headers: bearer(STAFF.key) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'failed', completedAt: expect.any(String) });
    expect(body.error).toContain('a check decided on 2026-11-12 could not be replayed');
    expect(await services.replays.pending()).not.toContain(job.replayId);
  });
});
