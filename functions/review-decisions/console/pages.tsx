import type { StoredCheck } from '#schemas/check.js';
import type { Claim, FlagRecord } from '#store/reviews.js';
import { type Lang, OUTCOME_LABELS, t } from './i18n.js';
import { Layout } from './layout.js';
import { type Deadline, QUEUE_SCAN_LIMIT, type QueueQuery, type QueueView, queueHref } from './queue.js';
import {
  ACTION_WORDS,
  BASIS_WORDS,
  BUYER_WORDS,
  CATEGORY_WORDS,
  CHANNEL_WORDS,
  CLOCK_LAW_WORDS,
  CONDITION_WORDS,
  CONFIRMATION_WORDS,
  DETAIL_WORDS,
  EVENT_WORDS,
  EVIDENCE_WORDS,
  FLAG_WORDS,
  HISTORY_ACTION_WORDS,
  REASON_WORDS,
  RETURN_KIND_WORDS,
  REVIEW_STATUS_WORDS,
  ruleName,
  VERDICT_WORDS,
  word,
} from './words.js';

export interface PageBase {
  lang: Lang;
  here: string;
  staff?: { identity: string; csrf: string } | undefined;
}

const FORMATS = {
  zh: new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
} as const;

/**
 * An instant in China Standard Time, minutes precision, written as the page's language writes dates:
 * `2026年3月9日 20:00` / `9 Mar 2026, 20:00`.
 */
export function cst(iso: string | undefined, lang: Lang = 'en'): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? FORMATS[lang].format(new Date(ms)) : iso;
}

/** How long an item has waited, in days and hours (or hours, or minutes). */
export function age(lang: Lang, createdAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 60_000));
  if (minutes < 60) return t(lang, 'ageMinutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t(lang, 'ageHours', { h: hours });
  return t(lang, 'ageDays', { d: Math.floor(hours / 24), h: hours % 24 });
}

export function Verdict({ lang, verdict }: { lang: Lang; verdict: string | undefined }) {
  return verdict ? (
    <span class={`badge v-${verdict}`} data-verdict={verdict}>
      {word(VERDICT_WORDS, verdict, lang)}
    </span>
  ) : (
    <span class="muted">—</span>
  );
}

export function Notice({ tone, children }: { tone: 'ok' | 'err' | 'warn'; children?: unknown }) {
  return (
    <div class={`notice ${tone}`} role={tone === 'ok' ? 'status' : 'alert'}>
      {children as never}
    </div>
  );
}

// ——— sign-in ———

export function SignInPage(props: PageBase & { csrf: string; error?: string | undefined }) {
  const { lang } = props;
  return (
    <Layout lang={lang} title={t(lang, 'signIn')} here={props.here}>
      <div class="card" style="max-width:30rem;margin:2rem auto">
        <h1>{t(lang, 'signIn')}</h1>
        <p class="muted">{t(lang, 'signInIntro')}</p>
        {props.error ? <Notice tone="err">{props.error}</Notice> : null}
        <form method="post" action="/console/sign-in">
          <input type="hidden" name="csrf" value={props.csrf} />
          <label>
            {t(lang, 'staffKey')}
            <input type="password" name="key" required autocomplete="current-password" minlength={8} maxlength={512} />
          </label>
          <div class="buttons">
            <button class="primary" type="submit">
              {t(lang, 'signIn')}
            </button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

// ——— generic message (403, 404, 400, 503) ———

export function MessagePage(props: PageBase & { title: string; message: string; signInLink?: boolean }) {
  return (
    <Layout lang={props.lang} title={props.title} here={props.here} staff={props.staff}>
      <h1>{props.title}</h1>
      <Notice tone="err">{props.message}</Notice>
      <p>
        {props.signInLink ? (
          <a href="/console/sign-in">{t(props.lang, 'signIn')}</a>
        ) : (
          <a href="/console">{t(props.lang, 'back')}</a>
        )}
      </p>
    </Layout>
  );
}

// ——— queue ———

export interface QueuePageProps extends PageBase {
  view: QueueView;
  query: QueueQuery;
  period: { from: string; to: string };
  truncated: boolean;
  now: Date;
  notice?: { tone: 'ok' | 'err'; text: string; id?: string | undefined } | undefined;
  csrf: string;
}

/** A rule by its readable name, with its id in small type. */
export function RuleLabel({ lang, ruleId }: { lang: Lang; ruleId: string | undefined }) {
  if (!ruleId) return <span class="muted">—</span>;
  const name = ruleName(ruleId, lang);
  return (
    <span class="rule">
      {name ?? t(lang, 'ruleNameUnknown')} <small class="rid">{ruleId}</small>
    </span>
  );
}

/** A deadline as a short, coloured phrase: "refund: 3 days overdue". */
export function DeadlineText({ lang, deadline }: { lang: Lang; deadline: Deadline | undefined }) {
  if (!deadline) return <span class="muted">—</span>;
  const what = t(
    lang,
    deadline.kind === 'refund' ? 'dlRefund' : deadline.kind === 'handling' ? 'dlHandling' : 'dlWindow',
  );
  const text = deadline.overdue
    ? t(lang, 'dlOverdue', { what, n: Math.max(1, -deadline.days) })
    : deadline.days === 0
      ? t(lang, 'dlToday', { what })
      : t(lang, 'dlLeft', { what, n: deadline.days });
  const tone = deadline.overdue ? 'late' : deadline.days <= 2 ? 'soon' : 'ok';
  return (
    <span class={`clock-${tone}`} title={cst(deadline.at, lang)}>
      {text}
    </span>
  );
}

function yuan(fen: number | undefined, quantity?: number): string {
  if (fen === undefined) return '—';
  return `¥${(fen / 100).toFixed(2)}${quantity && quantity > 1 ? ` × ${quantity}` : ''}`;
}

function kindLabel(lang: Lang, kind: string): string {
  if (kind.startsWith('flag:')) return `${t(lang, 'flag')}: ${word(FLAG_WORDS, kind.slice(5), lang)}`;
  return word(VERDICT_WORDS, kind, lang);
}

export function QueuePage(props: QueuePageProps) {
  const { lang, now, view, query } = props;
  const statusKey =
    query.status === 'open' ? 'statusOpen' : query.status === 'awaiting' ? 'statusAwaiting' : 'statusResolved';
  const kinds = [
    ...new Set(['BLOCK', 'REVIEW', ...Object.keys(view.counts.kind), ...(query.kind ? [query.kind] : [])]),
  ];
  const rules = [...new Set([...Object.keys(view.counts.rule), ...(query.rule ? [query.rule] : [])])].sort();
  const selectable = query.status !== 'resolved';
  return (
    <Layout lang={lang} title={t(lang, 'queue')} here={props.here} staff={props.staff}>
      <h1>
        {t(lang, 'queue')} — {t(lang, statusKey)}
      </h1>
      {props.notice ? (
        <Notice tone={props.notice.tone}>
          {props.notice.text}{' '}
          {props.notice.id ? (
            <a href={`/console/items/${encodeURIComponent(props.notice.id)}`}>{props.notice.id}</a>
          ) : null}
        </Notice>
      ) : null}
      <form class="filters" method="get" action="/console" aria-label={t(lang, 'search')}>
        <label class="wide">
          {t(lang, 'search')}
          <input
            type="search"
            name="q"
            value={query.q ?? ''}
            placeholder={t(lang, 'searchPlaceholder')}
            maxlength={128}
          />
        </label>
        <label>
          {t(lang, 'status')}
          <select name="status">
            {(['open', 'awaiting', 'resolved'] as const).map((value) => (
              <option value={value} selected={query.status === value}>
                {t(lang, value === 'open' ? 'statusOpen' : value === 'awaiting' ? 'statusAwaiting' : 'statusResolved')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'verdictOrFlag')}
          <select name="kind">
            <option value="">{t(lang, 'allKinds')}</option>
            {kinds.map((kind) => (
              <option value={kind} selected={query.kind === kind}>
                {kindLabel(lang, kind)} ({view.counts.kind[kind] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'decidingRule')}
          <select name="rule">
            <option value="">{t(lang, 'allRules')}</option>
            {rules.map((rule) => (
              <option value={rule} selected={query.rule === rule}>
                {ruleName(rule, lang) ?? rule} ({view.counts.rule[rule] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'shop')}
          <input
            type="text"
            name="shopId"
            value={query.shopId ?? ''}
            placeholder={t(lang, 'allShops')}
            maxlength={128}
          />
        </label>
        <label>
          {t(lang, 'from')}
          <input type="date" name="from" value={query.from ?? ''} />
        </label>
        <label>
          {t(lang, 'to')}
          <input type="date" name="to" value={query.to ?? ''} />
        </label>
        <label>
          {t(lang, 'urgency')}
          <select name="urgency">
            <option value="any">{t(lang, 'urgencyAny')}</option>
            <option value="overdue" selected={query.urgency === 'overdue'}>
              {t(lang, 'urgencyOverdue')} ({view.counts.urgency.overdue ?? 0})
            </option>
            <option value="soon" selected={query.urgency === 'soon'}>
              {t(lang, 'urgencySoon')} ({view.counts.urgency.soon ?? 0})
            </option>
          </select>
        </label>
        <label>
          {t(lang, 'sort')}
          <select name="sort">
            <option value="age">{t(lang, 'sortAge')}</option>
            <option value="deadline" selected={query.sort === 'deadline'}>
              {t(lang, 'sortDeadline')}
            </option>
          </select>
        </label>
        <div class="buttons">
          <button type="submit" class="primary">
            {t(lang, 'filter')}
          </button>
          <a href="/console" class="button-link">
            {t(lang, 'clearFilters')}
          </a>
        </div>
      </form>
      <p class="muted" id="showing">
        {t(lang, 'showing', { total: view.total, page: view.page, pages: view.pages })}
      </p>
      {props.truncated ? <Notice tone="warn">{t(lang, 'truncated', { n: QUEUE_SCAN_LIMIT })}</Notice> : null}
      {view.rows.length === 0 ? (
        <p class="muted">{t(lang, 'emptyQueue')}</p>
      ) : (
        <table class="stack" id="queue">
          <thead>
            <tr>
              {selectable ? <th class="sel">{t(lang, 'select')}</th> : null}
              <th>{t(lang, 'verdictOrFlag')}</th>
              <th>{t(lang, 'order')}</th>
              <th>{t(lang, 'item')}</th>
              <th>{t(lang, 'reason')}</th>
              <th>{t(lang, 'decidingRule')}</th>
              <th>{t(lang, 'age')}</th>
              <th>{t(lang, 'legalClock')}</th>
              {query.status === 'resolved' ? <th>{t(lang, 'finalVerdict')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {view.rows.map(({ item, deadline }) => {
              const href = `/console/items/${encodeURIComponent(item.id)}`;
              const canBulk = selectable && item.reviewStatus !== 'awaiting_second_approval';
              return (
                <tr data-id={item.id}>
                  {selectable ? (
                    <td data-label={t(lang, 'select')} class="sel">
                      {canBulk ? (
                        <input
                          type="checkbox"
                          name="items"
                          value={`${item.id}:${item.version}`}
                          form="bulk"
                          aria-label={t(lang, 'selectItem', { id: item.id })}
                        />
                      ) : null}
                    </td>
                  ) : null}
                  <td data-label={t(lang, 'verdictOrFlag')}>
                    <a href={href}>
                      {item.type === 'check' ? (
                        <Verdict lang={lang} verdict={item.verdict} />
                      ) : (
                        <span class="flagkind">{word(FLAG_WORDS, item.flag, lang)}</span>
                      )}
                    </a>
                    {item.reviewStatus === 'awaiting_second_approval' ? (
                      <div class="pill">{t(lang, 'statusAwaiting')}</div>
                    ) : null}
                    {item.claimedBy ? (
                      <div class="muted small">{t(lang, 'claimedByShort', { who: item.claimedBy })}</div>
                    ) : null}
                  </td>
                  <td data-label={t(lang, 'order')}>
                    <a href={href}>
                      <code>{item.orderId}</code>
                    </a>
                    <div class="muted small">
                      {item.shopId}
                      {item.sku ? ` · ${item.sku}` : ''}
                    </div>
                  </td>
                  <td data-label={t(lang, 'item')}>
                    {item.itemName ?? <span class="muted">—</span>}
                    {item.priceFen !== undefined ? (
                      <div class="muted small">{yuan(item.priceFen, item.quantity)}</div>
                    ) : null}
                  </td>
                  <td data-label={t(lang, 'reason')}>
                    {item.reason ? word(REASON_WORDS, item.reason, lang) : <span class="muted">—</span>}
                  </td>
                  <td data-label={t(lang, 'decidingRule')}>
                    <RuleLabel lang={lang} ruleId={item.ruleId} />
                  </td>
                  <td data-label={t(lang, 'age')}>{age(lang, item.createdAt, now)}</td>
                  <td data-label={t(lang, 'legalClock')}>
                    <DeadlineText lang={lang} deadline={deadline} />
                  </td>
                  {query.status === 'resolved' ? (
                    <td data-label={t(lang, 'finalVerdict')}>
                      <Verdict lang={lang} verdict={item.finalVerdict} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label={t(lang, 'showing', { total: view.total, page: view.page, pages: view.pages })}>
        {view.page > 1 ? <a href={queueHref(query, { page: view.page - 1 })}>← {t(lang, 'prevPage')}</a> : null}
        {view.page < view.pages ? (
          <a href={queueHref(query, { page: view.page + 1 })} rel="next">
            {t(lang, 'nextPage')} →
          </a>
        ) : null}
      </nav>
      {selectable && view.rows.length > 0 ? (
        <form class="card" id="bulk" method="post" action="/console/bulk-uphold">
          <h2 style="margin-top:0">{t(lang, 'bulkTitle')}</h2>
          <p class="muted">{t(lang, 'bulkHint')}</p>
          <input type="hidden" name="csrf" value={props.csrf} />
          <input type="hidden" name="back" value={props.here} />
          <label>
            {t(lang, 'justification')}
            <textarea name="justification" required minlength={10} maxlength={4000} />
          </label>
          <div class="buttons">
            <button type="submit" class="primary">
              {t(lang, 'bulkButton')}
            </button>
          </div>
        </form>
      ) : null}
    </Layout>
  );
}

// ——— item ———

export interface ResolutionFormState {
  justification?: string;
  error?: 'short' | 'conflict' | 'not_reviewable' | 'awaiting' | 'same_approver' | 'no_pending' | 'claimed';
  conflict?: { who: string; at: string; version: number };
  claimedBy?: string;
  notice?: 'proposed' | 'approved';
}

/** One line of an order's timeline. */
export interface TimelineEntry {
  at: string;
  kind: 'check' | 'event' | 'flag';
  id?: string;
  /** The code shown as words: a verdict, an event type or a flag kind. */
  code: string;
  sku?: string;
  /** A check's stated refusal reason. */
  reason?: string;
  current: boolean;
}

/** One legal clock on the item page. */
export interface ClockRow {
  name: 'clockWindow' | 'clockHandling' | 'clockRefund';
  law: string;
  state: 'met' | 'overdue' | 'running' | 'today' | 'not_started' | 'in_time' | 'late' | 'none';
  at?: string;
  days?: number;
}

export interface ItemPageProps extends PageBase {
  now: Date;
  check?: StoredCheck;
  flag?: FlagRecord;
  claim?: Claim | undefined;
  me: { keyId: string; name: string };
  timeline: TimelineEntry[];
  clocks: ClockRow[];
  form: ResolutionFormState;
}

function History({ lang, history }: { lang: Lang; history: StoredCheck['review']['history'] }) {
  if (!history?.length) return <p class="muted">{t(lang, 'noHistory')}</p>;
  return (
    <table class="stack" id="history">
      <thead>
        <tr>
          <th>{t(lang, 'resolvedAt')}</th>
          <th>{t(lang, 'resolvedBy')}</th>
          <th>{t(lang, 'action')}</th>
          <th>{t(lang, 'finalVerdict')}</th>
          <th>{t(lang, 'status')}</th>
          <th>{t(lang, 'justification')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry) => (
          <tr data-action={entry.action}>
            <td data-label={t(lang, 'resolvedAt')}>{cst(entry.resolvedAt, lang)}</td>
            <td data-label={t(lang, 'resolvedBy')}>{entry.resolvedBy}</td>
            <td data-label={t(lang, 'action')}>
              {entry.action === 'override' && entry.status === 'awaiting_second_approval'
                ? word(HISTORY_ACTION_WORDS, 'propose', lang)
                : word(HISTORY_ACTION_WORDS, entry.action, lang)}
              {entry.proposedBy ? <div class="muted small">← {entry.proposedBy}</div> : null}
            </td>
            <td data-label={t(lang, 'finalVerdict')}>
              <Verdict lang={lang} verdict={entry.verdict} />
            </td>
            <td data-label={t(lang, 'status')}>
              {entry.status ? word(REVIEW_STATUS_WORDS, entry.status, lang) : '—'}{' '}
              <span class="muted small">v{entry.version}</span>
            </td>
            <td data-label={t(lang, 'justification')} class="just">
              {entry.justification}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Justification({ lang, value }: { lang: Lang; value: string | undefined }) {
  return (
    <>
      <label>
        {t(lang, 'justification')}
        <textarea name="justification" required minlength={10} maxlength={4000} aria-describedby="just-hint">
          {value ?? ''}
        </textarea>
      </label>
      <small id="just-hint" class="muted">
        {t(lang, 'justificationHint')}
      </small>
    </>
  );
}

function ClaimBar(props: { lang: Lang; id: string; csrf: string; claim: Claim | undefined; me: { keyId: string } }) {
  const { lang, claim } = props;
  const mine = claim?.keyId === props.me.keyId;
  const action = `/console/items/${encodeURIComponent(props.id)}/claim`;
  return (
    <form class="claim" method="post" action={action} id="claim">
      <input type="hidden" name="csrf" value={props.csrf} />
      <span>
        {!claim
          ? t(lang, 'notClaimed')
          : mine
            ? t(lang, 'claimedByYou')
            : t(lang, 'claimedByOther', { who: claim.by, at: cst(claim.at, lang) })}
      </span>
      {!claim ? (
        <button type="submit" name="do" value="claim">
          {t(lang, 'claim')}
        </button>
      ) : mine ? (
        <button type="submit" name="do" value="release">
          {t(lang, 'release')}
        </button>
      ) : (
        <button type="submit" name="do" value="takeover">
          {t(lang, 'takeOver')}
        </button>
      )}
    </form>
  );
}

function DecisionCard(props: {
  lang: Lang;
  id: string;
  kind: 'check' | 'flag';
  verdict?: string | undefined;
  review: {
    status: string;
    version: number;
    pendingOverride?: { proposedBy: string; proposedAt: string; justification: string } | undefined;
  };
  csrf: string;
  claim: Claim | undefined;
  me: { keyId: string; name: string };
  form: ResolutionFormState;
}) {
  const { lang, form, review } = props;
  if (review.status === 'none') return <Notice tone="warn">{t(lang, 'notReviewable')}</Notice>;
  const base = `/console/items/${encodeURIComponent(props.id)}`;
  const pending = review.pendingOverride;
  return (
    <section class="card decide" id="decide">
      <ClaimBar lang={lang} id={props.id} csrf={props.csrf} claim={props.claim} me={props.me} />
      {form.error === 'short' ? <Notice tone="err">{t(lang, 'justificationTooShort')}</Notice> : null}
      {review.status === 'awaiting_second_approval' && pending ? (
        <>
          <h2 style="margin-top:.5rem">{t(lang, 'awaitingTitle')}</h2>
          <p>{t(lang, 'awaitingBody', { who: pending.proposedBy, at: cst(pending.proposedAt, lang) })}</p>
          <blockquote class="just">{pending.justification}</blockquote>
          {pending.proposedBy.endsWith(`(${props.me.keyId})`) || pending.proposedBy.startsWith(`${props.me.name} (`) ? (
            <Notice tone="warn">{t(lang, 'ownProposal')}</Notice>
          ) : (
            <form method="post" action={`${base}/approval`} id="approval">
              <p class="muted">{t(lang, 'approveIntro')}</p>
              <input type="hidden" name="csrf" value={props.csrf} />
              <input type="hidden" name="expectedVersion" value={String(review.version)} />
              <Justification lang={lang} value={form.justification} />
              <div class="buttons">
                <button type="submit" name="approve" value="true" class="danger">
                  {t(lang, 'approveButton')}
                </button>
                <button type="submit" name="approve" value="false" class="primary">
                  {t(lang, 'rejectButton')}
                </button>
              </div>
            </form>
          )}
        </>
      ) : (
        <>
          <h2 style="margin-top:.5rem">{t(lang, review.status === 'resolved' ? 'reDecide' : 'decide')}</h2>
          <p class="muted">
            {t(lang, props.kind === 'check' ? 'actionMeaningCheck' : 'actionMeaningFlag')}
            {props.kind === 'check' && props.verdict === 'BLOCK' ? ` ${t(lang, 'overrideNeedsTwo')}` : ''}
          </p>
          <form method="post" action={`${base}/resolution`} id="resolution">
            <input type="hidden" name="csrf" value={props.csrf} />
            <input type="hidden" name="expectedVersion" value={String(review.version)} />
            <Justification lang={lang} value={form.justification} />
            <div class="buttons">
              <button type="submit" name="action" value="uphold" class="primary">
                {t(lang, props.kind === 'check' ? 'upholdCheck' : 'upholdFlag')}
              </button>
              <button type="submit" name="action" value="override" class="danger">
                {t(lang, props.kind === 'check' ? 'overrideCheck' : 'overrideFlag')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function FormNotices({ lang, form, id }: { lang: Lang; form: ResolutionFormState; id: string }) {
  return (
    <>
      {form.error === 'conflict' && form.conflict ? (
        <Notice tone="err">
          <strong>{t(lang, 'conflictTitle')}</strong>
          <br />
          {t(lang, 'conflictBody', {
            who: form.conflict.who,
            at: cst(form.conflict.at, lang),
            v: form.conflict.version,
          })}
        </Notice>
      ) : null}
      {form.error === 'not_reviewable' ? <Notice tone="err">{t(lang, 'notReviewable')}</Notice> : null}
      {form.error === 'awaiting' ? <Notice tone="err">{t(lang, 'awaitingBlocksResolution')}</Notice> : null}
      {form.error === 'same_approver' ? <Notice tone="err">{t(lang, 'sameApprover')}</Notice> : null}
      {form.error === 'no_pending' ? <Notice tone="err">{t(lang, 'noPendingOverride')}</Notice> : null}
      {form.error === 'claimed' ? (
        <Notice tone="err">{t(lang, 'claimConflict', { who: form.claimedBy ?? '?' })}</Notice>
      ) : null}
      {form.notice === 'proposed' ? (
        <Notice tone="ok">
          {t(lang, 'proposedNotice')} <code>{id}</code>
        </Notice>
      ) : null}
    </>
  );
}

function Clocks({ lang, clocks }: { lang: Lang; clocks: ClockRow[] }) {
  return (
    <table class="stack" id="clocks">
      <thead>
        <tr>
          <th>{t(lang, 'legalClock')}</th>
          <th>{t(lang, 'status')}</th>
          <th>{t(lang, 'clockLaw')}</th>
        </tr>
      </thead>
      <tbody>
        {clocks.map((clock) => {
          const at = cst(clock.at, lang);
          const n = Math.abs(clock.days ?? 0);
          const [text, tone] =
            clock.state === 'met'
              ? [t(lang, 'clockMet', { at }), 'ok']
              : clock.state === 'overdue'
                ? [t(lang, 'clockOverdue', { n: Math.max(1, n), at }), 'late']
                : clock.state === 'today'
                  ? [t(lang, 'clockDueToday', { at }), 'soon']
                  : clock.state === 'running'
                    ? [t(lang, 'clockRunning', { at, n }), n <= 2 ? 'soon' : 'ok']
                    : clock.state === 'not_started'
                      ? [t(lang, 'clockNotStarted'), 'muted']
                      : clock.state === 'in_time'
                        ? [t(lang, 'clockInTime', { at }), 'ok']
                        : clock.state === 'late'
                          ? [t(lang, 'clockLate', { at }), 'late']
                          : [t(lang, 'clockNone'), 'muted'];
          return (
            <tr data-clock={clock.name} data-state={clock.state}>
              <td data-label={t(lang, 'legalClock')}>{t(lang, clock.name)}</td>
              <td data-label={t(lang, 'status')}>
                <span class={tone === 'muted' ? 'muted' : `clock-${tone}`}>{text}</span>
              </td>
              <td data-label={t(lang, 'clockLaw')} class="muted small">
                {word(CLOCK_LAW_WORDS, clock.law, lang)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Timeline({ lang, entries }: { lang: Lang; entries: TimelineEntry[] }) {
  if (entries.length <= 1) return <p class="muted">{t(lang, 'noTimeline')}</p>;
  return (
    <ol class="timeline" id="timeline">
      {entries.map((entry) => {
        const label =
          entry.kind === 'check'
            ? `${t(lang, 'check')}: ${word(VERDICT_WORDS, entry.code, lang)}`
            : entry.kind === 'flag'
              ? `${t(lang, 'flag')}: ${word(FLAG_WORDS, entry.code, lang)}`
              : word(EVENT_WORDS, entry.code, lang);
        return (
          <li class={`tl-${entry.kind}${entry.current ? ' current' : ''}`}>
            <time>{cst(entry.at, lang)}</time>{' '}
            {entry.id && !entry.current ? (
              <a href={`/console/items/${encodeURIComponent(entry.id)}`}>{label}</a>
            ) : (
              <strong>{label}</strong>
            )}
            {entry.current ? <span class="muted"> {t(lang, 'thisItem')}</span> : null}
            {entry.sku ? <span class="muted small"> · {entry.sku}</span> : null}
            {entry.reason ? <span class="muted small"> · {word(REASON_WORDS, entry.reason, lang)}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

const HTTPS = /^https:\/\/[^\s"'<>]+$/i;
const IMAGE = /\.(png|jpe?g|gif|webp|avif)(\?[^\s]*)?$/i;

function Evidence({ lang, evidence }: { lang: Lang; evidence: StoredCheck['request']['refusal']['evidence'] }) {
  if (!evidence?.length) return <>{t(lang, 'noEvidence')}</>;
  return (
    <ul class="evidence" id="evidence">
      {evidence.map((e) => {
        const link = HTTPS.test(e.ref);
        return (
          <li>
            {word(EVIDENCE_WORDS, e.type, lang)}:{' '}
            {link ? (
              <a href={e.ref} rel="noopener noreferrer nofollow" target="_blank">
                {IMAGE.test(e.ref) ? (
                  <img src={e.ref} alt={word(EVIDENCE_WORDS, e.type, lang)} class="thumb" loading="lazy" />
                ) : null}
                <code>{e.ref}</code>
              </a>
            ) : (
              <code>{e.ref}</code>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function yesFlags(lang: Lang, record: Record<string, unknown> | undefined): string[] {
  return Object.entries(record ?? {})
    .filter(([, value]) => value === true || (Array.isArray(value) && value.length > 0))
    .map(([key, value]) =>
      Array.isArray(value)
        ? `${word(CONDITION_WORDS, key, lang)}: ${value.join(', ')}`
        : word(CONDITION_WORDS, key, lang),
    );
}

function Findings({ lang, check }: { lang: Lang; check: StoredCheck }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <>
      {check.findings.map((finding) => (
        <article class="finding" data-rule={finding.ruleId}>
          <div class="head">
            <span class={`badge o-${finding.outcome}`}>{OUTCOME_LABELS[finding.outcome][lang]}</span>
            <RuleLabel lang={lang} ruleId={finding.ruleId} />
          </div>
          <p lang={lang === 'zh' ? 'zh-CN' : 'en'} style="margin:.4rem 0 .2rem">
            {finding.message[lang]}
          </p>
          <details class="other-lang">
            <summary class="muted small">{t(lang, 'otherLanguage')}</summary>
            <p lang={other === 'zh' ? 'zh-CN' : 'en'} class="muted" style="margin:.2rem 0">
              {finding.message[other]}
            </p>
          </details>
          {finding.citations.map((citation) => (
            <details class="cite">
              <summary>
                {t(lang, 'statuteText')}: <span lang="zh-CN">{citation.title}</span>{' '}
                {t(lang, 'article', { n: citation.article })}
                {citation.paragraph ? ` ${t(lang, 'paragraph', { n: citation.paragraph })}` : ''}
                {citation.item ? ` ${t(lang, 'itemNo', { n: citation.item })}` : ''}{' '}
                <small class="rid">{citation.instrument}</small>
              </summary>
              <blockquote lang="zh-CN">{citation.text}</blockquote>
            </details>
          ))}
        </article>
      ))}
    </>
  );
}

function CheckFacts({ lang, check }: { lang: Lang; check: StoredCheck }) {
  const { order, item, returnRequest, refusal } = check.request;
  const condition = yesFlags(lang, returnRequest.condition as unknown as Record<string, unknown>);
  const attributes = [
    ...yesFlags(lang, {
      customMade: item.customMade,
      perishable: item.perishable,
      durable: item.durable,
      threeGuarantees: item.threeGuarantees,
    }),
    ...(item.digital
      ? [
          `${lang === 'zh' ? '数字商品' : 'digital'}: ${item.digital.delivery === 'download' ? (lang === 'zh' ? '在线下载' : 'download') : lang === 'zh' ? '实体介质' : 'physical media'}${item.digital.downloaded ? (lang === 'zh' ? '，已下载' : ', downloaded') : ''}${item.digital.unsealed ? (lang === 'zh' ? '，已拆封' : ', unsealed') : ''}`,
        ]
      : []),
    ...(item.nonReturnable
      ? [
          `${word(BASIS_WORDS, item.nonReturnable.basis, lang)} · ${word(CONFIRMATION_WORDS, item.nonReturnable.confirmation, lang)}`,
        ]
      : []),
    ...(item.gifts?.length
      ? [
          `${lang === 'zh' ? '赠品' : 'gifts'}: ${item.gifts.map((g) => `${g.name}${g.declaredPriceFen !== undefined ? ` (${yuan(g.declaredPriceFen)})` : ''}`).join(', ')}`,
        ]
      : []),
  ];
  return (
    <div class="grid2">
      <dl class="facts">
        <dt>{t(lang, 'shop')}</dt>
        <dd>{check.shopId}</dd>
        <dt>{t(lang, 'order')}</dt>
        <dd>
          <code>{order.orderId}</code>
        </dd>
        <dt>{t(lang, 'salesChannel')}</dt>
        <dd>
          {word(CHANNEL_WORDS, order.salesChannel, lang)} · {word(BUYER_WORDS, order.buyerType, lang)}
        </dd>
        <dt>{t(lang, 'placedAt')}</dt>
        <dd>{cst(order.placedAt, lang)}</dd>
        <dt>{t(lang, 'deliveredAt')}</dt>
        <dd>{order.deliveredAt ? cst(order.deliveredAt, lang) : t(lang, 'notDelivered')}</dd>
        {order.shopPolicy?.returnWindowDays !== undefined || order.shopPolicy?.coversExcludedGoods ? (
          <>
            <dt>{t(lang, 'shopPolicy')}</dt>
            <dd>
              {order.shopPolicy?.returnWindowDays !== undefined
                ? lang === 'zh'
                  ? `承诺 ${order.shopPolicy.returnWindowDays} 天退货`
                  : `${order.shopPolicy.returnWindowDays}-day return promise`
                : ''}
              {order.shopPolicy?.coversExcludedGoods
                ? lang === 'zh'
                  ? '；含法定除外商品'
                  : '; covers excluded goods'
                : ''}
            </dd>
          </>
        ) : null}
        <dt>{t(lang, 'item')}</dt>
        <dd>
          {item.name} <span class="muted">({item.sku})</span>
        </dd>
        <dt>{t(lang, 'category')}</dt>
        <dd>{word(CATEGORY_WORDS, item.category, lang)}</dd>
        <dt>{t(lang, 'price')}</dt>
        <dd>{yuan(item.priceFen, item.quantity)}</dd>
        <dt>{t(lang, 'attributes')}</dt>
        <dd>{attributes.length ? attributes.join(lang === 'zh' ? '；' : '; ') : t(lang, 'none')}</dd>
      </dl>
      <dl class="facts">
        <dt>{t(lang, 'requestedAt')}</dt>
        <dd>{cst(returnRequest.requestedAt, lang)}</dd>
        <dt>{t(lang, 'kind')}</dt>
        <dd>{word(RETURN_KIND_WORDS, returnRequest.kind, lang)}</dd>
        <dt>{t(lang, 'condition')}</dt>
        <dd>{condition.length ? condition.join(lang === 'zh' ? '；' : '; ') : t(lang, 'conditionIntact')}</dd>
        <dt>{t(lang, 'reason')}</dt>
        <dd>{word(REASON_WORDS, refusal.reason, lang)}</dd>
        {refusal.note ? (
          <>
            <dt>{t(lang, 'note')}</dt>
            <dd>{refusal.note}</dd>
          </>
        ) : null}
        <dt>{t(lang, 'evidence')}</dt>
        <dd>
          <Evidence lang={lang} evidence={refusal.evidence} />
        </dd>
        <dt>{t(lang, 'requiredActions')}</dt>
        <dd>
          {check.requiredActions.length
            ? check.requiredActions.map((a) => word(ACTION_WORDS, a, lang)).join(lang === 'zh' ? '；' : '; ')
            : t(lang, 'none')}
        </dd>
        <dt>{t(lang, 'alternativeReasons')}</dt>
        <dd>
          {check.alternativeReasons.length
            ? check.alternativeReasons.map((r) => word(REASON_WORDS, r, lang)).join(lang === 'zh' ? '；' : '; ')
            : t(lang, 'none')}
        </dd>
        <dt>{t(lang, 'rulesetVersion')}</dt>
        <dd>
          <code>{check.rulesetVersion}</code>
        </dd>
      </dl>
    </div>
  );
}

function FlagFacts({ lang, flag }: { lang: Lang; flag: FlagRecord }) {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const value = (v: unknown): unknown => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return cst(v, lang);
    if (typeof v === 'string' && (DETAIL_WORDS as Record<string, unknown>)[v]) return word(DETAIL_WORDS, v, lang);
    if (Array.isArray(v))
      return v.map((x) => (typeof x === 'string' ? word(CONDITION_WORDS, x, lang) : JSON.stringify(x))).join(', ');
    if (v && typeof v === 'object') return JSON.stringify(v);
    return String(v);
  };
  return (
    <>
      <p lang={lang === 'zh' ? 'zh-CN' : 'en'} style="margin:.2rem 0">
        {flag.message[lang]}
      </p>
      <p lang={other === 'zh' ? 'zh-CN' : 'en'} class="muted small" style="margin:.2rem 0">
        {flag.message[other]}
      </p>
      <dl class="facts" id="flag-details">
        <dt>{t(lang, 'shop')}</dt>
        <dd>{flag.shopId}</dd>
        <dt>{t(lang, 'order')}</dt>
        <dd>
          <code>{flag.orderId}</code>
          {flag.sku ? <span class="muted"> · {flag.sku}</span> : null}
        </dd>
        {flag.checkId ? (
          <>
            <dt>{t(lang, 'relatedCheck')}</dt>
            <dd>
              <a href={`/console/items/${encodeURIComponent(flag.checkId)}`}>{flag.checkId}</a>
            </dd>
          </>
        ) : null}
        {Object.entries(flag.details).map(([key, v]) => (
          <>
            <dt>{word(DETAIL_WORDS, key, lang)}</dt>
            <dd>
              {typeof v === 'string' && /^[0-9A-Z]{26}$/.test(v) ? (
                <a href={`/console/items/${encodeURIComponent(v)}`}>{v}</a>
              ) : key === 'verdict' && typeof v === 'string' ? (
                <Verdict lang={lang} verdict={v} />
              ) : (
                (value(v) as string)
              )}
            </dd>
          </>
        ))}
      </dl>
    </>
  );
}

export function ItemPage(props: ItemPageProps) {
  const { lang, check, flag, form } = props;
  const csrf = props.staff?.csrf ?? '';
  const review = check?.review ?? flag?.review;
  const id = check?.checkId ?? flag?.flagId ?? '';
  const title = check
    ? `${t(lang, 'check')} · ${word(VERDICT_WORDS, check.verdict, lang)}`
    : `${t(lang, 'flag')} · ${flag ? word(FLAG_WORDS, flag.flag, lang) : ''}`;
  return (
    <Layout lang={lang} title={title} here={props.here} staff={props.staff}>
      <p>
        <a href="/console">← {t(lang, 'back')}</a>
      </p>
      <h1>
        {title} <small class="rid">{id}</small>
      </h1>
      <FormNotices lang={lang} form={form} id={id} />
      {review ? (
        <DecisionCard
          lang={lang}
          id={id}
          kind={check ? 'check' : 'flag'}
          verdict={check?.verdict}
          review={{
            status: review.status,
            version: review.version,
            pendingOverride: (review as StoredCheck['review']).pendingOverride,
          }}
          csrf={csrf}
          claim={props.claim}
          me={props.me}
          form={form}
        />
      ) : null}
      <dl class="facts" id="summary">
        {check ? (
          <>
            <dt>{t(lang, 'verdict')}</dt>
            <dd>
              <Verdict lang={lang} verdict={check.verdict} />
            </dd>
            <dt>{t(lang, 'decidedAt')}</dt>
            <dd>{cst(check.decidedAt, lang)}</dd>
          </>
        ) : flag ? (
          <>
            <dt>{t(lang, 'flag')}</dt>
            <dd>
              <span class="flagkind">{word(FLAG_WORDS, flag.flag, lang)}</span>
            </dd>
            <dt>{t(lang, 'createdAt')}</dt>
            <dd>{cst(flag.createdAt, lang)}</dd>
          </>
        ) : null}
        <dt>{t(lang, 'status')}</dt>
        <dd id="review-status" data-status={review?.status}>
          {word(REVIEW_STATUS_WORDS, review?.status, lang)}
        </dd>
        <dt>{t(lang, 'finalVerdict')}</dt>
        <dd>
          <Verdict lang={lang} verdict={review?.finalVerdict} />
        </dd>
        <dt>{t(lang, 'version')}</dt>
        <dd>{review?.version}</dd>
      </dl>
      <h2>{t(lang, 'legalClock')}</h2>
      <Clocks lang={lang} clocks={props.clocks} />
      {check?.summary ? (
        <>
          <h2>{t(lang, 'answers')}</h2>
          <dl class="facts" id="answers">
            <dt>{t(lang, 'answerShop')}</dt>
            <dd>{check.summary.shop[lang]}</dd>
            <dt>{t(lang, 'answerConsumer')}</dt>
            <dd>{check.summary.consumer[lang]}</dd>
          </dl>
        </>
      ) : null}
      {check ? (
        <>
          <h2>{t(lang, 'findings')}</h2>
          <Findings lang={lang} check={check} />
          <h2>{t(lang, 'facts')}</h2>
          <CheckFacts lang={lang} check={check} />
        </>
      ) : null}
      {flag ? (
        <>
          <h2>{t(lang, 'details')}</h2>
          <FlagFacts lang={lang} flag={flag} />
        </>
      ) : null}
      <h2>{t(lang, 'timeline')}</h2>
      <Timeline lang={lang} entries={props.timeline} />
      <h2>{t(lang, 'history')}</h2>
      <History lang={lang} history={review?.history ?? []} />
    </Layout>
  );
}
