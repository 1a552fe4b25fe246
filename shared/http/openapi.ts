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
import { FlagViewSchema, ResolutionRequestSchema, ReviewListQuerySchema, ReviewListSchema } from '#schemas/review.js';
import {
  PublishedRuleResponseSchema,
  PublishedRulesetSchema,
  RulebookIndexSchema,
  RulebookQuerySchema,
  RulesetDiffSchema,
} from '#schemas/rulebook.js';
import { REPLAY_ROUTES } from '#shared/replays/openapi.js';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas that validate requests. zod 4 emits
 * JSON Schema 2020-12, which is OpenAPI 3.1's schema dialect, so no adapter library is needed (and
 * the Lambda bundles stay free of zod-openapi's locale tables).
 */
export interface OpenApiRoute {
  method: 'get' | 'post';
  path: string;
  summary: string;
  tag: string;
  auth: 'shop' | 'staff' | 'shop_or_staff' | 'webhook' | 'none';
  body?: z.ZodType;
  query?: z.ZodObject;
  pathParams?: string[];
  /** Request headers the route requires beyond Authorization (e.g. the webhook signature). */
  headerParams?: { name: string; description: string }[];
  responses: Record<number, { description: string; schema?: z.ZodType; headers?: Record<string, string> }>;
}

const errors = {
  400: { description: 'Invalid request: every problem with its path', schema: ErrorBodySchema },
  401: { description: 'Missing or unknown key', schema: ErrorBodySchema },
  403: { description: 'Known key, wrong role', schema: ErrorBodySchema },
} as const;

/** Routes of every function; each function module adds its own when it is written. */
export const OPENAPI_ROUTES: OpenApiRoute[] = [
  {
    method: 'post',
    path: '/v1/checks',
    summary: 'Check a proposed refusal before refusing a return',
    tag: 'checks',
    auth: 'shop',
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
    method: 'get',
    path: '/v1/checks/{checkId}',
    summary: 'A stored decision with its request and review history',
    tag: 'checks',
    auth: 'shop_or_staff',
    pathParams: ['checkId'],
    responses: {
      200: { description: 'The stored decision', schema: StoredCheckSchema },
      ...errors,
      404: { description: 'No such check for this key', schema: ErrorBodySchema },
    },
  },
  {
    method: 'get',
    path: '/v1/checks',
    summary: "A shop's checks for one order, newest first",
    tag: 'checks',
    auth: 'shop_or_staff',
    query: CheckListQuerySchema,
    responses: { 200: { description: 'One page of checks', schema: CheckListSchema }, ...errors },
  },
  {
    method: 'post',
    path: '/v1/webhooks/order-events',
    summary: 'An order event from an order system (Standard Webhooks signature, per-shop secret)',
    tag: 'order events',
    auth: 'webhook',
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
          'Missing or malformed signature headers, timestamp more than 5 minutes off, or no matching signature',
        schema: ErrorBodySchema,
      },
      503: { description: 'The event could not be stored; redeliver it', schema: ErrorBodySchema },
    },
  },
  {
    method: 'post',
    path: '/v1/policies/lint',
    summary:
      "Lint a shop's published return policy: each clause void, lawful or review, with citations and lawful wording",
    tag: 'policy lint',
    auth: 'shop_or_staff',
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
  {
    method: 'post',
    path: '/v1/reconciliation/run',
    summary: 'Run the overdue-refund sweep now (flags refunds not issued within 7 days of receipt)',
    tag: 'order events',
    auth: 'staff',
    responses: { 200: { description: 'What the sweep did', schema: SweepSummarySchema }, ...errors },
  },
  {
    method: 'get',
    path: '/v1/reviews',
    summary: 'The review queue (BLOCK/REVIEW checks and reconciliation flags), oldest first',
    tag: 'reviews',
    auth: 'staff',
    query: ReviewListQuerySchema,
    responses: { 200: { description: 'One page of the queue', schema: ReviewListSchema }, ...errors },
  },
  {
    method: 'post',
    path: '/v1/reviews/{checkId}/resolution',
    summary: 'Resolve a queue item (uphold or override); appended to its history, never overwriting the verdict',
    tag: 'reviews',
    auth: 'staff',
    pathParams: ['checkId'],
    body: ResolutionRequestSchema,
    responses: {
      200: {
        description: 'The updated check (as GET /v1/checks/{checkId}) or, for a flag id, the flag',
        schema: z.union([StoredCheckSchema, FlagViewSchema]),
      },
      ...errors,
      404: { description: 'No such check or flag', schema: ErrorBodySchema },
      409: {
        description:
          'expectedVersion is stale (version_conflict, with currentVersion) or the check was never in review (not_reviewable)',
        schema: ErrorBodySchema,
      },
    },
  },
  ...rulebookRoutes(),
  ...REPLAY_ROUTES,
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: 200 once the store is reachable',
    tag: 'operations',
    auth: 'none',
    responses: { 200: { description: 'ok' }, 503: { description: 'store unreachable' } },
  },
];

/** The published rulebook (functions/publish-rulebook): HTML by default, JSON with `Accept: application/json`. */
function rulebookRoutes(): OpenApiRoute[] {
  const common = { method: 'get', tag: 'rulebook', auth: 'none', query: RulebookQuerySchema } as const;
  const notFound = { 404: { description: 'No such ruleset or rule', schema: ErrorBodySchema } };
  const invalid = { 400: { description: 'Invalid `lang`', schema: ErrorBodySchema } };
  return [
    {
      ...common,
      path: '/rules',
      summary:
        'The released rulesets, the current one first, its rules by question (HTML, or JSON with Accept: application/json)',
      responses: { 200: { description: 'The rulebook index', schema: RulebookIndexSchema }, ...invalid },
    },
    {
      ...common,
      path: '/rules/{rulesetId}',
      pathParams: ['rulesetId'],
      summary: 'Every rule of a ruleset: question, verbatim articles, interpretation, exceptions, dates, scenarios',
      responses: { 200: { description: 'The ruleset', schema: PublishedRulesetSchema }, ...invalid, ...notFound },
    },
    {
      ...common,
      path: '/rules/{rulesetId}/{ruleId}',
      pathParams: ['rulesetId', 'ruleId'],
      summary: 'One rule with every scenario that pins it',
      responses: { 200: { description: 'The rule', schema: PublishedRuleResponseSchema }, ...invalid, ...notFound },
    },
    {
      ...common,
      path: '/rules/diff/{from}/{to}',
      pathParams: ['from', 'to'],
      summary: 'What changed between two rulesets: rules added, changed, removed, and scenarios whose verdict changes',
      responses: { 200: { description: 'The difference', schema: RulesetDiffSchema }, ...invalid, ...notFound },
    },
  ];
}

export function buildOpenApiDocument(routes: readonly OpenApiRoute[] = OPENAPI_ROUTES): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [
      ...(route.pathParams ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(route.headerParams ?? []).map(({ name, description }) => ({
        name,
        in: 'header',
        required: true,
        description,
        schema: { type: 'string' },
      })),
      ...Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(schema as z.ZodType, 'input'),
      })),
    ];
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      ...(route.auth === 'none' || route.auth === 'webhook' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.headers
              ? {
                  headers: Object.fromEntries(
                    Object.entries(response.headers).map(([name, value]) => [
                      name,
                      { schema: { type: 'string', const: value } },
                    ]),
                  ),
                }
              : {}),
            ...(response.schema
              ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } }
              : {}),
          },
        ]),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Refusal Guard API',
      version: '1.0.0',
      description:
        "Checks an online shop's proposed refusal of a consumer's return against PRC consumer-protection and e-commerce law (ruleset cn-2024-07-01).",
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A shop key or a staff key' } },
    },
    security: [{ bearer: [] }],
    paths,
  };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  // The contract may add response fields ("extend, never break"): a client generated from this
  // document must not reject a field it does not know yet.
  return io === 'output' ? openObjects(rest) : rest;
}

function openObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openObjects);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, openObjects(value)]),
  );
}
