import { t } from './i18n.js';
import { Layout } from './layout.js';
import type { PageBase } from './pages.js';
import type { Period, Summary } from './summary.js';

const COLORS: Record<string, string> = { ALLOW: '#1a7f37', BLOCK: '#b42318', REVIEW: '#9a6700' };

/** A horizontal bar chart as inline SVG: one labelled bar per row, scaled to the largest value. */
export function BarChart(props: { label: string; rows: { name: string; value: number; color?: string }[] }) {
  const rowHeight = 30;
  const width = 560;
  const longest = Math.max(4, ...props.rows.map((row) => Math.min(row.name.length, 40)));
  const labelWidth = Math.min(320, longest * 8.5 + 14);
  const barSpace = width - labelWidth - 50;
  const max = Math.max(1, ...props.rows.map((row) => row.value));
  const height = props.rows.length * rowHeight + 10;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={props.label}
      xmlns="http://www.w3.org/2000/svg"
    >
      <title>{props.label}</title>
      {props.rows.map((row, i) => {
        const y = 5 + i * rowHeight;
        const w = Math.round((row.value / max) * barSpace);
        return (
          <g>
            <text
              x={labelWidth - 8}
              y={y + 19}
              text-anchor="end"
              font-size="14"
              font-family="ui-monospace,monospace"
              fill="#1b1f24"
            >
              {row.name.length > 40 ? `…${row.name.slice(-39)}` : row.name}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(w, row.value > 0 ? 2 : 0)}
              height={rowHeight - 10}
              rx="3"
              fill={row.color ?? '#0b5cad'}
            />
            <text x={labelWidth + w + 6} y={y + 19} font-size="14" font-weight="600" fill="#1b1f24">
              {String(row.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function SummaryPage(props: PageBase & { period: Period; summary: Summary }) {
  const { lang, period, summary } = props;
  const csvHref = `/console/summary.csv?from=${period.from}&to=${period.to}`;
  const verdicts = (['ALLOW', 'BLOCK', 'REVIEW'] as const).map((v) => ({
    name: v,
    value: summary.byVerdict[v],
    color: COLORS[v] as string,
  }));
  return (
    <Layout lang={lang} title={t(lang, 'summaryTitle')} here={props.here} staff={props.staff}>
      <h1>
        {t(lang, 'summaryTitle')}: {period.from} — {period.to}
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
        <button type="submit">{t(lang, 'show')}</button>
        <a href={csvHref} download>
          {t(lang, 'downloadCsv')}
        </a>
      </form>
      <div class="grid2">
        <section>
          <h2>{t(lang, 'checksByVerdict')}</h2>
          <table id="by-verdict">
            <thead>
              <tr>
                <th>{t(lang, 'verdict')}</th>
                <th>{t(lang, 'count')}</th>
              </tr>
            </thead>
            <tbody>
              {verdicts.map((row) => (
                <tr>
                  <td>
                    <span class={`badge v-${row.name}`}>{row.name}</span>
                  </td>
                  <td>{row.value}</td>
                </tr>
              ))}
              <tr>
                <th>{t(lang, 'total')}</th>
                <th>{summary.total}</th>
              </tr>
              <tr>
                <td class="muted">{t(lang, 'overriddenCount')}</td>
                <td>{summary.overridden}</td>
              </tr>
            </tbody>
          </table>
          <BarChart label={t(lang, 'chartLabel')} rows={verdicts} />
        </section>
        <section>
          <h2>{t(lang, 'blocksByRule')}</h2>
          {summary.blocksByRule.length === 0 ? (
            <p class="muted">{t(lang, 'noBlocks')}</p>
          ) : (
            <>
              <table id="by-rule">
                <thead>
                  <tr>
                    <th>{t(lang, 'rule')}</th>
                    <th>{t(lang, 'count')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.blocksByRule.map((row) => (
                    <tr>
                      <td>
                        <code>{row.ruleId}</code>
                      </td>
                      <td>{row.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <BarChart
                label={t(lang, 'chartRuleLabel')}
                rows={summary.blocksByRule
                  .slice(0, 15)
                  .map((row) => ({ name: row.ruleId, value: row.count, color: COLORS.BLOCK as string }))}
              />
            </>
          )}
        </section>
      </div>
    </Layout>
  );
}
