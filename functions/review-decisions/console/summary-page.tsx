import type { ReportSummary } from '#store/reports.js';
import { type Lang, t } from './i18n.js';
import { Layout } from './layout.js';
import { type PageBase, RuleLabel } from './pages.js';
import type { Period } from './summary.js';
import { FLAG_WORDS, VERDICT_WORDS, word } from './words.js';

const VERDICTS = ['ALLOW', 'BLOCK', 'REVIEW'] as const;

function pct(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—';
}

/** A mean time to resolve: hours below two days, days above. */
function duration(lang: Lang, hours: number | null): string {
  if (hours === null) return '—';
  if (hours < 48) return lang === 'zh' ? `${hours} 小时` : `${hours} h`;
  const days = Math.round((hours / 24) * 10) / 10;
  return lang === 'zh' ? `${days} 天` : `${days} d`;
}

/** A day as the page's language writes it, short: `11月3日` / `3 Nov`. */
export function shortDay(lang: Lang, day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/**
 * The trend over days as HTML columns (no script, no SVG text to shrink on a phone): one column per
 * day stacked by verdict, the day's flags beneath, a date label every few days.
 */
function Trend({ lang, byDay }: { lang: Lang; byDay: ReportSummary['byDay'] }) {
  const max = Math.max(1, ...byDay.map((d) => d.ALLOW + d.BLOCK + d.REVIEW));
  const maxFlags = Math.max(1, ...byDay.map((d) => d.flags));
  const every = Math.max(1, Math.ceil(byDay.length / 5));
  return (
    <figure class="trend" aria-label={t(lang, 'trend')}>
      <div class="legend">
        {VERDICTS.map((v) => (
          <span>
            <i class={`sw v-bg-${v}`} /> {word(VERDICT_WORDS, v, lang)}
          </span>
        ))}
        <span>
          <i class="sw flag-bg" /> {t(lang, 'flagsCol')}
        </span>
      </div>
      <div class="cols" role="img" aria-label={t(lang, 'trendHint')}>
        <span class="ymax" aria-hidden="true">
          {max}
        </span>
        {byDay.map((d) => {
          const total = d.ALLOW + d.BLOCK + d.REVIEW;
          return (
            <div
              class="col"
              title={`${d.date}: ${VERDICTS.map((v) => `${word(VERDICT_WORDS, v, lang)} ${d[v]}`).join(', ')}; ${t(lang, 'flagsCol')} ${d.flags}`}
              data-date={d.date}
              data-total={String(total)}
            >
              {VERDICTS.map((v) =>
                d[v] ? <div class={`seg v-bg-${v}`} style={`height:${(d[v] / max) * 100}%`} /> : null,
              )}
            </div>
          );
        })}
      </div>
      <div class="cols flags">
        {byDay.map((d) => (
          <div class="col">
            {d.flags ? <div class="seg flag-bg" style={`height:${(d.flags / maxFlags) * 100}%`} /> : null}
          </div>
        ))}
      </div>
      <div class="cols labels">
        {byDay.map((d, i) => (
          <div class="col">{i % every === 0 ? <span>{shortDay(lang, d.date)}</span> : null}</div>
        ))}
      </div>
      <figcaption class="muted small">{t(lang, 'trendHint')}</figcaption>
    </figure>
  );
}

export function SummaryPage(props: PageBase & { period: Period; shopId?: string | undefined; report: ReportSummary }) {
  const { lang, period, report } = props;
  const params = new URLSearchParams({
    from: period.from,
    to: period.to,
    ...(props.shopId ? { shopId: props.shopId } : {}),
  });
  const csvHref = `/console/summary.csv?${params.toString()}`;
  const flagTotal = Object.values(report.flags).reduce((a, b) => a + b, 0);
  const hasData = report.checks.total > 0 || flagTotal > 0;
  return (
    <Layout lang={lang} title={t(lang, 'summaryTitle')} here={props.here} staff={props.staff}>
      <h1>
        {t(lang, 'summaryTitle')}: {shortDay(lang, period.from)} — {shortDay(lang, period.to)}
        {props.shopId ? ` · ${props.shopId}` : ''}
      </h1>
      <form class="filters" method="get" action="/console/summary">
        <label>
          {t(lang, 'from')}
          <input type="date" name="from" value={period.from} required />
        </label>
        <label>
          {t(lang, 'to')}
          <input type="date" name="to" value={period.to} required />
        </label>
        <label>
          {t(lang, 'shop')}
          <input
            type="text"
            name="shopId"
            value={props.shopId ?? ''}
            placeholder={t(lang, 'allShops')}
            maxlength={128}
          />
        </label>
        <div class="buttons">
          <button type="submit" class="primary">
            {t(lang, 'show')}
          </button>
          <a href={csvHref} download class="button-link">
            {t(lang, 'downloadCsv')}
          </a>
        </div>
      </form>
      <p class="muted small">{t(lang, 'summaryNote')}</p>
      <div class="tiles" id="totals">
        <div class="tile">
          <b>{report.checks.total}</b>
          {t(lang, 'total')}
        </div>
        {VERDICTS.map((v) => (
          <div class="tile" data-verdict={v}>
            <b class={`v-${v}`}>{report.checks[v]}</b>
            {word(VERDICT_WORDS, v, lang)}
          </div>
        ))}
        <div class="tile" data-figure="overridden">
          <b>{report.overridden}</b>
          {t(lang, 'overriddenCount')}
        </div>
        <div class="tile" data-figure="flags">
          <b class="flagkind">{flagTotal}</b>
          {t(lang, 'flagsCol')}
        </div>
        <div class="tile" data-figure="resolve">
          <b>{duration(lang, report.resolution.averageHours)}</b>
          {t(lang, 'timeToResolve')}
        </div>
      </div>
      {!hasData ? (
        <p class="muted">{t(lang, 'noData')}</p>
      ) : (
        <>
          <h2>{t(lang, 'trend')}</h2>
          <Trend lang={lang} byDay={report.byDay} />
          <div class="grid2">
            <section>
              <h2>{t(lang, 'blocksByRule')}</h2>
              {report.blocksByRule.length === 0 ? (
                <p class="muted">{t(lang, 'noBlocks')}</p>
              ) : (
                <table id="by-rule" class="stack">
                  <thead>
                    <tr>
                      <th>{t(lang, 'rule')}</th>
                      <th>{t(lang, 'count')}</th>
                      <th>{t(lang, 'share')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.blocksByRule.map((row) => (
                      <tr>
                        <td data-label={t(lang, 'rule')}>
                          <RuleLabel lang={lang} ruleId={row.ruleId} />
                        </td>
                        <td data-label={t(lang, 'count')}>{row.count}</td>
                        <td data-label={t(lang, 'share')}>{pct(row.count, report.checks.BLOCK)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section>
              <h2>{t(lang, 'flagsByKind')}</h2>
              {flagTotal === 0 ? (
                <p class="muted">{t(lang, 'none')}</p>
              ) : (
                <table id="by-flag" class="stack">
                  <thead>
                    <tr>
                      <th>{t(lang, 'flag')}</th>
                      <th>{t(lang, 'count')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(report.flags).map(([kind, count]) => (
                      <tr>
                        <td data-label={t(lang, 'flag')}>{word(FLAG_WORDS, kind, lang)}</td>
                        <td data-label={t(lang, 'count')}>{count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </div>
          <h2>{t(lang, 'byShop')}</h2>
          <table id="by-shop" class="stack">
            <thead>
              <tr>
                <th>{t(lang, 'shop')}</th>
                {VERDICTS.map((v) => (
                  <th>{word(VERDICT_WORDS, v, lang)}</th>
                ))}
                <th>{t(lang, 'overriddenShort')}</th>
                <th>{t(lang, 'flagsCol')}</th>
              </tr>
            </thead>
            <tbody>
              {report.byShop.map((row) => (
                <tr>
                  <td data-label={t(lang, 'shop')}>{row.shopId}</td>
                  {VERDICTS.map((v) => (
                    <td data-label={word(VERDICT_WORDS, v, lang)}>{row[v]}</td>
                  ))}
                  <td data-label={t(lang, 'overriddenShort')}>{row.overridden}</td>
                  <td data-label={t(lang, 'flagsCol')}>{row.flags}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t(lang, 'byReviewer')}</h2>
          {report.byReviewer.length === 0 ? (
            <p class="muted">{t(lang, 'noneResolved')}</p>
          ) : (
            <table id="by-reviewer" class="stack">
              <thead>
                <tr>
                  <th>{t(lang, 'reviewer')}</th>
                  <th>{t(lang, 'resolvedCount')}</th>
                  <th>{t(lang, 'overriddenShort')}</th>
                  <th>{t(lang, 'overrideRate')}</th>
                </tr>
              </thead>
              <tbody>
                {report.byReviewer.map((row) => (
                  <tr>
                    <td data-label={t(lang, 'reviewer')}>{row.reviewer}</td>
                    <td data-label={t(lang, 'resolvedCount')}>{row.resolved}</td>
                    <td data-label={t(lang, 'overriddenShort')}>{row.overridden}</td>
                    <td data-label={t(lang, 'overrideRate')}>{pct(row.overridden, row.resolved)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="muted" id="resolution">
            {t(lang, 'timeToResolve')}:{' '}
            {report.resolution.averageHours === null
              ? t(lang, 'noneResolved')
              : t(lang, 'avgHours', { n: report.resolution.averageHours, count: report.resolution.resolved })}
          </p>
        </>
      )}
    </Layout>
  );
}
