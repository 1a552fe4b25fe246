import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckRequestSchema } from '#schemas/check.js';
import { plainItemSize } from '#store/capacity.js';
import { type CheckRecord, checkToItem } from '#store/checks.js';
import { IdempotencyConflictError } from '#store/errors.js';
import { checkIdFor, keys } from '#store/keys.js';
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
    checkId: checkIdFor('shop-a', request.requestId),
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
  it('writes one small item with its entity, sharded index keys and a three-year expiry', async () => {
    // Prepare
    const services = await store.freshTable();
    const check = record();
    // Act
    const outcome = await services.checks.create(check);
    // Assess
    expect(outcome.created).toBe(true);
    const { Item } = await services.db.send(
      new GetCommand({ TableName: services.tableName, Key: keys.check(check.checkId) }),
    );
    expect(Item).toMatchObject({
      pk: `CHECK#${check.checkId}`,
      entity: 'check',
      gsi2pk: 'ORDER#shop-a#O-1001',
      gsi2sk: expect.stringMatching(/^CHECK#[^#]+#BLOCK#2026-04-05T03:00:01\.000Z#/),
      gsi3pk: expect.stringMatching(/^QUEUE#open#\d+$/),
      gsi4pk: expect.stringMatching(/^QUEUE#open#SHOP#shop-a#[0-3]$/),
      gsi6pk: expect.stringMatching(/^DECIDED#shop-a#[0-3]$/),
      inForce: 'BLOCK',
      reviewStatus: 'open',
    });
    expect(Item?.gsi1pk).toBeUndefined();
    // Messages are stored by reference (rendered on read), like the citations.
    expect(Item?.findingsJson).not.toContain('message');
    const decidedSeconds = Date.parse(check.decidedAt) / 1000;
    expect(Item?.expiresAt).toBeGreaterThanOrEqual(decidedSeconds + 3 * 366 * 24 * 3600);
    expect(RETENTION_SECONDS).toBeGreaterThan(3 * 366 * 24 * 3600);
    // Citations are stored by reference: the verbatim texts are rebuilt on read.
    expect(JSON.stringify(Item).length).toBeLessThan(2_500);
  });

  it('keeps ALLOW decisions out of the review queue', () => {
    const item = checkToItem(record({ verdict: 'ALLOW', review: { status: 'none', version: 1, history: [] } }));
    expect(item.gsi3pk).toBeUndefined();
    expect(item.gsi4pk).toBeUndefined();
  });

  it('returns the stored record for a replay and refuses a different body', async () => {
    const services = await store.freshTable();
    await services.checks.create(record());
    const replay = await services.checks.create(record({ decidedAt: '2026-04-05T11:00:09.000+08:00' }));
    expect(replay).toMatchObject({ created: false, record: { decidedAt: '2026-04-05T11:00:01.000+08:00' } });
    await expect(services.checks.create(record({ requestHash: 'h2' }))).rejects.toBeInstanceOf(
      IdempotencyConflictError,
    );
  });

  it('finds a check by id and never one of another entity', async () => {
    const services = await store.freshTable();
    await services.checks.create(record());
    expect((await services.checks.get(record().checkId))?.requestId).toBe('R-20260405-0001');
    expect(await services.checks.get('01KB000000000000000000000X')).toBeUndefined();
  });

  it('keeps a long request deflated so the item stays within two write units, and reads it back whole', async () => {
    // Prepare: a request with many gifts and evidence references (3 KB of JSON on its own).
    const services = await store.freshTable();
    const request = CheckRequestSchema.parse(
      checkRequest({
        requestId: 'R-long',
        item: {
          ...checkRequest().item,
          name: '儿童羊毛混纺针织开衫（加厚款，含礼盒包装与手写贺卡）'.repeat(3),
          gifts: Array.from({ length: 12 }, (_, i) => ({ name: `赠品${i}：便携收纳袋`, declaredPriceFen: 990 })),
        },
        refusal: {
          reason: 'packaging_opened',
          evidence: Array.from({ length: 12 }, (_, i) => ({
            type: 'photo',
            ref: `s3://evidence/shop-a/R-long/${i}.jpg`,
          })),
        },
      }),
    );
    const check = record({ request, requestId: 'R-long', checkId: checkIdFor('shop-a', 'R-long') });
    // Act
    await services.checks.create(check);
    // Assess
    const { Item } = await services.db.send(
      new GetCommand({ TableName: services.tableName, Key: keys.check(check.checkId) }),
    );
    expect(Item?.requestJson).toBeUndefined();
    expect(Item?.evidenceZ).toBeInstanceOf(Uint8Array);
    expect(plainItemSize(Item as Record<string, unknown>)).toBeLessThanOrEqual(2048);
    const read = await services.checks.get(check.checkId);
    expect(read?.request).toEqual(request);
    expect(read?.findings).toEqual(check.findings);
  });

  it('derives a check id from the shop and request id: 26 Crockford base32 characters, stable, distinct', () => {
    expect(checkIdFor('shop-a', 'r-1')).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(checkIdFor('shop-a', 'r-1')).toBe(checkIdFor('shop-a', 'r-1'));
    expect(checkIdFor('shop-a', 'r-1')).not.toBe(checkIdFor('shop-b', 'r-1'));
    expect(checkIdFor('shop-a', 'r-1')).not.toBe(checkIdFor('shop-a', 'r-2'));
  });
});
