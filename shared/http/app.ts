import { type Env, Hono } from 'hono';
import { log } from '#shared/log.js';
import { errorResponse } from './errors.js';
import { securityHeaders } from './security-headers.js';

const loggedRequests = new WeakSet<Request>();

/**
 * A Hono app with the service's one error handler, a JSON 404, the security headers (nosniff; on HTML
 * also CSP and frame denial) and one access-log line per request.
 * Every function's app starts here.
 *
 * @example const app = createBaseApp<AuthEnv>(); app.get('/healthz', (c) => c.json({ status: 'ok' }))
 */
export function createBaseApp<E extends Env = Env>(): Hono<E> {
  const app = new Hono<E>();
  app.onError(errorResponse);
  app.notFound((c) => c.json({ error: 'not_found' }, 404));
  app.use(securityHeaders());
  app.use(async function accessLog(c, next) {
    // Function apps are also composed side by side (the local service): log each request once.
    if (loggedRequests.has(c.req.raw)) return next();
    loggedRequests.add(c.req.raw);
    const started = performance.now();
    await next();
    log.info('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });
  return app;
}
