import { Webhook } from 'standardwebhooks';
import type { Verdict } from '#schemas/check.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import type { CheckRecord } from '#store/checks.js';
import { WEBHOOK_SECRET } from '../support/store.js';

/** A fixed "now" for every webhook test: 2026-03-12 12:00 China Standard Time. */
export const NOW = new Date('2026-03-12T04:00:00.000Z');
export const fixedClock =
  (at: Date = NOW) =>
  () =>
    new Date(at.getTime());

/** A clock the test can move. */
export function movableClock(start: Date = NOW) {
  let current = start.getTime();
  const clock = () => new Date(current);
  return Object.assign(clock, {
    set(at: Date | string) {
      current = typeof at === 'string' ? Date.parse(at) : at.getTime();
    },
  });
}

export interface EventInput {
  type: string;
  shopId?: string;
  orderId?: string;
  occurredAt?: string;
  data?: Record<string, unknown>;
}

export function event(input: EventInput): Record<string, unknown> {
  return {
    shopId: 'shop-a',
    orderId: 'O-1',
    occurredAt: '2026-03-03T15:00:00+08:00',
    data: {},
    ...input,
  };
}

let counter = 0;
export const newWebhookId = () => `msg_${process.pid}_${Date.now().toString(36)}_${++counter}`;

/**
 * Signs a body with the reference Standard Webhooks library (independent of the service's own
 * implementation).
 */
export function signedHeaders(
  body: string,
  options: { secret?: string; id?: string; at?: Date; signature?: (s: string) => string } = {},
): Record<string, string> {
  const id = options.id ?? newWebhookId();
  const at = options.at ?? NOW;
  const signature = new Webhook(options.secret ?? WEBHOOK_SECRET).sign(id, at, body);
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': options.signature ? options.signature(signature) : signature,
  };
}

/** Anything answering `request` like a Hono app. */
export interface RequestingApp {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/** POSTs an event through the app, signed. */
export async function send(
  app: RequestingApp,
  payload: Record<string, unknown> | string,
  options: Parameters<typeof signedHeaders>[1] = {},
): Promise<Response> {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return app.request('/v1/webhooks/order-events', { method: 'POST', headers: signedHeaders(body, options), body });
}

/** Stores a check directly (no rules engine needed) with the given verdict. */
export async function storeCheck(
  services: Services,
  input: {
    checkId: string;
    shopId?: string;
    orderId?: string;
    sku?: string;
    verdict: Verdict;
    finalVerdict?: Verdict;
    decidedAt?: string;
  },
): Promise<CheckRecord> {
  const record = {
    checkId: input.checkId,
    shopId: input.shopId ?? 'shop-a',
    requestId: `req-${input.checkId}`,
    orderId: input.orderId ?? 'O-1',
    sku: input.sku ?? 'SKU-1',
    requestHash: input.checkId,
    request: {} as CheckRecord['request'],
    verdict: input.verdict,
    findings: [],
    requiredActions: [],
    alternativeReasons: [],
    deadlines: {},
    rulesetVersion: 'test',
    decidedAt: input.decidedAt ?? toShanghaiIso(NOW),
    review: {
      status: input.finalVerdict ? 'resolved' : input.verdict === 'ALLOW' ? 'none' : 'open',
      version: input.finalVerdict ? 2 : 1,
      ...(input.finalVerdict ? { finalVerdict: input.finalVerdict } : {}),
      history: [],
    },
  } satisfies CheckRecord;
  await services.checks.create(record);
  return record;
}

/** Every flag of a shop in the open queue. */
export async function openFlags(services: Services, shopId = 'shop-a') {
  const items = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await services.flags.listByShop(shopId, 'open', startKey ? { startKey } : {});
    items.push(...page.items);
    startKey = page.next;
  } while (startKey);
  return items;
}
