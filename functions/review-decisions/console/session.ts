import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Services } from '#shared/services.js';
import { hashKey } from '#store/principals.js';
import { isLang, type Lang } from './i18n.js';

export const SESSION_COOKIE = 'rg_session';
export const SIGNIN_COOKIE = 'rg_signin';
export const LANG_COOKIE = 'rg_lang';
const COOKIE_PATH = '/console';

/**
 * What a console session cookie carries: the server-side session's id, the key's hash (never the key),
 * who it is, when it ends, its CSRF token.
 */
export interface SessionPayload {
  /** The session recorded in the store; signing out revokes it there. */
  sid: string;
  keyHash: string;
  name: string;
  keyId: string;
  /** Epoch seconds. */
  exp: number;
  csrf: string;
}

/** A signed-in staff member, as the console pages see them. */
export interface StaffSession extends SessionPayload {
  /** `<name> (<keyId>)`: the identity recorded beside a resolution. */
  identity: string;
}

function sign(secret: Buffer, data: string): string {
  return createHmac('sha256', secret).update(data, 'utf8').digest('base64url');
}

/** Constant-time equality of two strings (false when the lengths differ). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** `base64url(payload).base64url(HMAC-SHA256(payload))`. */
export function encodeSession(secret: Buffer, payload: SessionPayload): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The payload of a well-signed, unexpired cookie value, or undefined. */
export function decodeSession(secret: Buffer, value: string | undefined, nowMs: number): SessionPayload | undefined {
  if (!value || value.length > 2048) return undefined;
  const dot = value.indexOf('.');
  if (dot < 1) return undefined;
  const body = value.slice(0, dot);
  if (!safeEqual(value.slice(dot + 1), sign(secret, body))) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SessionPayload;
    if (
      typeof payload.sid !== 'string' ||
      typeof payload.keyHash !== 'string' ||
      typeof payload.keyId !== 'string' ||
      typeof payload.name !== 'string' ||
      typeof payload.csrf !== 'string' ||
      typeof payload.exp !== 'number' ||
      payload.exp * 1000 <= nowMs
    )
      return undefined;
    return payload;
  } catch {
    return undefined;
  }
}

/** Cookies are `Secure` everywhere except a plain-HTTP developer machine. */
function isLocalHost(c: Context): boolean {
  const host = new URL(c.req.url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

function cookieOptions(c: Context, maxAge?: number) {
  return {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'Strict' as const,
    secure: !isLocalHost(c),
    ...(maxAge !== undefined ? { maxAge } : {}),
  };
}

/**
 * The console's sessions: signed cookies that name a session kept in the store and carry a key hash,
 * re-validated against the store on every request. Signing out revokes the session on the server, so
 * the old cookie no longer works anywhere; a revoked key ends its sessions within the principal
 * cache's 30 s.
 */
export class ConsoleSessions {
  constructor(private readonly services: Services) {}

  /** Signs a staff member in: a fresh session with its own CSRF token. */
  async start(c: Context, key: string, principal: { name: string; keyId: string }): Promise<void> {
    const secret = await this.services.reviews.consoleSecret();
    const ttl = this.services.config.sessionTtlSeconds;
    const payload: SessionPayload = {
      sid: randomBytes(18).toString('base64url'),
      keyHash: hashKey(key),
      name: principal.name,
      keyId: principal.keyId,
      exp: Math.floor(this.services.clock().getTime() / 1000) + ttl,
      csrf: randomBytes(24).toString('base64url'),
    };
    await this.services.sessions.create(payload.sid, payload.keyHash, payload.exp);
    setCookie(c, SESSION_COOKIE, encodeSession(secret, payload), cookieOptions(c, ttl));
    deleteCookie(c, SIGNIN_COOKIE, { path: COOKIE_PATH, secure: !isLocalHost(c) });
  }

  /** The current session, or undefined when missing, forged, expired or its key is no longer staff. */
  async current(c: Context): Promise<StaffSession | undefined> {
    const secret = await this.services.reviews.consoleSecret();
    const now = this.services.clock().getTime();
    const payload = decodeSession(secret, getCookie(c, SESSION_COOKIE), now);
    if (!payload) return undefined;
    if (!(await this.services.sessions.isActive(payload.sid, payload.keyHash, now))) return undefined;
    const staff = await this.services.principals.findByKeyHash(payload.keyHash, now);
    if (staff?.role !== 'staff' || staff.keyId !== payload.keyId) return undefined;
    return { ...payload, name: staff.name, identity: `${staff.name} (${staff.keyId})` };
  }

  /** Signs out: revokes the session on the server, then drops the cookie. */
  async end(c: Context): Promise<void> {
    const secret = await this.services.reviews.consoleSecret();
    const payload = decodeSession(secret, getCookie(c, SESSION_COOKIE), this.services.clock().getTime());
    if (payload) await this.services.sessions.revoke(payload.sid, new Date(this.services.clock()).toISOString());
    deleteCookie(c, SESSION_COOKIE, { path: COOKIE_PATH, secure: !isLocalHost(c) });
  }

  /** A CSRF token for the sign-in form (double-submit: the same value in a cookie and in the form). */
  signInToken(c: Context): string {
    const existing = getCookie(c, SIGNIN_COOKIE);
    if (existing && /^[A-Za-z0-9_-]{32}$/.test(existing)) return existing;
    const token = randomBytes(24).toString('base64url');
    setCookie(c, SIGNIN_COOKIE, token, cookieOptions(c, 3600));
    return token;
  }

  signInTokenMatches(c: Context, submitted: unknown): boolean {
    const cookie = getCookie(c, SIGNIN_COOKIE);
    return typeof submitted === 'string' && !!cookie && safeEqual(cookie, submitted);
  }

  /** The console language: `?lang=` (remembered in a cookie), the cookie, the browser's preference. */
  language(c: Context): Lang {
    const asked = c.req.query('lang');
    if (isLang(asked)) {
      setCookie(c, LANG_COOKIE, asked, { ...cookieOptions(c, 365 * 24 * 3600) });
      return asked;
    }
    const remembered = getCookie(c, LANG_COOKIE);
    if (isLang(remembered)) return remembered;
    const accept = (c.req.header('accept-language') ?? '').toLowerCase();
    return accept.startsWith('zh') ? 'zh' : 'en';
  }
}

/**
 * Whether a state-changing request comes from the console's own pages: `Sec-Fetch-Site` (when the
 * browser sends it) must be same-origin, and `Origin` (when present) must be this origin.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  return origin === new URL(c.req.url).origin;
}

/**
 * Who is calling, for throttling: the client address API Gateway saw (in Lambda), or the socket's
 * peer (the local server); `unknown` when neither is there (in-process tests). Forwarded-for headers
 * are not trusted: a client can write them.
 */
export function clientAddress(c: Context): string {
  const env = c.env as
    | {
        event?: { requestContext?: { http?: { sourceIp?: string } } };
        incoming?: { socket?: { remoteAddress?: string } };
      }
    | undefined;
  return env?.event?.requestContext?.http?.sourceIp ?? env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
