import { handle } from 'hono/aws-lambda';
import { servicesFromEnv } from '#shared/services.js';
import { createReplayApp } from './app.js';

/** The HTTP routes of replays (API Gateway); the work itself runs in `worker.ts`. */
export const handler = handle(createReplayApp(servicesFromEnv()));
