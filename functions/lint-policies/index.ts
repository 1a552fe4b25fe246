import { handle } from 'hono/aws-lambda';
import { servicesFromEnv } from '#shared/services.js';
import { createLintApp } from './app.js';

export const handler = handle(createLintApp(servicesFromEnv()));
