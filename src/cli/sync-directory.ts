import { parseArgs } from 'node:util';
import { createPlatforms } from '../bot';
import { systemClock } from '../clock';
import { loadConfig } from '../config';
import { syncFromPlatforms } from '../flows/sync-directory';
import { openDatabase } from '../store/data-source';
import { Tenant } from '../store/entities';
import { runCli } from './run-cli';

// `npm run sync:directory -- --tenant T`: reads the org chart of every platform in PLATFORMS that serves
// the tenant (its corpId in the tenant's settings) and brings members, teams and managers in line, as
// the daily job does; members no longer listed are marked as left and their manager gets the handover card.

const USAGE = '用法: npm run sync:directory -- --tenant 租户编号';

async function main(): Promise<number> {
  let tenantId: string | undefined;
  try {
    ({ tenant: tenantId } = parseArgs({ options: { tenant: { type: 'string' } } }).values);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!tenantId) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  try {
    if (!(await dataSource.getRepository(Tenant).existsBy({ id: tenantId }))) {
      console.error(`没有租户「${tenantId}」(租户编号)`);
      return 2;
    }
    // The command starts no connection and runs no job: the platforms are used for their directories only.
    const platforms = createPlatforms(config, dataSource, systemClock, {
      jobs: { consoleJobs: [], runConsoleJob: async () => null },
      onInbound: () => {},
    });
    const directories = new Map(platforms.flatMap((p) => (p.directory ? [[p.name, p.directory] as const] : [])));
    const results = await syncFromPlatforms(dataSource, { tenantId, directories, now: systemClock.now() });
    if (Object.keys(results).length === 0) {
      console.error(`租户「${tenantId}」没有可同步的通讯录:PLATFORMS 里的企业微信或钉钉都不服务它(租户设置里的 corpId)。`);
      return 1;
    }
    for (const [platform, r] of Object.entries(results)) {
      const left = r.left.length > 0 ? `,离开 ${r.left.length}(${r.left.join('、')},交接卡片已发给其经理)` : ',离开 0';
      console.log(`${platform}: 新增 ${r.created},更新 ${r.updated},未变 ${r.unchanged}${left}`);
      if (r.withheld.length > 0)
        console.log(
          `  注意:通讯录里没有 ${r.withheld.length} 位成员(${r.withheld.join('、')}),但通讯录是空的或一次少了一半以上,未标记离职;请检查应用的可见范围`,
        );
      if (r.stillElsewhere.length > 0)
        console.log(
          `  注意:通讯录里没有 ${r.stillElsewhere.length} 位成员(${r.stillElsewhere.join('、')}),但他们在其他平台还有账号,未标记离职;确实离职请用 npm run member:leave`,
        );
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli(main);
