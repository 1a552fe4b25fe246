import type { RuleCitation } from '#rules/index.js';
import type { RefusalReason, RequiredAction } from '#schemas/check.js';
import { describeFacts } from './facts.js';
import { ACTIONS, DICT, type LabelKey, type Lang, OUTCOMES, QUESTIONS, REASONS, REGIMES, t, VERDICTS } from './i18n.js';
import { href, Layout } from './layout.js';
import type { PublishedRule, PublishedRuleset, PublishedScenario, RuleField, RulesetDiff } from './rulebook.js';

/** The path of a ruleset, a rule and a diff page. */
export const rulesetPath = (id: string) => `/rules/${encodeURIComponent(id)}`;
export const rulePath = (set: string, id: string) => `${rulesetPath(set)}/${encodeURIComponent(id)}`;
export const diffPath = (from: string, to: string) =>
  `/rules/diff/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;

/** How many scenarios a rule shows on the ruleset page; the rule page shows all. */
const SCENARIOS_ON_RULESET_PAGE = 5;

const dateSpan = (lang: Lang, from: string, to?: string) =>
  to ? t(lang, 'fromToDate', { f: from, t: to }) : t(lang, 'fromDate', { d: from });

function citationName(c: RuleCitation, lang: Lang): string {
  const zh = lang === 'zh';
  const para = c.paragraph ? (zh ? `第${c.paragraph}款` : ` ¶${c.paragraph}`) : '';
  const item = c.item ? (zh ? `第${c.item}项` : ` (${c.item})`) : '';
  return zh ? `${c.title} 第${c.article}条${para}${item}` : `${c.instrument} ${c.article}${para}${item} — ${c.title}`;
}

function Verdict({ verdict, lang }: { verdict: 'ALLOW' | 'BLOCK' | 'REVIEW'; lang: Lang }) {
  return (
    <span class={`badge v-${verdict}`} title={VERDICTS[verdict][lang]}>
      {verdict}
    </span>
  );
}

function StatusLine({ set, lang }: { set: PublishedRuleset; lang: Lang }) {
  return (
    <dl class="facts">
      <dt>{t(lang, 'status')}</dt>
      <dd>{t(lang, `status_${set.status}` as LabelKey)}</dd>
      <dt>{t(lang, 'lawBaseline')}</dt>
      <dd>{set.lawBaseline}</dd>
      <dt>{t(lang, 'releasedAt')}</dt>
      <dd>{set.releasedAt}</dd>
      {set.revises ? (
        <>
          <dt>{t(lang, 'revises')}</dt>
          <dd>
            <a href={href(rulesetPath(set.revises), lang)}>{set.revises}</a> ·{' '}
            <a href={href(diffPath(set.revises, set.id), lang)}>
              {t(lang, 'diffLink', { from: set.revises, to: set.id })}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t(lang, 'ruleCount')}</dt>
      <dd>{set.rules.length}</dd>
    </dl>
  );
}

function ScenarioItem({ scenario, lang, set }: { scenario: PublishedScenario; lang: Lang; set: string }) {
  const e = scenario.expect;
  return (
    <li>
      <div class="name" lang="en">
        {scenario.name}
      </div>
      <ul>
        {describeFacts(scenario.request, lang, scenario.recordedDeliveredAt).map((line) => (
          <li>{line}</li>
        ))}
      </ul>
      <div class="answer">
        <span class="muted">{t(lang, 'expected')}:</span>
        <Verdict verdict={e.verdict} lang={lang} />
        <span>{VERDICTS[e.verdict][lang]}</span>
        {e.requiredActions && e.requiredActions.length > 0 ? (
          <span class="chips">
            {e.requiredActions.map((a) => (
              <span class="chip">{ACTIONS[a][lang]}</span>
            ))}
          </span>
        ) : null}
      </div>
      {e.alternativeReasons && e.alternativeReasons.length > 0 ? (
        <div class="muted">
          {t(lang, 'alternativeReasons')}:{' '}
          {e.alternativeReasons.map((r) => REASONS[r][lang]).join(lang === 'zh' ? '、' : ', ')}
        </div>
      ) : null}
      {scenario.why ? (
        <div class="muted">
          {t(lang, 'why')}: <span lang="en">{scenario.why}</span>
        </div>
      ) : null}
      {scenario.openQuestion ? (
        <div class="muted">
          {t(lang, 'openQuestion')}: <span lang="en">{scenario.openQuestion}</span>
        </div>
      ) : null}
      <div class="muted">
        {t(lang, 'source')}: <code>{scenario.file}</code>
        {scenario.r2Change !== undefined ? ` · ${t(lang, 'r2Change', { n: scenario.r2Change })}` : ''}
        {scenario.ruleIds.length > 1 ? ` · ${t(lang, 'pinsRules')}: ` : ''}
        {scenario.ruleIds.length > 1
          ? scenario.ruleIds.map((id, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={href(rulePath(set, id), lang)}>
                  <code>{id}</code>
                </a>
              </>
            ))
          : null}
      </div>
    </li>
  );
}

function RuleLinks({ ids, set, lang }: { ids: readonly string[]; set: string; lang: Lang }) {
  return (
    <ul class="rules">
      {ids.map((id) => (
        <li>
          <a href={href(rulePath(set, id), lang)}>
            <code>{id}</code>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One rule, in full: question, dates, articles, interpretation, exceptions both ways, scenarios. */
export function RuleCard({
  rule,
  set,
  lang,
  all,
}: {
  rule: PublishedRule;
  set: PublishedRuleset;
  lang: Lang;
  /** Show every scenario (the rule page) or the first few (the ruleset page). */
  all: boolean;
}) {
  const shown = all ? rule.scenarios : rule.scenarios.slice(0, SCENARIOS_ON_RULESET_PAGE);
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <section class="card" id={rule.id}>
      <div class="head">
        {all ? null : <h3 lang="en">{rule.title}</h3>}
        {all ? null : (
          <a href={href(rulePath(set.id, rule.id), lang)}>
            <code>{rule.id}</code>
          </a>
        )}
      </div>
      <dl class="facts">
        {all ? (
          <>
            <dt>{t(lang, 'ruleId')}</dt>
            <dd>
              <code>{rule.id}</code>
            </dd>
          </>
        ) : null}
        <dt>{t(lang, 'question')}</dt>
        <dd>{rule.question[lang]}</dd>
        <dt>{t(lang, 'judgesReasons')}</dt>
        <dd>{rule.reasons ? rule.reasons.map((r) => REASONS[r][lang]).join(sep) : t(lang, 'allReasons')}</dd>
        <dt>{t(lang, 'canConclude')}</dt>
        <dd>
          {rule.outcomes.map((o, i) => (
            <>
              {i > 0 ? sep : ''}
              <span class={`o-${o}`}>{OUTCOMES[o][lang]}</span>
            </>
          ))}
        </dd>
        <dt>{t(lang, 'inForce')}</dt>
        <dd>
          {dateSpan(lang, rule.effectiveFrom, rule.effectiveTo)}
          {rule.reviewBefore ? <div class="muted">{t(lang, 'reviewBefore', { d: rule.reviewBefore })}</div> : null}
        </dd>
      </dl>

      <h4>{t(lang, 'articles')}</h4>
      {rule.citations.map((c) => (
        <details>
          <summary>
            {citationName(c, lang)}{' '}
            <span class="muted">
              ·{' '}
              {c.effectiveTo
                ? t(lang, 'citedFromTo', { f: c.effectiveFrom, t: c.effectiveTo })
                : t(lang, 'citedFrom', { d: c.effectiveFrom })}
              {c.tag ? ` · ${t(lang, 'citedWhen', { tag: c.tag })}` : ''}
            </span>
          </summary>
          <blockquote lang="zh-CN">{c.text}</blockquote>
        </details>
      ))}

      <h4>{t(lang, 'interpretation')}</h4>
      {DICT.interpretationLang[lang] ? <p class="muted">{t(lang, 'interpretationLang')}</p> : null}
      <ul lang="en">
        {rule.interpretation.map((line) => (
          <li>{line}</li>
        ))}
      </ul>

      <h4>{t(lang, 'exceptions')}</h4>
      {rule.exception.length === 0 && rule.exceptionsToIt.length === 0 ? (
        <p class="muted">{t(lang, 'noExceptions')}</p>
      ) : null}
      {rule.exception.length > 0 ? (
        <div>
          {t(lang, 'overrides')}:
          <RuleLinks ids={rule.exception} set={set.id} lang={lang} />
        </div>
      ) : null}
      {rule.exceptionsToIt.length > 0 ? (
        <div>
          {t(lang, 'overriddenBy')}:
          <RuleLinks ids={rule.exceptionsToIt} set={set.id} lang={lang} />
        </div>
      ) : null}

      {rule.versions.length > 1 ? (
        <>
          <h4>{t(lang, 'versions')}</h4>
          <ul>
            {rule.versions.map((v) => (
              <li>
                {dateSpan(lang, v.effectiveFrom, v.effectiveTo)}:{' '}
                {v.citations.length === 0 ? (
                  <span class="muted">{t(lang, 'citesNothing')}</span>
                ) : (
                  <span class="mono">
                    {v.citations
                      .map((c) => `${c.instrument} ${c.article}${c.paragraph ? ` ¶${c.paragraph}` : ''}`)
                      .join(', ')}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {set.hasScenarios ? (
        <h4>
          {t(lang, 'scenarios')} ({t(lang, 'scenariosCount', { n: rule.scenarios.length })})
        </h4>
      ) : all ? (
        <p class="muted">{t(lang, 'noScenarios')}</p>
      ) : null}
      {shown.length > 0 ? (
        <ol class="scenarios">
          {shown.map((s) => (
            <ScenarioItem scenario={s} lang={lang} set={set.id} />
          ))}
        </ol>
      ) : null}
      {shown.length < rule.scenarios.length ? (
        <p>
          <a href={href(rulePath(set.id, rule.id), lang)}>{t(lang, 'allScenarios', { n: rule.scenarios.length })}</a>
        </p>
      ) : null}
    </section>
  );
}

function RuleList({ set, lang }: { set: PublishedRuleset; lang: Lang }) {
  return (
    <>
      {set.groups.map((g) => (
        <section>
          <h3>{REGIMES[g.regime]?.[lang] ?? g.regime}</h3>
          <ul class="rules">
            {g.rules.map((r) => (
              <li>
                <a href={href(rulePath(set.id, r.id), lang)} lang="en">
                  {r.title}
                </a>{' '}
                <span class="muted">— {(QUESTIONS[r.label] ?? r.question)[lang]}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** GET /rules: every released ruleset, the current one first with its rules by question. */
export function IndexPage({ sets, lang }: { sets: readonly PublishedRuleset[]; lang: Lang }) {
  const current = sets.find((s) => s.status === 'current');
  return (
    <Layout lang={lang} title={t(lang, 'rulebook')} path="/rules">
      <h1>{t(lang, 'rulebook')}</h1>
      <p>{t(lang, 'rulebookIntro')}</p>
      <p class="muted">{t(lang, 'asJson')}</p>
      <h2>{t(lang, 'rulesets')}</h2>
      {sets.map((set) => (
        <section class={`card${set.status === 'current' ? ' current' : ''}`}>
          <div class="head">
            <h3>
              <a href={href(rulesetPath(set.id), lang)}>{set.id}</a>
            </h3>
            <span class="muted">{t(lang, `status_${set.status}` as LabelKey)}</span>
          </div>
          <StatusLine set={set} lang={lang} />
          <details>
            <summary>{t(lang, 'changes')}</summary>
            <ul lang="en">
              {set.changes.map((c) => (
                <li>{c}</li>
              ))}
            </ul>
          </details>
        </section>
      ))}
      {current ? (
        <>
          <h2>
            {t(lang, 'currentRules')}: <a href={href(rulesetPath(current.id), lang)}>{current.id}</a>
          </h2>
          <RuleList set={current} lang={lang} />
        </>
      ) : null}
    </Layout>
  );
}

/** GET /rules/{rulesetId}: every rule of a ruleset, in full. */
export function RulesetPage({ set, lang }: { set: PublishedRuleset; lang: Lang }) {
  return (
    <Layout lang={lang} title={set.id} path={rulesetPath(set.id)}>
      <p>
        <a href={href('/rules', lang)}>← {t(lang, 'backToRulebook')}</a>
      </p>
      <h1>
        {t(lang, 'rulesets')}: {set.id}
      </h1>
      <StatusLine set={set} lang={lang} />
      {set.hasScenarios ? null : <p class="notice">{t(lang, 'noScenarios')}</p>}
      <details>
        <summary>{t(lang, 'changes')}</summary>
        <ul lang="en">
          {set.changes.map((c) => (
            <li>{c}</li>
          ))}
        </ul>
      </details>
      <details>
        <summary>{t(lang, 'parameters')}</summary>
        <table class="stack">
          <tbody>
            {Object.entries(set.parameters).map(([name, p]) => (
              <tr>
                <td data-label={name}>
                  <code>{name}</code>
                </td>
                <td>
                  {p.value} {t(lang, p.unit)}
                </td>
                <td lang="en">{p.description}</td>
                <td>
                  {p.source} · {t(lang, 'fromDate', { d: p.effectiveFrom })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="muted">
          {t(lang, 'calendar')}: {set.calendar.source}, {set.calendar.firstYear}–{set.calendar.lastYear}
        </p>
      </details>
      <h2>{t(lang, 'onThisPage')}</h2>
      <nav class="toc">
        {set.rules.map((r) => (
          <a href={`#${r.id}`}>
            <code>{r.id}</code>
          </a>
        ))}
      </nav>
      {set.groups.map((g) => (
        <>
          <h2>{REGIMES[g.regime]?.[lang] ?? g.regime}</h2>
          {g.rules.map((rule) => (
            <RuleCard rule={rule} set={set} lang={lang} all={false} />
          ))}
        </>
      ))}
    </Layout>
  );
}

/** GET /rules/{rulesetId}/{ruleId}: one rule with every scenario that pins it. */
export function RulePage({ set, rule, lang }: { set: PublishedRuleset; rule: PublishedRule; lang: Lang }) {
  return (
    <Layout lang={lang} title={rule.id} path={rulePath(set.id, rule.id)}>
      <p>
        <a href={href(rulesetPath(set.id), lang)}>← {t(lang, 'backToRuleset', { id: set.id })}</a>
      </p>
      <h1 lang="en">{rule.title}</h1>
      <RuleCard rule={rule} set={set} lang={lang} all={true} />
    </Layout>
  );
}

const FIELD_KEYS: Record<RuleField, LabelKey> = {
  title: 'field_title',
  label: 'field_label',
  citations: 'field_citations',
  citationText: 'field_citationText',
  interpretation: 'field_interpretation',
  outcomes: 'field_outcomes',
  reasons: 'field_reasons',
  exception: 'field_exception',
  regimes: 'field_regimes',
  dates: 'field_dates',
  reviewBefore: 'field_reviewBefore',
};

/** A changed value in words: outcomes, reasons and questions by name, lists one per line. */
function FieldValue({ field, value, lang }: { field: RuleField; value: unknown; lang: Lang }) {
  if (value === null || value === undefined) return <span class="muted">—</span>;
  const name = (v: unknown): string => {
    const code = String(v);
    if (field === 'outcomes') return OUTCOMES[code as keyof typeof OUTCOMES]?.[lang] ?? code;
    if (field === 'reasons') return REASONS[code as keyof typeof REASONS]?.[lang] ?? code;
    if (field === 'regimes') return REGIMES[code]?.[lang] ?? code;
    if (field === 'label') return QUESTIONS[code]?.[lang] ?? code;
    return code;
  };
  const mono = field === 'citations' || field === 'exception';
  if (Array.isArray(value))
    return value.length === 0 ? (
      <span class="muted">—</span>
    ) : (
      <ul class="plain">
        {value.map((v) => (
          <li class={mono ? 'mono' : undefined}>{name(v)}</li>
        ))}
      </ul>
    );
  if (field === 'dates' && typeof value === 'object') {
    const d = value as { from: string; to: string | null };
    return <span>{dateSpan(lang, d.from, d.to ?? undefined)}</span>;
  }
  if (typeof value === 'object') return <span class="mono">{JSON.stringify(value)}</span>;
  return <span>{name(value)}</span>;
}

/** GET /rules/diff/{from}/{to}: rules added, removed and changed, and the scenarios that change answer. */
export function DiffPage({ diff, lang }: { diff: RulesetDiff; lang: Lang }) {
  const title = t(lang, 'diffTitle', { from: diff.from, to: diff.to });
  return (
    <Layout lang={lang} title={title} path={diffPath(diff.from, diff.to)}>
      <p>
        <a href={href(rulesetPath(diff.to), lang)}>← {t(lang, 'backToRuleset', { id: diff.to })}</a>
      </p>
      <h1>{title}</h1>
      <h2>{t(lang, 'diffSummary')}</h2>
      <ul>
        <li>
          <a href="#added">{t(lang, 'added')}</a>: {diff.added.length}
        </li>
        <li>
          <a href="#changed">{t(lang, 'changed')}</a>: {diff.changed.length}
        </li>
        <li>
          <a href="#removed">{t(lang, 'removed')}</a>: {diff.removed.length}
        </li>
        <li>
          <a href="#scenarios">
            {t(lang, 'scenarioChanges', { n: diff.scenarioChanges.length, total: diff.scenarioCount })}
          </a>
        </li>
        <li>
          <a href="#actions">{t(lang, 'actionChanges', { n: diff.actionChanges.length })}</a>
        </li>
      </ul>
      <h2>{t(lang, 'rulesetChanges')}</h2>
      <ol lang="en">
        {diff.changes.map((c) => (
          <li>{c}</li>
        ))}
      </ol>
      <h2 id="added">
        {t(lang, 'added')} ({diff.added.length})
      </h2>
      {diff.added.length === 0 ? <p class="muted">{t(lang, 'nothing')}</p> : null}
      <ul class="rules">
        {diff.added.map((r) => (
          <li>
            <a href={href(rulePath(diff.to, r.id), lang)}>
              <code>{r.id}</code>
            </a>{' '}
            <span lang="en">{r.title}</span>
          </li>
        ))}
      </ul>
      <h2 id="removed">
        {t(lang, 'removed')} ({diff.removed.length})
      </h2>
      {diff.removed.length === 0 ? <p class="muted">{t(lang, 'nothing')}</p> : null}
      <ul class="rules">
        {diff.removed.map((r) => (
          <li>
            <a href={href(rulePath(diff.from, r.id), lang)}>
              <code>{r.id}</code>
            </a>{' '}
            <span lang="en">{r.title}</span>
          </li>
        ))}
      </ul>
      <h2 id="changed">
        {t(lang, 'changed')} ({diff.changed.length})
      </h2>
      <p class="muted">{t(lang, 'unchanged', { n: diff.unchanged })}</p>
      {diff.changed.map((r) => (
        <section class="card">
          <div class="head">
            <h3>
              <a href={href(rulePath(diff.to, r.id), lang)}>
                <code>{r.id}</code>
              </a>
            </h3>
            <a class="muted" href={href(rulePath(diff.from, r.id), lang)}>
              {diff.from}
            </a>
          </div>
          <p lang="en">{r.title}</p>
          <table class="stack diff">
            <thead>
              <tr>
                <th>{t(lang, 'whatChanged')}</th>
                <th>{t(lang, 'before')}</th>
                <th>{t(lang, 'after')}</th>
              </tr>
            </thead>
            <tbody>
              {r.fields.map((f) => (
                <tr>
                  <td data-label={t(lang, 'whatChanged')}>{t(lang, FIELD_KEYS[f.field])}</td>
                  <td data-label={t(lang, 'before')}>
                    <FieldValue field={f.field} value={f.before} lang={lang} />
                  </td>
                  <td data-label={t(lang, 'after')}>
                    <FieldValue field={f.field} value={f.after} lang={lang} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2 id="scenarios">
        {t(lang, 'scenarioChanges', { n: diff.scenarioChanges.length, total: diff.scenarioCount })}
      </h2>
      <p class="muted">{t(lang, 'scenarioChangesIntro')}</p>
      <table class="stack">
        <thead>
          <tr>
            <th>{t(lang, 'scenarioName')}</th>
            <th>{t(lang, 'verdictUnder', { id: diff.from })}</th>
            <th>{t(lang, 'verdictUnder', { id: diff.to })}</th>
          </tr>
        </thead>
        <tbody>
          {diff.scenarioChanges.map((s) => (
            <tr>
              <td data-label={t(lang, 'scenarioName')}>
                <span lang="en">{s.name}</span>
                <div class="muted">
                  <code>{s.file}</code>
                  {s.r2Change !== undefined ? ` · ${t(lang, 'r2Change', { n: s.r2Change })}` : ''}
                </div>
              </td>
              <td data-label={t(lang, 'verdictUnder', { id: diff.from })}>
                <Verdict verdict={s.before} lang={lang} />
              </td>
              <td data-label={t(lang, 'verdictUnder', { id: diff.to })}>
                <Verdict verdict={s.after} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="actions">{t(lang, 'actionChanges', { n: diff.actionChanges.length })}</h2>
      <details>
        <summary>{t(lang, 'actionChangesShow')}</summary>
        <table class="stack">
          <thead>
            <tr>
              <th>{t(lang, 'scenarioName')}</th>
              <th>{diff.from}</th>
              <th>{diff.to}</th>
            </tr>
          </thead>
          <tbody>
            {diff.actionChanges.map((s) => (
              <tr>
                <td data-label={t(lang, 'scenarioName')}>
                  <span lang="en">{s.name}</span> <Verdict verdict={s.verdict} lang={lang} />
                  <div class="muted">
                    <code>{s.file}</code>
                    {s.r2Change !== undefined ? ` · ${t(lang, 'r2Change', { n: s.r2Change })}` : ''}
                  </div>
                </td>
                <td data-label={diff.from}>
                  <ActionsAndAlternatives value={s.before} lang={lang} />
                </td>
                <td data-label={diff.to}>
                  <ActionsAndAlternatives value={s.after} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Layout>
  );
}

function ActionsAndAlternatives({
  value,
  lang,
}: {
  value: { requiredActions: readonly RequiredAction[]; alternativeReasons: readonly RefusalReason[] };
  lang: Lang;
}) {
  return (
    <>
      <span class="chips">
        {value.requiredActions.map((a) => (
          <span class="chip">{ACTIONS[a][lang]}</span>
        ))}
      </span>
      {value.alternativeReasons.length > 0 ? (
        <div class="muted">
          {t(lang, 'alternativeReasons')}:{' '}
          {value.alternativeReasons.map((r) => REASONS[r][lang]).join(lang === 'zh' ? '、' : ', ')}
        </div>
      ) : null}
    </>
  );
}

/** A 404 or 400 page. */
export function MessagePage({ lang, title, message }: { lang: Lang; title: string; message: string }) {
  return (
    <Layout lang={lang} title={title} path="/rules">
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={href('/rules', lang)}>← {t(lang, 'backToRulebook')}</a>
      </p>
    </Layout>
  );
}
