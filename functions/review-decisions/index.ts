import { lambdaHandler } from '#http/lambda.js';
import { servicesFromEnv } from '#shared/services.js';
import { createReviewApp } from './app.js';

export const handler = lambdaHandler(createReviewApp(servicesFromEnv()));
