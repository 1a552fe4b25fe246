import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '#http/openapi.js';

describe('OpenAPI: the order-events routes', () => {
  it('documents the webhook (no bearer security, the event union as body) and the staff sweep route', () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const webhook = doc.paths['/v1/webhooks/order-events']?.post;
    expect(webhook).toBeDefined();
    expect(webhook?.security).toEqual([]);
    expect(JSON.stringify(webhook?.requestBody)).toContain('return.refused');
    expect(Object.keys(webhook?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401']));
    const parameters = (webhook?.parameters ?? []) as { name: string; in: string }[];
    const headers = parameters.filter((p) => p.in === 'header');
    expect(headers.map((p) => p.name)).toEqual(['webhook-id', 'webhook-timestamp', 'webhook-signature']);
    expect(doc.paths['/v1/reconciliation/run']?.post).toBeDefined();
  });
});
