import type { RouteSpec } from '#http/routes.js';
import { ErrorBodySchema } from '#schemas/common.js';
import {
  ReplayAcceptedSchema,
  ReplayItemsQuerySchema,
  ReplayRequestSchema,
  ReplayViewSchema,
  RulesetListSchema,
} from '#schemas/replay.js';

const errors = {
  400: { description: 'Invalid request: every problem with its path', schema: ErrorBodySchema },
  401: { description: 'Missing or unknown key', schema: ErrorBodySchema },
  403: { description: 'Known key, wrong role', schema: ErrorBodySchema },
} as const;

/** The route-table entries of the replays function (`functions/run-replays`). */
export const REPLAY_ROUTES: readonly RouteSpec[] = [
  {
    key: 'GET /v1/rulesets',
    fn: 'runReplays',
    api: true,
    summary: 'The released rulesets (current, retired, candidate), with what each changed',
    tag: 'rulesets',
    auth: 'shop_or_staff',
    responses: { 200: { description: 'Every released ruleset, oldest first', schema: RulesetListSchema }, ...errors },
  },
  {
    key: 'POST /v1/replays',
    fn: 'runReplays',
    api: true,
    summary:
      'Re-decide every stored check of a period (China Standard Time days) under a named ruleset; stored decisions are never changed',
    tag: 'rulesets',
    auth: 'staff',
    body: ReplayRequestSchema,
    responses: {
      202: {
        description: 'The replay was recorded and runs in the background; poll GET /v1/replays/{replayId}',
        schema: ReplayAcceptedSchema,
      },
      ...errors,
    },
  },
  {
    key: 'GET /v1/replays/{replayId}',
    fn: 'runReplays',
    api: true,
    summary: 'A replay: progress, counts, transitions and one page of the checks that would change',
    tag: 'rulesets',
    auth: 'staff',
    query: ReplayItemsQuerySchema,
    responses: {
      200: { description: 'The replay and one page of changed checks', schema: ReplayViewSchema },
      ...errors,
      404: { description: 'No such replay', schema: ErrorBodySchema },
    },
  },
];
