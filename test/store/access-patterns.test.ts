import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import { setLogLevel } from '#shared/log.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import { createServices, type Services } from '#shared/services.js';
import { createDocumentClient } from '#store/client.js';
import { keys } from '#store/keys.js';
import { checkRequest } from '../support/requests.js';
import { bearer, SHOP_A, startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, send, storeCheck } from '../webhooks/support.js';

setLogLevel('error');

/** One DynamoDB call as the service made it: the command, its input, and how many items it returned. */
interface Call {
  command: string;
  input: Record<string, unknown>;
  returned: number;
}

let store: TestStore;
let seeded: Services;

/** Services whose client records every call (the same store and table as `seeded`). */
function recording(on: Services = seeded): { services: Services; calls: Call[] } {
  const calls: Call[] = [];
  const db = createDocumentClient({ region: 'cn-north-1', endpoint: store.endpoint });
  db.middlewareStack.add(
    (next, context) => async (args) => {
      const out = await next(args);
      const output = out.output as { Items?: unknown[]; Item?: unknown; Responses?: Record<string, unknown[]> };
      calls.push({
        command: context.commandName ?? '?',
        input: args.input as Record<string, unknown>,
        returned:
          output.Items?.length ??
          (output.Item ? 1 : 0) + Object.values(output.Responses ?? {}).reduce((n, r) => n + r.length, 0),
      });
      return out;
    },
    { step: 'initialize', name: 'recordCalls' },
  );
  return { services: createServices(on.config, { db, clock: fixedClock() }), calls };
}

const writes = (calls: Call[]) =>
  calls.filter((c) => /^(PutItem|UpdateItem|DeleteItem|BatchWriteItem)Command$/.test(c.command));

beforeAll(async () => {
  store = await startTestStore();
  seeded = await store.freshTable({ clock: fixedClock() });
});
afterAll(async () => store.close());

describe('Reconciliation reads what decides, never the order’s whole history (issue 9)', () => {
  it('a refusal finds the ALLOW of its item by key, however many other checks the order has', async () => {
    // Prepare: 40 BLOCK checks on another item of the order, one ALLOW on the refused item.
    for (let i = 0; i < 40; i++)
      await storeCheck(seeded, { checkId: `blk-${i}`, orderId: 'O-busy', sku: 'SKU-OTHER', verdict: 'BLOCK' });
    await storeCheck(seeded, { checkId: 'allow-1', orderId: 'O-busy', sku: 'SKU-1', verdict: 'ALLOW' });
    const { services, calls } = recording();
    // Act
    const res = await send(
      createOrderEventsApp(services),
      event({ type: 'return.refused', orderId: 'O-busy', data: { sku: 'SKU-1' } }),
    );
    // Assess: covered by the ALLOW; the queries returned at most one entry each.
    expect(await res.json()).toMatchObject({ status: 'accepted', flags: [] });
    const queries = calls.filter((c) => c.command === 'QueryCommand');
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((q) => q.input.Limit === 1 && q.returned <= 1)).toBe(true);
    expect(queries.reduce((n, q) => n + q.returned, 0)).toBe(1);
  });

  it('a refusal against the latest BLOCK of its item names it, without reading the order’s ALLOWs of other items', async () => {
    for (let i = 0; i < 20; i++)
      await storeCheck(seeded, { checkId: `alw-${i}`, orderId: 'O-mixed', sku: 'SKU-OTHER', verdict: 'ALLOW' });
    await storeCheck(seeded, {
      checkId: 'blk-old',
      orderId: 'O-mixed',
      verdict: 'BLOCK',
      decidedAt: '2026-03-05T10:00:00.000+08:00',
    });
    await storeCheck(seeded, {
      checkId: 'blk-new',
      orderId: 'O-mixed',
      verdict: 'BLOCK',
      decidedAt: '2026-03-06T10:00:00.000+08:00',
    });
    const { services, calls } = recording();
    const res = await send(
      createOrderEventsApp(services),
      event({ type: 'return.refused', orderId: 'O-mixed', data: { sku: 'SKU-1' } }),
    );
    expect(await res.json()).toMatchObject({ flags: [{ flag: 'refusal_against_block', created: true }] });
    const read = calls.filter((c) => c.command === 'QueryCommand').reduce((n, q) => n + q.returned, 0);
    const { items } = await services.flags.listByShop('shop-a', 'open');
    const flagged = items.find((f) => f.orderId === 'O-mixed');
    expect(flagged?.checkId).toBe('blk-new');
    expect(read).toBe(1);
  });
});

describe('Webhooks: no round trip beyond the event and its effects (issue 9)', () => {
  it('reads a shop’s secret once per process, and writes an event and its effect only (no "applied" mark)', async () => {
    const { services, calls } = recording();
    const app = createOrderEventsApp(services);
    await send(app, event({ type: 'order.delivered', orderId: 'O-w1' }));
    await send(app, event({ type: 'order.delivered', orderId: 'O-w2' }));
    const secretReads = calls.filter(
      (c) => c.command === 'GetItemCommand' && (c.input.Key as { sk?: string })?.sk === 'WEBHOOK_SECRET',
    );
    expect(secretReads).toHaveLength(1);
    // Per event: the event's conditional put and the order state's update.
    expect(writes(calls).map((c) => c.command)).toEqual([
      'PutItemCommand',
      'UpdateItemCommand',
      'PutItemCommand',
      'UpdateItemCommand',
    ]);
  });

  it('a secret rotated in this process takes effect at once', async () => {
    const { services } = recording();
    const app = createOrderEventsApp(services);
    expect((await send(app, event({ type: 'order.delivered', orderId: 'O-rot' }))).status).toBe(200);
    await services.shopSecrets.putWebhookSecret('shop-a', 'whsec_cm90YXRlZC1zZWNyZXQtMDAwMDAwMDAwMDAwMDA=');
    expect((await send(app, event({ type: 'order.delivered', orderId: 'O-rot' }))).status).toBe(401);
    await services.shopSecrets.putWebhookSecret('shop-a', 'whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMDAwMDAwMA==');
  });
});

describe('The overdue sweep writes only what it must (issue 9)', () => {
  it('per overdue obligation: the flag, its count and the mark that takes it out of the index; no claim write', async () => {
    const services = await store.freshTable({ clock: fixedClock() });
    const app = createOrderEventsApp(services);
    for (let i = 0; i < 5; i++)
      await send(
        app,
        event({
          type: 'return.received',
          orderId: `O-due-${i}`,
          occurredAt: '2026-03-01T10:00:00+08:00',
          data: { sku: 'S' },
        }),
      );
    const { services: watched, calls } = recording(services);
    const sweep = await runOverdueSweep(watched, { now: new Date('2026-03-20T10:00:00+08:00') });
    expect(sweep).toMatchObject({ flagged: 5, scanned: 5 });
    const kinds = writes(calls).map(
      (c) =>
        `${c.command}:${String((c.input.Key as { pk?: string })?.pk ?? (c.input.Item as { pk?: string })?.pk).split('#')[0]}`,
    );
    expect(kinds.filter((k) => k.startsWith('UpdateItemCommand:ORDER'))).toHaveLength(5);
    expect(kinds.filter((k) => k.startsWith('PutItemCommand:FLAG'))).toHaveLength(5);
    // The rest are the flags' daily counts (and the shop's registration on that day).
    expect(
      kinds.filter((k) => !/^(UpdateItemCommand:ORDER|PutItemCommand:FLAG)/.test(k)).every((k) => /REPORT/.test(k)),
    ).toBe(true);
    expect(
      await runOverdueSweep(
        { ...watched, tableName: services.tableName },
        { now: new Date('2026-03-20T11:00:00+08:00') },
      ),
    ).toMatchObject({ scanned: 0 });
  });
});

describe('Finding messages are stored by reference and rendered on read', () => {
  const blockRequest = () =>
    CheckRequestSchema.parse(
      checkRequest({ requestId: `R-ref-${Math.random()}`, refusal: { reason: 'packaging_opened' } }),
    );

  it('stores no message or summary text, and GET answers the same texts the decision was given with', async () => {
    const services = await store.freshTable({ clock: fixedClock() });
    const { record } = await decideCheck(services, SHOP_A.shopId, blockRequest());
    const { Item } = await services.db.send(
      new GetCommand({ TableName: services.tableName, Key: keys.check(record.checkId) }),
    );
    expect(String(Item?.findingsJson)).not.toContain('message');
    expect(Item?.summaryJson).toBeUndefined();
    const app = createCheckApp(services);
    const res = await app.request(`/v1/checks/${record.checkId}`, { headers: bearer(SHOP_A.key) });
    const body = (await res.json()) as { findings: { message: { zh: string; en: string } }[]; summary?: unknown };
    expect(body.findings.every((f) => f.message.zh.length > 0 && f.message.en.length > 0)).toBe(true);
    expect(body.summary).toBeDefined();
  });

  it('a stored decision its ruleset no longer re-decides the same way answers 200 with a stated gap, never a 500', async () => {
    const services = await store.freshTable({ clock: fixedClock() });
    const { record } = await decideCheck(services, SHOP_A.shopId, blockRequest());
    // A damaged item: the stored findings no longer match what the ruleset decides on the request.
    await services.db.send(
      new UpdateCommand({
        TableName: services.tableName,
        Key: keys.check(record.checkId),
        UpdateExpression: 'SET findingsJson = :f',
        ExpressionAttributeValues: {
          ':f': JSON.stringify([{ ruleId: 'cn.nrr-measures.art8.para3', outcome: 'satisfied', citations: [] }]),
        },
      }),
    );
    const res = await createCheckApp(services).request(`/v1/checks/${record.checkId}`, { headers: bearer(SHOP_A.key) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { findings: { message: { en: string } }[] };
    expect(body.findings[0]?.message.en).toContain('could not be rebuilt');
  });
});
