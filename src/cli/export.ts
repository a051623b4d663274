import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { loadRuleBook } from '../flows/rule-book';
import { openDatabase } from '../store/data-source';
import { Tenant, User } from '../store/entities';
import { exportPeriod, exportWorkbook } from '../web/export-workbook';
import { pageContext } from '../web/page-context';

// `npm run export -- --tenant T --as MEMBER [--from 2026-12-01] [--to 2026-12-07] [--out file.xlsx]`: the
// review workbook (合规记录, 商机) of what MEMBER may see: a manager's team, a rep's own, an admin's tenant.

const USAGE = '用法: npm run export -- --tenant 租户ID --as 成员ID [--from 2026-12-01] [--to 2026-12-07] [--out 文件.xlsx]';

async function main(): Promise<number> {
  let options;
  try {
    ({ values: options } = parseArgs({
      options: {
        tenant: { type: 'string' },
        as: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!options.tenant || !options.as) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  try {
    const tenant = await dataSource.getRepository(Tenant).findOneBy({ id: options.tenant });
    const member = tenant ? await dataSource.getRepository(User).findOneBy({ tenantId: tenant.id, id: options.as }) : null;
    if (!tenant || !member) {
      console.error(`没有找到租户「${options.tenant}」或其成员「${options.as}」`);
      return 2;
    }
    const now = new Date();
    const period = exportPeriod(options.from, options.to, now, tenant.timezone);
    if (!period) {
      console.error(`日期应为 2026-12-01 这样的格式,且开始不晚于结束\n${USAGE}`);
      return 2;
    }
    const flow = pageContext(dataSource.manager, loadRuleBook(config.rulesDir ?? undefined), tenant, member, now);
    const out = options.out ?? `销售记录-${tenant.id}-${member.id}.xlsx`;
    await writeFile(out, await exportWorkbook(flow, period));
    console.log(`已导出 ${out}(${member.name} 可见的记录,${period.from.toISOString()} 至 ${period.to.toISOString()})`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

process.exitCode = await main();
