import { describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { flattenFields } from '#http/docs-page.js';
import { buildOpenApiDocument } from '#http/openapi.js';
import type { Services } from '#shared/services.js';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Json>> };
const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
);

describe('The API reference: every field described, an example per verdict, a page served from the project', () => {
  it('describes every request field, query parameter and success-response field', () => {
    const missing: string[] = [];
    for (const { name, op } of operations) {
      for (const parameter of (op.parameters as Json[] | undefined) ?? [])
        if (!parameter.description) missing.push(`${name} parameter ${String(parameter.name)}`);
      const body = ((op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.[
        'application/json'
      ];
      if (body)
        for (const field of flattenFields(body.schema as Json))
          if (!field.description) missing.push(`${name} request ${field.path}`);
      for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
        const json = (response.content as Record<string, Json> | undefined)?.['application/json'];
        if (!status.startsWith('2') || !json) continue;
        for (const field of flattenFields(json.schema as Json))
          if (!field.description) missing.push(`${name} ${status} ${field.path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows one request and its answer for each verdict on POST /v1/checks, each answer of that verdict', () => {
    const op = doc.paths['/v1/checks']?.post as Json;
    const requestExamples = (((op.requestBody as Json).content as Record<string, Json>)['application/json'] as Json)
      .examples as Record<string, { value: Json }>;
    const answers = (
      (((op.responses as Record<string, Json>)['201'] as Json).content as Record<string, Json>)[
        'application/json'
      ] as Json
    ).examples as Record<string, { value: { verdict: string } }>;
    expect(Object.keys(requestExamples).sort()).toEqual(['ALLOW', 'BLOCK', 'REVIEW']);
    // RULES.md §3.2: perishable goods refused as perishable → ALLOW; an opened bag → BLOCK; abuse → REVIEW
    for (const verdict of ['ALLOW', 'BLOCK', 'REVIEW']) expect(answers[verdict]?.value.verdict).toBe(verdict);
    const reason = (verdict: string) => (requestExamples[verdict]?.value.refusal as Json | undefined)?.reason;
    expect(reason('ALLOW')).toBe('perishable');
    expect(reason('BLOCK')).toBe('packaging_opened');
    expect(reason('REVIEW')).toBe('abusive_return');
  });

  it('serves /docs as HTML with no script, and GET / linking the docs, the OpenAPI document, the rulebook and the console', async () => {
    const app = createCheckApp({} as Services);
    const docs = await app.request('/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toContain('text/html');
    const html = await docs.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('POST</span> <code>/v1/reviews/{checkId}/approval</code>');
    expect(html).toContain('<code>returnRequest.condition.packagingOpened</code>');
    expect(html).toContain('Example — ALLOW: fresh fruit refused as perishable goods');
    const landing = await (await app.request('/')).text();
    for (const href of ['/docs', '/openapi.json', '/rules', '/console']) expect(landing).toContain(`href="${href}"`);
  });
});
