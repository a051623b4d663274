import type { Context } from 'koa';
import { notFoundPage } from './sign-in-pages';

/** The JSON behind the pages lives under /w/{tenant}/api/. */
export function isApi(ctx: Context): boolean {
  return /^\/w\/[^/]+\/api\//.test(ctx.path);
}

/** Another team's customer and a customer that does not exist get the same answer. */
export function notFound(ctx: Context): void {
  if (isApi(ctx)) return jsonAnswer(ctx, 404, { error: '没有找到', code: 'NOT_FOUND' });
  htmlAnswer(ctx, 404, notFoundPage());
}

/** A page: never cached, it holds one member's records. */
export function htmlAnswer(ctx: Context, status: number, body: string): void {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

export function jsonAnswer(ctx: Context, status: number, body: object): void {
  ctx.status = status;
  ctx.body = body;
}
