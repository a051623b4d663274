import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/data-source';
import { importTenant } from '../../src/tenant-import/import-tenant';
import { WecomEmulator } from '../fakes/wecom';
import { mysqlDatabase, type TestDatabase } from '../support/databases';
import { workspaceTenantFile } from '../web/workspace-tenant';

let database: TestDatabase;
let wecom: WecomEmulator;
const bots: RunningBot[] = [];

beforeAll(async () => {
  database = await mysqlDatabase();
  wecom = new WecomEmulator();
  const apiBase = await wecom.start();
  const setup = await openDatabase(database.url);
  await importTenant(setup, workspaceTenantFile('pages', { wecomCorpId: wecom.corp.corpId, wecomAgentId: wecom.corp.agentId }));
  await setup.destroy();
  const env = { DATABASE_URL: database.url, PORT: '0', PLATFORMS: 'wecom', DEMO_TENANT: 'off', ...wecom.env(apiBase) };
  for (let i = 0; i < 2; i++) bots.push(await startBot(loadConfig(env), { jobs: false }));
});

afterAll(async () => {
  for (const bot of bots) await bot.stop();
  await wecom?.stop();
  await database?.drop();
});

const get = (bot: RunningBot, path: string, headers: Record<string, string> = {}) =>
  fetch(`${bot.url}${path}`, { headers, redirect: 'manual' });

describe('page sessions on MariaDB behind two instances', () => {
  it('a session opened on one instance opens pages on the other; the code signs in once across both', async () => {
    const [a, b] = bots as [RunningBot, RunningBot];
    const code = wecom.api.issueOAuthCode(wecom.corp.corpId, 'LiMing');
    const back = `/w/sign-in/wecom?tenant=pages&next=${encodeURIComponent('/w/pages/deals')}&code=${code}`;
    const signedIn = await get(a, back);
    expect(signedIn.status).toBe(302);
    const cookie = signedIn.headers.getSetCookie()[0]!.split(';')[0]!;

    const deals = (await (await get(b, '/w/pages/api/deals', { cookie })).json()) as { deals: { customer: string }[] };
    expect(deals.deals.map((d) => d.customer)).toEqual(['华信精密机械有限公司']);
    expect((await get(b, '/w/pages/customers/cus_nanfang', { cookie })).status).toBe(404);
    expect((await get(b, back)).status).toBe(403);
  });
});
