import { lambdaHandler } from '#http/lambda.js';
import { servicesFromEnv } from '#shared/services.js';
import { createCheckApp } from './app.js';

export const handler = lambdaHandler(createCheckApp(servicesFromEnv()));
