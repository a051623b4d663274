import { readFileSync } from 'node:fs';
import type {} from '@koa/bodyparser';
import type Router from '@koa/router';
import type { Context } from 'koa';
import proxyAddr from 'proxy-addr';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { PAGE_PATH_PREFIX, tenantPath } from '../../cards/page-links';
import type { Clock } from '../clock';
import type { PageSignIn } from '../pipeline/platform';
import { User } from '../store/entities';
import { htmlAnswer, jsonAnswer } from './answers';
import { dingtalkJsapiScript } from './dingtalk-jsapi';
import { memberByAccount } from '../store/member-accounts';
import { openSession, SESSION_COOKIE, type NewSession } from './sessions';
import { dingtalkSignInPage, notFoundPage, openElsewherePage, signInFailedPage } from './sign-in-pages';

/** The platforms whose in-app browser signs a member in to the pages. */
type SignInPlatform = 'wecom' | 'dingtalk';

const DINGTALK_SIGN_IN_SCRIPT = readFileSync(new URL('./assets/dingtalk-sign-in.js', import.meta.url), 'utf8');
const codeSchema = z.string().min(1).max(512);

export interface SignInDeps {
  dataSource: DataSource;
  clock: Clock;
  /** Proxies whose X-Forwarded-Proto is believed when deciding whether the cookie is Secure. */
  trustedProxies: string[];
  /** PUBLIC_BASE_URL; the WeCom return address is built on it (else on the request's own origin). */
  publicBaseUrl: string | null;
  /** The enabled platforms' own sign-in. */
  signIns: Partial<Record<SignInPlatform, PageSignIn>>;
  /** The console is enabled: its member choice signs in (behind CONSOLE_TOKEN when set). */
  consoleSignIn: boolean;
}

export interface WorkspaceSignIn {
  /** Adds the sign-in routes: WeCom's return, DingTalk's code and its script, the console's member choice. */
  register(router: Router): void;
  /** Answers a page asked for without a session with the sign-in its browser allows. */
  begin(ctx: Context, tenantId: string): Promise<void>;
}

/**
 * Signing in to the workspace pages without a password: the platform's in-app browser proves who the
 * member is (WeCom's OAuth code, DingTalk's auth code), the console vouches for its chosen member, and
 * the bot keeps a session (src/web/sessions.ts) in an HttpOnly cookie.
 */
export function workspaceSignIn(deps: SignInDeps): WorkspaceSignIn {
  const { dataSource, clock } = deps;
  const trusted = proxyAddr.compile(deps.trustedProxies);

  function register(router: Router): void {
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
  }

  /** WeCom's browser goes to the corp's OAuth; DingTalk's gets the page that asks its client for a code; others are told where to open it. */
  async function begin(ctx: Context, tenantId: string): Promise<void> {
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
    const member = await memberByAccount(dataSource.manager, tenantId, platform, account);
    if (!member) return `你还不在本团队的成员名单里。请把你的账号 ID「${account}」发给管理员。`;
    if (member.leftAt) return '你已不在本团队的成员名单中,不能再打开团队的页面。如有疑问,请联系管理员。';
    const opened = await startSession(ctx, { tenantId, userId: member.id, platform, signInCode: `${platform}:${code}` });
    return opened ? null : '这个登录码已经用过了,请从卡片重新打开。';
  }

  /** Opens a session and sets its cookie: HttpOnly, SameSite=Lax, Secure when the browser came over TLS. */
  async function startSession(ctx: Context, session: NewSession): Promise<boolean> {
    const opened = await openSession(dataSource, session, clock.now());
    if (!opened) return false;
    ctx.cookies.secure = cameOverTls(ctx);
    ctx.cookies.set(SESSION_COOKIE, opened.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.cookies.secure,
      path: PAGE_PATH_PREFIX.slice(0, -1),
      expires: opened.expiresAt,
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

  return { register, begin };
}

/** Only our own pages of that tenant: a sign-in never sends the browser anywhere else. */
function isPagePathOf(tenantId: string, next: string): boolean {
  return next.startsWith(tenantPath(tenantId, '/')) && !next.includes('//') && !next.includes('\\');
}
