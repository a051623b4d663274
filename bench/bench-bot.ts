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
 * `split`: as two instances, `BOT_ROLE=web` here (`bot`) and `BOT_ROLE=worker` in a thread (`worker`).
 */
export async function startWecomBenchBot(
  databaseUrl: string,
  corp: FakeCorp,
  tenantFile: string,
  env: Record<string, string> = {},
  { split = false } = {},
): Promise<{ bot: RunningBot; wecom: WecomApiThread; worker: WorkerRoleThread | null; stop: () => Promise<void> }> {
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
  const worker = split ? await WorkerRoleThread.start(variables) : null;
  const bot = await startBot(loadConfig({ ...variables, BOT_ROLE: split ? 'web' : 'all' }), { jobs: false });
  return {
    bot,
    wecom,
    worker,
    stop: async () => {
      await bot.stop();
      await worker?.stop();
      await wecom.stop();
    },
  };
}
