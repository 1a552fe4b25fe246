import { Hono } from 'hono';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createLintApp } from '#functions/lint-policies/app.js';
import { createRulebookApp } from '#functions/publish-rulebook/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { createReplayApp } from '#functions/run-replays/app.js';
import { securityHeaders } from '#http/security-headers.js';
import { runOverdueSweep } from '#shared/reconciliation/sweep.js';
import { runPendingReplays } from '#shared/replays/replay.js';
import type { Services } from '#shared/services.js';

/**
 * The whole API on one Hono app: the same function apps that run as Lambda handlers, mounted side by
 * side, as API Gateway routes them in production. No route lives here.
 */
export function createLocalApp(services: Services): Hono {
  const app = new Hono();
  // Like API Gateway in front of the functions: a path or method no function serves is a JSON 404.
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.use(securityHeaders());
  app.route('/', createCheckApp(services));
  app.route('/', createOrderEventsApp(services));
  app.route('/', createReviewApp(services));
  app.route('/', createLintApp(services));
  app.route('/', createReplayApp(services));
  app.route('/', createRulebookApp());
  return app;
}

/** Background work the local service runs on a timer (in AWS, EventBridge schedules it). */
export interface LocalJob {
  name: string;
  everyMs: number;
  run(services: Services): Promise<unknown>;
}

export const LOCAL_JOBS: LocalJob[] = [];

/** The overdue-refund sweep (hourly in AWS; every minute locally). */
LOCAL_JOBS.push({ name: 'sweep-overdue-refunds', everyMs: 60_000, run: (services) => runOverdueSweep(services) });

/** The replay worker (every minute in AWS, up to its timeout; locally every 2 s, 10 s of work at most per run). */
LOCAL_JOBS.push({
  name: 'run-replays',
  everyMs: 2_000,
  run: async (services) => {
    const started = Date.now();
    const { replays } = await runPendingReplays(services, {
      owner: `local-${process.pid}-${started}`,
      shouldStop: () => Date.now() - started > 10_000,
    });
    return replays.length > 0 ? { replays } : undefined;
  },
});
