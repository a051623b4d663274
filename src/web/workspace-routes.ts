import { readFileSync } from 'node:fs';
import type {} from '@koa/bodyparser';
import Router from '@koa/router';
import type { Context } from 'koa';
import proxyAddr from 'proxy-addr';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { PAGE_PATH_PREFIX } from '../../cards/page-links';
import type { Clock } from '../clock';
import { completePromise } from '../flows/briefing-action';
import type { FlowContext } from '../flows/flow-context';
import { postponeOneDay } from '../flows/overdue-action';
import type { RuleBook } from '../flows/rule-book';
import type { PageSignIn } from '../pipeline/platform';
import { Commitment, Tenant, User } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { archivePage } from './archive-page';
import { archiveView } from './archive-view';
import { dashboardPage } from './dashboard-page';
import { dashboardView, DRILLS, type Drill } from './dashboard-view';
import { dealsPage } from './deals-page';
import { dealsView, readDealsFilter } from './deals-view';
import { dingtalkJsapiScript } from './dingtalk-jsapi';
import { exportPeriod, exportWorkbook } from './export-workbook';
import { memberOfAccount, type SignInPlatform } from './member-account';
import { pageContext } from './page-context';
import { openSession, SESSION_COOKIE, SESSION_HOURS, sessionMember, type NewSession } from './sessions';
import { dingtalkSignInPage, notFoundPage, openElsewherePage, signInFailedPage } from './sign-in-pages';
import { todosPage } from './todos-page';
import { todosView } from './todos-view';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');
const STYLESHEET = asset('pages.css');
const DINGTALK_SIGN_IN_SCRIPT = asset('dingtalk-sign-in.js');

const NOTICES: Record<string, string> = { done: '已标记完成', postponed: '已延期一天', gone: '这项承诺已完成或不是你的' };

export interface WorkspaceDeps {
  dataSource: DataSource;
  clock: Clock;
  ruleBook: RuleBook;
  /** Proxies whose X-Forwarded-Proto is believed when deciding whether the cookie is Secure. */
  trustedProxies: string[];
  /** PUBLIC_BASE_URL; the WeCom return address is built on it (else on the request's own origin). */
  publicBaseUrl: string | null;
  /** The enabled platforms' own sign-in. */
  signIns: Partial<Record<SignInPlatform, PageSignIn>>;
  /** The console is enabled: its member choice signs in (behind CONSOLE_TOKEN when set). */
  consoleSignIn: boolean;
}

const codeSchema = z.string().min(1).max(512);

/**
 * The workspace pages opened from cards (/w/{tenant}/…) and their JSON (/w/{tenant}/api/…). Every one
 * finds the member from the session cookie and answers only what that member may see; without a session
 * a page starts the sign-in the browser allows (WeCom, DingTalk) or says how to open it.
 */
export function workspaceRouter(deps: WorkspaceDeps): Router {
  const { dataSource, clock, ruleBook } = deps;
  const trusted = proxyAddr.compile(deps.trustedProxies);
  const router = new Router();

  router.get('/w/assets/pages.css', (ctx) => {
    ctx.type = 'text/css';
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = STYLESHEET;
  });
  router.get('/w/assets/dingtalk.js', async (ctx) => {
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'public, max-age=86400');
    ctx.body = await dingtalkJsapiScript();
  });
  router.get('/w/assets/dingtalk-sign-in.js', (ctx) => {
    ctx.type = 'application/javascript';
    ctx.body = DINGTALK_SIGN_IN_SCRIPT;
  });

  // WeCom's OAuth comes back here with a one-time code.
  router.get('/w/sign-in/wecom', async (ctx) => {
    const tenantId = String(ctx.query.tenant ?? '');
    const next = String(ctx.query.next ?? '');
    const code = codeSchema.safeParse(ctx.query.code);
    if (!code.success || !isPagePathOf(tenantId, next)) return htmlAnswer(ctx, 400, signInFailedPage('链接不完整,请从卡片重新打开。'));
    const failed = await signInWithCode(ctx, 'wecom', tenantId, code.data);
    if (failed) return htmlAnswer(ctx, 403, signInFailedPage(failed));
    ctx.redirect(next);
  });

  // The DingTalk page posts the code the client gave it.
  router.post('/w/sign-in/dingtalk', async (ctx) => {
    const body = z.object({ tenantId: z.string().min(1).max(64), code: codeSchema }).safeParse(ctx.request.body);
    if (!body.success) return jsonAnswer(ctx, 400, { error: '缺少登录码', code: 'SIGN_IN_INVALID' });
    const failed = await signInWithCode(ctx, 'dingtalk', body.data.tenantId, body.data.code);
    if (failed) return jsonAnswer(ctx, 403, { error: failed, code: 'SIGN_IN_REFUSED' });
    ctx.body = { ok: true };
  });

  // The console's member choice: under /console, so CONSOLE_TOKEN guards it like the rest of the console.
  if (deps.consoleSignIn)
    router.get('/console/pages', async (ctx) => {
      const tenantId = String(ctx.query.tenantId ?? 'demo');
      const next = String(ctx.query.next ?? '');
      const user = await dataSource.getRepository(User).findOneBy({ tenantId, id: String(ctx.query.userId ?? '') });
      if (!user || !isPagePathOf(tenantId, next)) return htmlAnswer(ctx, 404, notFoundPage());
      await startSession(ctx, { tenantId, userId: user.id, platform: 'console' });
      ctx.redirect(next);
    });

  /** Runs a page or API handler for the signed-in member of the path's tenant; otherwise answers for them. */
  const asMember =
    (handle: (ctx: Context, flow: FlowContext) => Promise<void>) =>
    async (ctx: Context): Promise<void> => {
      const tenant = await dataSource.getRepository(Tenant).findOneBy({ id: String(ctx.params.tenant) });
      if (!tenant) return notFound(ctx);
      const token = ctx.cookies.get(SESSION_COOKIE);
      const now = clock.now();
      const member = token ? await sessionMember(dataSource, token, tenant.id, now) : null;
      if (member) return handle(ctx, pageContext(dataSource.manager, ruleBook, tenant, member, now));
      if (isApi(ctx) || ctx.method !== 'GET') return jsonAnswer(ctx, 401, { error: '请先登录', code: 'SIGN_IN_REQUIRED' });
      return beginSignIn(ctx, tenant.id);
    };

  router.get(
    '/w/:tenant/customers/:id',
    asMember(async (ctx, flow) => {
      const view = await archiveView(flow, ctx.params.id!);
      if (!view) return notFound(ctx);
      htmlAnswer(ctx, 200, archivePage(flow.tenant.id, view));
    }),
  );
  router.get(
    '/w/:tenant/api/customers/:id',
    asMember(async (ctx, flow) => {
      const view = await archiveView(flow, ctx.params.id!);
      if (!view) return notFound(ctx);
      ctx.body = view;
    }),
  );
  router.get(
    '/w/:tenant/todos',
    asMember(async (ctx, flow) => {
      htmlAnswer(ctx, 200, todosPage(flow.tenant.id, await todosView(flow), NOTICES[String(ctx.query.notice)] ?? null));
    }),
  );
  router.get(
    '/w/:tenant/api/todos',
    asMember(async (ctx, flow) => {
      ctx.body = await todosView(flow);
    }),
  );
  // 已完成 and 延期1天 go through the flows the cards' buttons use; the page comes back with what happened.
  router.post(
    '/w/:tenant/todos/:id/:action',
    asMember(async (ctx, flow) => {
      const { id, action } = ctx.params as { id: string; action: string };
      if (action !== 'done' && action !== 'postpone') return notFound(ctx);
      const outcome = await inTransaction(dataSource, async (em) => {
        const tx = { ...flow, em, now: clock.now() };
        if (action === 'done') return (await completePromise(tx, id)) ? 'done' : 'gone';
        const own = await em.findOneBy(Commitment, { tenantId: flow.tenant.id, id, ownerId: flow.actor.id });
        return own && (await postponeOneDay(tx, own)) ? 'postponed' : 'gone';
      });
      ctx.redirect(`/w/${encodeURIComponent(flow.tenant.id)}/todos?notice=${outcome}`);
    }),
  );
  router.get(
    '/w/:tenant/deals',
    asMember(async (ctx, flow) => {
      htmlAnswer(ctx, 200, dealsPage(flow.tenant.id, await dealsView(flow, readDealsFilter(ctx.query))));
    }),
  );
  router.get(
    '/w/:tenant/api/deals',
    asMember(async (ctx, flow) => {
      ctx.body = await dealsView(flow, readDealsFilter(ctx.query));
    }),
  );

  router.get(
    '/w/:tenant/dashboard',
    asMember(async (ctx, flow) => {
      htmlAnswer(ctx, 200, dashboardPage(flow.tenant.id, await dashboardView(flow, readDrill(ctx.query.drill))));
    }),
  );
  router.get(
    '/w/:tenant/api/dashboard',
    asMember(async (ctx, flow) => {
      ctx.body = await dashboardView(flow, readDrill(ctx.query.drill));
    }),
  );

  // The review workbook of what the member may see (a manager: the team), for a period of local days.
  router.get(
    '/w/:tenant/export.xlsx',
    asMember(async (ctx, flow) => {
      const period = exportPeriod(ctx.query.from, ctx.query.to, flow.now, flow.tenant.timezone);
      if (!period) return jsonAnswer(ctx, 400, { error: '日期应为 2026-12-01 这样的格式,且开始不晚于结束', code: 'PERIOD_INVALID' });
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.attachment(`销售记录-${flow.tenant.id}.xlsx`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await exportWorkbook(flow, period);
    }),
  );

  /** WeCom's browser goes to the corp's OAuth; DingTalk's gets the page that asks its client for a code; others are told where to open it. */
  async function beginSignIn(ctx: Context, tenantId: string): Promise<void> {
    const agent = ctx.get('user-agent');
    const platform: SignInPlatform | null = /wxwork/i.test(agent) ? 'wecom' : /DingTalk/i.test(agent) ? 'dingtalk' : null;
    const signIn = platform ? deps.signIns[platform] : undefined;
    if (!platform || !signIn) return htmlAnswer(ctx, 200, openElsewherePage(deps.consoleSignIn));
    const back = new URL('/w/sign-in/wecom', deps.publicBaseUrl ?? ctx.origin);
    back.search = new URLSearchParams({ tenant: tenantId, next: ctx.url }).toString();
    const start = await signIn.begin(tenantId, back.toString());
    if (!start) return htmlAnswer(ctx, 200, signInFailedPage('这个团队还没有接入这个应用的登录,请联系管理员。'));
    if ('redirect' in start) return ctx.redirect(start.redirect);
    htmlAnswer(ctx, 200, dingtalkSignInPage(tenantId, start.corpId, ctx.url));
  }

  /** Exchanges a platform's one-time code for a session; the reason in Chinese when it is refused. */
  async function signInWithCode(ctx: Context, platform: SignInPlatform, tenantId: string, code: string): Promise<string | null> {
    const signIn = deps.signIns[platform];
    const account = signIn ? await signIn.accountForCode(tenantId, code) : null;
    if (!account) return '登录码无效、已用过或已过期,请关闭页面后从卡片重新打开。';
    const member = await memberOfAccount(dataSource.manager, tenantId, platform, account);
    if (!member) return `你还不在本团队的成员名单里。请把你的账号 ID「${account}」发给管理员。`;
    const opened = await startSession(ctx, { tenantId, userId: member.id, platform, signInCode: `${platform}:${code}` });
    return opened ? null : '这个登录码已经用过了,请从卡片重新打开。';
  }

  /** Opens a session and sets its cookie: HttpOnly, SameSite=Lax, Secure when the browser came over TLS. */
  async function startSession(ctx: Context, session: NewSession): Promise<boolean> {
    const token = await openSession(dataSource, session, clock.now());
    if (!token) return false;
    ctx.cookies.secure = cameOverTls(ctx);
    ctx.cookies.set(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.cookies.secure,
      path: PAGE_PATH_PREFIX.slice(0, -1),
      expires: new Date(clock.now().getTime() + SESSION_HOURS * 3_600_000),
      overwrite: true,
    });
    return true;
  }

  /** TLS on this socket, or a trusted proxy (TRUST_PROXY) saying the browser used https. */
  function cameOverTls(ctx: Context): boolean {
    if ((ctx.req.socket as { encrypted?: boolean }).encrypted) return true;
    const peer = ctx.req.socket.remoteAddress ?? '';
    return trusted(peer, 0) && ctx.get('x-forwarded-proto').split(',')[0]!.trim() === 'https';
  }

  return router;
}

/** Only our own pages of that tenant: a sign-in never sends the browser anywhere else. */
function isPagePathOf(tenantId: string, next: string): boolean {
  return next.startsWith(`${PAGE_PATH_PREFIX}${encodeURIComponent(tenantId)}/`) && !next.includes('//') && !next.includes('\\');
}

function readDrill(value: unknown): Drill | null {
  return typeof value === 'string' && Object.hasOwn(DRILLS, value) ? (value as Drill) : null;
}

function isApi(ctx: Context): boolean {
  return /^\/w\/[^/]+\/api\//.test(ctx.path);
}

/** Another team's customer and a customer that does not exist get the same answer. */
function notFound(ctx: Context): void {
  if (isApi(ctx)) return jsonAnswer(ctx, 404, { error: '没有找到', code: 'NOT_FOUND' });
  htmlAnswer(ctx, 404, notFoundPage());
}

function htmlAnswer(ctx: Context, status: number, body: string): void {
  ctx.status = status;
  ctx.type = 'html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

function jsonAnswer(ctx: Context, status: number, body: object): void {
  ctx.status = status;
  ctx.body = body;
}
