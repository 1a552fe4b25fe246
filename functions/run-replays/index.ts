import { lambdaHandler } from '#http/lambda.js';
import { servicesFromEnv } from '#shared/services.js';
import { createReplayApp } from './app.js';

/** The HTTP routes of replays (API Gateway); the work itself runs in `worker.ts`. */
export const handler = lambdaHandler(createReplayApp(servicesFromEnv()));
