import { createBaseApp } from '#http/app.js';
import { type AuthEnv, bearerAuth } from '#http/auth.js';
import { readJson } from '#http/body.js';
import { PolicyLintRequestSchema } from '#schemas/policy-lint.js';
import { lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import type { Services } from '#shared/services.js';

/**
 * The policy-lint function: POST /v1/policies/lint (shop or staff keys). Thin by design: parse,
 * lint with the current ruleset's policy pack (shared/rules/cn-policy), answer. Nothing is stored.
 *
 * @example await createLintApp(services).request('/v1/policies/lint', { method: 'POST', headers, body })
 */
export function createLintApp(services: Services) {
  const app = createBaseApp<AuthEnv>();
  app.use('/v1/policies/lint', bearerAuth(services.principals, ['shop', 'staff']));
  app.post('/v1/policies/lint', async (c) => {
    // readJson: 415 for another content type, 64 KiB while streaming, strict schema (contract 1.1).
    const request = await readJson(c, PolicyLintRequestSchema);
    return c.json(lintWithCurrentRuleset(request.text, request.policy));
  });
  return app;
}
