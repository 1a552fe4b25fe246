import { lambdaHandler } from '#http/lambda.js';
import { servicesFromEnv } from '#shared/services.js';
import { createOrderEventsApp } from './app.js';

export const handler = lambdaHandler(createOrderEventsApp(servicesFromEnv()));
