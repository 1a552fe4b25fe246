import { handle } from 'hono/aws-lambda';
import { servicesFromEnv } from '#shared/services.js';
import { createReviewApp } from './app.js';

export const handler = handle(createReviewApp(servicesFromEnv()));
