import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_DEFAULTS, loadDevConfig } from '#shared/local/dev-config.js';
import { type LocalService, startLocalService } from '#shared/local/runtime.js';
import { checkRequest } from '../support/requests.js';

describe('The local service works replays in the background', () => {
  let service: LocalService;
  beforeAll(async () => {
    service = await startLocalService(loadDevConfig({ DATA_DIR: ':memory:', PORT: '0' }), { isolateStore: false });
  });
  afterAll(async () => service.close());

  const call = (path: string, key: string, body?: unknown) =>
    fetch(`${service.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('serves the replay routes and finishes a replay without anyone calling the worker', async () => {
    // Prepare: a check the service decides now (r2), which r1 answers differently (RULES.md 3.4).
    const created = await call(
      '/v1/checks',
      DEV_DEFAULTS.DEV_SHOP_KEY,
      checkRequest({ requestId: 'local-replay-1', returnRequest: { condition: { tagsRemoved: true } } }),
    );
    const { checkId, decidedAt } = await created.json();
    const day = String(decidedAt).slice(0, 10);

    // Act
    const started = await call('/v1/replays', DEV_DEFAULTS.DEV_STAFF_KEY, {
      rulesetVersion: 'cn-2024-07-01',
      from: day,
      to: day,
    });
    expect(started.status).toBe(202);
    const { replayId } = await started.json();

    // Assess: the background job (every 2 s) finishes it; poll until it says so.
    let view: Record<string, unknown> = {};
    for (let attempt = 0; attempt < 100 && view.status !== 'done'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      view = await (await call(`/v1/replays/${replayId}`, DEV_DEFAULTS.DEV_STAFF_KEY)).json();
    }
    expect(view).toMatchObject({ status: 'done', scanned: 1, changed: 1, transitions: { 'BLOCK→ALLOW': 1 } });
    expect((view.items as { checkId: string }[]).map((i) => i.checkId)).toEqual([checkId]);
  });
});
