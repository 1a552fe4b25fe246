import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';
import { setLogLevel } from '#shared/log.js';
import { checkRequest } from '../support/requests.js';

setLogLevel('error');

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('The embedded store is supervised: it comes back after its process dies', () => {
  let service: LocalService;
  const dataDir = mkdtempSync(join(tmpdir(), 'rg-supervise-'));
  beforeAll(async () => {
    service = await startLocalService(loadDevConfig({ DATA_DIR: dataDir, PORT: '0' }), { runJobs: false });
  }, 60_000);
  afterAll(async () => {
    await service?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('restarts the killed store, /healthz reports it, and the acknowledged check is still there', async () => {
    // Prepare: a decision acknowledged with 201.
    const created = await fetch(`${service.url}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(checkRequest({ requestId: 'survives-a-crash' })),
    });
    expect(created.status).toBe(201);
    const { checkId } = (await created.json()) as { checkId: string };
    const healthy = await (await fetch(`${service.url}/healthz`)).json();
    expect(healthy).toMatchObject({ status: 'ok', store: { state: 'up', restarts: 0 } });
    // Act: the store's process dies hard.
    const pid = service.store?.pid?.();
    expect(pid).toBeTypeOf('number');
    process.kill(pid as number, 'SIGKILL');
    // Assess: /healthz says it is restarting (or already back), then ok with one restart.
    const back = await waitFor(async () => {
      const res = await fetch(`${service.url}/healthz`);
      const body = (await res.json()) as { status: string; store: { restarts: number } };
      if (res.status === 503) expect(body).toMatchObject({ status: 'unavailable' });
      return res.status === 200 && body.store.restarts === 1 ? body : undefined;
    });
    expect(back).toMatchObject({ status: 'ok', store: { state: 'up', restarts: 1, lastExit: { signal: 'SIGKILL' } } });
    expect(service.store?.pid?.()).not.toBe(pid);
    const read = await fetch(`${service.url}/v1/checks/${checkId}`, {
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}` },
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { request: { requestId: string } }).request.requestId).toBe('survives-a-crash');
  }, 60_000);
});
