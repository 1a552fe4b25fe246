import { mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '#config/env.js';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { type EmbeddedDynamo, startEmbeddedDynamo } from '#shared/local/embedded-dynamo.js';
import { createServices } from '#shared/services.js';
import { createDocumentClient } from '#store/client.js';
import { ensureTable } from '#store/setup.js';
import { checkRequest } from '../support/requests.js';
import { jsonHeaders, SHOP_A } from '../support/store.js';

const dataDir = mkdtempSync(join(tmpdir(), 'rg-fault-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('When the store becomes unreachable mid-run', () => {
  it('answers 503, writes nothing half-way, and a retry after recovery stores exactly one decision', async () => {
    // Prepare: a store on disk, so it can go away and come back with its data.
    let server: EmbeddedDynamo = await startEmbeddedDynamo({ dataDir });
    const port = Number(new URL(server.endpoint).port);
    const config = loadConfig({ TABLE_NAME: 'fault', DYNAMODB_ENDPOINT: server.endpoint, LOG_LEVEL: 'error' });
    const db = createDocumentClient({
      region: config.region,
      endpoint: server.endpoint,
      maxAttempts: 1,
      requestTimeoutMs: 1_000,
    });
    const services = createServices(config, { db });
    await ensureTable(db, config.tableName);
    await services.principals.putKey(SHOP_A.key, { role: 'shop', shopId: SHOP_A.shopId, name: 'a' });
    const app = createCheckApp(services);
    const post = (requestId: string) =>
      app.request('/v1/checks', {
        method: 'POST',
        headers: jsonHeaders(SHOP_A.key),
        body: JSON.stringify(checkRequest({ requestId })),
      });
    expect((await post('before-outage')).status).toBe(201);

    // Act: the store goes away while requests keep coming.
    await server.close();
    const during = await Promise.all(['during-1', 'during-1', 'during-2'].map(post));

    // Assess: 503 with the contract body, and a Retry-After hint.
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ error: 'store_unavailable' });
      expect(res.headers.get('retry-after')).toBe('1');
    }

    // The store comes back on the same port with the same files.
    server = await startEmbeddedDynamo({ dataDir, port });
    try {
      expect(await services.checks.findByRequestId(SHOP_A.shopId, 'during-1')).toBeUndefined();
      expect(await services.checks.findByRequestId(SHOP_A.shopId, 'before-outage')).toBeDefined();
      const retried = await Promise.all(['during-1', 'during-1', 'during-2'].map(post));
      expect(retried.map((r) => r.status).sort()).toEqual([200, 201, 201]);
      const list = await services.checks.listByOrder(SHOP_A.shopId, 'O-1001', { limit: 100 });
      expect(list.items.map((i) => i.requestId).sort()).toEqual(['before-outage', 'during-1', 'during-2']);
    } finally {
      db.destroy();
      await server.close();
    }
  });
});

describe('When the store stops answering (connections accepted, no reply)', () => {
  it('answers 503 once the per-attempt timeout passes instead of hanging, and /healthz says unavailable', async () => {
    // Prepare: a "store" that accepts connections and never replies (a hung process).
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => {
      sockets.add(socket);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()));
    const endpoint = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const config = loadConfig({ TABLE_NAME: 'silent', DYNAMODB_ENDPOINT: endpoint, LOG_LEVEL: 'error' });
    const db = createDocumentClient({ region: config.region, endpoint, maxAttempts: 2, requestTimeoutMs: 300 });
    const services = createServices(config, { db });
    const app = createCheckApp(services);
    try {
      // Act
      const [check, health] = await Promise.all([
        app.request('/v1/checks', {
          method: 'POST',
          headers: jsonHeaders(SHOP_A.key),
          body: JSON.stringify(checkRequest({ requestId: 'silent-1' })),
        }),
        app.request('/healthz'),
      ]);
      // Assess
      expect(check.status).toBe(503);
      expect(await check.json()).toEqual({ error: 'store_unavailable' });
      expect(health.status).toBe(503);
    } finally {
      db.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
