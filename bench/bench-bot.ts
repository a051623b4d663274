import { startBot, type RunningBot } from '../src/bot';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/store/data-source';
import { importTenant } from '../src/tenant-import/import-tenant';
import { WecomEmulator, type FakeCorp } from '../test/fakes/wecom';
import { WecomApiThread } from './wecom-api-thread';
import { WorkerRoleThread } from './worker-role-thread';

/**
 * The bot serving WeCom for `corp` on a fresh database with `tenantFile` imported; its WeCom API is
 * emulated in a thread of its own (`wecom.sentSince` reads what members got); `env` adds variables.
 * `workers` > 0: split, `BOT_ROLE=web` here (`bot`) and that many `BOT_ROLE=worker` instances, each in a thread.
 */
export async function startWecomBenchBot(
  databaseUrl: string,
  corp: FakeCorp,
  tenantFile: string,
  env: Record<string, string> = {},
  { workers = 0 } = {},
): Promise<{ bot: RunningBot; wecom: WecomApiThread; workers: WorkerRoleThread[]; stop: () => Promise<void> }> {
  const setup = await openDatabase(databaseUrl);
  await importTenant(setup, tenantFile);
  await setup.destroy();
  const wecom = await WecomApiThread.start(corp);
  const variables = {
    DATABASE_URL: databaseUrl,
    PORT: '0',
    PLATFORMS: 'wecom',
    DEMO_TENANT: 'off',
    ...new WecomEmulator(corp).env(wecom.base),
    ...env,
  };
  const threads = await Promise.all(Array.from({ length: workers }, () => WorkerRoleThread.start(variables)));
  const bot = await startBot(loadConfig({ ...variables, BOT_ROLE: workers > 0 ? 'web' : 'all' }), { jobs: false });
  return {
    bot,
    wecom,
    workers: threads,
    stop: async () => {
      await bot.stop();
      for (const thread of threads) await thread.stop();
      await wecom.stop();
    },
  };
}
