import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckRequestSchema } from '#schemas/check.js';
import { type CheckRecord, checkToItem } from '#store/checks.js';
import { IdempotencyConflictError } from '#store/errors.js';
import { keys } from '#store/keys.js';
import { RETENTION_SECONDS } from '#store/table.js';
import { checkRequest } from '../support/requests.js';
import { startTestStore, type TestStore } from '../support/store.js';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(async () => store.close());

function record(overrides: Partial<CheckRecord> = {}): CheckRecord {
  const request = CheckRequestSchema.parse(checkRequest());
  return {
    checkId: '01KB0000000000000000000001',
    shopId: 'shop-a',
    requestId: request.requestId,
    orderId: request.order.orderId,
    sku: request.item.sku,
    requestHash: 'h1',
    request,
    verdict: 'BLOCK',
    findings: [
      {
        ruleId: 'cn.nrr-measures.art8.para3',
        outcome: 'violated',
        citations: ['NRR-MEASURES:8:3'],
        message: { zh: '拆封查验不影响商品完好。', en: 'Opening to inspect does not make goods non-intact.' },
      },
    ],
    requiredActions: ['accept_return'],
    alternativeReasons: [],
    deadlines: { returnWindowEndsAt: '2026-04-09T23:59:59.999+08:00' },
    rulesetVersion: 'cn-2024-07-01',
    decidedAt: '2026-04-05T11:00:01.000+08:00',
    review: { status: 'open', version: 1, history: [] },
    ...overrides,
  };
}

describe('CheckRepository on the embedded store', () => {
  it('writes one small item with its entity, index keys and a three-year expiry', async () => {
    // Prepare
    const services = await store.freshTable();
    const check = record();
    // Act
    const outcome = await services.checks.create(check);
    // Assess
    expect(outcome.created).toBe(true);
    const { Item } = await services.db.send(
      new GetCommand({ TableName: services.tableName, Key: keys.check('shop-a', check.requestId) }),
    );
    expect(Item).toMatchObject({
      entity: 'check',
      gsi1pk: `ID#${check.checkId}`,
      gsi2pk: 'ORDER#shop-a#O-1001',
      gsi3pk: 'REVIEW#open',
      gsi4pk: 'REVIEW#open#SHOP#shop-a',
      gsi6pk: 'DECIDED#2026-04-05',
    });
    const decidedSeconds = Date.parse(check.decidedAt) / 1000;
    expect(Item?.expiresAt).toBeGreaterThanOrEqual(decidedSeconds + 3 * 366 * 24 * 3600);
    expect(RETENTION_SECONDS).toBeGreaterThan(3 * 366 * 24 * 3600);
    // Citations are stored by reference: the verbatim texts are rebuilt on read.
    expect(JSON.stringify(Item).length).toBeLessThan(4_000);
  });

  it('keeps ALLOW decisions out of the review queue', () => {
    const item = checkToItem(record({ verdict: 'ALLOW', review: { status: 'none', version: 1, history: [] } }));
    expect(item.gsi3pk).toBeUndefined();
    expect(item.gsi4pk).toBeUndefined();
  });

  it('returns the stored record for a replay and refuses a different body', async () => {
    const services = await store.freshTable();
    await services.checks.create(record());
    const replay = await services.checks.create(record({ checkId: '01KB0000000000000000000002' }));
    expect(replay).toMatchObject({ created: false, record: { checkId: '01KB0000000000000000000001' } });
    await expect(services.checks.create(record({ requestHash: 'h2' }))).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
  });

  it('finds a check by id and never one of another entity', async () => {
    const services = await store.freshTable();
    await services.checks.create(record());
    expect((await services.checks.get('01KB0000000000000000000001'))?.requestId).toBe('R-20260405-0001');
    expect(await services.checks.get('01KB000000000000000000000X')).toBeUndefined();
  });
});
