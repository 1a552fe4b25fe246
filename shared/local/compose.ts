import { Hono } from 'hono';
import { createCheckApp } from '#functions/check-refusals/app.js';
import type { Services } from '#shared/services.js';

/**
 * The whole API on one Hono app: the same function apps that run as Lambda handlers, mounted side by
 * side, as API Gateway routes them in production. No route lives here.
 */
export function createLocalApp(services: Services): Hono {
  const app = new Hono();
  app.route('/', createCheckApp(services));
  return app;
}

/** Background work the local service runs on a timer (in AWS, EventBridge schedules it). */
export interface LocalJob {
  name: string;
  everyMs: number;
  run(services: Services): Promise<unknown>;
}

export const LOCAL_JOBS: LocalJob[] = [];
