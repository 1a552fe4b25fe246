import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { setLogLevel } from '#shared/log.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import { createServices, type Services } from '#shared/services.js';
import { createDocumentClient } from '#store/client.js';
import { FUNCTIONS, type FunctionName } from '../../infra/functions.js';
import { Browser } from '../console/support-session.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, NOW, send } from '../webhooks/support.js';

setLogLevel('error');

/** The IAM action each SDK command needs (document-client and low-level names alike). */
const ACTION_OF: Record<string, string> = {
  GetCommand: 'dynamodb:GetItem',
  GetItemCommand: 'dynamodb:GetItem',
  PutCommand: 'dynamodb:PutItem',
  PutItemCommand: 'dynamodb:PutItem',
  UpdateCommand: 'dynamodb:UpdateItem',
  UpdateItemCommand: 'dynamodb:UpdateItem',
  QueryCommand: 'dynamodb:Query',
  DeleteCommand: 'dynamodb:DeleteItem',
  DeleteItemCommand: 'dynamodb:DeleteItem',
  ScanCommand: 'dynamodb:Scan',
  DescribeTableCommand: 'dynamodb:DescribeTable',
  BatchGetCommand: 'dynamodb:BatchGetItem',
  BatchGetItemCommand: 'dynamodb:BatchGetItem',
  BatchWriteCommand: 'dynamodb:BatchWriteItem',
  TransactWriteCommand: 'dynamodb:TransactWriteItems',
};

let store: TestStore;
let seeded: Services;

/** Services for one function whose DynamoDB client records the IAM action of every command it sends. */
function recordingServices(): { services: Services; actions: Set<string> } {
  const actions = new Set<string>();
  const db = createDocumentClient({ region: 'cn-north-1', endpoint: store.endpoint });
  db.middlewareStack.add(
    (next, context) => async (args) => {
      actions.add(ACTION_OF[context.commandName ?? ''] ?? `unknown:${context.commandName}`);
      return next(args);
    },
    { step: 'initialize', name: 'recordIamAction' },
  );
  return { services: createServices(seeded.config, { db, clock: fixedClock() }), actions };
}

beforeAll(async () => {
  store = await startTestStore();
  seeded = await store.freshTable({ clock: fixedClock() });
});
afterAll(async () => store.close());

const granted = (name: FunctionName) => new Set<string>(FUNCTIONS[name].tableActions);

describe("Each function's store calls stay within its declared IAM actions (infra/functions.ts)", () => {
  it('checkRefusals: /healthz, new checks, replays, fact-shopping flags, reads and lists', async () => {
    const { services, actions } = recordingServices();
    const app = createCheckApp(services);
    const post = (body: unknown) =>
      app.request('/v1/checks', { method: 'POST', headers: jsonHeaders(SHOP_A.key), body: JSON.stringify(body) });
    expect((await app.request('/healthz')).status).toBe(200);
    const block = await (await post(checkRequest({ requestId: 'iam-1', order: { orderId: 'O-iam' } }))).json();
    await post(checkRequest({ requestId: 'iam-1', order: { orderId: 'O-iam' } })); // replay
    await post(
      checkRequest({
        requestId: 'iam-2',
        order: { orderId: 'O-iam' },
        item: { customMade: true },
        refusal: { reason: 'custom_made' },
      }),
    );
    expect((await app.request(`/v1/checks/${block.checkId}`, { headers: bearer(STAFF.key) })).status).toBe(200);
    expect((await app.request('/v1/checks?orderId=O-iam', { headers: bearer(SHOP_A.key) })).status).toBe(200);
    expect([...actions].filter((a) => !granted('checkRefusals').has(a))).toEqual([]);
    expect(actions.has('dynamodb:GetItem')).toBe(true);
  });

  it('receiveOrderEvents: every event type, refusals with and without checks, refunds, the on-demand sweep', async () => {
    const { services, actions } = recordingServices();
    const app = createOrderEventsApp(services);
    for (const e of [
      event({ type: 'order.delivered', orderId: 'O-iam' }),
      event({ type: 'return.requested', orderId: 'O-iam' }),
      event({ type: 'return.refused', orderId: 'O-iam', data: { sku: 'TS-1' } }),
      event({ type: 'return.refused', orderId: 'O-none', data: { sku: 'TS-1', checkId: 'nope' } }),
      event({ type: 'return.received', orderId: 'O-iam', data: { sku: 'TS-1' } }),
      event({ type: 'refund.issued', orderId: 'O-iam', data: { sku: 'TS-1', amountFen: 100 } }),
      event({
        type: 'return.received',
        orderId: 'O-late',
        occurredAt: '2026-02-01T10:00:00+08:00',
        data: { sku: 'S' },
      }),
    ])
      expect((await send(app, e)).status).toBe(200);
    const run = await app.request('/v1/reconciliation/run', { method: 'POST', headers: bearer(STAFF.key) });
    expect(run.status).toBe(200);
    expect(actions.size).toBeGreaterThan(2);
    expect([...actions].filter((a) => !granted('receiveOrderEvents').has(a))).toEqual([]);
  });

  it('sweepOverdueRefunds: a sweep that flags', async () => {
    const { services, actions } = recordingServices();
    await seeded.orders.openRefundDue({
      shopId: 'shop-a',
      orderId: 'O-sweep',
      sku: 'S',
      receivedAt: '2026-01-02T10:00:00+08:00',
      dueAt: '2026-01-09T23:59:59.999+08:00',
      now: '2026-01-02T10:00:00.000+08:00',
    });
    const summary = await runOverdueSweep(services, { now: NOW });
    expect(summary.flagged).toBeGreaterThan(0);
    expect(actions.size).toBeGreaterThan(2);
    expect([...actions].filter((a) => !granted('sweepOverdueRefunds').has(a))).toEqual([]);
  });

  it('reviewDecisions: the queue API, resolutions, console sign-in (throttle, session), pages, summary, CSV, sign-out', async () => {
    const { services, actions } = recordingServices();
    const app = createReviewApp(services);
    const queue = await (await app.request('/v1/reviews', { headers: bearer(STAFF.key) })).json();
    const item = queue.items.find((i: { type: string }) => i.type === 'check');
    const resolved = await app.request(`/v1/reviews/${item.id}/resolution`, {
      method: 'POST',
      headers: jsonHeaders(STAFF.key),
      body: JSON.stringify({
        action: 'uphold',
        justification: 'evidence reviewed, upheld',
        expectedVersion: item.version,
      }),
    });
    expect(resolved.status).toBe(200);
    const browser = new Browser(app);
    expect((await browser.signIn('wrong-key-xxxxxxxx')).status).toBe(401);
    expect((await browser.signIn(STAFF.key)).status).toBe(303);
    const page = await (await browser.request('/console')).text();
    await browser.request(`/console/items/${item.id}`);
    await browser.request('/console/summary?from=2026-03-01&to=2026-03-31');
    await browser.request('/console/summary.csv?from=2026-03-01&to=2026-03-31');
    const csrf = /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect((await browser.post('/console/sign-out', { csrf })).status).toBe(303);
    expect(actions.size).toBeGreaterThan(2);
    expect([...actions].filter((a) => !granted('reviewDecisions').has(a))).toEqual([]);
  });

  it('lintPolicies: a lint with a shop key and one with a staff key', async () => {
    const { services, actions } = recordingServices();
    const { createLintApp } = await import('#functions/lint-policies/app.js');
    const app = createLintApp(services);
    for (const key of [SHOP_A.key, STAFF.key]) {
      const res = await app.request('/v1/policies/lint', {
        method: 'POST',
        headers: jsonHeaders(key),
        body: JSON.stringify({ text: '1. 支持七天无理由退货。\n2. 特价商品不退不换。' }),
      });
      expect(res.status).toBe(200);
    }
    expect(actions.size).toBeGreaterThan(0);
    expect([...actions].filter((a) => !granted('lintPolicies').has(a))).toEqual([]);
  });

  it('runReplays and runReplaysWorker: start a replay, read it, list the rulesets; the worker runs it', async () => {
    const api = recordingServices();
    const { createReplayApp } = await import('#functions/run-replays/app.js');
    const app = createReplayApp(api.services);
    expect((await app.request('/v1/rulesets', { headers: bearer(SHOP_A.key) })).status).toBe(200);
    const started = await app.request('/v1/replays', {
      method: 'POST',
      headers: jsonHeaders(STAFF.key),
      body: JSON.stringify({ rulesetVersion: 'cn-2024-07-01', from: '2026-03-01', to: '2026-03-31' }),
    });
    expect(started.status).toBe(202);
    const { replayId } = (await started.json()) as { replayId: string };
    const worker = recordingServices();
    const { runPendingReplays } = await import('#shared/replays/replay.js');
    await runPendingReplays(worker.services, { owner: 'iam-test', shouldStop: () => false });
    expect((await app.request(`/v1/replays/${replayId}`, { headers: bearer(STAFF.key) })).status).toBe(200);
    expect([...api.actions].filter((a) => !granted('runReplays').has(a))).toEqual([]);
    expect(worker.actions.size).toBeGreaterThan(1);
    expect([...worker.actions].filter((a) => !granted('runReplaysWorker').has(a))).toEqual([]);
  });

  it('no function is granted an action no code path of it uses to delete or scan', () => {
    for (const spec of Object.values(FUNCTIONS))
      for (const action of spec.tableActions) expect(['dynamodb:Scan', 'dynamodb:DeleteItem']).not.toContain(action);
  });
});
