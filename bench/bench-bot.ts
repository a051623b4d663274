import { startBot, type RunningBot } from '../src/bot';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/store/data-source';
import { importTenant } from '../src/tenant-import/import-tenant';
import { WecomEmulator, type FakeCorp } from '../test/fakes/wecom';
import { WecomApiThread } from './wecom-api-thread';

/**
 * The bot serving WeCom for `corp` on a fresh database with `tenantFile` imported; its WeCom API is
 * emulated in a thread of its own (`wecom.sentSince` reads what members got); `env` adds variables.
 */
export async function startWecomBenchBot(
  databaseUrl: string,
  corp: FakeCorp,
  tenantFile: string,
  env: Record<string, string> = {},
): Promise<{ bot: RunningBot; wecom: WecomApiThread; stop: () => Promise<void> }> {
  const setup = await openDatabase(databaseUrl);
  await importTenant(setup, tenantFile);
  await setup.destroy();
  const wecom = await WecomApiThread.start(corp);
  const bot = await startBot(
    loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      PLATFORMS: 'wecom',
      DEMO_TENANT: 'off',
      ...new WecomEmulator(corp).env(wecom.base),
      ...env,
    }),
    { jobs: false },
  );
  return {
    bot,
    wecom,
    stop: async () => {
      await bot.stop();
      await wecom.stop();
    },
  };
}
