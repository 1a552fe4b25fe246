import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULESETS } from '#rules/index.js';
import { scenarioFiles } from '#rules/scenarios.js';
import { PublishedRulesetSchema } from '#schemas/rulebook.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const outDir = mkdtempSync(join(ROOT, 'node_modules', '.lambda-rulebook-'));
const outfile = join(outDir, 'publish-rulebook.mjs');

type Handler = (
  event: unknown,
  context: unknown,
) => Promise<{ statusCode: number; body: string; headers?: Record<string, string>; isBase64Encoded?: boolean }>;

/** An API Gateway HTTP API (payload 2.0) GET event, as the deployed route delivers it. */
function getEvent(path: string, query: string, headers: Record<string, string>, routeKey: string) {
  return {
    version: '2.0',
    routeKey,
    rawPath: path,
    rawQueryString: query,
    headers: { host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn', ...headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'req-rules',
      routeKey,
      stage: '$default',
      time: '29/Nov/2026:10:00:00 +0000',
      timeEpoch: 1_795_900_000_000,
    },
    isBase64Encoded: false,
  };
}

let handler: Handler;

beforeAll(async () => {
  // Bundled as the CDK stack bundles it: minified UTF-8 ESM, AWS SDK external; no table, no environment.
  await build({
    entryPoints: [join(ROOT, 'functions/publish-rulebook/index.ts')],
    bundle: true,
    minify: true,
    charset: 'utf8',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    external: ['@aws-sdk/*', '@smithy/*'],
    banner: { js: "import{createRequire as __cr}from'module';const require=__cr(import.meta.url);" },
    logLevel: 'silent',
  });
  ({ handler } = (await import(pathToFileURL(outfile).href)) as { handler: Handler });
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('The publish-rulebook handler, bundled as the stack bundles it', () => {
  it('carries the scenario files inside the bundle: the ruleset JSON pins every rule', async () => {
    const id = RULESETS.current().id;
    const res = await handler(
      getEvent(`/rules/${id}`, '', { accept: 'application/json' }, 'GET /rules/{rulesetId}'),
      {},
    );
    expect(res.statusCode).toBe(200);
    const body = PublishedRulesetSchema.parse(JSON.parse(res.body));
    expect(body.rules.every((rule) => rule.scenarios.length > 0)).toBe(true);
    const files = new Set(body.rules.flatMap((rule) => rule.scenarios.map((s) => s.file)));
    expect(files.size).toBe(scenarioFiles().length);
    expect(statSync(outfile).size).toBeLessThan(2_000_000);
  });

  it('serves the Chinese page with its security headers, and 404 for an unknown ruleset', async () => {
    const page = await handler(getEvent('/rules', 'lang=zh', {}, 'GET /rules'), {});
    expect(page.statusCode).toBe(200);
    expect(page.headers?.['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<html lang="zh-CN">');
    const missing = await handler(getEvent('/rules/nope', '', {}, 'GET /rules/{rulesetId}'), {});
    expect(missing.statusCode).toBe(404);
  });
});
