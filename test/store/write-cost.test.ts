import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck, newCheckRecord } from '#shared/decisions/checks.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import { writeCost } from '#store/capacity.js';
import { checkToItem } from '#store/checks.js';
import { ENTITY } from '#store/keys.js';
import { TABLE } from '#store/table.js';
import { loadScenarioFiles } from '../rules/scenario-files.js';
import { allowRequest, blockRequest } from '../support/check-templates.js';
import { describeMeasurement, measure, steadyState } from '../support/measure.js';
import { toItem } from '../support/partition-model.js';
import { SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';

/*
 * Issue 9's write targets, measured on the items the service writes to the embedded store (the table
 * is scanned before and after each request and the diff priced with `#store/capacity`).
 */

const NOW = new Date('2026-04-06T02:00:00.000Z'); // 2026-04-06 10:00 China Standard Time
const clock = () => NOW;

let store: TestStore;
let services: Services;
beforeAll(async () => {
  store = await startTestStore({ clock });
  services = await store.freshTable({ clock });
});
afterAll(async () => {
  await store?.close();
});

/** One warm-up check of the shop on the day, so the measured ones find the day's counters. */
async function warmUp(): Promise<void> {
  await decideCheck(services, SHOP_A.shopId, blockRequest(`warm-${Math.random()}`));
}

describe('the measuring harness', () => {
  it('prices a put, an update and a delete of a hand-built item, and nothing that was already there', async () => {
    // Prepare: 1,518 bytes: pk (2 + 9), sk (2 + 1), body (4 + 1,500); in no index.
    const key = { pk: 'MEASURE#1', sk: 'X' };
    // Act
    const put = await measure(services, () =>
      services.db.send(new PutCommand({ TableName: services.tableName, Item: { ...key, body: 'x'.repeat(1500) } })),
    );
    const shrink = await measure(services, () =>
      services.db.send(
        new UpdateCommand({
          TableName: services.tableName,
          Key: key,
          UpdateExpression: 'SET body = :b',
          ExpressionAttributeValues: { ':b': 'y' },
        }),
      ),
    );
    const unchanged = await measure(services, async () => undefined);
    const removed = await measure(services, () =>
      services.db.send(new DeleteCommand({ TableName: services.tableName, Key: key })),
    );
    // Assess: the shop keys and secrets written before do not count.
    expect(put.changes.map((c) => [c.kind, c.pk])).toEqual([['created', 'MEASURE#1']]);
    expect(put.wru.total).toBe(2);
    expect(put.stored).toEqual({ table: 1618, indexes: {}, total: 1618 });
    // An update costs the larger of before (1,518) and after (19 bytes).
    expect(shrink.changes.map((c) => c.kind)).toEqual(['updated']);
    expect(shrink.wru.total).toBe(2);
    expect(shrink.stored.total).toBe(0);
    expect(unchanged.changes).toEqual([]);
    expect(removed.changes.map((c) => c.kind)).toEqual(['deleted']);
    expect(removed.wru.total).toBe(1);
  });

  it('prices a small item in every index at one unit on the table and one per index, whatever the projection', async () => {
    // Prepare: an item with every index's keys, far below 1 KB.
    const item: Record<string, string> = { pk: 'MEASURE#2', sk: 'X', entity: 'probe' };
    for (const index of Object.values(TABLE.indexes) as { partitionKey: string; sortKey?: string }[]) {
      item[index.partitionKey] = 'P#probe';
      if (index.sortKey) item[index.sortKey] = 'S#probe';
    }
    // Act
    const put = await measure(services, () =>
      services.db.send(new PutCommand({ TableName: services.tableName, Item: item })),
    );
    // Assess
    const indexes = Object.keys(TABLE.indexes);
    expect(put.wru.table).toBe(1);
    expect(put.wru.indexes).toEqual(Object.fromEntries(indexes.map((name) => [name, 1])));
    expect(put.wru.total).toBe(1 + indexes.length);
    expect(Object.keys(put.stored.indexes).sort()).toEqual([...indexes].sort());
  });

  it('measures a real check: one check item created, the day counter moved, nothing else', async () => {
    // Prepare
    await warmUp();
    // Act
    const block = await measure(services, () => decideCheck(services, SHOP_A.shopId, blockRequest('harness-1')));
    // Assess
    expect(block.result.record.verdict).toBe('BLOCK');
    const created = block.changes.filter((c) => c.kind === 'created' && c.entity === ENTITY.check);
    expect(created).toHaveLength(1);
    const others = block.changes.filter((c) => c.entity !== ENTITY.check);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.entity === ENTITY.reportDay || c.entity === ENTITY.reportShopDay)).toBe(true);
    expect(steadyState(block).wru.total).toBeGreaterThan(0);
    expect(steadyState(block).stored.total).toBeGreaterThan(0);
  });
});

describe('issue 9 write targets (measured on the items the service writes)', () => {
  it('a new BLOCK check costs at most 7 WRU and stores at most 6 KB, index copies included', async () => {
    // Prepare
    await warmUp();
    // Act
    const measured = await measure(services, () => decideCheck(services, SHOP_A.shopId, blockRequest('target-block')));
    // Assess
    expect(measured.result.record.verdict).toBe('BLOCK');
    const figures = steadyState(measured);
    const account = describeMeasurement(figures, measured.changes);
    expect(figures.wru.total, `BLOCK check: ${account}`).toBeLessThanOrEqual(7);
    expect(figures.stored.total, `BLOCK check: ${account}`).toBeLessThanOrEqual(6 * 1024);
  });

  it('a new ALLOW check costs at most 5 WRU', async () => {
    // Prepare
    await warmUp();
    // Act
    const measured = await measure(services, () => decideCheck(services, SHOP_A.shopId, allowRequest('target-allow')));
    // Assess
    expect(measured.result.record.verdict).toBe('ALLOW');
    const figures = steadyState(measured);
    expect(figures.wru.total, `ALLOW check: ${describeMeasurement(figures, measured.changes)}`).toBeLessThanOrEqual(5);
  });

  it('upholding a BLOCK costs at most 12 WRU', async () => {
    // Prepare
    await warmUp();
    const { record } = await decideCheck(services, SHOP_A.shopId, blockRequest('target-uphold'));
    // Act
    const measured = await measure(services, () =>
      services.reviews.resolve(record.checkId, {
        action: 'uphold',
        justification: 'An opened bag is no ground to refuse a no-reason return.',
        expectedVersion: 1,
        resolvedBy: `${STAFF.name} (key-1)`,
        resolvedAt: toShanghaiIso(NOW),
      }),
    );
    // Assess
    expect(measured.result.record.review.status).toBe('resolved');
    const figures = steadyState(measured);
    expect(figures.wru.total, `uphold: ${describeMeasurement(figures, measured.changes)}`).toBeLessThanOrEqual(12);
  });
});

describe('every check of the legal corpus fits the targets (its item and index entries, built as stored)', () => {
  it('no check item of the 562 scenario requests is over 2 KB, and no index entry over 1 KB', () => {
    const requests = loadScenarioFiles().flatMap(({ scenarios }) =>
      scenarios.map((s) => CheckRequestSchema.parse(s.request)),
    );
    const over: string[] = [];
    for (const [i, request] of requests.entries()) {
      const item = toItem(
        checkToItem(newCheckRecord(SHOP_A.shopId, { ...request, requestId: `corpus-${i}` }, null, NOW)),
      );
      const cost = writeCost(undefined, item);
      // 2 units for the item, 1 per index entry: BLOCK/REVIEW 2 + 4, ALLOW 2 + 2 (plus the day counter's 1).
      const entries = Object.values(cost.indexes);
      if (cost.table > 2 || entries.some((units) => units > 1))
        over.push(`${request.requestId}: ${JSON.stringify(cost)}`);
    }
    expect(requests.length).toBeGreaterThan(500);
    expect(over).toEqual([]);
  });
});
