import type { StoredCheck } from '#schemas/check.js';
import type { QueueStatus, ReviewItem } from '#schemas/review.js';
import { daysBetween, daysOverdue } from '#shared/legal-days.js';
import { shanghaiDay, toShanghaiIso } from '#shared/time.js';
import type { FlagRecord } from '#store/reviews.js';
import { FLAG_LABELS, type Lang, OUTCOME_LABELS, t } from './i18n.js';
import { Layout } from './layout.js';

export interface PageBase {
  lang: Lang;
  here: string;
  staff?: { identity: string; csrf: string } | undefined;
}

/** An instant shown in China Standard Time, minutes precision: `2026-03-09 20:00`. */
export function cst(iso: string | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? `${toShanghaiIso(new Date(ms)).slice(0, 16).replace('T', ' ')}` : iso;
}

/** How long an item has waited, in days and hours (or hours, or minutes). */
export function age(lang: Lang, createdAt: string, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 60_000));
  if (minutes < 60) return t(lang, 'ageMinutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t(lang, 'ageHours', { h: hours });
  return t(lang, 'ageDays', { d: Math.floor(hours / 24), h: hours % 24 });
}

/**
 * The legal clock of a queue item: a refund_overdue flag's days overdue; a REVIEW check's days left
 * of the consumer's no-reason return window (China Standard Time calendar days), when it has one.
 * A BLOCK has no running clock of its own (the consumer asked in time; the shop must accept).
 */
export function legalClock(
  lang: Lang,
  item: Pick<ReviewItem, 'dueAt' | 'daysOverdue' | 'returnWindowEndsAt' | 'verdict'>,
  now: Date,
): { text: string; tone: 'late' | 'soon' | 'ok' } | undefined {
  if (item.dueAt !== undefined) {
    const n = item.daysOverdue ?? 0;
    return n > 0 ? { text: t(lang, 'daysOverdue', { n }), tone: 'late' } : { text: t(lang, 'dueToday'), tone: 'soon' };
  }
  if (item.returnWindowEndsAt && item.verdict === 'REVIEW') {
    const end = Date.parse(item.returnWindowEndsAt);
    const diff = daysBetween(shanghaiDay(now), shanghaiDay(item.returnWindowEndsAt));
    if (now.getTime() > end) return { text: t(lang, 'windowEnded', { n: Math.max(1, -diff) }), tone: 'late' };
    if (diff === 0) return { text: t(lang, 'windowLastDay'), tone: 'soon' };
    return { text: t(lang, 'windowLeft', { n: diff }), tone: diff <= 2 ? 'soon' : 'ok' };
  }
  return undefined;
}

function Verdict({ verdict }: { verdict: string | undefined }) {
  return verdict ? <span class={`badge v-${verdict}`}>{verdict}</span> : <span class="muted">—</span>;
}

function Notice({ tone, children }: { tone: 'ok' | 'err' | 'warn'; children?: unknown }) {
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
  items: ReviewItem[];
  now: Date;
  status: QueueStatus;
  shopId?: string | undefined;
  nextCursor: string | null;
  isFirstPage: boolean;
  resolvedId?: string | undefined;
}

function queueHref(status: QueueStatus, shopId: string | undefined, cursor?: string): string {
  const params = new URLSearchParams({ status });
  if (shopId) params.set('shopId', shopId);
  if (cursor) params.set('cursor', cursor);
  return `/console?${params.toString()}`;
}

export function QueuePage(props: QueuePageProps) {
  const { lang, now } = props;
  return (
    <Layout lang={lang} title={t(lang, 'queue')} here={props.here} staff={props.staff}>
      <h1>
        {t(lang, 'queue')} — {t(lang, props.status === 'open' ? 'statusOpen' : 'statusResolved')}
        {props.shopId ? ` — ${props.shopId}` : ''}
      </h1>
      {props.resolvedId ? (
        <Notice tone="ok">
          {t(lang, 'resolvedNotice')}{' '}
          <a href={`/console/items/${encodeURIComponent(props.resolvedId)}`}>{props.resolvedId}</a>
        </Notice>
      ) : null}
      <form class="filters" method="get" action="/console">
        <label>
          {t(lang, 'status')}
          <select name="status">
            <option value="open" selected={props.status === 'open'}>
              {t(lang, 'statusOpen')}
            </option>
            <option value="resolved" selected={props.status === 'resolved'}>
              {t(lang, 'statusResolved')}
            </option>
          </select>
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
        <button type="submit">{t(lang, 'filter')}</button>
      </form>
      {props.items.length === 0 ? (
        <p class="muted">{t(lang, 'emptyQueue')}</p>
      ) : (
        <table class="stack" id="queue">
          <thead>
            <tr>
              <th>{t(lang, 'type')}</th>
              <th>{t(lang, 'shop')}</th>
              <th>{t(lang, 'order')}</th>
              <th>{t(lang, 'verdictOrFlag')}</th>
              <th>{t(lang, 'decidingRule')}</th>
              <th>{t(lang, 'age')}</th>
              <th>{t(lang, 'legalClock')}</th>
              {props.status === 'resolved' ? <th>{t(lang, 'finalVerdict')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {props.items.map((item) => {
              const clock = legalClock(lang, item, now);
              const href = `/console/items/${encodeURIComponent(item.id)}`;
              return (
                <tr data-id={item.id}>
                  <td data-label={t(lang, 'type')}>
                    <a href={href}>{t(lang, item.type === 'check' ? 'typeCheck' : 'typeFlag')}</a>
                  </td>
                  <td data-label={t(lang, 'shop')}>{item.shopId}</td>
                  <td data-label={t(lang, 'order')}>
                    <a href={href}>{item.orderId}</a>
                    {item.sku ? <span class="muted"> · {item.sku}</span> : null}
                  </td>
                  <td data-label={t(lang, 'verdictOrFlag')}>
                    {item.type === 'check' ? (
                      <Verdict verdict={item.verdict} />
                    ) : (
                      <span class="flagkind">{item.flag ? FLAG_LABELS[item.flag][lang] : '—'}</span>
                    )}
                  </td>
                  <td data-label={t(lang, 'decidingRule')}>
                    <code>{item.ruleId ?? '—'}</code>
                  </td>
                  <td data-label={t(lang, 'age')}>{age(lang, item.createdAt, now)}</td>
                  <td data-label={t(lang, 'legalClock')}>
                    {clock ? <span class={`clock-${clock.tone}`}>{clock.text}</span> : <span class="muted">—</span>}
                  </td>
                  {props.status === 'resolved' ? (
                    <td data-label={t(lang, 'finalVerdict')}>
                      <Verdict verdict={item.finalVerdict} />
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div class="pager">
        {props.isFirstPage ? null : <a href={queueHref(props.status, props.shopId)}>{t(lang, 'firstPage')}</a>}
        {props.nextCursor ? (
          <a href={queueHref(props.status, props.shopId, props.nextCursor)} rel="next">
            {t(lang, 'nextPage')}
          </a>
        ) : null}
      </div>
    </Layout>
  );
}

// ——— item ———

export interface ResolutionFormState {
  justification?: string;
  error?: 'short' | 'conflict' | 'not_reviewable';
  conflict?: { who: string; at: string; version: number };
}

export interface ItemPageProps extends PageBase {
  now: Date;
  check?: StoredCheck;
  flag?: FlagRecord;
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
          <th>{t(lang, 'version')}</th>
          <th>{t(lang, 'justification')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((entry) => (
          <tr>
            <td data-label={t(lang, 'resolvedAt')}>{cst(entry.resolvedAt)}</td>
            <td data-label={t(lang, 'resolvedBy')}>{entry.resolvedBy}</td>
            <td data-label={t(lang, 'action')}>{entry.action}</td>
            <td data-label={t(lang, 'finalVerdict')}>
              <Verdict verdict={entry.verdict} />
            </td>
            <td data-label={t(lang, 'version')}>{entry.version}</td>
            <td data-label={t(lang, 'justification')} style="white-space:pre-wrap">
              {entry.justification}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResolutionForm(props: {
  lang: Lang;
  id: string;
  kind: 'check' | 'flag';
  status: string;
  version: number;
  csrf: string;
  form: ResolutionFormState;
}) {
  const { lang, form } = props;
  if (props.status === 'none') return <Notice tone="warn">{t(lang, 'notReviewable')}</Notice>;
  return (
    <section class="card" id="decide">
      <h2 style="margin-top:0">{t(lang, props.status === 'resolved' ? 'reDecide' : 'decide')}</h2>
      <p class="muted">{t(lang, props.kind === 'check' ? 'actionMeaningCheck' : 'actionMeaningFlag')}</p>
      {form.error === 'short' ? <Notice tone="err">{t(lang, 'justificationTooShort')}</Notice> : null}
      <form method="post" action={`/console/items/${encodeURIComponent(props.id)}/resolution`}>
        <input type="hidden" name="csrf" value={props.csrf} />
        <input type="hidden" name="expectedVersion" value={String(props.version)} />
        <label>
          {t(lang, 'justification')}
          <textarea name="justification" required minlength={10} maxlength={4000} aria-describedby="just-hint">
            {form.justification ?? ''}
          </textarea>
        </label>
        <small id="just-hint" class="muted">
          {t(lang, 'justificationHint')}
        </small>
        <div class="buttons">
          <button type="submit" name="action" value="uphold" class="primary">
            {t(lang, props.kind === 'check' ? 'upholdCheck' : 'upholdFlag')}
          </button>
          <button type="submit" name="action" value="override" class="danger">
            {t(lang, props.kind === 'check' ? 'overrideCheck' : 'overrideFlag')}
          </button>
        </div>
      </form>
    </section>
  );
}

function ConflictNotice({ lang, form }: { lang: Lang; form: ResolutionFormState }) {
  if (form.error !== 'conflict' || !form.conflict) return null;
  return (
    <Notice tone="err">
      <strong>{t(lang, 'conflictTitle')}</strong>
      <br />
      {t(lang, 'conflictBody', { who: form.conflict.who, at: cst(form.conflict.at), v: form.conflict.version })}
    </Notice>
  );
}

function yesFlags(record: Record<string, unknown> | undefined): string[] {
  return Object.entries(record ?? {})
    .filter(([, value]) => value === true || (Array.isArray(value) && value.length > 0))
    .map(([key, value]) => (Array.isArray(value) ? `${key}: ${value.join(', ')}` : key));
}

function CheckBody({ lang, check, now }: { lang: Lang; check: StoredCheck; now: Date }) {
  const { order, item, returnRequest, refusal } = check.request;
  const clock = legalClock(
    lang,
    { returnWindowEndsAt: check.deadlines.returnWindowEndsAt, verdict: check.verdict },
    now,
  );
  const condition = yesFlags(returnRequest.condition as unknown as Record<string, unknown>);
  const attributes = [
    ...yesFlags({
      customMade: item.customMade,
      perishable: item.perishable,
      durable: item.durable,
      threeGuarantees: item.threeGuarantees,
    }),
    ...(item.digital
      ? [`digital: ${item.digital.delivery}, downloaded=${item.digital.downloaded}, unsealed=${item.digital.unsealed}`]
      : []),
    ...(item.nonReturnable
      ? [`nonReturnable: ${item.nonReturnable.basis}, confirmation=${item.nonReturnable.confirmation}`]
      : []),
    ...(item.gifts?.length
      ? [`gifts: ${item.gifts.map((g) => `${g.name} (${g.declaredPriceFen ?? '?'} fen)`).join(', ')}`]
      : []),
  ];
  return (
    <>
      <h2>{t(lang, 'facts')}</h2>
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
            {order.salesChannel} · {t(lang, 'buyerType')}: {order.buyerType}
          </dd>
          <dt>{t(lang, 'placedAt')}</dt>
          <dd>{cst(order.placedAt)}</dd>
          <dt>{t(lang, 'deliveredAt')}</dt>
          <dd>{order.deliveredAt ? cst(order.deliveredAt) : t(lang, 'notDelivered')}</dd>
          {order.shopPolicy ? (
            <>
              <dt>{t(lang, 'shopPolicy')}</dt>
              <dd>
                <code>{JSON.stringify(order.shopPolicy)}</code>
              </dd>
            </>
          ) : null}
          <dt>{t(lang, 'item')}</dt>
          <dd>
            {item.name} <span class="muted">({item.sku})</span>
          </dd>
          <dt>{t(lang, 'category')}</dt>
          <dd>{item.category}</dd>
          <dt>{t(lang, 'price')}</dt>
          <dd>
            ¥{(item.priceFen / 100).toFixed(2)} × {item.quantity}
          </dd>
          <dt>{t(lang, 'attributes')}</dt>
          <dd>{attributes.length ? attributes.join('; ') : t(lang, 'none')}</dd>
        </dl>
        <dl class="facts">
          <dt>{t(lang, 'requestedAt')}</dt>
          <dd>{cst(returnRequest.requestedAt)}</dd>
          <dt>{t(lang, 'kind')}</dt>
          <dd>
            <code>{returnRequest.kind}</code>
          </dd>
          <dt>{t(lang, 'condition')}</dt>
          <dd>{condition.length ? condition.join('; ') : t(lang, 'conditionIntact')}</dd>
          <dt>{t(lang, 'reason')}</dt>
          <dd>
            <code>{refusal.reason}</code>
          </dd>
          {refusal.note ? (
            <>
              <dt>{t(lang, 'note')}</dt>
              <dd>{refusal.note}</dd>
            </>
          ) : null}
          <dt>{t(lang, 'evidence')}</dt>
          <dd>
            {refusal.evidence?.length ? (
              <ul style="margin:0;padding-left:1.1rem" id="evidence">
                {refusal.evidence.map((e) => (
                  <li>
                    {e.type}: <code>{e.ref}</code>
                  </li>
                ))}
              </ul>
            ) : (
              t(lang, 'noEvidence')
            )}
          </dd>
          <dt>{t(lang, 'returnWindowEndsAt')}</dt>
          <dd>
            {cst(check.deadlines.returnWindowEndsAt)}{' '}
            {clock ? <span class={`clock-${clock.tone}`}>({clock.text})</span> : null}
          </dd>
          {check.deadlines.qualityWindowEndsAt ? (
            <>
              <dt>{t(lang, 'qualityWindowEndsAt')}</dt>
              <dd>{cst(check.deadlines.qualityWindowEndsAt)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      <h2>{t(lang, 'findings')}</h2>
      {check.findings.map((finding) => (
        <article class="finding" data-rule={finding.ruleId}>
          <div class="head">
            <code>{finding.ruleId}</code>
            <span class={`badge o-${finding.outcome}`}>{OUTCOME_LABELS[finding.outcome][lang]}</span>
          </div>
          <p lang="zh-CN" style="margin:.4rem 0 .2rem">
            {finding.message.zh}
          </p>
          <p lang="en" class="muted" style="margin:0 0 .3rem">
            {finding.message.en}
          </p>
          {finding.citations.map((citation) => (
            <div class="cite">
              <strong>
                {citation.instrument} · {t(lang, 'article', { n: citation.article })}
                {citation.paragraph ? ` ${t(lang, 'paragraph', { n: citation.paragraph })}` : ''}
                {citation.item ? ` ${t(lang, 'itemNo', { n: citation.item })}` : ''}
              </strong>{' '}
              <span lang="zh-CN">{citation.title}</span>
              <blockquote lang="zh">{citation.text}</blockquote>
            </div>
          ))}
        </article>
      ))}
      <dl class="facts">
        <dt>{t(lang, 'requiredActions')}</dt>
        <dd>{check.requiredActions.length ? <code>{check.requiredActions.join(', ')}</code> : t(lang, 'none')}</dd>
        <dt>{t(lang, 'alternativeReasons')}</dt>
        <dd>
          {check.alternativeReasons.length ? <code>{check.alternativeReasons.join(', ')}</code> : t(lang, 'none')}
        </dd>
        <dt>{t(lang, 'rulesetVersion')}</dt>
        <dd>
          <code>{check.rulesetVersion}</code>
        </dd>
      </dl>
    </>
  );
}

function FlagBody({ lang, flag, now }: { lang: Lang; flag: FlagRecord; now: Date }) {
  const dueAt = typeof flag.details.dueAt === 'string' ? flag.details.dueAt : undefined;
  const clock = dueAt ? legalClock(lang, { dueAt, daysOverdue: daysOverdue(dueAt, now) }, now) : undefined;
  return (
    <>
      <h2>{t(lang, 'messages')}</h2>
      <p lang="zh-CN" style="margin:.2rem 0">
        {flag.message.zh}
      </p>
      <p lang="en" class="muted" style="margin:.2rem 0">
        {flag.message.en}
      </p>
      <h2>{t(lang, 'facts')}</h2>
      <dl class="facts">
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
        {clock ? (
          <>
            <dt>{t(lang, 'legalClock')}</dt>
            <dd class={`clock-${clock.tone}`}>{clock.text}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t(lang, 'details')}</h3>
      <dl class="facts">
        {Object.entries(flag.details).map(([key, value]) => (
          <>
            <dt>
              <code>{key}</code>
            </dt>
            <dd>
              {typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
                ? cst(value)
                : String(typeof value === 'object' ? JSON.stringify(value) : value)}
            </dd>
          </>
        ))}
      </dl>
    </>
  );
}

export function ItemPage(props: ItemPageProps) {
  const { lang, check, flag, now, form } = props;
  const csrf = props.staff?.csrf ?? '';
  const review = check?.review ?? flag?.review;
  const id = check?.checkId ?? flag?.flagId ?? '';
  const title = check ? `${t(lang, 'check')} ${id}` : `${t(lang, 'flag')} ${flag ? FLAG_LABELS[flag.flag][lang] : ''}`;
  const statusKey =
    review?.status === 'open' ? 'statusOpen' : review?.status === 'resolved' ? 'statusResolved' : 'statusNone';
  return (
    <Layout lang={lang} title={title} here={props.here} staff={props.staff}>
      <p>
        <a href="/console">← {t(lang, 'back')}</a>
      </p>
      <h1>{title}</h1>
      <ConflictNotice lang={lang} form={form} />
      {form.error === 'not_reviewable' ? <Notice tone="err">{t(lang, 'notReviewable')}</Notice> : null}
      <dl class="facts" id="summary">
        {check ? (
          <>
            <dt>{t(lang, 'verdict')}</dt>
            <dd>
              <Verdict verdict={check.verdict} />
            </dd>
            <dt>{t(lang, 'decidedAt')}</dt>
            <dd>{cst(check.decidedAt)}</dd>
          </>
        ) : flag ? (
          <>
            <dt>{t(lang, 'flag')}</dt>
            <dd>
              <span class="flagkind">{FLAG_LABELS[flag.flag][lang]}</span> <code>{flag.flag}</code> ·{' '}
              <code>{flag.flagId}</code>
            </dd>
            <dt>{t(lang, 'createdAt')}</dt>
            <dd>{cst(flag.createdAt)}</dd>
          </>
        ) : null}
        <dt>{t(lang, 'status')}</dt>
        <dd id="review-status">{t(lang, statusKey)}</dd>
        <dt>{t(lang, 'finalVerdict')}</dt>
        <dd>
          <Verdict verdict={review?.finalVerdict} />
        </dd>
        <dt>{t(lang, 'version')}</dt>
        <dd>{review?.version}</dd>
      </dl>
      {check ? <CheckBody lang={lang} check={check} now={now} /> : null}
      {flag ? <FlagBody lang={lang} flag={flag} now={now} /> : null}
      <h2>{t(lang, 'history')}</h2>
      <History lang={lang} history={review?.history ?? []} />
      {review ? (
        <ResolutionForm
          lang={lang}
          id={id}
          kind={check ? 'check' : 'flag'}
          status={review.status}
          version={review.version}
          csrf={csrf}
          form={form}
        />
      ) : null}
    </Layout>
  );
}
