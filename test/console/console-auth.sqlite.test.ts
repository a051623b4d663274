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
