import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';
import { checkRequest } from '../support/requests.js';

const ROOT = new URL('../..', import.meta.url).pathname;

describe('The local service over real HTTP', () => {
  let service: LocalService;
  beforeAll(async () => {
    service = await startLocalService(
      loadDevConfig({ DATA_DIR: ':memory:', PORT: '0', DEV_SHOPS: 'second-shop:rg_second_shop_key' }),
      { runJobs: false },
    );
  });
  afterAll(async () => service.close());

  const post = (body: unknown, key: string = DEV_DEFAULTS.DEV_SHOP_KEY) =>
    fetch(`${service.url}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('answers /healthz once the embedded store is reachable', async () => {
    const res = await fetch(`${service.url}/healthz`);
    expect(res.status).toBe(200);
    // The contract's body, plus the local supervisor's detail (fields are added, never removed).
    expect(await res.json()).toMatchObject({ status: 'ok', store: { state: 'up', restarts: 0 } });
  });

  it('decides with the seeded dev shop key and reads the decision back', async () => {
    const res = await post(checkRequest({ requestId: 'local-1' }));
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created.verdict).toBe('BLOCK');
    const read = await fetch(`${service.url}/v1/checks/${created.checkId}`, {
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_STAFF_KEY}` },
    });
    expect(read.status).toBe(200);
    const body = await read.json();
    expect(body.checkId).toBe(created.checkId);
    expect(body.request.requestId).toBe('local-1');
  });

  it('seeds the shops named in DEV_SHOPS and keeps them apart', async () => {
    const created = await (await post(checkRequest({ requestId: 'local-2' }), 'rg_second_shop_key')).json();
    const asDemo = await fetch(`${service.url}/v1/checks/${created.checkId}`, {
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}` },
    });
    expect(asDemo.status).toBe(404);
  });

  it('answers a path or method no function serves with a JSON 404', async () => {
    for (const [method, path] of [
      ['GET', '/nowhere'],
      ['DELETE', '/v1/checks/01ARZ3NDEKTSV4RRFFQ69G5FAV'],
      ['GET', '/v1/webhooks/order-events'],
    ] as const) {
      const res = await fetch(`${service.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}` },
      });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'not_found' });
    }
  });

  it('lints a policy at POST /v1/policies/lint, documented in the OpenAPI document', async () => {
    const res = await fetch(`${service.url}/v1/policies/lint`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: '本店保留最终解释权。' }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).clauses[0].issues).toEqual(['final_interpretation_right']);
    const doc = await (await fetch(`${service.url}/openapi.json`)).json();
    expect(doc.paths['/v1/policies/lint'].post).toBeDefined();
  });

  it('serves the OpenAPI document and the docs page', async () => {
    expect((await (await fetch(`${service.url}/openapi.json`)).json()).openapi).toBe('3.1.0');
    expect((await fetch(`${service.url}/docs`)).headers.get('content-type')).toMatch(/text\/html/);
  });
});

describe('Decisions on disk survive a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rg-local-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads a decision stored before the restart', async () => {
    const config = loadDevConfig({ DATA_DIR: dataDir, PORT: '0' });
    const first = await startLocalService(config, { runJobs: false });
    const res = await fetch(`${first.url}/v1/checks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(checkRequest({ requestId: 'durable-1' })),
    });
    const { checkId } = await res.json();
    await first.close();
    const second = await startLocalService(config, { runJobs: false });
    try {
      const read = await fetch(`${second.url}/v1/checks/${checkId}`, {
        headers: { authorization: `Bearer ${DEV_DEFAULTS.DEV_SHOP_KEY}` },
      });
      expect(read.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('npm start', () => {
  it('explains itself with --help', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'shared/local/main.ts', '--help'], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toContain('DATA_DIR');
    expect(out).toContain('DEV_WEBHOOK_SECRET');
  });

  it('refuses a bad configuration with a clear message and exit code 2', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'shared/local/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: 'not-a-port', DATA_DIR: ':memory:' },
    });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    expect(err).toContain('port');
  });
});
