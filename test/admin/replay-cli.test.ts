import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckRequestSchema } from '#schemas/check.js';
import { decideCheck } from '#shared/decisions/checks.js';
import type { Services } from '#shared/services.js';
import { checkRequest } from '../support/requests.js';
import { SHOP_A, startTestStore, type TestStore } from '../support/store.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'rg-replay-cli-'));
let store: TestStore;
let services: Services;
let now = new Date('2026-11-03T10:00:00+08:00');
let changedId = '';

beforeAll(async () => {
  store = await startTestStore();
  services = await store.freshTable({ clock: () => now });
  // Prepare: two checks on 3 Nov decided by r2; r1 answers the first differently (RULES.md 3.4,
  // r2 change 1: tags removed, refused as "packaging opened": r1 ALLOW, r2 BLOCK), the second alike
  // (3.2: perishable goods refused as perishable: ALLOW in both).
  const first = CheckRequestSchema.parse(
    checkRequest({
      requestId: 'cli-1',
      returnRequest: { condition: { packagingOpened: true, tagsRemoved: true } },
    }),
  );
  changedId = (await decideCheck(services, SHOP_A.shopId, first)).record.checkId;
  now = new Date('2026-11-03T11:00:00+08:00');
  const second = CheckRequestSchema.parse(
    checkRequest({
      requestId: 'cli-2',
      item: { category: 'food', name: '鲜牛奶', perishable: true },
      refusal: { reason: 'perishable' },
    }),
  );
  await decideCheck(services, SHOP_A.shopId, second);
});
afterAll(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function replay(env: Record<string, string>, ...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'shared/admin/replay.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, AWS_REGION: 'cn-north-1', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status) => resolve({ status, stdout, stderr })),
  );
}

describe('npm run replay', () => {
  it('replays a period against a store, printing progress, transitions and the changed checks', async () => {
    const env = { TABLE_NAME: services.tableName };
    const out = await replay(
      env,
      ...['--ruleset', 'cn-2024-07-01', '--from', '2026-11-01', '--to', '2026-11-30'],
      ...['--page-size', '1', '--endpoint', store.endpoint],
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/page 1: at 2026-11-0\d, scanned 0, changed 0/);
    expect(out.stdout).toMatch(/scanned 2, changed 1/);
    expect(out.stdout).toMatch(/done: \d+ page\(s\), 2 check\(s\) scanned, 1 would change/);
    expect(out.stdout).toMatch(/BLOCK→ALLOW\s+1/);
    expect(out.stdout).toContain(`${changedId}  ${SHOP_A.shopId}/O-1001  BLOCK → ALLOW`);
    // The same replay is visible to the service.
    const replayId = /replay (\S+):/.exec(out.stdout)?.[1] ?? '';
    expect(await services.replays.get(replayId)).toMatchObject({ status: 'done', scanned: 2, changed: 1 });
  });

  it('uses the local store in DATA_DIR by default, creating its table', async () => {
    const out = await replay(
      { DATA_DIR: dataDir, TABLE_NAME: 'refusal-guard' },
      ...['--ruleset', 'cn-2024-07-01.r2', '--from', '2026-11-29', '--to', '2026-11-29'],
    );
    expect(out.stderr).toBe('');
    expect(out.stdout).toContain('done: 1 page(s), 0 check(s) scanned, 0 would change');
  });

  it('explains itself and names each bad option', async () => {
    expect((await replay({}, '--help')).stdout).toContain('--ruleset <id>');
    const bad = await replay({}, '--ruleset', 'cn-1999', '--from', '2026-11-30', '--to', '2026-11-01');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--ruleset: is not a released ruleset');
    expect(bad.stderr).toContain('--to: must not be before from');
  });
});
