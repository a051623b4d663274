import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { persistEffects } from '../../src/pipeline/effects';
import { OutboxItem } from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { SEND, type WecomEmulator } from '../fakes/wecom';
import { mysqlDatabase, type TestDatabase } from '../support/databases';
import { wecomTenantSetup } from '../wecom/wecom-tenant';

const TENANT = 'wxdemo';
const MEMBERS = ['zhangwei', 'wangfang', 'liuyang', 'liming'];

/**
 * Two bot processes on one MariaDB sending through a WeCom that takes 4 s per call, on the real clock
 * and the default 60 s lease: a batch of 20 sent one after another (80 s) used to outlast its lease,
 * and the other instance sent its tail again. Now each member's messages go one after another (a lane
 * of 7–8 sends, 30 s), held by whichever instance took the lane's head.
 */
describe('two instances on one MariaDB, WeCom taking 4 s per call', () => {
  let database: TestDatabase;
  let wecom: WecomEmulator;
  const bots: RunningBot[] = [];

  beforeAll(async () => {
    database = await mysqlDatabase();
    const setup = await wecomTenantSetup(database, TENANT);
    wecom = setup.wecom;
    // Two sends in hand per instance: each takes two members' lanes, so both instances send.
    const env = { ...setup.env, WORKER_CONCURRENCY: '2' };
    for (let i = 0; i < 2; i++) bots.push(await startBot(loadConfig(env), { jobs: false }));
  });
  afterAll(async () => {
    for (const bot of bots) await bot.stop();
    await wecom?.stop();
    await database?.drop();
  });

  it('30 messages to four members are each sent exactly once, by both instances together', { timeout: 120_000 }, async () => {
    wecom.api.setFault(SEND, { slowMs: 4_000 });
    const texts = Array.from({ length: 30 }, (_, i) => `慢接口下的第${i + 1}条`);
    await inTransaction(bots[0]!.dataSource, (em) =>
      persistEffects(
        em,
        { tenantId: TENANT, now: new Date() },
        texts.map((text, i) => ({ type: 'send-text' as const, to: MEMBERS[i % MEMBERS.length]!, text })),
      ),
    );
    for (const bot of bots) bot.sender.wake();

    const outbox = bots[0]!.dataSource.getRepository(OutboxItem);
    await wecom.api.waitFor(async () => (await outbox.countBy({ status: 'sent' })) === 30, 110_000);
    const calls = wecom.api.requests.filter((r) => r.path === SEND);
    const content = (r: (typeof calls)[number]) => (r.body?.text as { content?: string } | undefined)?.content;
    expect(calls).toHaveLength(30);
    for (const text of texts) expect(calls.filter((call) => content(call) === text)).toHaveLength(1);
    expect((await outbox.find()).every((row) => row.attempts === 1)).toBe(true);
    // Each instance fetched its own token: two tokens among the calls means both sent.
    expect(new Set(calls.map((call) => call.query.access_token)).size).toBe(2);
  });
});
