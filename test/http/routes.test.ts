import { describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { createLintApp } from '#functions/lint-policies/app.js';
import { createRulebookApp } from '#functions/publish-rulebook/app.js';
import { createOrderEventsApp } from '#functions/receive-order-events/app.js';
import { createReviewApp } from '#functions/review-decisions/app.js';
import { createReplayApp } from '#functions/run-replays/app.js';
import { buildOpenApiDocument } from '#http/openapi.js';
import { HTTP_FUNCTIONS, type HttpFunction, honoPath, ROUTES, routesOf } from '#http/routes.js';
import type { Services } from '#shared/services.js';
import { FUNCTIONS } from '../../infra/functions.js';
import { startTestStore } from '../support/store.js';

/** What a function's Hono app actually answers: `METHOD /path` for every handler (middleware excluded). */
function registered(app: { routes: { method: string; path: string }[] }): string[] {
  return [...new Set(app.routes.filter((route) => route.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
}

describe('One route table: Hono routes, the OpenAPI document and the CDK routes are equal', () => {
  it('registers in each function exactly the routes the table gives it', async () => {
    const store = await startTestStore();
    try {
      const services: Services = store.services;
      const apps: Record<HttpFunction, { routes: { method: string; path: string }[] }> = {
        checkRefusals: createCheckApp(services),
        reviewDecisions: createReviewApp(services),
        receiveOrderEvents: createOrderEventsApp(services),
        lintPolicies: createLintApp(services),
        runReplays: createReplayApp(services),
        publishRulebook: createRulebookApp(),
      };
      for (const fn of HTTP_FUNCTIONS) {
        const expected = routesOf(fn)
          .map((key) => `${key.split(' ')[0]} ${honoPath(key)}`)
          .sort();
        expect(registered(apps[fn]), fn).toEqual(expected);
      }
    } finally {
      await store.close();
    }
  });

  it('declares in the CDK table exactly each function’s routes, and every route once', () => {
    for (const fn of HTTP_FUNCTIONS) expect([...FUNCTIONS[fn].routes].sort(), fn).toEqual(routesOf(fn).sort());
    const keys = ROUTES.map((route) => route.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('documents in OpenAPI exactly the API routes of the table', () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(documented).toEqual(
      ROUTES.filter((route) => route.api)
        .map((route) => route.key)
        .sort(),
    );
  });
});
