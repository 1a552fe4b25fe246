import * as z from 'zod';
import { createBaseApp } from '#http/app.js';
import { type AuthEnv, bearerAuth } from '#http/auth.js';
import { parseWith, readJson, readQuery } from '#http/body.js';
import { ALL_RULE_IDS } from '#rules/index.js';
import {
  ApprovalRequestSchema,
  ReportQuerySchema,
  ResolutionRequestSchema,
  ReviewListQuerySchema,
} from '#schemas/review.js';
import { renderStoredCheck } from '#shared/decisions/checks.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import { renderFlag, toReviewItem } from '#store/reviews.js';
import { createConsoleApp } from './console/routes.js';

const ItemIdSchema = z.object({ checkId: z.string().min(1).max(128) });

/**
 * The review function: the staff-only review queue API (`GET /v1/reviews`,
 * `POST /v1/reviews/{checkId}/resolution`) and the review console under `/console`.
 * Thin by design: parse, call the review repository, map to HTTP.
 *
 * @example const res = await createReviewApp(services).request('/v1/reviews', { headers: bearer(staffKey) })
 */
export function createReviewApp(services: Services) {
  const app = createBaseApp<AuthEnv>();
  const staffOnly = bearerAuth(services.principals, ['staff']);
  app.use('/v1/reviews', staffOnly);
  app.use('/v1/reviews/*', staffOnly);
  app.use('/v1/reports/*', staffOnly);

  app.get('/v1/reviews', async (c) => {
    const query = readQuery(c, ReviewListQuerySchema);
    const { entries, cursor } = await services.reviews.list(query);
    const now = services.clock();
    return c.json({ items: entries.map((entry) => toReviewItem(entry, now)), cursor });
  });

  app.post('/v1/reviews/:checkId/resolution', async (c) => {
    const { checkId } = parseWith(ItemIdSchema, c.req.param());
    const body = await readJson(c, ResolutionRequestSchema);
    const principal = c.get('principal');
    const entry = await services.reviews.resolve(checkId, {
      ...body,
      resolvedBy: `${principal.name} (${principal.keyId})`,
      resolvedAt: toShanghaiIso(services.clock()),
      staff: { keyId: principal.keyId, name: principal.name },
    });
    log.info('resolution recorded', { id: checkId, action: body.action, keyId: principal.keyId });
    return c.json(entry.type === 'check' ? renderStoredCheck(entry.record) : renderFlag(entry.record));
  });

  app.post('/v1/reviews/:checkId/approval', async (c) => {
    const { checkId } = parseWith(ItemIdSchema, c.req.param());
    const body = await readJson(c, ApprovalRequestSchema);
    const principal = c.get('principal');
    const entry = await services.reviews.approve(checkId, {
      ...body,
      resolvedBy: `${principal.name} (${principal.keyId})`,
      resolvedAt: toShanghaiIso(services.clock()),
      staff: { keyId: principal.keyId, name: principal.name },
    });
    log.info('override approval recorded', { id: checkId, approve: body.approve, keyId: principal.keyId });
    return c.json(entry.type === 'check' ? renderStoredCheck(entry.record) : renderFlag(entry.record));
  });

  app.get('/v1/reports/summary', async (c) => {
    const query = readQuery(c, ReportQuerySchema);
    return c.json(await services.reports.summary(query, ALL_RULE_IDS));
  });

  app.route('/', createConsoleApp(services));
  return app;
}
