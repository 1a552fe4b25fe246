import { handle } from 'hono/aws-lambda';
import { createRulebookApp } from './app.js';

export const handler = handle(createRulebookApp());
