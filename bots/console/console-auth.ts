import { posix } from 'node:path';
import type { Middleware } from 'koa';
import { secretCheck } from '../../src/http/bearer-check';

export const CONSOLE_PREFIX = '/console';

/**
 * The console has no accounts of its own and lets its user act as any member, so beside a real
 * messenger it is locked with CONSOLE_TOKEN: a browser answers the Basic-auth prompt (any user
 * name, the token as password), scripts send `Authorization: Bearer <token>`.
 *
 * It runs in front of the whole app, not inside the console's router: a router matches paths its own
 * way (case-insensitively, for one), so the guard decides on the path's canonical spelling instead,
 * and anything that could reach the console is locked.
 */
export function consoleGuard(token: string): Middleware {
  const matches = secretCheck(token);
  return async (ctx, next) => {
    if (!isConsolePath(ctx.path)) return next();
    if (matches(presentedToken(ctx.get('authorization')))) return next();
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Basic realm="salesbot console", charset="UTF-8"');
    ctx.body = { error: '请输入控制台口令(CONSOLE_TOKEN)', code: 'CONSOLE_LOCKED' };
  };
}

/** `/CONSOLE`, `//console/api`, `/%63onsole`, `/x/../console` and the like all count as the console. */
export function isConsolePath(path: string): boolean {
  const canonical = posix.normalize(safeDecode(path).toLowerCase());
  return canonical === CONSOLE_PREFIX || canonical.startsWith(`${CONSOLE_PREFIX}/`);
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function presentedToken(header: string): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  if (!basic) return null;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : null;
}
