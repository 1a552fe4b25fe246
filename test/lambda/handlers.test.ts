import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRequest } from '../support/requests.js';
import { SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const outDir = mkdtempSync(join(ROOT, 'node_modules', '.lambda-test-'));

/** Bundles a function the way the CDK stack does (minified UTF-8 ESM, AWS SDK external). */
async function bundle(name: string, entry = 'index.ts'): Promise<string> {
  const outfile = join(outDir, `${name}-${entry.replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [join(ROOT, 'functions', name, entry)],
    bundle: true,
    minify: true,
    charset: 'utf8',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    mainFields: ['module', 'main'],
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}

/** An API Gateway HTTP API (payload 2.0) event, as the deployed route delivers it. */
function httpEvent(method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn', ...options.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'req-1',
      routeKey: `${method} ${path}`,
      stage: '$default',
      time: '26/Nov/2026:10:00:00 +0000',
      timeEpoch: 1_795_000_000_000,
    },
    ...(options.body !== undefined
      ? { body: Buffer.from(options.body).toString('base64'), isBase64Encoded: true }
      : { isBase64Encoded: false }),
  };
}

type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode: number; body: string; headers?: Record<string, string> }>;

describe('The deployed handlers, bundled as the stack bundles them', () => {
  let store: TestStore;
  let checks: Handler;
  let lint: Handler;

  beforeAll(async () => {
    store = await startTestStore();
    // The handler builds its services from the environment at import, as in Lambda.
    process.env.TABLE_NAME = store.services.tableName;
    process.env.DYNAMODB_ENDPOINT = store.endpoint;
    process.env.AWS_REGION = 'cn-north-1';
    ({ handler: checks } = (await import(pathToFileURL(await bundle('check-refusals')).href)) as { handler: Handler });
    ({ handler: lint } = (await import(pathToFileURL(await bundle('lint-policies')).href)) as { handler: Handler });
  });
  afterAll(async () => {
    for (const name of ['TABLE_NAME', 'DYNAMODB_ENDPOINT']) delete process.env[name];
    rmSync(outDir, { recursive: true, force: true });
    await store.close();
  });

  it('decides a check from a base64 API Gateway event and reads it back', async () => {
    const created = await checks(
      httpEvent('POST', '/v1/checks', {
        headers: { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
        body: JSON.stringify(checkRequest({ requestId: 'lambda-1' })),
      }),
      {},
    );
    expect(created.statusCode).toBe(201);
    const decision = JSON.parse(created.body);
    expect(decision.verdict).toBe('BLOCK');
    const read = await checks(
      httpEvent('GET', `/v1/checks/${decision.checkId}`, { headers: { authorization: `Bearer ${STAFF.key}` } }),
      {},
    );
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body).request.requestId).toBe('lambda-1');
  });

  it('answers validation errors and /healthz through the Lambda edge like over HTTP', async () => {
    const bad = await checks(
      httpEvent('POST', '/v1/checks', {
        headers: { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
        body: '{"requestId":',
      }),
      {},
    );
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).error).toBe('invalid_request');
    const health = await checks(httpEvent('GET', '/healthz'), {});
    expect(health.statusCode).toBe(200);
  });

  it('lints a traditional-Chinese policy from a base64 API Gateway event (OpenCC bundled)', async () => {
    const text = '特價商品恕不退換。\n支持七天無理由退貨。';
    const res = await lint(
      httpEvent('POST', '/v1/policies/lint', {
        headers: { authorization: `Bearer ${SHOP_A.key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text }),
      }),
      {},
    );
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body) as { clauses: { text: string; verdict: string }[] };
    expect(body.clauses.map((c) => [c.text, c.verdict])).toEqual([
      ['特價商品恕不退換。', 'void'],
      ['支持七天無理由退貨。', 'lawful'],
    ]);
  });

  it('starts a replay over API Gateway, works it in the scheduled worker, and reports it', async () => {
    // Prepare: the bundled replays function and its worker, and today's check from the first test.
    const { handler: replays } = (await import(pathToFileURL(await bundle('run-replays')).href)) as {
      handler: Handler;
    };
    const { handler: worker } = (await import(pathToFileURL(await bundle('run-replays', 'worker.ts')).href)) as {
      handler: (event: unknown, context: unknown) => Promise<{ replays: { status: string }[] }>;
    };
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const staff = { authorization: `Bearer ${STAFF.key}`, 'content-type': 'application/json' };

    // Act
    const started = await replays(
      httpEvent('POST', '/v1/replays', {
        headers: staff,
        body: JSON.stringify({ rulesetVersion: 'cn-2024-07-01', from: today, to: today }),
      }),
      {},
    );
    expect(started.statusCode).toBe(202);
    const { replayId } = JSON.parse(started.body);
    const run = await worker(
      { source: 'aws.events', 'detail-type': 'Scheduled Event' },
      {
        awsRequestId: 'worker-1',
        getRemainingTimeInMillis: () => 840_000,
      },
    );

    // Assess
    expect(run.replays).toEqual([expect.objectContaining({ replayId, status: 'done' })]);
    const report = await replays(httpEvent('GET', `/v1/replays/${replayId}`, { headers: staff }), {});
    expect(report.statusCode).toBe(200);
    expect(JSON.parse(report.body)).toMatchObject({ replayId, status: 'done', scanned: 1 });
    const rulesets = await replays(httpEvent('GET', '/v1/rulesets', { headers: staff }), {});
    expect(JSON.parse(rulesets.body).items).toHaveLength(2);
  });

  it('bundles every function, and each fails fast without TABLE_NAME', async () => {
    for (const [name, entry] of [
      ['review-decisions', 'index.ts'],
      ['receive-order-events', 'index.ts'],
      ['sweep-overdue-refunds', 'index.ts'],
      ['run-replays', 'index.ts'],
      ['run-replays', 'worker.ts'],
      ['lint-policies', 'index.ts'],
    ] as const) {
      const file = await bundle(name, entry);
      const env = { ...process.env };
      delete env.TABLE_NAME;
      const { spawn } = await import('node:child_process');
      const child = spawn(
        process.execPath,
        ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(file).href)})`],
        {
          env,
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise((resolve) => child.on('close', resolve));
      expect(code).not.toBe(0);
      expect(stderr).toContain('TABLE_NAME');
    }
  });
});
