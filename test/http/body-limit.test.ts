import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBodyBytes, lambdaHandler } from '#http/lambda.js';
import { createLocalApp } from '#shared/local/compose.js';
import { setLogLevel } from '#shared/log.js';
import { SHOP_A, startTestStore, type TestStore } from '../support/store.js';

setLogLevel('error');

let store: TestStore;
let server: ReturnType<typeof serve>;
let port: number;
beforeAll(async () => {
  store = await startTestStore();
  server = serve({ fetch: createLocalApp(store.services).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  });
  await store.close();
});

/**
 * Streams a chunked body of up to `maxBytes` of garbage, 64 KiB per write, honouring backpressure,
 * until the server answers or closes. Returns the status and how much was written before that.
 */
function streamGarbage(path: string, headers: Record<string, string>, maxBytes: number) {
  return new Promise<{ status: number; body: string; written: number }>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    let written = 0;
    let answered = false;
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      method: 'POST',
      headers: { ...headers, 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.on('data', (d) => {
        body += d;
      });
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, written });
      });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && written < maxBytes) {
        written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('The 64 KiB limit is enforced while the body is read (contract 1.1)', () => {
  const LIMIT_TEST_BYTES = 64 * 1024 * 1024;

  it('POST /v1/checks: a chunked 64 MiB body is refused after a few MiB, not read to the end', async () => {
    const before = process.memoryUsage();
    const res = await streamGarbage(
      '/v1/checks',
      { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
      LIMIT_TEST_BYTES,
    );
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toBe('invalid_request');
    // Refused early: only what the socket buffers held had been written when the answer came.
    expect(res.written).toBeLessThan(16 * 1024 * 1024);
    const grown = process.memoryUsage().arrayBuffers - before.arrayBuffers;
    expect(grown).toBeLessThan(32 * 1024 * 1024);
  });

  it('POST /v1/webhooks/order-events: a chunked body with a garbage signature is refused early too', async () => {
    const res = await streamGarbage(
      '/v1/webhooks/order-events',
      {
        'content-type': 'application/json',
        'webhook-id': 'msg_big',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,Z2FyYmFnZQ==',
      },
      LIMIT_TEST_BYTES,
    );
    expect(res.status).toBe(400);
    expect(res.written).toBeLessThan(16 * 1024 * 1024);
  });

  it('a declared Content-Length over the limit is refused before any byte is read', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
      body: 'x'.repeat(64 * 1024 + 1),
    });
    expect(res.status).toBe(400);
  });

  it('a body of exactly 64 KiB is read (and judged on its content)', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
      body: `"${'x'.repeat(64 * 1024 - 2)}"`,
    });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0].message).not.toMatch(/larger than/);
  });
});

describe('The Lambda edge refuses an oversized event body before decoding it', () => {
  it('measures a base64 body without decoding it', () => {
    expect(eventBodyBytes({ body: Buffer.from('{}').toString('base64'), isBase64Encoded: true })).toBe(2);
    expect(eventBodyBytes({ body: Buffer.alloc(1000).toString('base64'), isBase64Encoded: true })).toBe(1000);
    expect(eventBodyBytes({ body: '价', isBase64Encoded: false })).toBe(3);
  });

  it('answers a 1 MiB event body with the contract 400 and never calls the app', async () => {
    let called = false;
    const { Hono } = await import('hono');
    const app = new Hono().post('/v1/checks', (c) => {
      called = true;
      return c.text('read');
    });
    const res = await lambdaHandler(app)({
      version: '2.0',
      rawPath: '/v1/checks',
      rawQueryString: '',
      headers: { 'content-type': 'application/json', host: 'x' },
      requestContext: { http: { method: 'POST', path: '/v1/checks' } },
      body: Buffer.alloc(1024 * 1024).toString('base64'),
      isBase64Encoded: true,
    } as never);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error).toBe('invalid_request');
    expect(called).toBe(false);
  });
});
