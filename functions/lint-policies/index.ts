import { lambdaHandler } from '#http/lambda.js';
import { servicesFromEnv } from '#shared/services.js';
import { createLintApp } from './app.js';

export const handler = lambdaHandler(createLintApp(servicesFromEnv()));
