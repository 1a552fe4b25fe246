/**
 * What each Lambda function is, in one declarative table: its entry point, the HTTP routes it answers,
 * the DynamoDB actions it may call, its size and its invocation source. The constructs read this table;
 * adjusting a route or a grant is a one-line change here, and the infrastructure tests read it too.
 *
 * Deliberately absent from every list: `dynamodb:DeleteItem` and `dynamodb:Scan`. Decisions are
 * evidence kept for at least three years (ECL 31, OT-MEASURES 31); the service never deletes one and
 * never reads the whole table. Expiry is DynamoDB TTL's job, not the code's.
 */

import { routesOf } from '#http/routes.js';

/** The HTTP methods our routes use. */
export type RouteMethod = 'GET' | 'POST';

/** An API Gateway HTTP API route key: `METHOD /path`, path parameters in braces. */
export type RouteKey = `${RouteMethod} /${string}`;

/** The DynamoDB actions a function may be granted; Scan and DeleteItem are not representable. */
export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:Query';

export interface FunctionSpec {
  /** Entry module relative to the project root; it exports `handler`. */
  readonly entry: string;
  /** One line for the console and the template. */
  readonly description: string;
  /** Routes this function answers on the HTTP API; empty for a function that is not HTTP. */
  readonly routes: readonly RouteKey[];
  /** Exactly the DynamoDB actions granted, on the table and its indexes. */
  readonly tableActions: readonly TableAction[];
  /**
   * When set, `PutItem` and `UpdateItem` are granted only on items whose partition key starts with one
   * of these prefixes (IAM `dynamodb:LeadingKeys`): the function cannot write anything else, whatever
   * its code does.
   */
  readonly writeKeyPrefixes?: readonly string[];
  readonly memoryMiB: number;
  readonly timeoutSeconds: number;
  /** Reserved concurrency; `undefined` leaves the function on the account's unreserved pool. */
  readonly reservedConcurrency?: number;
  /**
   * V8 options for the function's Node.js process, which `NODE_OPTIONS` cannot carry (Node.js accepts only a few V8
   * options there): Lambda starts the runtime through the exec wrapper `infra/assets/v8-options.sh`, which adds them.
   * The function then has no room for another exec wrapper (a layer's), and must stay a zip function (`/var/task`).
   */
  readonly v8Options?: readonly string[];
  /** Set for a function invoked by an EventBridge schedule instead of HTTP. */
  readonly schedule?: { readonly everyHours: number } | { readonly everyMinutes: number };
}

/**
 * The functions of the service, keyed by a stable logical name (used in construct ids, so
 * renaming a key replaces the function).
 *
 * @example FUNCTIONS.checkRefusals.routes.includes('POST /v1/checks') // true
 */
export const FUNCTIONS = {
  checkRefusals: {
    entry: 'functions/check-refusals/index.ts',
    description: 'Checks a proposed refusal of a return and stores the decision (POST/GET /v1/checks).',
    // From the one route table (shared/http/routes.ts), as the Hono apps and the OpenAPI document.
    routes: routesOf('checkRefusals'),
    // UpdateItem: the decision's count in its shop's daily aggregate (an atomic ADD, shared/store/reports.ts).
    // BatchGetItem: an order's checks, whole, after the keys-only listing of the order's index entries.
    tableActions: [
      'dynamodb:PutItem',
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ],
    memoryMiB: 512,
    timeoutSeconds: 10,
  },
  reviewDecisions: {
    entry: 'functions/review-decisions/index.ts',
    description: 'Review queue, resolutions and the staff review console.',
    routes: routesOf('reviewDecisions'),
    // BatchGetItem: queue pages and timelines, whole, after their keys-only index entries.
    tableActions: [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:PutItem',
    ],
    memoryMiB: 512,
    // The summary and its CSV page through a period's decisions: more than a single check.
    timeoutSeconds: 29,
  },
  receiveOrderEvents: {
    entry: 'functions/receive-order-events/index.ts',
    description:
      'Receives signed order events (POST /v1/webhooks/order-events), reconciles refusals, and runs the overdue-refund sweep on demand for staff (POST /v1/reconciliation/run).',
    routes: routesOf('receiveOrderEvents'),
    tableActions: ['dynamodb:PutItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:UpdateItem'],
    memoryMiB: 256,
    // An on-demand sweep pages through every obligation that fell due: allow up to API Gateway's limit.
    timeoutSeconds: 29,
  },
  lintPolicies: {
    entry: 'functions/lint-policies/index.ts',
    description: "Lints a shop's published return policy clause by clause (POST /v1/policies/lint); stores nothing.",
    routes: routesOf('lintPolicies'),
    // Only the key lookup of the Bearer auth: the lint itself reads and writes nothing.
    tableActions: ['dynamodb:GetItem'],
    memoryMiB: 512,
    timeoutSeconds: 10,
    // The clause rules are hundreds of large patterns. By default V8 compiles each twice: to bytecode for its first run,
    // then to machine code for the next. Compiled once, straight to machine code, the first lint of a fresh process
    // takes about 160 ms of CPU instead of about 540 (Node.js 22; `npm run bench` prints both); every later lint runs
    // the same machine code either way, and the answers are the same.
    v8Options: ['--no-regexp-tier-up'],
  },
  publishRulebook: {
    entry: 'functions/publish-rulebook/index.ts',
    description:
      'The published rulebook: every released ruleset, rule, scenario and diff as pages or JSON (GET /rules...).',
    routes: routesOf('publishRulebook'),
    // Reads only the rulesets bundled with it: no table access at all.
    tableActions: [],
    memoryMiB: 512,
    timeoutSeconds: 10,
  },
  sweepOverdueRefunds: {
    entry: 'functions/sweep-overdue-refunds/index.ts',
    description: 'Hourly sweep that flags refunds that fell due and are still unpaid.',
    routes: [],
    tableActions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:GetItem'],
    memoryMiB: 512,
    timeoutSeconds: 300,
    // One sweep at a time: two overlapping sweeps would race on the same obligations, and a runaway
    // schedule cannot fan out into cost.
    reservedConcurrency: 1,
    schedule: { everyHours: 1 },
  },
  runReplays: {
    entry: 'functions/run-replays/index.ts',
    description: 'Lists the rulesets; starts a replay of stored checks under a ruleset and reports it (staff).',
    routes: routesOf('runReplays'),
    // A POST only records the job (one PutItem); the worker does the work.
    tableActions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
    // Stored decisions are never touched: it may write replay items only (keys.replay, keys.replayItem).
    writeKeyPrefixes: ['REPLAY#'],
    memoryMiB: 256,
    timeoutSeconds: 10,
  },
  runReplaysWorker: {
    entry: 'functions/run-replays/worker.ts',
    description:
      'Every minute: works running replays page by page until near its timeout; the next run resumes from the saved position.',
    routes: [],
    tableActions: [
      'dynamodb:Query',
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:PutItem',
      'dynamodb:UpdateItem',
    ],
    // It reads checks and order timelines, and writes replay items only: stored decisions are never touched.
    writeKeyPrefixes: ['REPLAY#'],
    // Re-deciding is CPU-bound: more memory is more CPU.
    memoryMiB: 1024,
    // Lambda's maximum; the worker stops taking pages a minute before it. Overlapping runs are
    // bounded by the schedule (at most 15) and never work the same replay at once (a lease per job).
    timeoutSeconds: 900,
    schedule: { everyMinutes: 1 },
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;
