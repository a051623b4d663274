import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/data-source';
import { importTenant } from '../../src/tenant-import/import-tenant';
import { FakeDingtalk } from '../fakes/dingtalk/fake-dingtalk';
import { GET_USER_INFO, WecomEmulator } from '../fakes/wecom';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { workspaceTenantFile } from './workspace-tenant';

const WECOM_BROWSER =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 wxwork/4.1.20 MicroMessenger/7.0.1';
const DINGTALK_BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 AliApp(DingTalk/7.6.0)';
const CONSOLE_TOKEN = 'console-secret-1234';
const PUBLIC_BASE_URL = 'https://crm.example.com';

let database: TestDatabase;
let wecom: WecomEmulator;
let dingtalk: FakeDingtalk;
let bot: RunningBot;

beforeAll(async () => {
  database = await sqliteDatabase();
  wecom = new WecomEmulator();
  const wecomApi = await wecom.start();
  dingtalk = await new FakeDingtalk({ clientId: 'dingpages', clientSecret: 'pages-secret', corpId: 'dingcorp-pages' }).start();
  const setup = await openDatabase(database.url);
  await importTenant(
    setup,
    workspaceTenantFile('pages', { wecomCorpId: wecom.corp.corpId, wecomAgentId: wecom.corp.agentId, dingtalkCorpId: 'dingcorp-pages' }),
  );
  await setup.destroy();
  const env = {
    DATABASE_URL: database.url,
    PORT: '0',
    PLATFORMS: 'wecom,dingtalk,console',
    DEMO_TENANT: 'off',
    CONSOLE_TOKEN,
    PUBLIC_BASE_URL,
    TRUST_PROXY: 'loopback',
    ...wecom.env(wecomApi),
    ...dingtalk.env(),
  };
  bot = await startBot(loadConfig(env), { jobs: false });
});

afterAll(async () => {
  await bot?.stop();
  await wecom?.stop();
  await dingtalk?.stop();
  await database?.drop();
});

const archivePath = (customerId: string) => `/w/pages/customers/${customerId}`;

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${bot.url}${path}`, { headers, redirect: 'manual' });
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('salesbot_session='));
  if (!cookie) throw new Error(`no session cookie; status ${response.status}`);
  return cookie;
}

/** What the member's WeCom browser does: open the link, follow the OAuth redirect, come back with a code. */
async function signInOnWecom(userId: string, path: string): Promise<{ code: string; back: URL }> {
  const opened = await get(path, { 'user-agent': WECOM_BROWSER });
  expect(opened.status).toBe(302);
  const authorize = new URL(opened.headers.get('location')!);
  const back = new URL(authorize.searchParams.get('redirect_uri')!);
  return { code: wecom.api.issueOAuthCode(wecom.corp.corpId, userId), back };
}

describe('WeCom sign-in', () => {
  it('sends the browser to the corp OAuth, exchanges the code once, and opens the archive', async () => {
    const opened = await get(archivePath('cus_huaxin'), { 'user-agent': WECOM_BROWSER });
    expect(opened.status).toBe(302);
    const authorize = new URL(opened.headers.get('location')!);
    expect(`${authorize.origin}${authorize.pathname}`).toBe('https://open.weixin.qq.com/connect/oauth2/authorize');
    expect(authorize.hash).toBe('#wechat_redirect');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      appid: wecom.corp.corpId,
      response_type: 'code',
      scope: 'snsapi_base',
      agentid: String(wecom.corp.agentId),
    });
    const back = new URL(authorize.searchParams.get('redirect_uri')!);
    expect(back.origin).toBe(PUBLIC_BASE_URL);
    expect(back.searchParams.get('next')).toBe(archivePath('cus_huaxin'));

    const code = wecom.api.issueOAuthCode(wecom.corp.corpId, 'ZhangWei');
    back.searchParams.set('code', code);
    const returned = await get(`${back.pathname}${back.search}`, { 'user-agent': WECOM_BROWSER });
    expect(returned.status).toBe(302);
    expect(returned.headers.get('location')).toBe(archivePath('cus_huaxin'));
    const cookie = sessionCookie(returned);
    expect(cookie).toMatch(/httponly/i);
    expect(cookie).toMatch(/samesite=lax/i);
    expect(cookie).toMatch(/expires=/i);
    expect(cookie).not.toMatch(/secure/i); // plain http, no proxy saying otherwise
    const exchange = wecom.api.requests.find((r) => r.path === GET_USER_INFO);
    expect(exchange).toMatchObject({ method: 'GET', query: { code } });
    expect(exchange!.query.access_token).toBeTruthy();

    const page = await get(archivePath('cus_huaxin'), { cookie: cookie.split(';')[0]! });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('华信精密机械有限公司');
    expect(text).toContain('液压泵升级');

    // The same code again (a reload of the return address, or someone who saw it): refused.
    const again = await get(`${back.pathname}${back.search}`, { 'user-agent': WECOM_BROWSER });
    expect(again.status).toBe(403);
    expect(again.headers.getSetCookie()).toEqual([]);
  });

  it('refuses an expired code', async () => {
    const { code, back } = await signInOnWecom('ZhangWei', archivePath('cus_huaxin'));
    wecom.api.expireOAuthCodes();
    back.searchParams.set('code', code);
    const returned = await get(`${back.pathname}${back.search}`);
    expect(returned.status).toBe(403);
    expect(await returned.text()).toContain('登录码无效、已用过或已过期');
  });

  it('refuses a return address that leads off our pages', async () => {
    const code = wecom.api.issueOAuthCode(wecom.corp.corpId, 'ZhangWei');
    const returned = await get(`/w/sign-in/wecom?tenant=pages&next=${encodeURIComponent('//evil.example/w/pages/')}&code=${code}`);
    expect(returned.status).toBe(400);
  });

  it('marks the cookie Secure when a trusted proxy says the browser used https', async () => {
    const { code, back } = await signInOnWecom('ZhangWei', archivePath('cus_huaxin'));
    back.searchParams.set('code', code);
    const returned = await get(`${back.pathname}${back.search}`, { 'x-forwarded-proto': 'https' });
    expect(sessionCookie(returned)).toMatch(/; secure/i);
  });

  it("answers another team's customer with 404 and nothing of it, page and API alike", async () => {
    const { code, back } = await signInOnWecom('ZhangWei', archivePath('cus_huaxin'));
    back.searchParams.set('code', code);
    const cookie = sessionCookie(await get(`${back.pathname}${back.search}`)).split(';')[0]!;
    for (const path of [archivePath('cus_nanfang'), '/w/pages/api/customers/cus_nanfang', archivePath('cus_nowhere')]) {
      const answer = await get(path, { cookie });
      expect(answer.status).toBe(404);
      const body = await answer.text();
      expect(body).not.toContain('南方电气');
      expect(body).not.toContain('变压器');
      expect(body).not.toContain('陈晨');
    }
    const deals = (await (await get('/w/pages/api/deals', { cookie })).json()) as { deals: { customer: string }[] };
    expect(deals.deals.map((d) => d.customer)).toEqual(['华信精密机械有限公司']);
  });

  it('a session of one tenant opens nothing of another, and no session gets no data', async () => {
    expect((await get('/w/pages/api/customers/cus_huaxin')).status).toBe(401);
    const page = await get(archivePath('cus_huaxin'), { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126' });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('请在企业微信或钉钉中打开');
    expect(text).not.toContain('华信精密');
  });
});

describe('DingTalk sign-in', () => {
  it('serves the page that asks DingTalk for a code, with the official JS API from the bot', async () => {
    const page = await get(archivePath('cus_huaxin'), { 'user-agent': DINGTALK_BROWSER });
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('data-corp="dingcorp-pages"');
    expect(text).toContain('<script src="/w/assets/dingtalk.js">');
    expect(text).not.toContain('华信精密');
    const script = await get('/w/assets/dingtalk.js');
    expect(script.status).toBe(200);
    expect(await script.text()).toContain('runtime.permission.requestAuthCode');
  });

  it('exchanges the code through the OpenAPI once; a used or expired code is refused', async () => {
    const code = dingtalk.issueAuthCode('staff-zw');
    const signIn = () =>
      fetch(`${bot.url}/w/sign-in/dingtalk`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenantId: 'pages', code }),
      });
    const first = await signIn();
    expect(first.status).toBe(200);
    const cookie = sessionCookie(first).split(';')[0]!;
    expect((await get(archivePath('cus_huaxin'), { cookie })).status).toBe(200);
    expect((await get(archivePath('cus_nanfang'), { cookie })).status).toBe(404);
    expect(dingtalk.callsTo('userOfAuthCode')).toHaveLength(1);

    expect((await signIn()).status).toBe(403);
    const late = dingtalk.issueAuthCode('staff-zw');
    dingtalk.expireAuthCodes();
    const expired = await fetch(`${bot.url}/w/sign-in/dingtalk`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenantId: 'pages', code: late }),
    });
    expect(expired.status).toBe(403);
  });
});

describe('console sign-in', () => {
  it("signs in as the console's chosen member, only with CONSOLE_TOKEN", async () => {
    const path = `/console/pages?tenantId=pages&userId=liming&next=${encodeURIComponent('/w/pages/deals')}`;
    expect((await get(path)).status).toBe(401);
    const answer = await get(path, { authorization: `Bearer ${CONSOLE_TOKEN}` });
    expect(answer.status).toBe(302);
    const cookie = sessionCookie(answer).split(';')[0]!;
    const deals = (await (await get('/w/pages/api/deals', { cookie })).json()) as { deals: { customer: string }[] };
    // The manager sees his team's deals, not the other team's.
    expect(deals.deals.map((d) => d.customer)).toEqual(['华信精密机械有限公司']);
  });
});
