import type { MiddlewareHandler } from 'hono';

/**
 * The default Content Security Policy of an HTML answer: nothing loads but inline styles and own
 * images, no script, forms only to this origin, never framed. A page that needs more (the docs
 * page's one inline script) sets its own policy, which is kept.
 */
export const HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Security headers on every answer (contract 1.1): `X-Content-Type-Options: nosniff` always; on an
 * HTML answer also a CSP (unless the route set its own) and frame denial.
 *
 * @example app.use(securityHeaders())
 */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeadersMiddleware(c, next) {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if ((c.res.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) {
      if (!c.res.headers.has('Content-Security-Policy')) c.res.headers.set('Content-Security-Policy', HTML_CSP);
      c.res.headers.set('X-Frame-Options', 'DENY');
      if (!c.res.headers.has('Referrer-Policy')) c.res.headers.set('Referrer-Policy', 'same-origin');
    }
  };
}
