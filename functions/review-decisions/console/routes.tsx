import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import * as z from 'zod';
import { MAX_BODY_BYTES } from '#http/body.js';
import { ALL_RULE_IDS } from '#rules/index.js';
import { ExternalIdSchema } from '#schemas/common.js';
import { ApprovalRequestSchema, JustificationSchema, ResolutionRequestSchema } from '#schemas/review.js';
import { renderStoredCheck } from '#shared/decisions/checks.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import { InvalidCursorError } from '#store/cursor.js';
import { NotFoundError, StoreUnavailableError, VersionConflictError } from '#store/errors.js';
import { hashKey } from '#store/principals.js';
import {
  AwaitingApprovalError,
  ClaimedByOtherError,
  NoPendingOverrideError,
  NotReviewableError,
  type QueueEntry,
  SameApproverError,
  toReviewItem,
} from '#store/reviews.js';
import { legalClocks } from './clocks.js';
import { type Lang, t } from './i18n.js';
import {
  ItemPage,
  MessagePage,
  QueuePage,
  type QueuePageProps,
  type ResolutionFormState,
  SignInPage,
  type TimelineEntry,
} from './pages.js';
import { registerPolicyCheck } from './policy-check.js';
import { QUEUE_SCAN_LIMIT, QueueQuerySchema, queuePeriod, queueView } from './queue.js';
import { ConsoleSessions, clientAddress, isSameOrigin, type StaffSession, safeEqual } from './session.js';
import { parsePeriod, resolvedCsvStream } from './summary.js';
import { SummaryPage } from './summary-page.js';

export interface ConsoleEnv {
  Variables: { lang: Lang; staff: StaffSession; form: Record<string, string> };
}
type C = Context<ConsoleEnv>;

/** The sign-in throttle (contract 1.1): 10 failures from one client within 15 minutes, then 429. */
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Security headers of every console answer: nothing cached, no framing, no script at all (the
 * console is plain HTML forms), forms only to this origin.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function page(
  c: C,
  element: HtmlEscapedString | Promise<HtmlEscapedString>,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503 = 200,
) {
  return c.html(html`<!DOCTYPE html>${element}`, status);
}

/**
 * A console form's string fields, or undefined when the body is not a form (only
 * `application/x-www-form-urlencoded` and `multipart/form-data` are) or cannot be parsed: a 400,
 * never a 500.
 */
async function readForm(c: C): Promise<Record<string, string> | undefined> {
  const type = (c.req.header('content-type') ?? '').trim().toLowerCase();
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/.test(type)) return undefined;
  try {
    const body = await c.req.parseBody();
    return Object.fromEntries(
      Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : [])),
    );
  } catch {
    return undefined;
  }
}

function here(c: C): string {
  const url = new URL(c.req.url);
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}

function base(c: C) {
  const staff = c.get('staff') as StaffSession | undefined;
  return {
    lang: c.get('lang'),
    here: here(c),
    staff: staff ? { identity: staff.identity, csrf: staff.csrf } : undefined,
  };
}

function messagePage(
  c: C,
  status: 400 | 401 | 403 | 404 | 409 | 500 | 503,
  title: string,
  message: string,
  signInLink = false,
) {
  return page(c, <MessagePage {...base(c)} title={title} message={message} signInLink={signInLink} />, status);
}

/**
 * The review console: server-rendered pages for compliance staff, signed in with a staff key.
 * Every page needs a session (else 303 to the sign-in page); every form POST needs the session's
 * CSRF token and a same-origin request.
 */
export function createConsoleApp(services: Services): Hono<ConsoleEnv> {
  const sessions = new ConsoleSessions(services);
  const app = new Hono<ConsoleEnv>();

  app.onError((error, c) => {
    const lang = c.get('lang') ?? 'en';
    if (error instanceof NotFoundError) return messagePage(c, 404, t(lang, 'notFound'), t(lang, 'notFound'));
    if (error instanceof InvalidCursorError) return messagePage(c, 400, t(lang, 'badRequest'), error.message);
    if (error instanceof StoreUnavailableError) {
      log.error('store unavailable', { path: c.req.path, error });
      c.header('Retry-After', '1');
      return messagePage(c, 503, t(lang, 'storeDown'), t(lang, 'storeDown'));
    }
    log.error('unhandled console error', { path: c.req.path, error, stack: error.stack });
    return messagePage(c, 500, t(lang, 'internal'), t(lang, 'internal'));
  });

  const prepare: MiddlewareHandler<ConsoleEnv> = async function consoleHeaders(c, next) {
    c.set('lang', sessions.language(c));
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Content-Security-Policy', CSP);
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'same-origin');
  };
  app.use('/console', prepare);
  app.use('/console/*', prepare);

  const requireSession: MiddlewareHandler<ConsoleEnv> = async function requireSession(c, next) {
    const staff = await sessions.current(c);
    if (!staff) return c.redirect('/console/sign-in', 303);
    c.set('staff', staff);
    await next();
  };

  /** Reads the form and refuses it unless it carries the session's CSRF token from this origin. */
  const requireCsrf: MiddlewareHandler<ConsoleEnv> = async function requireCsrf(c, next) {
    const form = await readForm(c);
    if (!form) return messagePage(c, 400, t(c.get('lang'), 'badRequest'), t(c.get('lang'), 'badRequest'));
    const staff = c.get('staff');
    if (!isSameOrigin(c) || typeof form.csrf !== 'string' || !safeEqual(form.csrf, staff.csrf)) {
      log.warn('console form refused: CSRF', { path: c.req.path });
      return messagePage(c, 403, t(c.get('lang'), 'forbidden'), t(c.get('lang'), 'csrfRefused'));
    }
    c.set('form', form);
    await next();
  };
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => messagePage(c as C, 400, t((c as C).get('lang'), 'badRequest'), 'body too large'),
  });

  // ——— sign-in / sign-out ———

  app.get('/console/sign-in', async (c) => {
    if (await sessions.current(c)) return c.redirect('/console', 303);
    const expired = c.req.query('expired') === '1';
    return page(
      c,
      <SignInPage
        {...base(c)}
        csrf={sessions.signInToken(c)}
        error={expired ? t(c.get('lang'), 'expired') : undefined}
      />,
    );
  });

  app.post('/console/sign-in', limit, async (c) => {
    const lang = c.get('lang');
    const body = await readForm(c);
    if (!body) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'badRequest'));
    if (!isSameOrigin(c) || !sessions.signInTokenMatches(c, body.csrf))
      return messagePage(c, 403, t(lang, 'forbidden'), t(lang, 'csrfRefused'), true);
    // Throttle (contract 1.1): after SIGN_IN_MAX_FAILURES failures from one client within the window,
    // 429 until the window passes, whatever key is tried.
    const client = hashKey(clientAddress(c)).slice(0, 32);
    const now = services.clock().getTime();
    const window = await services.throttles.window('SIGNIN', client, now);
    if (window && window.failures >= SIGN_IN_MAX_FAILURES) {
      log.warn('console sign-in throttled', { client });
      c.header('Retry-After', String(Math.max(1, Math.ceil((window.endsAtMs - now) / 1000))));
      return page(
        c,
        <SignInPage {...base(c)} csrf={sessions.signInToken(c)} error={t(lang, 'tooManyAttempts')} />,
        429,
      );
    }
    const key = typeof body.key === 'string' ? body.key.trim() : '';
    const principal = /^\S{8,512}$/.test(key) ? await services.principals.findByKey(key) : undefined;
    if (principal?.role !== 'staff') await services.throttles.recordFailure('SIGNIN', client, now, SIGN_IN_WINDOW_MS);
    if (!principal)
      return page(c, <SignInPage {...base(c)} csrf={sessions.signInToken(c)} error={t(lang, 'badKey')} />, 401);
    if (principal.role !== 'staff') {
      log.warn('console sign-in refused: not a staff key', { keyId: principal.keyId });
      return page(c, <SignInPage {...base(c)} csrf={sessions.signInToken(c)} error={t(lang, 'shopKeyRefused')} />, 403);
    }
    await sessions.start(c, key, principal);
    log.info('console sign-in', { keyId: principal.keyId });
    return c.redirect('/console', 303);
  });

  app.post('/console/sign-out', limit, requireSession, requireCsrf, async (c) => {
    await sessions.end(c);
    return c.redirect('/console/sign-in', 303);
  });

  // ——— queue ———

  app.get('/console', requireSession, async (c) => {
    const lang = c.get('lang');
    const parsed = QueueQuerySchema.safeParse(c.req.query());
    if (!parsed.success)
      return messagePage(
        c,
        400,
        t(lang, 'badRequest'),
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const query = parsed.data;
    const now = services.clock();
    const period = queuePeriod(query, now);
    const { entries, truncated } = await services.reviews.collect({
      status: query.status === 'resolved' ? 'resolved' : 'open',
      shopId: query.shopId,
      ...period,
      max: QUEUE_SCAN_LIMIT,
    });
    const view = queueView(
      entries.map((entry) => toReviewItem(entry, now)),
      query,
      now,
    );
    const notice = queueNotice(c);
    return page(
      c,
      <QueuePage
        {...base(c)}
        view={view}
        query={query}
        period={period}
        truncated={truncated}
        now={now}
        notice={notice}
        csrf={c.get('staff').csrf}
      />,
    );
  });

  /** The confirmation a redirect back to the queue carries (`?resolved=`, `?upheld=`). */
  function queueNotice(c: C): QueuePageProps['notice'] {
    const lang = c.get('lang');
    const resolved = c.req.query('resolved');
    if (resolved) return { tone: 'ok', text: t(lang, 'resolvedNotice'), id: resolved.slice(0, 128) };
    const proposed = c.req.query('proposed');
    if (proposed) return { tone: 'ok', text: t(lang, 'proposedNotice'), id: proposed.slice(0, 128) };
    const upheld = c.req.query('upheld');
    if (upheld !== undefined) {
      const failed = (c.req.query('failed') ?? '').split(',').filter(Boolean).slice(0, 50);
      const done = t(lang, 'bulkDone', { n: Number.parseInt(upheld, 10) || 0 });
      return failed.length
        ? { tone: 'err', text: `${done} ${t(lang, 'bulkFailed', { n: failed.length, ids: failed.join(', ') })}` }
        : { tone: 'ok', text: done };
    }
    if (c.req.query('bulk') === 'none') return { tone: 'err', text: t(lang, 'bulkNone') };
    return undefined;
  }

  app.post('/console/bulk-uphold', limit, requireSession, requireCsrf, async (c) => {
    const lang = c.get('lang');
    const staff = c.get('staff');
    const form = c.get('form');
    const body = await c.req.parseBody({ all: true });
    const picked = ([] as unknown[]).concat(body.items ?? []).filter((v): v is string => typeof v === 'string');
    const items = picked
      .slice(0, 200)
      .map((value) => /^(.{1,128}):(\d{1,15})$/.exec(value))
      .flatMap((m) => (m ? [{ id: m[1] as string, version: Number(m[2]) }] : []));
    if (items.length === 0) return c.redirect('/console?bulk=none', 303);
    const justification = JustificationSchema.safeParse(form.justification ?? '');
    if (!justification.success) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'justificationTooShort'));
    let upheld = 0;
    const failed: string[] = [];
    for (const item of items) {
      try {
        await services.reviews.resolve(item.id, {
          action: 'uphold',
          justification: justification.data,
          expectedVersion: item.version,
          resolvedBy: staff.identity,
          resolvedAt: toShanghaiIso(services.clock()),
          staff: { keyId: staff.keyId, name: staff.name },
        });
        upheld += 1;
      } catch (error) {
        if (
          error instanceof VersionConflictError ||
          error instanceof NotReviewableError ||
          error instanceof AwaitingApprovalError ||
          error instanceof NotFoundError
        )
          failed.push(item.id);
        else throw error;
      }
    }
    log.info('console bulk uphold', { upheld, failed: failed.length, keyId: staff.keyId });
    // Back to the same view of the queue (only ever a /console URL: no open redirect).
    const back = new URL(/^\/console(\?|$)/.test(form.back ?? '') ? (form.back as string) : '/console', 'http://x');
    for (const name of ['upheld', 'failed', 'resolved', 'proposed', 'bulk', 'page']) back.searchParams.delete(name);
    back.searchParams.set('upheld', String(upheld));
    if (failed.length) back.searchParams.set('failed', failed.join(','));
    return c.redirect(`${back.pathname}${back.search}`, 303);
  });

  // ——— one item ———

  async function renderItem(c: C, id: string, form: ResolutionFormState, status: 200 | 400 | 403 | 409 = 200) {
    const entry = await services.reviews.get(id);
    if (!entry) throw new NotFoundError(`no item ${id}`);
    return page(c, await itemElement(c, entry, form), status);
  }

  async function itemElement(c: C, entry: QueueEntry, form: ResolutionFormState) {
    const now = services.clock();
    const staff = c.get('staff');
    const record = entry.record;
    const id = entry.type === 'check' ? entry.record.checkId : entry.record.flagId;
    const [timeline, refund] = await Promise.all([
      services.reviews.timeline(record.shopId, record.orderId),
      record.sku ? services.orders.getRefundDue(record.shopId, record.orderId, record.sku) : Promise.resolve(undefined),
    ]);
    const entries: TimelineEntry[] = [
      ...timeline.checks.map(
        (check): TimelineEntry => ({
          at: check.decidedAt,
          kind: 'check',
          id: check.checkId,
          code: check.verdict,
          sku: check.sku,
          reason: check.request.refusal.reason,
          current: check.checkId === id,
        }),
      ),
      ...timeline.events.map(
        (event): TimelineEntry => ({
          at: String(event.occurredAt),
          kind: 'event',
          code: String(event.type),
          ...(typeof (event.data as { sku?: unknown } | undefined)?.sku === 'string'
            ? { sku: String((event.data as { sku: string }).sku) }
            : {}),
          current: false,
        }),
      ),
      ...timeline.flags.map(
        (flag): TimelineEntry => ({
          at: flag.createdAt,
          kind: 'flag',
          id: flag.flagId,
          code: flag.flag,
          ...(flag.sku ? { sku: flag.sku } : {}),
          current: flag.flagId === id,
        }),
      ),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    // A flag's clocks are those of the check it is about (else the item's latest check on the order).
    const basis =
      entry.type === 'check'
        ? entry.record
        : (timeline.checks.find((check) => check.checkId === entry.record.checkId) ??
          timeline.checks.filter((check) => check.sku === entry.record.sku).at(-1));
    const requestedAt = basis?.request.returnRequest.requestedAt;
    const windowEnd = basis?.deadlines.returnWindowEndsAt;
    const clocks = legalClocks({ requestedAt, returnWindowEndsAt: windowEnd, refund, now });
    const common = {
      ...base(c),
      now,
      me: { keyId: staff.keyId, name: staff.name },
      claim: record.claim,
      timeline: entries,
      clocks,
      form,
    };
    return entry.type === 'check' ? (
      <ItemPage {...common} check={renderStoredCheck(entry.record)} />
    ) : (
      <ItemPage {...common} flag={entry.record} />
    );
  }

  app.get('/console/items/:id', requireSession, (c) =>
    renderItem(c, c.req.param('id'), c.req.query('proposed') ? { notice: 'proposed' } : {}),
  );

  /** Re-renders the item with the reason a decision was not recorded. */
  async function refused(c: C, id: string, error: unknown, justification: string) {
    if (error instanceof VersionConflictError) {
      const entry = await services.reviews.get(id);
      if (!entry) throw new NotFoundError(`no item ${id}`);
      const last = entry.record.review.history.at(-1);
      return page(
        c,
        await itemElement(c, entry, {
          justification,
          error: 'conflict',
          conflict: { who: last?.resolvedBy ?? '?', at: last?.resolvedAt ?? '', version: entry.record.review.version },
        }),
        409,
      );
    }
    if (error instanceof NotReviewableError) return renderItem(c, id, { error: 'not_reviewable' }, 409);
    if (error instanceof AwaitingApprovalError) return renderItem(c, id, { error: 'awaiting', justification }, 409);
    if (error instanceof NoPendingOverrideError) return renderItem(c, id, { error: 'no_pending' }, 409);
    if (error instanceof SameApproverError) return renderItem(c, id, { error: 'same_approver' }, 403);
    throw error;
  }

  function badForm(c: C, id: string, issues: z.core.$ZodIssue[], justification: string) {
    const lang = c.get('lang');
    const paths = issues.map((issue) => issue.path.join('.'));
    if (paths.includes('justification')) return renderItem(c, id, { justification, error: 'short' }, 400);
    return messagePage(
      c,
      400,
      t(lang, 'badRequest'),
      issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }

  app.post('/console/items/:id/resolution', limit, requireSession, requireCsrf, async (c) => {
    const id = c.req.param('id');
    const form = c.get('form');
    const parsed = ResolutionRequestSchema.safeParse({
      action: form.action,
      justification: form.justification ?? '',
      expectedVersion: Number(form.expectedVersion),
    });
    if (!parsed.success) return badForm(c, id, parsed.error.issues, form.justification ?? '');
    const staff = c.get('staff');
    let entry: QueueEntry;
    try {
      entry = await services.reviews.resolve(id, {
        ...parsed.data,
        resolvedBy: staff.identity,
        resolvedAt: toShanghaiIso(services.clock()),
        staff: { keyId: staff.keyId, name: staff.name },
      });
    } catch (error) {
      return refused(c, id, error, parsed.data.justification);
    }
    log.info('console resolution', { id, action: parsed.data.action, keyId: staff.keyId });
    if (entry.record.review.status === 'awaiting_second_approval')
      return c.redirect(`/console/items/${encodeURIComponent(id)}?proposed=1`, 303);
    return c.redirect(`/console?resolved=${encodeURIComponent(id)}`, 303);
  });

  app.post('/console/items/:id/approval', limit, requireSession, requireCsrf, async (c) => {
    const id = c.req.param('id');
    const form = c.get('form');
    const parsed = ApprovalRequestSchema.safeParse({
      approve: form.approve === 'true' ? true : form.approve === 'false' ? false : form.approve,
      justification: form.justification ?? '',
      expectedVersion: Number(form.expectedVersion),
    });
    if (!parsed.success) return badForm(c, id, parsed.error.issues, form.justification ?? '');
    const staff = c.get('staff');
    try {
      await services.reviews.approve(id, {
        ...parsed.data,
        resolvedBy: staff.identity,
        resolvedAt: toShanghaiIso(services.clock()),
        staff: { keyId: staff.keyId, name: staff.name },
      });
    } catch (error) {
      return refused(c, id, error, parsed.data.justification);
    }
    log.info('console approval', { id, approve: parsed.data.approve, keyId: staff.keyId });
    return c.redirect(`/console?resolved=${encodeURIComponent(id)}`, 303);
  });

  app.post('/console/items/:id/claim', limit, requireSession, requireCsrf, async (c) => {
    const id = c.req.param('id');
    const form = c.get('form');
    const staff = c.get('staff');
    const what = form.do;
    if (what !== 'claim' && what !== 'takeover' && what !== 'release')
      return messagePage(c, 400, t(c.get('lang'), 'badRequest'), 'do: expected claim, takeover or release');
    try {
      await services.reviews.claim(id, {
        by: staff.identity,
        keyId: staff.keyId,
        at: toShanghaiIso(services.clock()),
        takeOver: what === 'takeover',
        release: what === 'release',
      });
    } catch (error) {
      if (error instanceof ClaimedByOtherError)
        return renderItem(c, id, { error: 'claimed', claimedBy: error.claimedBy }, 409);
      throw error;
    }
    return c.redirect(`/console/items/${encodeURIComponent(id)}`, 303);
  });

  // ——— policy check (政策检查) ———

  registerPolicyCheck(app, { requireSession, requireCsrf, limit, page, base });

  // ——— management summary ———

  const SummaryQuerySchema = z.object({
    shopId: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      ExternalIdSchema.optional(),
    ),
  });

  function summaryInput(c: C) {
    const period = parsePeriod({ from: c.req.query('from'), to: c.req.query('to') }, services.clock());
    const shop = SummaryQuerySchema.safeParse({ shopId: c.req.query('shopId') });
    return period && shop.success ? { period, shopId: shop.data.shopId } : undefined;
  }

  app.get('/console/summary', requireSession, async (c) => {
    const lang = c.get('lang');
    const input = summaryInput(c);
    if (!input) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'periodInvalid'));
    const report = await services.reports.summary(
      {
        from: input.period.from,
        to: input.period.to,
        shopId: input.shopId,
      },
      ALL_RULE_IDS,
    );
    return page(c, <SummaryPage {...base(c)} period={input.period} shopId={input.shopId} report={report} />);
  });

  app.get('/console/summary.csv', requireSession, async (c) => {
    const lang = c.get('lang');
    const input = summaryInput(c);
    if (!input) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'periodInvalid'));
    const { period, shopId } = input;
    return c.body(resolvedCsvStream(services, period, shopId), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="refusal-guard-resolved-${period.from}-to-${period.to}.csv"`,
    });
  });

  return app;
}
