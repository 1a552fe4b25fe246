import * as z from 'zod';
import { ErrorBodySchema } from '#schemas/common.js';
import { checkExamples } from './examples.js';
import { ROUTES, type RouteSpec } from './routes.js';

/**
 * The OpenAPI 3.1 document, generated from the route table (`routes.ts`) and the same zod schemas that
 * validate requests. zod 4 emits JSON Schema 2020-12, which is OpenAPI 3.1's schema dialect, so no
 * adapter library is needed (and the Lambda bundles stay free of zod-openapi's locale tables).
 */
export type OpenApiRoute = RouteSpec;

/** The routes of the JSON API (service pages and the console are not part of the document). */
/** Contract 1.1: every JSON body route answers 415 to another content type (a route may word its own). */
const UNSUPPORTED_MEDIA_TYPE: RouteSpec['responses'] = {
  415: { description: 'Content-Type is not application/json (optionally ; charset=utf-8)', schema: ErrorBodySchema },
};

export const OPENAPI_ROUTES: readonly RouteSpec[] = (ROUTES as readonly RouteSpec[]).filter((route) => route.api);

const PATH_PARAMS: Record<string, string> = {
  checkId: 'The check id (`checkId` of a decision) or, on review routes, a flag id',
  replayId: 'The `replayId` that POST /v1/replays answered',
};

function operationId(key: string): string {
  return key
    .toLowerCase()
    .replace(/[{}]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word, i) => (i === 0 ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join('');
}

/** Adds the worked examples (one request and answer per verdict) to POST /v1/checks. */
function withExamples(route: RouteSpec): RouteSpec {
  if (route.key !== 'POST /v1/checks') return route;
  const requests = Object.fromEntries(
    checkExamples().map((e) => [e.verdict, { summary: e.summary, value: e.request }]),
  );
  const answers = Object.fromEntries(
    checkExamples().map((e) => [e.verdict, { summary: e.summary, value: e.response }]),
  );
  const responses: RouteSpec['responses'] = { ...route.responses };
  const created = responses[201];
  if (created) responses[201] = { ...created, examples: answers };
  return { ...route, bodyExamples: requests, responses };
}

export function buildOpenApiDocument(routes: readonly OpenApiRoute[] = OPENAPI_ROUTES): Record<string, unknown> {
  routes = routes.map(withExamples);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const [verb, path] = route.key.split(' ') as [string, string];
    const method = verb.toLowerCase();
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
    const parameters = [
      ...pathParams.map((name) => ({
        name,
        in: 'path',
        required: true,
        description: PATH_PARAMS[name] ?? name,
        schema: { type: 'string' },
      })),
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
        ...((schema as z.ZodType).description ? { description: (schema as z.ZodType).description } : {}),
        schema: jsonSchema(schema as z.ZodType, 'input'),
      })),
    ];
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method] = {
      operationId: operationId(route.key),
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      'x-auth': route.auth,
      ...(route.auth === 'none' || route.auth === 'webhook' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: jsonSchema(route.body, 'input'),
                  ...(route.bodyExamples ? { examples: route.bodyExamples } : {}),
                },
              },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries({ ...(route.body ? UNSUPPORTED_MEDIA_TYPE : {}), ...route.responses }).map(
          ([status, response]) => [
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
                ? {
                    content: {
                      'application/json': {
                        schema: jsonSchema(response.schema, 'output'),
                        ...(response.examples ? { examples: response.examples } : {}),
                      },
                    },
                  }
                : {}),
            },
          ],
        ),
      ),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Refusal Guard API',
      version: '1.1.0',
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
