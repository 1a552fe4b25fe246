import { lambdaHandler } from '#http/lambda.js';
import { createRulebookApp } from './app.js';

export const handler = lambdaHandler(createRulebookApp());
