import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { InboxItem } from '../../src/store/entities';
import { SEND, type WecomEmulator } from '../fakes/wecom';
import { mysqlDatabase, type TestDatabase } from '../support/databases';
import { wecomTenantSetup } from '../wecom/wecom-tenant';

const TENANT = 'roles';

/**
 * BOT_ROLE=web and BOT_ROLE=worker as two instances on one MariaDB: the web instance takes WeCom's
 * callbacks and acknowledges them without handling them; the worker handles and sends, and serves no
 * callbacks. Tried: a message posted while only the web instance runs (it waits in the inbox, nothing is
 * sent), then the worker started (the receipt goes out once), and the callback path on the worker.
 */
describe('a web instance and a worker instance on one MariaDB', () => {
  let database: TestDatabase;
  let wecom: WecomEmulator;
  let env: Record<string, string>;
  let web: RunningBot;
  let worker: RunningBot | undefined;

  beforeAll(async () => {
    database = await mysqlDatabase();
    ({ wecom, env } = await wecomTenantSetup(database, TENANT));
    web = await startBot(loadConfig({ ...env, BOT_ROLE: 'web' }), { jobs: false });
  });
  afterAll(async () => {
    await worker?.stop();
    await web?.stop();
    await wecom?.stop();
    await database?.drop();
  });

  it('the web instance stores a message and sends nothing; the worker then sends its receipt once', async () => {
    const response = await wecom.text(web.url, 'ZhangWei', '今天拜访了华信王总,聊了售后和交期');
    expect(response.status).toBe(200);
    const inbox = web.dataSource.getRepository(InboxItem);
    expect(await inbox.countBy({ tenantId: TENANT })).toBe(1);
    // Two of the worker's idle polls: a web instance that handled messages would have sent by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await inbox.countBy({ tenantId: TENANT, status: 'pending' })).toBe(1);
    expect(wecom.api.accepted(SEND)).toHaveLength(0);

    worker = await startBot(loadConfig({ ...env, BOT_ROLE: 'worker' }), { jobs: false });
    const sent = await wecom.api.waitFor(() => wecom.api.accepted(SEND).find((r) => r.body?.touser === 'ZhangWei'));
    expect(JSON.stringify(sent.body)).toContain('华信精密机械');
    await wecom.api.waitFor(async () => (await inbox.countBy({ tenantId: TENANT, status: 'done' })) === 1);
    expect(wecom.api.accepted(SEND)).toHaveLength(1);
  });

  it('the worker answers /healthz and refuses callbacks: they go to the web instance', async () => {
    const running = worker ?? (worker = await startBot(loadConfig({ ...env, BOT_ROLE: 'worker' }), { jobs: false }));
    const health = (await (await fetch(`${running.url}/healthz`)).json()) as { ok: boolean; platforms: Record<string, unknown> };
    expect(health.ok).toBe(true);
    expect(health.platforms).toHaveProperty('wecom');
    expect((await wecom.text(running.url, 'ZhangWei', '今天拜访了华信王总')).status).toBe(404);
    expect(await web.dataSource.getRepository(InboxItem).countBy({ tenantId: TENANT })).toBe(1);
  });
});
