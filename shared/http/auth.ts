import type { MiddlewareHandler } from 'hono';
import type { Principal, PrincipalRepository } from '#store/principals.js';
import { ForbiddenError, UnauthorizedError } from './errors.js';

export interface AuthEnv {
  Variables: { principal: Principal };
}

/**
 * Requires `Authorization: Bearer <key>` naming a known key, and sets `principal`. Missing or
 * unknown: 401. `roles` narrows who may pass (a known key with another role: 403).
 *
 * @example app.use('/v1/reviews/*', bearerAuth(principals, ['staff']))
 */
export function bearerAuth(
  principals: PrincipalRepository,
  roles: readonly Principal['role'][] = ['shop', 'staff'],
): MiddlewareHandler<AuthEnv> {
  return async function bearerAuthMiddleware(c, next) {
    const header = c.req.header('authorization');
    if (!header) throw new UnauthorizedError('a Bearer key is required: Authorization: Bearer <key>');
    const match = /^Bearer\s+(\S{8,512})\s*$/i.exec(header);
    if (!match?.[1]) throw new UnauthorizedError('malformed Authorization header: expected Bearer <key>');
    const principal = await principals.findByKey(match[1]);
    if (!principal) throw new UnauthorizedError('unknown key');
    if (!roles.includes(principal.role)) throw new ForbiddenError(`this route is for ${roles.join(' or ')} keys`);
    c.set('principal', principal);
    await next();
  };
}
