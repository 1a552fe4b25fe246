import { describe, expect, it } from 'vitest';
import { createRulebookApp } from '#functions/publish-rulebook/app.js';
import { QUESTIONS, REGIMES } from '#functions/publish-rulebook/i18n.js';
import { buildOpenApiDocument } from '#http/openapi.js';
import { evaluate, RULESETS } from '#rules/index.js';
import { scenarioFiles, scenarioRequest } from '#rules/scenarios.js';
import {
  PublishedRuleResponseSchema,
  PublishedRulesetSchema,
  RulebookIndexSchema,
  RulesetDiffSchema,
} from '#schemas/rulebook.js';

const R1 = 'cn-2024-07-01';
const R2 = 'cn-2024-07-01.r2';
const app = createRulebookApp();
const JSON_ACCEPT = { headers: { accept: 'application/json' } };

async function get(path: string, init: RequestInit = {}) {
  const res = await app.request(path, init);
  return { res, text: await res.text() };
}

/** Every `href`/`src`/`action` value of a page, entity-decoded. */
function links(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
}

describe('The published rulebook is complete (every rule of the current ruleset)', () => {
  const current = RULESETS.current();

  it('has a title and at least one interpretation note for every rule', () => {
    const missing = current.rules.filter((r) => r.title.trim() === '' || r.interpretation.length === 0);
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it('has at least one scenario that pins every rule (evaluated: the rule gives a finding)', () => {
    // Prepare: which rules each scenario reaches, computed here from the engine's findings.
    const pinned = new Set<string>();
    for (const file of scenarioFiles())
      for (const c of file.cases)
        for (const f of evaluate(scenarioRequest(c), c.context ?? {}, current.id).findings) pinned.add(f.ruleId);
    // Assess
    expect(current.rules.map((r) => r.id).filter((id) => !pinned.has(id))).toEqual([]);
  });

  it('names the question of every label and every regime of every released ruleset, in both languages', () => {
    for (const ruleset of RULESETS.list())
      for (const rule of ruleset.rules) {
        expect(QUESTIONS[rule.label], `${ruleset.id} ${rule.id} label ${rule.label}`).toBeDefined();
        for (const regime of rule.regimes) expect(REGIMES[regime], `regime ${regime}`).toBeDefined();
      }
  });
});

describe('GET /rules', () => {
  it('lists the rulesets, the current one first, every current rule, and links the r1 → r2 diff', async () => {
    const { res, text } = await get('/rules?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(text.indexOf(`>${R2}</a>`)).toBeGreaterThan(-1);
    expect(text.indexOf(`>${R2}</a>`)).toBeLessThan(text.indexOf(`>${R1}</a>`));
    for (const rule of RULESETS.get(R2).rules)
      expect(text, rule.id).toContain(`href="/rules/${R2}/${rule.id}?lang=en"`);
    expect(text).toContain(`href="/rules/diff/${R1}/${R2}?lang=en"`);
  });

  it('answers in Chinese with ?lang=zh, and by Accept-Language without it', async () => {
    const zh = await get('/rules?lang=zh');
    expect(zh.text).toContain('<html lang="zh-CN">');
    expect(zh.text).toContain('规则手册');
    const byHeader = await get('/rules', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(byHeader.text).toContain('<html lang="zh-CN">');
    const english = await get('/rules', { headers: { 'accept-language': 'en-GB' } });
    expect(english.text).toContain('<html lang="en">');
  });

  it('carries the security headers: a script-free CSP, no framing, nosniff', async () => {
    const { res, text } = await get('/rules');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('script-src');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(text).not.toMatch(/<script/i);
  });

  it('gives the same data as JSON with Accept: application/json', async () => {
    const { res, text } = await get('/rules', JSON_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = RulebookIndexSchema.parse(JSON.parse(text));
    expect(body.current).toBe(R2);
    expect(body.rulesets.map((r) => r.id)).toEqual([R2, R1]);
    expect(body.rulesets[0]?.diffHref).toBe(`/rules/diff/${R1}/${R2}`);
    const ids = body.groups.flatMap((g) => g.rules.map((r) => r.id)).sort();
    expect(ids).toEqual(
      RULESETS.get(R2)
        .rules.map((r) => r.id)
        .sort(),
    );
  });

  it('answers 400 with the issue path for a language it does not have', async () => {
    const json = await get('/rules?lang=fr', JSON_ACCEPT);
    expect(json.res.status).toBe(400);
    expect(JSON.parse(json.text)).toMatchObject({ error: 'invalid_request', issues: [{ path: 'lang' }] });
    const page = await get('/rules?lang=fr');
    expect(page.res.status).toBe(400);
    expect(page.text).toContain('lang');
  });
});

describe('GET /rules/{rulesetId}', () => {
  it('shows every rule with its verbatim articles, interpretation and scenarios', async () => {
    const { res, text } = await get(`/rules/${R2}?lang=en`);
    expect(res.status).toBe(200);
    for (const rule of RULESETS.get(R2).rules) {
      expect(text, rule.id).toContain(`id="${rule.id}"`);
      for (const c of rule.citations) expect(text).toContain(c.text.slice(0, 20));
    }
    expect(text).toContain('<details>');
    expect(text).toContain('Expected answer');
  });

  it('as JSON: every rule, its citations with text, its scenarios with facts in both languages', async () => {
    const { res, text } = await get(`/rules/${R2}`, JSON_ACCEPT);
    expect(res.status).toBe(200);
    const body = PublishedRulesetSchema.parse(JSON.parse(text));
    expect(body.rules).toHaveLength(RULESETS.get(R2).rules.length);
    for (const rule of body.rules) {
      expect(rule.scenarios.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.scenarios) expect(s.ruleIds).toContain(rule.id);
    }
    const first = body.rules.flatMap((r) => r.scenarios)[0];
    expect(first?.facts.zh.length).toBeGreaterThan(0);
    expect(first?.facts.en.length).toBe(first?.facts.zh.length);
  });

  it('shows the retired r1 too, without scenarios', async () => {
    const { res, text } = await get(`/rules/${R1}`, JSON_ACCEPT);
    expect(res.status).toBe(200);
    const body = PublishedRulesetSchema.parse(JSON.parse(text));
    expect(body.status).toBe('retired');
    expect(body.rules.every((r) => r.scenarios.length === 0)).toBe(true);
  });

  it('answers 404 for a ruleset that was never released, as a page or as JSON', async () => {
    const page = await get('/rules/cn-1999-01-01?lang=en');
    expect(page.res.status).toBe(404);
    expect(page.text).toContain('There is no ruleset “cn-1999-01-01”');
    const json = await get('/rules/cn-1999-01-01', JSON_ACCEPT);
    expect(json.res.status).toBe(404);
    expect(JSON.parse(json.text)).toMatchObject({ error: 'not_found' });
  });

  it('escapes what it echoes from the path', async () => {
    const { res, text } = await get('/rules/%3Cb%3Ex%3C%2Fb%3E?lang=en');
    expect(res.status).toBe(404);
    expect(text).not.toContain('<b>x</b>');
    expect(text).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});

describe('GET /rules/{rulesetId}/{ruleId}', () => {
  it('links exceptions both ways: the exception names its base rule, the base rule lists the exception', async () => {
    // Prepare: a rule that is an exception to another, found in the ruleset data.
    const rule = RULESETS.get(R2).rules.find((r) => r.exception.length > 0);
    if (!rule) throw new Error('no exception in r2');
    const base = rule.exception[0] as string;
    // Act
    const exceptionPage = await get(`/rules/${R2}/${rule.id}?lang=en`);
    const basePage = await get(`/rules/${R2}/${base}?lang=en`);
    // Assess
    expect(exceptionPage.res.status).toBe(200);
    expect(exceptionPage.text).toContain(`href="/rules/${R2}/${base}?lang=en"`);
    expect(basePage.text).toContain(`href="/rules/${R2}/${rule.id}?lang=en"`);
  });

  it('shows every scenario that pins the rule, with its expected verdict', async () => {
    const rule = 'cn.ecl.art51.chronology';
    const { text } = await get(`/rules/${R2}/${rule}?lang=zh`);
    expect(text).toContain('Signing recorded on 31 March for an order placed on 1 April');
    expect(text).toContain('应有的答案');
    expect(text).toContain('badge v-REVIEW');
  });

  it('as JSON, one rule', async () => {
    const { text } = await get(`/rules/${R2}/cn.crpl.art2`, JSON_ACCEPT);
    const body = PublishedRuleResponseSchema.parse(JSON.parse(text));
    expect(body.rule.title).toBe(RULESETS.get(R2).rules.find((r) => r.id === 'cn.crpl.art2')?.title);
  });

  it('answers 404 for an unknown rule', async () => {
    const { res, text } = await get(`/rules/${R2}/cn.no.such.rule?lang=en`);
    expect(res.status).toBe(404);
    expect(text).toContain('has no rule “cn.no.such.rule”');
  });
});

describe('GET /rules/diff/{from}/{to}', () => {
  it('lists the rules r2 added and every change r2 lists about itself', async () => {
    const r1Ids = new Set(RULESETS.get(R1).rules.map((r) => r.id));
    const added = RULESETS.get(R2)
      .rules.filter((r) => !r1Ids.has(r.id))
      .map((r) => r.id);
    const { res, text } = await get(`/rules/diff/${R1}/${R2}?lang=en`);
    expect(res.status).toBe(200);
    for (const id of added) expect(text).toContain(`href="/rules/${R2}/${id}?lang=en"`);
    const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    for (const change of RULESETS.get(R2).changes) expect(text).toContain(escaped(change));
  });

  it('as JSON: added, changed, and each scenario whose verdict differs under the two rulesets', async () => {
    const { text } = await get(`/rules/diff/${R1}/${R2}`, JSON_ACCEPT);
    const diff = RulesetDiffSchema.parse(JSON.parse(text));
    const r1Ids = new Set(RULESETS.get(R1).rules.map((r) => r.id));
    expect(diff.added.map((r) => r.id).sort()).toEqual(
      RULESETS.get(R2)
        .rules.filter((r) => !r1Ids.has(r.id))
        .map((r) => r.id)
        .sort(),
    );
    expect(diff.removed).toEqual([]);
    expect(diff.changed.length + diff.unchanged + diff.added.length).toBe(RULESETS.get(R2).rules.length);
    // A rule whose interpretation r2 rewrote is reported with that field.
    expect(diff.changed.find((c) => c.id === 'cn.nrr-measures.art10')?.fields.map((f) => f.field)).toContain(
      'interpretation',
    );
    // Every scenario listed really answers differently; every one not listed answers the same.
    const listed = new Set(diff.scenarioChanges.map((s) => s.name));
    let total = 0;
    for (const file of scenarioFiles())
      for (const c of file.cases) {
        total++;
        const request = scenarioRequest(c);
        const differs =
          evaluate(request, c.context ?? {}, R1).verdict !== evaluate(request, c.context ?? {}, R2).verdict;
        expect(listed.has(c.name), c.name).toBe(differs);
      }
    expect(diff.scenarioCount).toBe(total);
    expect(diff.scenarioChanges.length).toBeGreaterThan(0);
    // Same verdict, other actions: r2 change 13 adds the refund deadline to no-reason BLOCKs.
    for (const change of diff.actionChanges) {
      expect(listed.has(change.name)).toBe(false);
      expect(JSON.stringify(change.before)).not.toBe(JSON.stringify(change.after));
    }
    expect(
      diff.actionChanges.some(
        (c) =>
          !c.before.requiredActions.includes('refund_within_7_days_of_receipt') &&
          c.after.requiredActions.includes('refund_within_7_days_of_receipt'),
      ),
    ).toBe(true);
  });

  it('answers 404 when either ruleset is unknown', async () => {
    expect((await get(`/rules/diff/${R1}/cn-nope`)).res.status).toBe(404);
    expect((await get(`/rules/diff/cn-nope/${R2}`, JSON_ACCEPT)).res.status).toBe(404);
  });
});

describe('Links of the served pages', () => {
  it('point only inside the service, and every /rules link answers 200 (crawled from /rules, both languages)', async () => {
    const seen = new Set<string>();
    const queue = ['/rules?lang=en', '/rules?lang=zh'];
    const outside: string[] = [];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      const { res, text } = await get(path);
      expect(res.status, path).toBe(200);
      for (const link of links(text)) {
        if (link.startsWith('#')) continue;
        if (!link.startsWith('/') || link.startsWith('//')) {
          outside.push(`${path} → ${link}`);
          continue;
        }
        if (link.startsWith('/rules')) queue.push(link);
      }
    }
    expect(outside).toEqual([]);
    // Both languages of every rule of both rulesets, the rulesets, the index and the diff.
    const rules = RULESETS.list().reduce((n, r) => n + r.rules.length, 0);
    expect(seen.size).toBeGreaterThanOrEqual(2 * (rules + RULESETS.list().length + 2));
  });
});

describe('The OpenAPI document', () => {
  it('documents the four rulebook routes, open to anyone, with their JSON bodies', () => {
    const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    for (const path of ['/rules', '/rules/{rulesetId}', '/rules/{rulesetId}/{ruleId}', '/rules/diff/{from}/{to}']) {
      const get = doc.paths[path]?.get;
      expect(get, path).toBeDefined();
      expect(get?.security).toEqual([]);
      expect(JSON.stringify(get?.responses)).toContain('application/json');
    }
  });
});
