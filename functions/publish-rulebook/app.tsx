import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { createBaseApp } from '#http/app.js';
import { parseWith } from '#http/body.js';
import { ValidationError } from '#http/errors.js';
import {
  DiffParamsSchema,
  type PublishedRuleJson,
  type PublishedRulesetJson,
  type RulebookIndex,
  RulebookQuerySchema,
  RuleParamsSchema,
  RulesetParamsSchema,
} from '#schemas/rulebook.js';
import { log } from '#shared/log.js';
import { describeFacts } from './facts.js';
import { type Lang, REGIMES, t } from './i18n.js';
import { DiffPage, diffPath, IndexPage, MessagePage, RulePage, RulesetPage, rulePath, rulesetPath } from './pages.js';
import {
  type PublishedRule,
  type PublishedRuleset,
  publishedRuleset,
  publishedRulesets,
  rulesetDiff,
} from './rulebook.js';

/**
 * Security headers of every rulebook answer: no script at all, no framing, nothing leaves the page.
 * The rulebook is public and the same for everyone, so it may be cached briefly.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

type C = Context;

/** `Accept: application/json` asks for the data instead of the page. */
const wantsJson = (c: C) => (c.req.header('accept') ?? '').toLowerCase().includes('application/json');

/** The page language: `?lang=`, else the browser's preference, else English. */
function language(c: C): Lang {
  const { lang } = parseWith(RulebookQuerySchema, c.req.query());
  if (lang) return lang;
  return (c.req.header('accept-language') ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function page(c: C, element: HtmlEscapedString | Promise<HtmlEscapedString>, status: 200 | 400 | 404 | 500 = 200) {
  return c.html(html`<!DOCTYPE html>${element}`, status);
}

/**
 * Rendered answers by page and language (or `json`). The rulesets never change while the process
 * lives, so each page is rendered once; the largest (a ruleset with its scenarios) is ~0.4 MB.
 */
const rendered = new Map<string, string>();

async function cachedPage(c: C, key: string, render: () => HtmlEscapedString | Promise<HtmlEscapedString>) {
  let body = rendered.get(key);
  if (body === undefined) {
    body = `<!DOCTYPE html>${(await render()).toString()}`;
    rendered.set(key, body);
  }
  return c.html(body);
}

function cachedJson(c: C, key: string, build: () => unknown) {
  let body = rendered.get(key);
  if (body === undefined) {
    body = JSON.stringify(build());
    rendered.set(key, body);
  }
  return c.body(body, 200, { 'Content-Type': 'application/json' });
}

function summaryJson(set: PublishedRuleset) {
  return {
    id: set.id,
    jurisdiction: set.jurisdiction,
    status: set.status,
    lawBaseline: set.lawBaseline,
    releasedAt: set.releasedAt,
    ...(set.revises ? { revises: set.revises, diffHref: diffPath(set.revises, set.id) } : {}),
    changes: [...set.changes],
    ruleCount: set.rules.length,
    href: rulesetPath(set.id),
  };
}

function ruleJson(set: PublishedRuleset, rule: PublishedRule): PublishedRuleJson {
  return {
    id: rule.id,
    title: rule.title,
    label: rule.label,
    question: rule.question,
    regimes: [...rule.regimes],
    ...(rule.reasons ? { reasons: [...rule.reasons] } : {}),
    outcomes: [...rule.outcomes],
    effectiveFrom: rule.effectiveFrom,
    ...(rule.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
    ...(rule.reviewBefore ? { reviewBefore: rule.reviewBefore } : {}),
    citations: [...rule.citations],
    versions: rule.versions.map((v) => ({ ...v, citations: [...v.citations] })),
    interpretation: [...rule.interpretation],
    exception: [...rule.exception],
    exceptionsToIt: [...rule.exceptionsToIt],
    scenarios: rule.scenarios.map((s) => ({
      name: s.name,
      file: s.file,
      provision: s.provision,
      facts: {
        zh: describeFacts(s.request, 'zh', s.recordedDeliveredAt),
        en: describeFacts(s.request, 'en', s.recordedDeliveredAt),
      },
      expect: s.expect,
      ...(s.why ? { why: s.why } : {}),
      ...(s.openQuestion ? { openQuestion: s.openQuestion } : {}),
      ...(s.r2Change !== undefined ? { r2Change: s.r2Change } : {}),
      ruleIds: [...s.ruleIds],
    })),
    href: rulePath(set.id, rule.id),
  };
}

function notFound(c: C, lang: Lang, message: string) {
  if (wantsJson(c)) return c.json({ error: 'not_found', message }, 404);
  return page(c, <MessagePage lang={lang} title={t(lang, 'notFound')} message={message} />, 404);
}

/**
 * The published rulebook (no key): `GET /rules`, `/rules/{rulesetId}`, `/rules/{rulesetId}/{ruleId}`
 * and `/rules/diff/{from}/{to}`, as server-rendered pages in Chinese or English, or as JSON with
 * `Accept: application/json`. Everything shown is derived from the released ruleset objects.
 *
 * @example const res = await createRulebookApp().request('/rules', { headers: { accept: 'application/json' } })
 */
export function createRulebookApp() {
  const app = createBaseApp();

  app.use('/rules', rulebookHeaders);
  app.use('/rules/*', rulebookHeaders);

  app.onError((error, c) => {
    const lang: Lang = c.req.query('lang') === 'zh' ? 'zh' : 'en';
    if (error instanceof ValidationError) {
      if (wantsJson(c)) return c.json({ error: 'invalid_request', issues: error.issues }, 400);
      const message = error.issues.map((i) => `${i.path || '(query)'}: ${i.message}`).join('; ');
      return page(c, <MessagePage lang={lang} title={t(lang, 'badRequest')} message={message} />, 400);
    }
    log.error('unhandled rulebook error', { path: c.req.path, error, stack: error.stack });
    if (wantsJson(c)) return c.json({ error: 'internal_error' }, 500);
    return page(c, <MessagePage lang={lang} title={t(lang, 'internal')} message={t(lang, 'internal')} />, 500);
  });

  app.get('/rules', async (c) => {
    const lang = language(c);
    const sets = publishedRulesets();
    if (wantsJson(c))
      return cachedJson(c, 'index json', (): RulebookIndex => {
        const current = sets.find((s) => s.status === 'current') as PublishedRuleset;
        return {
          current: current.id,
          rulesets: sets.map(summaryJson),
          groups: current.groups.map((g) => ({
            regime: g.regime,
            name: REGIMES[g.regime] ?? { zh: g.regime, en: g.regime },
            rules: g.rules.map((r) => ({
              id: r.id,
              title: r.title,
              question: r.question,
              href: rulePath(current.id, r.id),
            })),
          })),
        };
      });
    return cachedPage(c, `index ${lang}`, () => <IndexPage sets={sets} lang={lang} />);
  });

  app.get('/rules/diff/:from/:to', async (c) => {
    const lang = language(c);
    const { from, to } = parseWith(DiffParamsSchema, c.req.param());
    const diff = rulesetDiff(from, to);
    if (!diff) return notFound(c, lang, t(lang, 'noDiffBase', { id: publishedRuleset(from) ? to : from }));
    if (wantsJson(c)) return cachedJson(c, `diff ${diff.from} ${diff.to} json`, () => diff);
    return cachedPage(c, `diff ${diff.from} ${diff.to} ${lang}`, () => <DiffPage diff={diff} lang={lang} />);
  });

  app.get('/rules/:rulesetId', async (c) => {
    const lang = language(c);
    const { rulesetId } = parseWith(RulesetParamsSchema, c.req.param());
    const set = publishedRuleset(rulesetId);
    if (!set) return notFound(c, lang, t(lang, 'noSuchRuleset', { id: rulesetId }));
    if (wantsJson(c))
      return cachedJson(
        c,
        `ruleset ${set.id} json`,
        (): PublishedRulesetJson => ({
          ...summaryJson(set),
          parameters: { ...set.parameters },
          calendar: { ...set.calendar },
          rules: set.rules.map((r) => ruleJson(set, r)),
        }),
      );
    return cachedPage(c, `ruleset ${set.id} ${lang}`, () => <RulesetPage set={set} lang={lang} />);
  });

  app.get('/rules/:rulesetId/:ruleId', async (c) => {
    const lang = language(c);
    const { rulesetId, ruleId } = parseWith(RuleParamsSchema, c.req.param());
    const set = publishedRuleset(rulesetId);
    if (!set) return notFound(c, lang, t(lang, 'noSuchRuleset', { id: rulesetId }));
    const rule = set.rules.find((r) => r.id === ruleId);
    if (!rule) return notFound(c, lang, t(lang, 'noSuchRule', { set: set.id, id: ruleId }));
    if (wantsJson(c))
      return cachedJson(c, `rule ${set.id} ${rule.id} json`, () => ({ rulesetId: set.id, rule: ruleJson(set, rule) }));
    return cachedPage(c, `rule ${set.id} ${rule.id} ${lang}`, () => <RulePage set={set} rule={rule} lang={lang} />);
  });

  return app;
}

async function rulebookHeaders(c: C, next: () => Promise<void>) {
  await next();
  c.header('Cache-Control', 'public, max-age=300');
  c.header('Vary', 'Accept, Accept-Language');
  c.header('X-Content-Type-Options', 'nosniff');
  if ((c.res.headers.get('content-type') ?? '').startsWith('text/html')) {
    c.header('Content-Security-Policy', CSP);
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'same-origin');
  }
}
