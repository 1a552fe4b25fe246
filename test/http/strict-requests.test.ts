import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { createLocalApp } from '#shared/local/compose.js';
import { setLogLevel } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { storeCheck } from '../reviews/support.js';
import { checkRequest } from '../support/requests.js';
import { bearer, jsonHeaders, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';
import { event, fixedClock, NOW, send, signedHeaders } from '../webhooks/support.js';

setLogLevel('error');

let store: TestStore;
let services: Services;
beforeAll(async () => {
  store = await startTestStore();
  services = await store.freshTable({ clock: fixedClock() });
});
afterAll(async () => store.close());

describe('Strict requests (contract 1.1): an unknown field is a 400 naming it', () => {
  it('POST /v1/checks: a misspelt condition flag is refused at its own path, not silently dropped', async () => {
    // Prepare
    const body = structuredClone(checkRequest({ requestId: 'strict-1' })) as Record<string, unknown>;
    const returnRequest = body.returnRequest as { condition: Record<string, unknown> };
    returnRequest.condition = { ...returnRequest.condition, soiledOrDamagd: true };
    // Act
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(body),
    });
    // Assess
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: 'invalid_request',
      issues: [{ path: 'returnRequest.condition.soiledOrDamagd', message: 'unrecognized field' }],
    });
  });

  it('POST /v1/checks: unknown fields at the top and deep in arrays are each named', async () => {
    const body = {
      ...checkRequest({ requestId: 'strict-2' }),
      extra: 1,
      refusal: { reason: 'packaging_opened', evidence: [{ type: 'photo', ref: 'x', size: 3 }] },
    };
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: jsonHeaders(SHOP_A.key),
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['extra', 'refusal.evidence.0.size']);
  });

  it('POST /v1/webhooks/order-events: an unknown field in data is a 400 naming it', async () => {
    const res = await send(
      createOrderEventsApp(services),
      event({ type: 'refund.issued', orderId: 'O-s', data: { sku: 'S', amountFen: 100, amountFenn: 1 } }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: 'data.amountFenn', message: 'unrecognized field' }]);
  });

  it('POST /v1/reviews/{id}/resolution: an unknown field is a 400 naming it', async () => {
    const check = await storeCheck(services, {
      shopId: 'shop-a',
      verdict: 'BLOCK',
      decidedAt: '2026-03-10T10:00:00+08:00',
    });
    const res = await createReviewApp(services).request(`/v1/reviews/${check.checkId}/resolution`, {
      method: 'POST',
      headers: jsonHeaders(STAFF.key),
      body: JSON.stringify({
        action: 'uphold',
        justification: 'a justification here',
        expectedVersion: 1,
        force: true,
      }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([{ path: 'force', message: 'unrecognized field' }]);
  });
});

describe('Strict requests (contract 1.1): JSON routes take application/json only', () => {
  const body = JSON.stringify(checkRequest({ requestId: 'media-1' }));
  for (const type of [
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/jsonx',
    'application/json; charset=latin1',
  ]) {
    it(`POST /v1/checks with Content-Type ${type} is 415 unsupported_media_type`, async () => {
      const res = await createCheckApp(services).request('/v1/checks', {
        method: 'POST',
        headers: { ...bearer(SHOP_A.key), 'Content-Type': type },
        body,
      });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ error: 'unsupported_media_type' });
    });
  }

  it('POST /v1/checks with no Content-Type is 415', async () => {
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: bearer(SHOP_A.key),
      body: new TextEncoder().encode(body),
    });
    expect(res.status).toBe(415);
  });

  it('accepts application/json with charset=utf-8, in any case', async () => {
    const res = await createCheckApp(services).request('/v1/checks', {
      method: 'POST',
      headers: { ...bearer(SHOP_A.key), 'Content-Type': 'Application/JSON; Charset=UTF-8' },
      body,
    });
    expect(res.status).toBe(201);
  });

  it('the webhook route answers a signed text/plain delivery with 415', async () => {
    const payload = JSON.stringify(event({ type: 'order.delivered', orderId: 'O-media' }));
    const res = await createOrderEventsApp(services).request('/v1/webhooks/order-events', {
      method: 'POST',
      headers: { ...signedHeaders(payload), 'content-type': 'text/plain' },
      body: payload,
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'unsupported_media_type' });
  });

  it('the resolution route answers a form body with 415', async () => {
    const res = await createReviewApp(services).request('/v1/reviews/x/resolution', {
      method: 'POST',
      headers: { ...bearer(STAFF.key), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'action=uphold',
    });
    expect(res.status).toBe(415);
  });
});

describe('Security headers on every answer (contract 1.1)', () => {
  const cases: [string, RequestInit][] = [
    ['/docs', {}],
    ['/openapi.json', {}],
    ['/healthz', {}],
    ['/v1/checks', {}],
    ['/v1/checks', { headers: bearer(SHOP_A.key) }],
    ['/v1/reviews', { headers: bearer(STAFF.key) }],
    ['/nowhere', {}],
    ['/console/sign-in', {}],
    ['/', {}],
    ['/rules', {}],
  ];
  for (const [path, init] of cases)
    it(`GET ${path} ${init.headers ? '(with a key) ' : ''}sends nosniff, and on HTML a CSP and frame denial`, async () => {
      const res = await createLocalApp(services).request(path, init);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      if ((res.headers.get('content-type') ?? '').startsWith('text/html')) {
        expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        expect(res.headers.get('x-frame-options')).toBe('DENY');
      }
    });

  it('the docs and landing pages run no script at all', async () => {
    for (const path of ['/docs', '/']) {
      const res = await createLocalApp(services).request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('script-src');
    }
  });
});

describe('Webhook 401s reveal nothing (contract 1.1)', () => {
  it('an unknown shop and a wrong signature for a known shop get byte-identical 401 bodies', async () => {
    const app = createOrderEventsApp(services);
    const unknown = await send(app, event({ type: 'order.delivered', shopId: 'no-such-shop' }));
    const wrong = await send(app, event({ type: 'order.delivered' }), {
      secret: 'whsec_d3JvbmctdGVzdC1zZWNyZXQtMDAwMDAwMDAwMA==',
    });
    const stale = await send(app, event({ type: 'order.delivered' }), { at: new Date(NOW.getTime() - 3600_000) });
    expect([unknown.status, wrong.status, stale.status]).toEqual([401, 401, 401]);
    const bodies = await Promise.all([unknown.text(), wrong.text(), stale.text()]);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toMatch(/shop|secret|match|old/i);
  });

  for (const [name, text] of [
    ['a leading zero', (s: string) => `0${s}`],
    ['a plus sign', (s: string) => `+${s}`],
    ['a decimal point', (s: string) => `${s}.0`],
  ] as const)
    it(`refuses a webhook-timestamp with ${name}, even when signed over that text`, async () => {
      const payload = JSON.stringify(event({ type: 'order.delivered', orderId: 'O-ts' }));
      const headers = signedHeaders(payload);
      const seconds = headers['webhook-timestamp'] as string;
      const altered = text(seconds);
      const { createHmac } = await import('node:crypto');
      const key = Buffer.from('dGVzdC13ZWJob29rLXNlY3JldC0wMDAwMDAwMA==', 'base64');
      const sig = createHmac('sha256', key).update(`${headers['webhook-id']}.${altered}.${payload}`).digest('base64');
      const res = await createOrderEventsApp(services).request('/v1/webhooks/order-events', {
        method: 'POST',
        headers: { ...headers, 'webhook-timestamp': altered, 'webhook-signature': `v1,${sig}` },
        body: payload,
      });
      expect(res.status).toBe(401);
    });
});
