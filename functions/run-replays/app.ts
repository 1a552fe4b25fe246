import { createBaseApp } from '#http/app.js';
import { type AuthEnv, bearerAuth } from '#http/auth.js';
import { parseWith, readJson, readQuery } from '#http/body.js';
import { RULESETS } from '#rules/index.js';
import { ReplayIdSchema, ReplayItemsQuerySchema, ReplayRequestSchema, type ReplayView } from '#schemas/replay.js';
import { startReplay } from '#shared/replays/replay.js';
import type { Services } from '#shared/services.js';
import { NotFoundError } from '#store/errors.js';
import type { ReplayRecord } from '#store/replays.js';

/**
 * The replays function's HTTP side: `GET /v1/rulesets` (any key), `POST /v1/replays` and
 * `GET /v1/replays/{replayId}` (staff keys). Thin by design: a POST only records the job; the worker
 * (`worker.ts`, or the local service's background job) does the work.
 *
 * @example const res = await createReplayApp(services).request('/v1/rulesets', { headers: bearer(shopKey) })
 */
export function createReplayApp(services: Services) {
  const app = createBaseApp<AuthEnv>();
  const staffOnly = bearerAuth(services.principals, ['staff']);
  app.use('/v1/rulesets', bearerAuth(services.principals));
  app.use('/v1/replays', staffOnly);
  app.use('/v1/replays/*', staffOnly);

  app.get('/v1/rulesets', (c) =>
    c.json({
      items: RULESETS.list().map((r) => ({
        id: r.id,
        status: r.status,
        lawBaseline: r.lawBaseline,
        releasedAt: r.releasedAt,
        changes: [...r.changes],
        ...(r.revises ? { revises: r.revises } : {}),
        jurisdiction: r.jurisdiction,
      })),
    }),
  );

  app.post('/v1/replays', async (c) => {
    const request = await readJson(c, ReplayRequestSchema);
    const principal = c.get('principal');
    const job = await startReplay(services, request, `${principal.name} (${principal.keyId})`);
    return c.json({ replayId: job.replayId, status: 'running' as const }, 202, {
      location: `/v1/replays/${job.replayId}`,
    });
  });

  app.get('/v1/replays/:replayId', async (c) => {
    const { replayId } = parseWith(ReplayIdSchema, c.req.param());
    const query = readQuery(c, ReplayItemsQuerySchema);
    const job = await services.replays.get(replayId);
    if (!job) throw new NotFoundError('no such replay');
    const page = await services.replays.listItems(replayId, query);
    return c.json(renderReplay(job, page));
  });

  return app;
}

/** The contract's body for a replay and one page of its changed checks. */
export function renderReplay(job: ReplayRecord, page: Pick<ReplayView, 'items' | 'cursor'>): ReplayView {
  return {
    replayId: job.replayId,
    status: job.status,
    rulesetVersion: job.rulesetVersion,
    from: job.from,
    to: job.to,
    shopId: job.shopId,
    createdAt: job.createdAt,
    createdBy: job.createdBy,
    updatedAt: job.updatedAt,
    completedAt: job.completedAt,
    pages: job.pages,
    scanned: job.scanned,
    changed: job.changed,
    transitions: job.transitions,
    ...(job.error ? { error: job.error } : {}),
    items: page.items,
    cursor: page.cursor,
  };
}
