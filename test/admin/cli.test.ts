import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStore, type TestStore } from '../support/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(async () => store.close());

/** Runs the CLI without blocking: the embedded store answers from this same process. */
function admin(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'shared/admin/cli.ts', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      TABLE_NAME: store.services.tableName,
      DYNAMODB_ENDPOINT: store.endpoint,
      AWS_REGION: 'cn-north-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

describe('npm run admin', () => {
  it('adds a shop whose printed key and webhook secret work, storing only the key hash', async () => {
    const out = await admin('add-shop', '--shop', 'shop-new');
    expect(out.status).toBe(0);
    const key = /API key:\s+(\S+)/.exec(out.stdout)?.[1] ?? '';
    const secret = /webhook secret:\s+(\S+)/.exec(out.stdout)?.[1] ?? '';
    expect(key).toMatch(/^rg_shop_/);
    expect(secret).toMatch(/^whsec_/);
    expect(await store.services.principals.findByKey(key)).toMatchObject({ role: 'shop', shopId: 'shop-new' });
    expect(await store.services.shopSecrets.getWebhookSecret('shop-new')).toBe(secret);
  });

  it('adds a named staff key', async () => {
    const out = await admin('add-staff', '--name', 'Li Wei');
    const key = /API key:\s+(\S+)/.exec(out.stdout)?.[1] ?? '';
    expect(await store.services.principals.findByKey(key)).toMatchObject({ role: 'staff', name: 'Li Wei' });
  });

  it('explains itself and refuses incomplete commands', async () => {
    expect((await admin('--help')).stdout).toContain('add-shop');
    const bad = await admin('add-shop');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--shop');
  });
});
