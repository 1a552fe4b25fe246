import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckApp } from '#functions/check-refusals/app.js';
import { checkRequest } from '../support/requests.js';
import { jsonHeaders, SHOP_A, startTestStore, type TestStore } from '../support/store.js';

let store: TestStore;
let app: ReturnType<typeof createCheckApp>;
beforeAll(async () => {
  store = await startTestStore();
  app = createCheckApp(store.services);
});
afterAll(async () => store.close());

/** Replaces the value at a random path of a valid request with a random JSON value. */
function mutate(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (base === null || typeof base !== 'object') return base;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const keys = Object.keys(base as object);
  const key = keys.length ? keys[Math.abs(Number(typeof head === 'number' ? head : head.length)) % keys.length] : head;
  const copy: Record<string, unknown> = Array.isArray(base) ? ([...base] as never) : { ...(base as object) };
  copy[key as string] = mutate(copy[key as string], rest, value);
  return copy;
}

const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'food',
    'no_reason',
    '2026-02-30T00:00:00+08:00',
    '9999-12-31T23:59:59+14:00',
    null,
    -1,
    1e308,
    true,
  ),
);

describe('POST /v1/checks under generated bad bodies', () => {
  it('never answers 500 to a mutated request', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.nat(20), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        anyJson,
        fc.nat(1_000_000),
        async (path, value, n) => {
          const body = mutate(checkRequest({ requestId: `fuzz-${n}` }), path, value);
          const res = await app.request('/v1/checks', {
            method: 'POST',
            headers: jsonHeaders(SHOP_A.key),
            body: JSON.stringify(body),
          });
          expect([200, 201, 400, 409]).toContain(res.status);
          if (res.status === 400) {
            const json = await res.json();
            expect(json.error).toBe('invalid_request');
            expect(json.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 1500 },
    );
    // 1,500 stored checks: on a shared 2-core machine running the whole suite this outlasts the 30 s
    // default, which would make the test about the machine's load rather than about 500s.
  }, 180_000);

  it('never answers 500 to arbitrary bytes or JSON', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.uint8Array({ maxLength: 200 })), async (raw) => {
        const res = await app.request('/v1/checks', {
          method: 'POST',
          headers: jsonHeaders(SHOP_A.key),
          body: typeof raw === 'string' ? raw : raw,
        });
        expect(res.status).toBe(400);
      }),
      { numRuns: 1000 },
    );
  });
});
