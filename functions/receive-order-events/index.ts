import { handle } from 'hono/aws-lambda';
import { servicesFromEnv } from '#shared/services.js';
import { createOrderEventsApp } from './app.js';

export const handler = handle(createOrderEventsApp(servicesFromEnv()));
