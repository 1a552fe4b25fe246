import * as z from 'zod';
import { createBaseApp } from '#http/app.js';
import { type AuthEnv, bearerAuth } from '#http/auth.js';
import { parseWith, readJson, readQuery } from '#http/body.js';
import { renderDocs, renderLanding } from '#http/docs-page.js';
import { ForbiddenError } from '#http/errors.js';
import { buildOpenApiDocument } from '#http/openapi.js';
import { CheckListQuerySchema, CheckRequestSchema } from '#schemas/check.js';
import { calendarStatus } from '#shared/calendar-status.js';
import { decideCheck, renderDecision, renderStoredCheck } from '#shared/decisions/checks.js';
import type { Services } from '#shared/services.js';
import { NotFoundError } from '#store/errors.js';
import { pingStore } from '#store/health.js';

const CheckIdSchema = z.object({ checkId: z.string().min(1).max(128) });

/**
 * The checks function: POST/GET /v1/checks, GET /healthz, GET /openapi.json, GET /docs, GET /.
 * Thin by design: parse, decide (shared/decisions), persist, map to HTTP.
 *
 * @example const res = await createCheckApp(services).request('/healthz')
 */
export function createCheckApp(services: Services) {
  const app = createBaseApp<AuthEnv>();
  let openApi: string | undefined;
  let docs: string | undefined;
  const landing = renderLanding();
  const pageHeaders = {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
  };

  // Contract: 200 {"status":"ok"} once the store answers. The probe is a GetItem (granted to this
  // function's role); locally the supervisor's view of the embedded store is added as `store`.
  app.get('/healthz', async (c) => {
    const store = services.storeHealth?.();
    const detail = store ? { store } : {};
    if (store && store.state !== 'up') return c.json({ status: 'unavailable', ...detail }, 503);
    try {
      await pingStore(services.db, services.tableName);
      // The contract's `{"status":"ok"}`, plus how long the holiday calendar lasts (a warning within 60 days).
      return c.json({ status: 'ok', calendar: calendarStatus(services.clock()), ...detail });
    } catch {
      return c.json({ status: 'unavailable', ...detail }, 503);
    }
  });

  app.get('/openapi.json', (c) => {
    openApi ??= JSON.stringify(buildOpenApiDocument());
    return c.body(openApi, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  app.get('/docs', (c) => {
    docs ??= renderDocs(buildOpenApiDocument());
    return c.body(docs, 200, pageHeaders);
  });
  app.get('/', (c) => c.body(landing, 200, pageHeaders));

  app.use('/v1/checks', bearerAuth(services.principals));
  app.use('/v1/checks/*', bearerAuth(services.principals));

  app.post('/v1/checks', async (c) => {
    const principal = c.get('principal');
    if (principal.role !== 'shop') throw new ForbiddenError('only a shop key can create checks');
    const request = await readJson(c, CheckRequestSchema);
    const { created, record } = await decideCheck(services, principal.shopId, request);
    const body = JSON.stringify(renderDecision(record));
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      location: `/v1/checks/${record.checkId}`,
    };
    if (!created) headers['idempotent-replayed'] = 'true';
    return c.body(body, created ? 201 : 200, headers);
  });

  app.get('/v1/checks/:checkId', async (c) => {
    const { checkId } = parseWith(CheckIdSchema, c.req.param());
    const principal = c.get('principal');
    const record = await services.checks.get(checkId);
    if (!record || (principal.role === 'shop' && record.shopId !== principal.shopId))
      throw new NotFoundError('no such check');
    return c.json(renderStoredCheck(record));
  });

  app.get('/v1/checks', async (c) => {
    const query = readQuery(c, CheckListQuerySchema);
    const principal = c.get('principal');
    let shopId: string;
    if (principal.role === 'shop') {
      if (query.shopId && query.shopId !== principal.shopId)
        throw new ForbiddenError("a shop key reads its own shop's checks only");
      shopId = principal.shopId;
    } else {
      if (!query.shopId)
        return c.json(
          { error: 'invalid_request', issues: [{ path: 'shopId', message: 'staff keys must name a shopId' }] },
          400,
        );
      shopId = query.shopId;
    }
    const page = await services.checks.listByOrder(shopId, query.orderId, query);
    return c.json({ items: page.items.map(renderStoredCheck), cursor: page.cursor });
  });

  return app;
}
