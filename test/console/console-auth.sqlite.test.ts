import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { useBot } from '../support/bot-under-test';
import { sqliteDatabase } from '../support/databases';

const TOKEN = 'console-token-for-tests';

describe('the console locked with CONSOLE_TOKEN', () => {
  const bot = useBot(sqliteDatabase, { CONSOLE_TOKEN: TOKEN });
  const get = (path: string, authorization?: string) => fetch(`${bot.url}${path}`, { headers: authorization ? { authorization } : {} });
  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  it('asks a browser for the token (Basic auth) on the page and on every API call, and says why in Chinese', async () => {
    for (const path of ['/console', '/console/api/users', '/console/api/feed?userId=zhangwei']) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="salesbot console"/);
    }
    expect(await (await get('/console/api/users')).json()).toEqual({ error: '请输入控制台口令(CONSOLE_TOKEN)', code: 'CONSOLE_LOCKED' });
  });

  it('locks every spelling of a console path (case, doubled slashes, dot segments, percent-encoding) for reads, posts, taps and jobs', async () => {
    const { port } = new URL(bot.url);
    const variants = [
      '/CONSOLE/api/users?tenantId=demo',
      '/Console/Api/Users?tenantId=demo',
      '/console/API/feed?userId=zhangwei',
      '/CONSOLE',
      '/Console/',
      '/console/api/users/',
      '//console/api/users',
      '/console//api/users',
      '/%63onsole/api/users',
      '/%43ONSOLE/api/users',
      '/console/./api/users',
      '/x/../console/api/users',
    ];
    for (const path of variants) expect([path, await statusOf(port, 'GET', path)]).toEqual([path, 401]);
    const posts = [
      '/CONSOLE/api/messages',
      '/Console/api/actions',
      '/console/API/jobs/friday-warning/run',
      '/CONSOLE/api/jobs/overdue-scan/run',
    ];
    for (const path of posts) expect([path, await statusOf(port, 'POST', path, '{"userId":"zhangwei","text":"x"}')]).toEqual([path, 401]);
  });

  it('refuses a wrong token, however it is sent', async () => {
    expect((await get('/console/api/users', basic('admin', 'not-the-token'))).status).toBe(401);
    expect((await get('/console/api/users', `Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await get('/console/api/users', basic(TOKEN, ''))).status).toBe(401);
  });

  it('lets the token in as a Basic-auth password (any user name) or a Bearer token, and the message goes through', async () => {
    expect((await get('/console', basic('经理', TOKEN))).status).toBe(200);
    const users = (await (await get('/console/api/users', `Bearer ${TOKEN}`)).json()) as { users: { id: string }[] };
    expect(users.users.map((u) => u.id)).toContain('zhangwei');
    const sent = await fetch(`${bot.url}/console/api/messages`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'zhangwei', text: '今天跟华信王总聊了液压泵升级' }),
    });
    expect(sent.status).toBe(202);
  });

  it('leaves /healthz open for the load balancer', async () => {
    expect((await get('/healthz')).status).toBe(200);
  });
});

/** A request with the path exactly as written (fetch would normalise dot segments and doubled slashes). */
function statusOf(port: string, method: string, path: string, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path, method, headers: body ? { 'content-type': 'application/json' } : {} },
      (answer) => {
        answer.resume();
        resolve(answer.statusCode ?? 0);
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}
