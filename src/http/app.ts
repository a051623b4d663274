import { bodyParser } from '@koa/bodyparser';
import Koa, { type Middleware } from 'koa';
import type Router from '@koa/router';
import proxyAddr from 'proxy-addr';
import { BotError } from '../errors';
import { log } from '../log';
import { bearerCheck } from './bearer-check';

export interface HttpAppDeps {
  routers: Router[];
  /** Run before body parsing and routing, for every path (see Platform.guards). */
  guards?: Middleware[];
  /** Path prefixes whose routes read the raw body themselves (see Platform.rawBodyPaths). */
  rawBodyPaths?: string[];
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); from anyone else it is ignored. */
  trustedProxies?: string[];
  /** Reports whether this instance can do its work; 503 when it cannot. */
  health: () => Promise<{ ok: boolean; [detail: string]: unknown }>;
  /** The Prometheus text for /metrics. */
  metrics: () => Promise<string>;
  /** When set, /metrics answers only `Authorization: Bearer <token>`. */
  metricsToken?: string | null;
}

export const JSON_BODY_LIMIT = '64kb';

/** The Koa app: health, and the routes each enabled platform registers. */
export function createHttpApp({
  routers,
  guards = [],
  rawBodyPaths = [],
  trustedProxies = [],
  health,
  metrics,
  metricsToken,
}: HttpAppDeps): Koa {
  const metricsAllowed = metricsToken ? bearerCheck(metricsToken) : () => true;
  const app = new Koa();
  const trusted = proxyAddr.compile(trustedProxies);
  app.use(async (ctx, next) => {
    // The peer, or the client a trusted proxy names: what the logs and refusals show.
    ctx.request.ip = proxyAddr(ctx.req, trusted);
    try {
      await next();
    } catch (error) {
      const { status, code, message } = describeError(error);
      ctx.status = status;
      ctx.body = { error: message, code };
      if (status >= 500) log.error({ err: error, path: ctx.path, ip: ctx.ip }, 'request failed');
      else log.info({ code, path: ctx.path, status, ip: ctx.ip }, 'request refused');
    }
  });
  // What breaks after the answer went out (a client that sent a broken chunked body, then hung up).
  app.on('error', (error: Error & { code?: string }, ctx?: Koa.Context) =>
    log.info({ code: error.code ?? error.name, path: ctx?.path, ip: ctx?.ip }, 'connection failed after the answer'),
  );
  for (const guard of guards) app.use(guard);
  const parseJson = bodyParser({ enableTypes: ['json'], jsonLimit: JSON_BODY_LIMIT, encoding: 'utf-8' });
  // Signed platform callbacks read their raw body themselves: the signature covers the bytes as sent.
  app.use((ctx, next) => (rawBodyPaths.some((prefix) => ctx.path.startsWith(prefix)) ? next() : parseJson(ctx, next)));
  app.use(async (ctx, next) => {
    if (ctx.path === '/healthz') {
      const report = await health();
      ctx.status = report.ok ? 200 : 503;
      ctx.body = report;
    } else if (ctx.path === '/metrics' && !metricsAllowed(ctx.get('authorization'))) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer realm="salesbot metrics"');
      ctx.body = { error: '需要指标口令(METRICS_TOKEN)', code: 'METRICS_LOCKED' };
    } else if (ctx.path === '/metrics') {
      ctx.type = 'text/plain; version=0.0.4';
      ctx.body = await metrics();
    } else {
      await next();
    }
  });
  for (const router of routers) app.use(router.routes()).use(router.allowedMethods());
  return app;
}

function describeError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof BotError) return { status: error.status, code: error.code, message: error.userMessage };
  const status = (error as { status?: number }).status ?? 500;
  if (status === 413) return { status, code: 'BODY_TOO_LARGE', message: '请求内容太大' };
  if (status === 400 || status === 415 || status === 422)
    return { status: 400, code: 'BODY_INVALID', message: '请求内容格式不正确,应为 JSON' };
  if (status < 500) return { status, code: 'REQUEST_REFUSED', message: '请求被拒绝' };
  return { status: 500, code: 'INTERNAL', message: '服务器内部错误,请稍后再试' };
}
