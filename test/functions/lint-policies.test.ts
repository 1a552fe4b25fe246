import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLintApp } from '#functions/lint-policies/app.js';
import { CN_POLICY_REVISION } from '#rules/cn-policy/index.js';
import { PolicyLintResponseSchema } from '#schemas/policy-lint.js';
import { bearer, jsonHeaders, SHOP_A, STAFF, startTestStore, type TestStore } from '../support/store.js';

let store: TestStore;
let app: ReturnType<typeof createLintApp>;

beforeAll(async () => {
  store = await startTestStore();
  app = createLintApp(store.services);
});
afterAll(async () => store.close());

const post = (body: unknown, key: string = SHOP_A.key, headers: Record<string, string> = jsonHeaders(key)) =>
  app.request('/v1/policies/lint', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const POLICY = '退换货须知\n1. 支持七天无理由退货。\n2. 特价商品不退不换。\n3. 本店保留最终解释权。';

describe('POST /v1/policies/lint', () => {
  it('answers each clause with its offsets, verdict, issues, verbatim citations, message and suggestion', async () => {
    // Act
    const res = await post({ text: POLICY });
    // Assess
    expect(res.status).toBe(200);
    const body = PolicyLintResponseSchema.parse(await res.json());
    expect(body.rulesetVersion).toBe('cn-2024-07-01.r2');
    expect(body.policyRevision).toBe(CN_POLICY_REVISION);
    expect(body.clauses.map((c) => [c.text, c.verdict])).toEqual([
      ['退换货须知', 'lawful'],
      ['支持七天无理由退货。', 'lawful'],
      ['特价商品不退不换。', 'void'],
      ['本店保留最终解释权。', 'void'],
    ]);
    for (const clause of body.clauses) expect(POLICY.slice(clause.start, clause.end)).toBe(clause.text);
    const sale = body.clauses[2];
    expect(sale?.issues).toEqual(['sale_items_excluded']);
    expect(sale?.citations.map((c) => `${c.instrument} ${c.article}`)).toContain('CRPL 26');
    expect(sale?.citations.every((c) => c.text.length > 20)).toBe(true);
    expect(sale?.message.zh).toMatch(/无效/);
    expect(sale?.suggestion.en.length).toBeGreaterThan(20);
    expect(body.clauses[3]?.issues).toEqual(['final_interpretation_right']);
  });

  it('accepts staff keys too', async () => {
    const res = await post({ text: '一经售出，概不退换。' }, STAFF.key);
    expect(res.status).toBe(200);
    expect((await res.json()).clauses[0].issues).toEqual(['no_returns_at_all']);
  });

  it("reads the shop's promise from `policy`: a shorter window elsewhere is void", async () => {
    const body = await (await post({ text: '10天内可申请无理由退货。', policy: { returnWindowDays: 15 } })).json();
    expect(body.clauses[0]).toMatchObject({ verdict: 'void', issues: ['window_shorter_than_law'] });
    const lawful = await (await post({ text: '10天内可申请无理由退货。' })).json();
    expect(lawful.clauses[0].verdict).toBe('lawful');
  });

  it('refuses a missing key with 401', async () => {
    const res = await app.request('/v1/policies/lint', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'x' }),
    });
    expect(res.status).toBe(401);
  });

  it('answers 400 naming an unknown field, at the top and inside `policy`', async () => {
    const res = await post({
      text: '七天无理由退货',
      polcy: {},
      policy: { returnWindowDays: 7, coversExcluded: true },
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toBe('invalid_request');
    expect(body.issues).toEqual(
      expect.arrayContaining([
        { path: 'polcy', message: 'unrecognized field' },
        { path: 'policy.coversExcluded', message: 'unrecognized field' },
      ]),
    );
  });

  it.each([
    ['an empty text', { text: '' }, 'text'],
    ['whitespace only', { text: ' \n ' }, 'text'],
    ['more than 20,000 characters', { text: '七'.repeat(20_001) }, 'text'],
    ['a negative promise', { text: 'x', policy: { returnWindowDays: -1 } }, 'policy.returnWindowDays'],
    ['no text', {}, 'text'],
  ])('answers 400 with the issue path for %s', async (_name, body, path) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const answer = await res.json();
    expect(answer.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('answers 400 for malformed JSON and 415 for a body that is not JSON', async () => {
    expect((await post('{"text":')).status).toBe(400);
    const form = await post('text=x', SHOP_A.key, { ...bearer(SHOP_A.key), 'content-type': 'text/plain' });
    expect(form.status).toBe(415);
    expect(await form.json()).toEqual({ error: 'unsupported_media_type' });
  });

  it('lints 20,000 characters of mixed traditional, full-width and English text without a 5xx', async () => {
    const chunk = '特價商品恕不退換；７２小時內申請退貨。All sales are final! 退款15个工作日内到账。\n';
    const text = chunk.repeat(Math.floor(20_000 / chunk.length));
    const res = await post({ text });
    expect(res.status).toBe(200);
    const body = PolicyLintResponseSchema.parse(await res.json());
    expect(body.clauses.filter((c) => c.verdict === 'void').length).toBeGreaterThan(100);
  });
});
