import * as z from 'zod';
import {
  CheckListQuerySchema,
  CheckListSchema,
  CheckRequestSchema,
  CheckResponseSchema,
  StoredCheckSchema,
} from '#schemas/check.js';
import { ErrorBodySchema } from '#schemas/common.js';
import { OrderEventReceiptSchema, OrderEventSchema, SweepSummarySchema } from '#schemas/order-event.js';
import { PolicyLintRequestSchema, PolicyLintResponseSchema } from '#schemas/policy-lint.js';
import {
  ApprovalRequestSchema,
  FlagViewSchema,
  ReportQuerySchema,
  ReportSummarySchema,
  ResolutionRequestSchema,
  ReviewListQuerySchema,
  ReviewListSchema,
} from '#schemas/review.js';
import { REPLAY_ROUTES } from '#shared/replays/openapi.js';
import { RULEBOOK_ROUTES } from './rulebook-routes.js';

/**
 * THE route table: every HTTP route of the service, once. The Hono apps register their handlers by
 * these keys (`mount`), the OpenAPI document is generated from the `api` entries, and the CDK stack
 * declares one API Gateway route per entry for the function it names (`routesOf`). A test keeps the
 * three equal.
 */

/** The HTTP functions of the service (the CDK `FUNCTIONS` table uses the same logical names). */
export const HTTP_FUNCTIONS = [
  'checkRefusals',
  'reviewDecisions',
  'receiveOrderEvents',
  'lintPolicies',
  'runReplays',
  'publishRulebook',
] as const;
export type HttpFunction = (typeof HTTP_FUNCTIONS)[number];

export type Auth = 'shop' | 'staff' | 'shop_or_staff' | 'webhook' | 'none' | 'console';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  headers?: Record<string, string>;
  /** Named examples of this response body. */
  examples?: Record<string, { summary: string; value: unknown }>;
}

export interface RouteSpec {
  /** `METHOD /path` with `{param}` path parameters, as API Gateway writes it. */
  key: `${'GET' | 'POST'} /${string}`;
  fn: HttpFunction;
  summary: string;
  /** A longer explanation for the reference page. */
  description?: string;
  tag: string;
  auth: Auth;
  /** `false`: a page of the service (console, docs), not part of the JSON API document. */
  api: boolean;
  body?: z.ZodType;
  /** Named examples of the request body. */
  bodyExamples?: Record<string, { summary: string; value: unknown }>;
  query?: z.ZodObject;
  /** Request headers the route requires beyond Authorization (e.g. the webhook signature). */
  headerParams?: { name: string; description: string }[];
  responses: Record<number, ResponseSpec>;
}

const errors = {
  400: { description: 'Invalid request: every problem with its path', schema: ErrorBodySchema },
  401: { description: 'Missing or unknown key', schema: ErrorBodySchema },
  403: { description: 'Known key, wrong role', schema: ErrorBodySchema },
} as const;

const html = (description: string) => ({ 200: { description } });

export const ROUTES = [
  // ——— service pages (checks function) ———
  {
    key: 'GET /',
    fn: 'checkRefusals',
    summary: 'Landing page: links to the API reference, the OpenAPI document, the rulebook and the console',
    tag: 'pages',
    auth: 'none',
    api: false,
    responses: html('HTML'),
  },
  {
    key: 'GET /docs',
    fn: 'checkRefusals',
    summary: 'The API reference, rendered on the server from the OpenAPI document',
    tag: 'pages',
    auth: 'none',
    api: false,
    responses: html('HTML'),
  },
  {
    key: 'GET /openapi.json',
    fn: 'checkRefusals',
    summary: 'The OpenAPI 3.1 document',
    tag: 'pages',
    auth: 'none',
    api: false,
    responses: { 200: { description: 'OpenAPI 3.1 JSON' } },
  },
  {
    key: 'GET /healthz',
    fn: 'checkRefusals',
    summary: 'Liveness: 200 once the store is reachable',
    tag: 'operations',
    auth: 'none',
    api: true,
    responses: { 200: { description: 'ok' }, 503: { description: 'store unreachable' } },
  },
  // ——— checks ———
  {
    key: 'POST /v1/checks',
    fn: 'checkRefusals',
    summary: 'Check a proposed refusal before refusing a return',
    description:
      'Call this before refusing a consumer’s return request. The answer is stored before it is returned. ALLOW: the refusal is lawful on the facts given. BLOCK: it would break the law; `requiredActions` says what to do instead. REVIEW: staff decide; hold the refusal until then.',
    tag: 'checks',
    auth: 'shop',
    api: true,
    body: CheckRequestSchema,
    responses: {
      201: { description: 'A new decision, stored before it was returned', schema: CheckResponseSchema },
      200: {
        description: 'The stored decision for a replayed request (same requestId, identical body)',
        schema: CheckResponseSchema,
        headers: { 'Idempotent-Replayed': 'true' },
      },
      ...errors,
      409: { description: 'requestId reused with a different body', schema: ErrorBodySchema },
      503: { description: 'The decision could not be stored; retry safely', schema: ErrorBodySchema },
    },
  },
  {
    key: 'GET /v1/checks/{checkId}',
    fn: 'checkRefusals',
    summary: 'A stored decision with its request and review history',
    tag: 'checks',
    auth: 'shop_or_staff',
    api: true,
    responses: {
      200: { description: 'The stored decision', schema: StoredCheckSchema },
      ...errors,
      404: { description: 'No such check for this key', schema: ErrorBodySchema },
    },
  },
  {
    key: 'GET /v1/checks',
    fn: 'checkRefusals',
    summary: "A shop's checks for one order, newest first",
    tag: 'checks',
    auth: 'shop_or_staff',
    api: true,
    query: CheckListQuerySchema,
    responses: { 200: { description: 'One page of checks', schema: CheckListSchema }, ...errors },
  },
  // ——— order events ———
  {
    key: 'POST /v1/webhooks/order-events',
    fn: 'receiveOrderEvents',
    summary: 'An order event from an order system (Standard Webhooks signature, per-shop secret)',
    tag: 'order events',
    auth: 'webhook',
    api: true,
    headerParams: [
      { name: 'webhook-id', description: 'Unique message id; a repeated id has no second effect' },
      { name: 'webhook-timestamp', description: 'Unix seconds; refused when more than 5 minutes from now' },
      {
        name: 'webhook-signature',
        description:
          'Space-separated `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` with the shop\'s whsec_ secret',
      },
    ],
    body: OrderEventSchema,
    responses: {
      200: {
        description: 'Accepted (status "accepted"), or a webhook-id seen before (status "duplicate", no second effect)',
        schema: OrderEventReceiptSchema,
      },
      400: { description: 'Invalid body: every problem with its path', schema: ErrorBodySchema },
      401: {
        description:
          'Missing or malformed signature headers, timestamp more than 5 minutes off, unknown shop or no matching signature (one body for every reason)',
        schema: ErrorBodySchema,
      },
      503: { description: 'The event could not be stored; redeliver it', schema: ErrorBodySchema },
    },
  },
  {
    key: 'POST /v1/reconciliation/run',
    fn: 'receiveOrderEvents',
    summary: 'Run the overdue-refund sweep now (flags refunds not issued within 7 days of receipt)',
    tag: 'order events',
    auth: 'staff',
    api: true,
    responses: { 200: { description: 'What the sweep did', schema: SweepSummarySchema }, ...errors },
  },
  // ——— policy lint ———
  {
    key: 'POST /v1/policies/lint',
    fn: 'lintPolicies',
    summary:
      "Lint a shop's published return policy: each clause void, lawful or review, with citations and lawful wording",
    tag: 'policy lint',
    auth: 'shop_or_staff',
    api: true,
    body: PolicyLintRequestSchema,
    responses: {
      200: {
        description: 'The policy split into clauses, each judged (nothing is stored)',
        schema: PolicyLintResponseSchema,
      },
      ...errors,
      415: { description: 'The body is not application/json', schema: ErrorBodySchema },
    },
  },
  // ——— rulesets and replays ———
  ...REPLAY_ROUTES,
  ...RULEBOOK_ROUTES,
  // ——— reviews and reports ———
  {
    key: 'GET /v1/reviews',
    fn: 'reviewDecisions',
    summary: 'The review queue (BLOCK/REVIEW checks and reconciliation flags), oldest first',
    tag: 'reviews',
    auth: 'staff',
    api: true,
    query: ReviewListQuerySchema,
    responses: { 200: { description: 'One page of the queue', schema: ReviewListSchema }, ...errors },
  },
  {
    key: 'POST /v1/reviews/{checkId}/resolution',
    fn: 'reviewDecisions',
    summary: 'Resolve a queue item (uphold or override); appended to its history, never overwriting the verdict',
    description:
      'Upholding, and resolving a REVIEW or a flag, take one staff member. Overriding a BLOCK (turning it into ALLOW) takes two: this call answers with `review.status` `awaiting_second_approval`, and a different staff key answers it on `/approval`.',
    tag: 'reviews',
    auth: 'staff',
    api: true,
    body: ResolutionRequestSchema,
    bodyExamples: {
      uphold: {
        summary: 'Uphold a BLOCK',
        value: {
          action: 'uphold',
          justification: 'Opened packaging is no ground; return accepted.',
          expectedVersion: 1,
        },
      },
      override: {
        summary: 'Propose overriding a BLOCK (needs a second staff member)',
        value: { action: 'override', justification: 'Photo shows the hygiene seal broken.', expectedVersion: 1 },
      },
    },
    responses: {
      200: {
        description: 'The updated check (as GET /v1/checks/{checkId}) or, for a flag id, the flag',
        schema: z.union([StoredCheckSchema, FlagViewSchema]),
      },
      ...errors,
      404: { description: 'No such check or flag', schema: ErrorBodySchema },
      409: {
        description:
          'expectedVersion is stale (version_conflict, with currentVersion), the check was never in review (not_reviewable), or an override awaits its second approval (awaiting_second_approval)',
        schema: ErrorBodySchema,
      },
    },
  },
  {
    key: 'POST /v1/reviews/{checkId}/approval',
    fn: 'reviewDecisions',
    summary: 'Approve or reject a proposed override of a BLOCK (a second, different staff member)',
    description:
      '`approve: true` resolves the check as overridden (ALLOW); `false` returns it to `open`. The staff member who proposed the override gets 403. Both names and justifications stay in the history.',
    tag: 'reviews',
    auth: 'staff',
    api: true,
    body: ApprovalRequestSchema,
    bodyExamples: {
      approve: {
        summary: 'Approve',
        value: { approve: true, justification: 'Seal photo checked; agreed.', expectedVersion: 2 },
      },
    },
    responses: {
      200: { description: 'The updated check', schema: StoredCheckSchema },
      ...errors,
      403: { description: 'A shop key, or the staff member who proposed the override', schema: ErrorBodySchema },
      404: { description: 'No such check', schema: ErrorBodySchema },
      409: {
        description: 'expectedVersion is stale (version_conflict) or no override awaits approval (no_pending_override)',
        schema: ErrorBodySchema,
      },
    },
  },
  {
    key: 'GET /v1/reports/summary',
    fn: 'reviewDecisions',
    summary: 'Figures for a period: checks by verdict and day, blocks by rule, flags, overrides, reviewers',
    description:
      'Read from per-shop daily aggregates: its cost grows with the number of days (and shops), not with the number of checks.',
    tag: 'reports',
    auth: 'staff',
    api: true,
    query: ReportQuerySchema,
    responses: { 200: { description: 'The figures', schema: ReportSummarySchema }, ...errors },
  },
  // ——— review console (HTML, its own sign-in session) ———
  ...(
    [
      ['GET /console', 'The review queue'],
      ['GET /console/sign-in', 'Sign-in page'],
      ['POST /console/sign-in', 'Sign in with a staff key'],
      ['POST /console/sign-out', 'Sign out'],
      ['GET /console/items/{id}', 'One queue item'],
      ['POST /console/items/{id}/resolution', 'Resolve an item'],
      ['POST /console/items/{id}/approval', 'Approve or reject a proposed override'],
      ['POST /console/items/{id}/claim', 'Claim, take over or release an item'],
      ['POST /console/bulk-uphold', 'Uphold the selected items with one justification'],
      ['GET /console/summary', 'Management summary'],
      ['GET /console/summary.csv', 'The period’s resolved items as CSV'],
      ['GET /console/policy-check', 'Policy check page'],
      ['POST /console/policy-check', 'Lint a pasted return policy'],
      ['POST /console/policy-check/corrected.txt', 'The policy with lawful wording, as text'],
    ] as const
  ).map(
    ([key, summary]): RouteSpec => ({
      key,
      fn: 'reviewDecisions',
      summary,
      tag: 'console',
      auth: 'console',
      api: false,
      responses: html('HTML (or CSV)'),
    }),
  ),
] as const satisfies readonly RouteSpec[];

export type RouteKey = (typeof ROUTES)[number]['key'];

/** Hono's path syntax for a route key's path: `{id}` → `:id`. */
export function honoPath(key: string): string {
  return key.slice(key.indexOf(' ') + 1).replace(/\{(\w+)\}/g, ':$1');
}

/** The route keys one function answers, for its API Gateway routes. */
export function routesOf(fn: HttpFunction): RouteKey[] {
  return ROUTES.filter((route) => route.fn === fn).map((route) => route.key);
}

/** The table entry of a key (a key not in the table is a programming error). */
export function routeSpec(key: RouteKey): RouteSpec {
  const spec = (ROUTES as readonly RouteSpec[]).find((route) => route.key === key);
  if (!spec) throw new Error(`route ${key} is not in the route table`);
  return spec;
}
