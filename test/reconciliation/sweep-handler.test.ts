import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_JOBS } from '#shared/local/compose.js';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { startTestStore, type TestStore } from '../support/store.js';

setLogLevel('error');

describe('The scheduled overdue-refund sweep', () => {
  let store: TestStore;
  let services: Services;

  beforeAll(async () => {
    store = await startTestStore();
    services = await store.freshTable();
  });
  afterAll(async () => store.close());

  it('runs every minute in the local service', () => {
    expect(LOCAL_JOBS).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'sweep-overdue-refunds', everyMs: 60_000 })]),
    );
  });

  it('the Lambda handler builds its services from the environment and returns the sweep summary', async () => {
    // Prepare: one receipt long overdue.
    await services.orders.openRefundDue({
      shopId: 'shop-a',
      orderId: 'O-lambda',
      sku: 'SKU-1',
      receivedAt: '2020-01-02T10:00:00+08:00',
      dueAt: '2020-01-09T23:59:59.999+08:00',
      now: '2020-01-02T10:00:00.000+08:00',
    });
    Object.assign(process.env, {
      TABLE_NAME: services.tableName,
      DYNAMODB_ENDPOINT: store.endpoint,
      AWS_REGION: 'cn-north-1',
    });
    // Act
    const { handler } = await import('#functions/sweep-overdue-refunds/index.js');
    const first = await handler();
    const second = await handler();
    // Assess
    expect(first).toMatchObject({ scanned: 1, flagged: 1 });
    expect(second).toMatchObject({ scanned: 0, flagged: 0 });
  });
});
