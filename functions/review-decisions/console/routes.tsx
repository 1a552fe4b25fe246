import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { MAX_BODY_BYTES } from '#http/body.js';
import { ResolutionRequestSchema, ReviewListQuerySchema } from '#schemas/review.js';
import { renderStoredCheck } from '#shared/decisions/checks.js';
import { log } from '#shared/log.js';
import type { Services } from '#shared/services.js';
import { toShanghaiIso } from '#shared/time.js';
import { InvalidCursorError } from '#store/cursor.js';
import { NotFoundError, StoreUnavailableError, VersionConflictError } from '#store/errors.js';
import { NotReviewableError, type QueueEntry, toReviewItem } from '#store/reviews.js';
import { type Lang, t } from './i18n.js';
import { ItemPage, MessagePage, QueuePage, type ResolutionFormState, SignInPage } from './pages.js';
import { registerPolicyCheck } from './policy-check.js';
import { ConsoleSessions, isSameOrigin, type StaffSession, safeEqual } from './session.js';
import { decisionsCsv, decisionsIn, parsePeriod, summarize } from './summary.js';
import { SummaryPage } from './summary-page.js';

export interface ConsoleEnv {
  Variables: { lang: Lang; staff: StaffSession; form: Record<string, string> };
}
type C = Context<ConsoleEnv>;

const QUEUE_PAGE_SIZE = 50;

/**
 * Security headers of every console answer: nothing cached, no framing, no script at all (the
 * console is plain HTML forms), forms only to this origin.
 */
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

function page(
  c: C,
  element: HtmlEscapedString | Promise<HtmlEscapedString>,
  status: 200 | 400 | 401 | 403 | 404 | 409 | 500 | 503 = 200,
) {
  return c.html(html`<!DOCTYPE html>${element}`, status);
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
    const body = await c.req.parseBody();
    const form = Object.fromEntries(
      Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as const] : [])),
    );
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
    const body = await c.req.parseBody();
    if (!isSameOrigin(c) || !sessions.signInTokenMatches(c, body.csrf))
      return messagePage(c, 403, t(lang, 'forbidden'), t(lang, 'csrfRefused'), true);
    const key = typeof body.key === 'string' ? body.key.trim() : '';
    const principal = /^\S{8,512}$/.test(key) ? await services.principals.findByKey(key) : undefined;
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

  app.post('/console/sign-out', limit, requireSession, requireCsrf, (c) => {
    sessions.end(c);
    return c.redirect('/console/sign-in', 303);
  });

  // ——— queue ———

  app.get('/console', requireSession, async (c) => {
    const lang = c.get('lang');
    const parsed = ReviewListQuerySchema.safeParse({
      status: c.req.query('status') || undefined,
      shopId: c.req.query('shopId')?.trim() || undefined,
      cursor: c.req.query('cursor') || undefined,
      limit: QUEUE_PAGE_SIZE,
    });
    if (!parsed.success)
      return messagePage(
        c,
        400,
        t(lang, 'badRequest'),
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    const query = parsed.data;
    const { entries, cursor } = await services.reviews.list(query);
    const now = services.clock();
    return page(
      c,
      <QueuePage
        {...base(c)}
        items={entries.map((entry) => toReviewItem(entry, now))}
        now={now}
        status={query.status}
        shopId={query.shopId}
        nextCursor={cursor}
        isFirstPage={!query.cursor}
        resolvedId={c.req.query('resolved')}
      />,
    );
  });

  // ——— one item ———

  async function renderItem(c: C, id: string, form: ResolutionFormState, status: 200 | 400 | 409 = 200) {
    const entry = await services.reviews.get(id);
    if (!entry) throw new NotFoundError(`no item ${id}`);
    return page(c, itemElement(c, entry, form), status);
  }

  function itemElement(c: C, entry: QueueEntry, form: ResolutionFormState) {
    const now = services.clock();
    return entry.type === 'check' ? (
      <ItemPage {...base(c)} now={now} check={renderStoredCheck(entry.record)} form={form} />
    ) : (
      <ItemPage {...base(c)} now={now} flag={entry.record} form={form} />
    );
  }

  app.get('/console/items/:id', requireSession, (c) => renderItem(c, c.req.param('id'), {}));

  app.post('/console/items/:id/resolution', limit, requireSession, requireCsrf, async (c) => {
    const id = c.req.param('id');
    const lang = c.get('lang');
    const form = c.get('form');
    const parsed = ResolutionRequestSchema.safeParse({
      action: form.action,
      justification: form.justification ?? '',
      expectedVersion: Number(form.expectedVersion),
    });
    if (!parsed.success) {
      const paths = parsed.error.issues.map((issue) => issue.path.join('.'));
      if (paths.includes('justification'))
        return renderItem(c, id, { justification: form.justification ?? '', error: 'short' }, 400);
      return messagePage(
        c,
        400,
        t(lang, 'badRequest'),
        parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      );
    }
    const staff = c.get('staff');
    try {
      await services.reviews.resolve(id, {
        ...parsed.data,
        resolvedBy: staff.identity,
        resolvedAt: toShanghaiIso(services.clock()),
      });
    } catch (error) {
      if (error instanceof VersionConflictError) {
        const entry = await services.reviews.get(id);
        if (!entry) throw new NotFoundError(`no item ${id}`);
        const last = entry.record.review.history.at(-1);
        return page(
          c,
          itemElement(c, entry, {
            justification: parsed.data.justification,
            error: 'conflict',
            conflict: {
              who: last?.resolvedBy ?? '?',
              at: last?.resolvedAt ?? '',
              version: entry.record.review.version,
            },
          }),
          409,
        );
      }
      if (error instanceof NotReviewableError) return renderItem(c, id, { error: 'not_reviewable' }, 409);
      throw error;
    }
    log.info('console resolution', { id, action: parsed.data.action, keyId: staff.keyId });
    return c.redirect(`/console?resolved=${encodeURIComponent(id)}`, 303);
  });

  // ——— policy check (政策检查) ———

  registerPolicyCheck(app, { requireSession, requireCsrf, limit, page, base });

  // ——— management summary ———

  app.get('/console/summary', requireSession, async (c) => {
    const lang = c.get('lang');
    const period = parsePeriod({ from: c.req.query('from'), to: c.req.query('to') }, services.clock());
    if (!period) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'periodInvalid'));
    const summary = summarize(await decisionsIn(services, period));
    return page(c, <SummaryPage {...base(c)} period={period} summary={summary} />);
  });

  app.get('/console/summary.csv', requireSession, async (c) => {
    const lang = c.get('lang');
    const period = parsePeriod({ from: c.req.query('from'), to: c.req.query('to') }, services.clock());
    if (!period) return messagePage(c, 400, t(lang, 'badRequest'), t(lang, 'periodInvalid'));
    const csv = decisionsCsv(await decisionsIn(services, period));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="refusal-guard-decisions-${period.from}-to-${period.to}.csv"`,
    });
  });

  return app;
}
