import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDevConfig } from '#shared/local/dev-config.js';
import type { LocalService } from '#shared/local/runtime.js';
import { setLogLevel } from '#shared/log.js';

setLogLevel('error');

const dev = loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' });

/** An independent signer: plain HMAC-SHA256 over "{id}.{timestamp}.{body}", as the spec writes it. */
function handSigned(id: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const key = Buffer.from(dev.webhookSecret.slice('whsec_'.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` };
}

/**
 * The running local service over real HTTP, with events signed by independent signers (the reference
 * `standardwebhooks` library and a hand-written HMAC). Timestamps are the real "now" because the
 * local service runs on the system clock; nothing waits on time.
 */
describe('The local service receives signed order events over HTTP', () => {
  let service: LocalService;

  beforeAll(async () => {
    const { startLocalService } = await import('#shared/local/runtime.js');
    service = await startLocalService(dev, { runJobs: false });
  });
  afterAll(async () => service?.close());

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${service.url}/v1/webhooks/order-events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  const staff = { authorization: `Bearer ${dev.staffKey}` };

  it('accepts, deduplicates, reconciles and lists the flags in the review queue', async () => {
    // A refusal nobody checked, signed by the reference library.
    const refusal = JSON.stringify({
      type: 'return.refused',
      shopId: dev.shopId,
      orderId: 'O-http-1',
      occurredAt: '2026-03-10T10:00:00+08:00',
      data: { sku: 'SKU-1' },
    });
    const headers = (() => {
      const now = new Date();
      return {
        'webhook-id': 'msg_http_refusal_1',
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': new Webhook(dev.webhookSecret).sign('msg_http_refusal_1', now, refusal),
      };
    })();
    const first = await post(refusal, headers);
    const replay = await post(refusal, headers);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ status: 'accepted' });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ status: 'duplicate' });

    // A receipt long ago with no refund, hand-signed; then the sweep on demand.
    const receipt = JSON.stringify({
      type: 'return.received',
      shopId: dev.shopId,
      orderId: 'O-http-2',
      occurredAt: '2020-01-02T10:00:00+08:00',
      data: { sku: 'SKU-9' },
    });
    expect((await post(receipt, handSigned('msg_http_receipt_1', receipt))).status).toBe(200);
    const run = await fetch(`${service.url}/v1/reconciliation/run`, { method: 'POST', headers: staff });
    expect(run.status).toBe(200);
    expect(await run.json()).toMatchObject({ flagged: 1 });

    // Bad signature and tampering are refused.
    expect((await post(receipt.replace('SKU-9', 'SKU-8'), handSigned('msg_http_receipt_1', receipt))).status).toBe(401);
    expect((await post(receipt, { ...handSigned('msg_x', receipt), 'webhook-signature': 'v1,AAAA' })).status).toBe(401);

    // The review queue shows both flags.
    const queue = await fetch(`${service.url}/v1/reviews?status=open&shopId=${dev.shopId}`, { headers: staff });
    expect(queue.status).toBe(200);
    const { items } = (await queue.json()) as { items: { type: string; flag?: string; orderId: string; id: string }[] };
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'flag', flag: 'unchecked_refusal', orderId: 'O-http-1' }),
        expect.objectContaining({ type: 'flag', flag: 'refund_overdue', orderId: 'O-http-2' }),
      ]),
    );
  });

  it('flags a refusal that names a BLOCK check, and staff resolve the flag like a check', async () => {
    // Prepare: a real check (the contract's T-shirt: opened bag inside the window → BLOCK).
    const { checkRequest } = await import('../support/requests.js');
    const created = await fetch(`${service.url}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.shopKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(checkRequest({ requestId: 'R-http-block', order: { orderId: 'O-http-4' } })),
    });
    const check = (await created.json()) as { checkId: string; verdict: string };
    expect(check.verdict).toBe('BLOCK');
    // Act: the shop refuses anyway, naming the check; the event is sent twice.
    const refusal = JSON.stringify({
      type: 'return.refused',
      shopId: dev.shopId,
      orderId: 'O-http-4',
      occurredAt: '2026-04-05T12:00:00+08:00',
      data: { sku: 'TS-1', checkId: check.checkId },
    });
    expect((await post(refusal, handSigned('msg_http_refusal_4', refusal))).status).toBe(200);
    expect((await post(refusal, handSigned('msg_http_refusal_4b', refusal))).status).toBe(200);
    // Assess: one flag about that check, resolvable with version 1.
    const queue = await fetch(`${service.url}/v1/reviews?status=open&shopId=${dev.shopId}&limit=100`, {
      headers: staff,
    });
    const { items } = (await queue.json()) as {
      items: { type: string; flag?: string; checkId?: string; id: string; version: number }[];
    };
    const flags = items.filter((i) => i.type === 'flag' && i.flag === 'refusal_against_block');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.checkId).toBe(check.checkId);
    const resolved = await fetch(`${service.url}/v1/reviews/${flags[0]?.id}/resolution`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'uphold',
        justification: 'Refused against a BLOCK; shop warned.',
        expectedVersion: 1,
      }),
    });
    expect(resolved.status).toBe(200);
  });

  it('uses the recorded delivery time in a check made through the same service', async () => {
    const delivered = JSON.stringify({
      type: 'order.delivered',
      shopId: dev.shopId,
      orderId: 'O-http-3',
      occurredAt: '2026-04-02T18:20:00+08:00',
      data: {},
    });
    expect((await post(delivered, handSigned('msg_http_delivered_3', delivered))).status).toBe(200);
    const { checkRequest } = await import('../support/requests.js');
    const res = await fetch(`${service.url}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${dev.shopKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        checkRequest({
          requestId: 'R-http-3',
          order: { orderId: 'O-http-3', deliveredAt: '2026-04-06T10:00:00+08:00' },
          returnRequest: { requestedAt: '2026-04-12T11:00:00+08:00' },
          refusal: { reason: 'return_window_expired', evidence: [] },
        }),
      ),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { verdict: string; deadlines: { returnWindowEndsAt?: string } };
    expect(body.deadlines.returnWindowEndsAt).toBe('2026-04-09T23:59:59.999+08:00');
    expect(body.verdict).toBe('ALLOW');
  });
});
