import { handle } from 'hono/aws-lambda';
import { servicesFromEnv } from '#shared/services.js';
import { createCheckApp } from './app.js';

export const handler = handle(createCheckApp(servicesFromEnv()));
