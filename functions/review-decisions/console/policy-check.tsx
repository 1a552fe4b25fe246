import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { LintedClause, PolicyIssue, PolicyLintResponse, PolicyTerms } from '#schemas/policy-lint.js';
import { MAX_POLICY_CHARS, PolicyLintRequestSchema } from '#schemas/policy-lint.js';
import { correctedPolicy, lintWithCurrentRuleset } from '#shared/policy-lint/index.js';
import type { Lang } from './i18n.js';
import { Layout } from './layout.js';
import type { ConsoleEnv } from './routes.js';

/**
 * "政策检查 / Policy check": staff paste a shop's return policy and see it with its void clauses
 * highlighted, each with the provisions that void it, why, and lawful wording; the corrected text
 * downloads as a file. Server-rendered, no script; both forms carry the session's CSRF token and are
 * sent as multipart (a 20,000-character Chinese policy is 60 KB of UTF-8, but three times that
 * URL-encoded, which the 64 KiB body limit would refuse).
 */

const TEXT = {
  title: { zh: '政策检查', en: 'Policy check' },
  intro: {
    zh: '粘贴店铺公布的退换货须知或售后政策（最多 20,000 字），逐条对照《消费者权益保护法》等规定检查：无效条款会被标出，并给出依据、理由和合法的替代表述。',
    en: 'Paste a shop’s published return or after-sales policy (up to 20,000 characters). Each clause is checked against PRC consumer law: void clauses are highlighted with the provisions that void them, why, and lawful wording to use instead.',
  },
  policyText: { zh: '政策文本', en: 'Policy text' },
  promiseDays: { zh: '店铺承诺的无理由退货天数（可选）', en: 'No-reason return days the shop promises (optional)' },
  coversExcluded: { zh: '承诺覆盖法定不适用商品', en: 'The promise covers statutorily excluded goods' },
  check: { zh: '检查', en: 'Check' },
  result: { zh: '检查结果', en: 'Result' },
  counts: {
    zh: '共 {n} 条：无效 {v} 条，需人工审核 {r} 条，未发现问题 {l} 条。',
    en: '{n} clauses: {v} void, {r} to review, {l} with nothing found.',
  },
  highlighted: { zh: '标注后的政策', en: 'The policy, marked up' },
  voidClauses: { zh: '无效条款', en: 'Void clauses' },
  reviewClauses: { zh: '需人工审核的条款', en: 'Clauses to review' },
  noneVoid: { zh: '未发现无效条款。', en: 'No void clause found.' },
  clause: { zh: '条款', en: 'Clause' },
  issues: { zh: '问题', en: 'Issues' },
  provisions: { zh: '依据', en: 'Provisions' },
  why: { zh: '理由', en: 'Why' },
  suggestion: { zh: '建议改为', en: 'Suggested wording' },
  download: { zh: '下载修正后的政策文本', en: 'Download the corrected policy text' },
  downloadNote: {
    zh: '无效条款替换为建议表述，其余内容保持原样。',
    en: 'Void clauses are replaced by the suggested wording; everything else stays as sent.',
  },
  ruleset: { zh: '规则库版本', en: 'Ruleset' },
  invalid: { zh: '请求无效', en: 'Invalid request' },
  article: { zh: '第{n}条', en: 'art. {n}' },
  paragraph: { zh: '第{n}款', en: '¶{n}' },
  item: { zh: '第{n}项', en: 'item {n}' },
  verdictVoid: { zh: '无效', en: 'void' },
  verdictReview: { zh: '需审核', en: 'review' },
} as const satisfies Record<string, Record<Lang, string>>;

function say(lang: Lang, key: keyof typeof TEXT, vars: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export const ISSUE_LABELS: Record<PolicyIssue, Record<Lang, string>> = {
  no_returns_at_all: { zh: '排除全部退货', en: 'No returns at all' },
  sale_items_excluded: { zh: '排除特价/活动商品', en: 'Sale items excluded' },
  opened_packaging_excluded: { zh: '以拆封为由拒绝退货', en: 'Refused because opened' },
  window_shorter_than_law: { zh: '退货期限短于法定', en: 'Window shorter than the law' },
  excluded_without_confirmation: { zh: '未经确认扩大不退范围', en: 'Excluded without confirmation' },
  quality_return_shipping_on_consumer: {
    zh: '质量问题运费由消费者承担',
    en: 'Quality-return shipping on the consumer',
  },
  quality_returns_refused: { zh: '限制质量问题退货', en: 'Quality returns refused or narrowed' },
  exchange_only: { zh: '只换不退', en: 'Exchange only' },
  gift_charged_at_full_price: { zh: '赠品处理不当', en: 'Gift charged or blocking the return' },
  refund_later_than_law: { zh: '退款晚于法定期限', en: 'Refund later than the law' },
  final_interpretation_right: { zh: '最终解释权', en: 'Final right of interpretation' },
  burden_of_proof_on_consumer: { zh: '举证责任倒置', en: 'Burden of proof on the consumer' },
  inspection_notice_too_short: { zh: '验货期限过短', en: 'Inspection period too short' },
  deductions_not_allowed: { zh: '不当扣款', en: 'Deductions not allowed' },
  tags_condition_overreach: { zh: '超出完好标准', en: 'More than intactness' },
  other_void: { zh: '其他排除或限制权利', en: 'Other exclusion of rights' },
};

const CSS = `
.policy{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:8px;padding:.8rem;background:#fff;line-height:1.9}
.policy mark{background:#ffebe9;color:inherit;border-bottom:2px solid var(--block);padding:0 .1rem;text-decoration:none}
.policy mark.review{background:#fff8c5;border-bottom-color:var(--review)}
.policy mark a{color:inherit;text-decoration:none}
.policy sup{color:var(--block);font-weight:700;margin-left:.1rem}
.policy mark.review sup{color:var(--review)}
.clause-card{border:1px solid var(--line);border-left:4px solid var(--block);border-radius:8px;padding:.6rem .8rem;margin:.8rem 0}
.clause-card.review{border-left-color:var(--review)}
.clause-card .quote{font-weight:600;overflow-wrap:anywhere}
.clause-card details{margin:.25rem 0}
.clause-card summary{cursor:pointer;color:var(--accent)}
.suggest{background:#dafbe1;border-left:4px solid var(--allow);padding:.4rem .7rem;margin:.4rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.issues{display:flex;flex-wrap:wrap;gap:.3rem}
.issues .badge{color:var(--block)}
textarea.policy-input{min-height:14rem;font-family:inherit}
.inline{flex-direction:row;align-items:center;gap:.4rem}
form.lint{display:flex;flex-direction:column;gap:.6rem}
form.lint .row{display:flex;flex-wrap:wrap;gap:.6rem 1.5rem;align-items:flex-end}
`;

export interface PolicyCheckProps {
  lang: Lang;
  here: string;
  staff?: { identity: string; csrf: string } | undefined;
  text?: string;
  terms?: PolicyTerms;
  result?: PolicyLintResponse;
  errors?: string[];
}

function Citations({ lang, clause }: { lang: Lang; clause: LintedClause }) {
  return (
    <>
      {clause.citations.map((citation) => (
        <details>
          <summary>
            <span lang="zh-CN">{citation.title}</span> {say(lang, 'article', { n: citation.article })}
            {citation.paragraph ? ` ${say(lang, 'paragraph', { n: citation.paragraph })}` : ''}
            {citation.item ? ` ${say(lang, 'item', { n: citation.item })}` : ''} <code>{citation.instrument}</code>
          </summary>
          <blockquote lang="zh-CN">{citation.text}</blockquote>
        </details>
      ))}
    </>
  );
}

function Highlighted({ text, result, lang }: { text: string; result: PolicyLintResponse; lang: Lang }) {
  const parts: (string | ReturnType<typeof Mark>)[] = [];
  let at = 0;
  let n = 0;
  for (const clause of result.clauses) {
    if (clause.verdict === 'lawful') continue;
    n++;
    parts.push(text.slice(at, clause.start));
    parts.push(<Mark clause={clause} n={n} lang={lang} />);
    at = clause.end;
  }
  parts.push(text.slice(at));
  return <div class="policy">{parts}</div>;
}

function Mark({ clause, n, lang }: { clause: LintedClause; n: number; lang: Lang }) {
  const label = clause.verdict === 'void' ? say(lang, 'verdictVoid') : say(lang, 'verdictReview');
  return (
    <mark class={clause.verdict} title={label}>
      <a href={`#clause-${n}`}>{clause.text}</a>
      <sup>{n}</sup>
    </mark>
  );
}

export function PolicyCheckPage({ lang, here, staff, text = '', terms, result, errors }: PolicyCheckProps) {
  const flagged = result ? result.clauses.filter((c) => c.verdict !== 'lawful') : [];
  const numbered = flagged.map((clause, i) => ({ clause, n: i + 1 }));
  const voids = numbered.filter((x) => x.clause.verdict === 'void');
  const reviews = numbered.filter((x) => x.clause.verdict === 'review');
  const count = (v: LintedClause['verdict']) => result?.clauses.filter((c) => c.verdict === v).length ?? 0;
  return (
    <Layout lang={lang} title={say(lang, 'title')} here={here} staff={staff}>
      <style dangerouslySetInnerHTML={{ __html: CSS }} />
      <h1>{say(lang, 'title')}</h1>
      <p class="muted">{say(lang, 'intro')}</p>
      {errors?.length ? (
        <div class="notice err" role="alert">
          <strong>{say(lang, 'invalid')}</strong>: {errors.join('; ')}
        </div>
      ) : null}
      <form class="lint card" method="post" action="/console/policy-check" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value={staff?.csrf ?? ''} />
        <label>
          {say(lang, 'policyText')}
          <textarea class="policy-input" name="text" maxlength={MAX_POLICY_CHARS} required lang="zh-CN">
            {text}
          </textarea>
        </label>
        <div class="row">
          <label>
            {say(lang, 'promiseDays')}
            <input
              type="number"
              name="returnWindowDays"
              min="0"
              max="3650"
              value={terms?.returnWindowDays !== undefined ? String(terms.returnWindowDays) : ''}
            />
          </label>
          <label class="inline">
            <input type="checkbox" name="coversExcludedGoods" value="1" checked={terms?.coversExcludedGoods === true} />
            {say(lang, 'coversExcluded')}
          </label>
          <button class="primary" type="submit">
            {say(lang, 'check')}
          </button>
        </div>
      </form>

      {result ? (
        <section id="result">
          <h2>{say(lang, 'result')}</h2>
          <p>
            {say(lang, 'counts', {
              n: result.clauses.length,
              v: count('void'),
              r: count('review'),
              l: count('lawful'),
            })}{' '}
            <span class="muted">
              {say(lang, 'ruleset')}: <code>{result.rulesetVersion}</code> · <code>{result.policyRevision}</code>
            </span>
          </p>
          <h3>{say(lang, 'highlighted')}</h3>
          <Highlighted text={text} result={result} lang={lang} />
          <form method="post" action="/console/policy-check/corrected.txt" enctype="multipart/form-data">
            <input type="hidden" name="csrf" value={staff?.csrf ?? ''} />
            <textarea name="text" hidden>
              {text}
            </textarea>
            {terms?.returnWindowDays !== undefined ? (
              <input type="hidden" name="returnWindowDays" value={String(terms.returnWindowDays)} />
            ) : null}
            {terms?.coversExcludedGoods ? <input type="hidden" name="coversExcludedGoods" value="1" /> : null}
            <input type="hidden" name="lang" value={lang} />
            <div class="buttons">
              <button type="submit">{say(lang, 'download')}</button>
              <span class="muted">{say(lang, 'downloadNote')}</span>
            </div>
          </form>
          <h2>{say(lang, 'voidClauses')}</h2>
          {voids.length === 0 ? <p>{say(lang, 'noneVoid')}</p> : null}
          {[...voids, ...reviews].map(({ clause, n }, i) => (
            <>
              {i === voids.length && reviews.length > 0 ? <h2>{say(lang, 'reviewClauses')}</h2> : null}
              <article class={`clause-card ${clause.verdict}`} id={`clause-${n}`} data-verdict={clause.verdict}>
                <p class="quote">
                  <span class="muted">
                    {say(lang, 'clause')} {n}:
                  </span>{' '}
                  <span lang="zh-CN">{clause.text}</span>
                </p>
                {clause.issues.length ? (
                  <div class="issues">
                    {clause.issues.map((issue) => (
                      <span class="badge" data-issue={issue}>
                        {ISSUE_LABELS[issue][lang]}
                      </span>
                    ))}
                  </div>
                ) : null}
                <h3>{say(lang, 'why')}</h3>
                <p>{clause.message[lang]}</p>
                <h3>{say(lang, 'provisions')}</h3>
                <Citations lang={lang} clause={clause} />
                <h3>{say(lang, 'suggestion')}</h3>
                <div class="suggest">{clause.suggestion[lang]}</div>
              </article>
            </>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}

/** What the console passes in: its session guards and its page renderer. */
export interface PolicyCheckDeps {
  requireSession: MiddlewareHandler<ConsoleEnv>;
  requireCsrf: MiddlewareHandler<ConsoleEnv>;
  limit: MiddlewareHandler<ConsoleEnv>;
  page: (
    c: Context<ConsoleEnv>,
    element: HtmlEscapedString | Promise<HtmlEscapedString>,
    status?: 200 | 400,
  ) => Response | Promise<Response>;
  base: (c: Context<ConsoleEnv>) => {
    lang: Lang;
    here: string;
    staff?: { identity: string; csrf: string } | undefined;
  };
}

/** The form fields as the lint request: empty optional fields are absent, the checkbox is a boolean. */
function requestFromForm(form: Record<string, string>) {
  const days = form.returnWindowDays?.trim();
  const policy: Record<string, unknown> = {};
  if (days) policy.returnWindowDays = /^\d+$/.test(days) ? Number(days) : days;
  if (form.coversExcludedGoods) policy.coversExcludedGoods = true;
  return PolicyLintRequestSchema.safeParse({
    text: (form.text ?? '').replace(/\r\n/g, '\n'),
    ...(Object.keys(policy).length ? { policy } : {}),
  });
}

/**
 * Adds the policy-check routes to the console app: GET the form, POST a policy to see it checked,
 * POST it to download the corrected text.
 */
export function registerPolicyCheck(app: Hono<ConsoleEnv>, deps: PolicyCheckDeps): void {
  const { requireSession, requireCsrf, limit, page, base } = deps;
  app.get('/console/policy-check', requireSession, (c) => page(c, <PolicyCheckPage {...base(c)} />));

  app.post('/console/policy-check', limit, requireSession, requireCsrf, (c) => {
    const form = c.get('form');
    const parsed = requestFromForm(form);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => `${i.path.join('.') || 'text'}: ${i.message}`);
      return page(c, <PolicyCheckPage {...base(c)} text={form.text ?? ''} errors={errors} />, 400);
    }
    const { text, policy } = parsed.data;
    const result = lintWithCurrentRuleset(text, policy);
    return page(c, <PolicyCheckPage {...base(c)} text={text} terms={policy} result={result} />);
  });

  app.post('/console/policy-check/corrected.txt', limit, requireSession, requireCsrf, (c) => {
    const form = c.get('form');
    const parsed = requestFromForm(form);
    const lang: Lang = form.lang === 'en' ? 'en' : form.lang === 'zh' ? 'zh' : c.get('lang');
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => `${i.path.join('.') || 'text'}: ${i.message}`);
      return page(c, <PolicyCheckPage {...base(c)} text={form.text ?? ''} errors={errors} />, 400);
    }
    const { text, policy } = parsed.data;
    const corrected = correctedPolicy(text, lintWithCurrentRuleset(text, policy), lang);
    return c.body(corrected, 200, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': `attachment; filename="policy-corrected-${lang}.txt"`,
    });
  });
}
