import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRulebookApp } from '#functions/publish-rulebook/app.js';

const app = createRulebookApp();

/** A path segment: arbitrary text percent-encoded, raw odd bytes, or a real-looking id. */
const segment = fc.oneof(
  fc.string({ maxLength: 300 }).map(encodeURIComponent),
  fc.constantFrom(
    '%FF',
    '%E4%B8',
    '%00',
    '..',
    '%2F',
    'cn-2024-07-01.r2',
    'cn.crpl.art2',
    'diff',
    '<b>',
    'x'.repeat(201),
  ),
);
const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?lang=zh', '?lang=en', '?lang=fr', '?lang=', '?lang=zh&lang=en', '?lang[]=zh', '?x=1'),
  fc.string({ maxLength: 40 }).map((s) => `?lang=${encodeURIComponent(s)}`),
);
const accept = fc.constantFrom('application/json', 'text/html', '*/*', '', 'application/json;q=0.1, text/html');

describe('The rulebook never answers 500, whatever the path, query or Accept header', () => {
  it('answers 200, 400 or 404 (property, 300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: 0, maxLength: 4 }), query, accept, async (segments, q, a) => {
        const path = `/rules${segments.map((s) => `/${s}`).join('')}${q}`;
        const res = await app.request(path, { headers: { accept: a } });
        expect([200, 400, 404], path).toContain(res.status);
        if (res.status >= 400 && a === 'application/json') expect((await res.json()).error).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
