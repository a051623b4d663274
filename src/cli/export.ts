import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { loadRuleBook } from '../flows/rule-book';
import { openDatabase } from '../store/data-source';
import { Tenant, User } from '../store/entities';
import { exportWorkbook as exportTeam, UnknownTenantError } from '../tenant-import/workbook/export-workbook';
import { kindSpec, SHEET_KINDS } from '../tenant-import/workbook/sheet-layout';
import { exportPeriod, exportWorkbook as exportReview } from '../web/export-workbook';
import { pageContext } from '../web/page-context';
import { runCli } from './run-cli';

// Two workbooks:
// `npm run export -- --tenant T team.xlsx`: the tenant's members, customers, contacts, deals and leads in
//   the import workbook's format (docs/onboarding.md); importing the file back changes nothing.
// `npm run export -- --tenant T --as MEMBER [--from 2026-12-01] [--to 2026-12-07] [--out file.xlsx]`: the
//   review workbook (合规记录, 商机) of what MEMBER may see: a manager's team, a rep's own, an admin's tenant.

const USAGE = [
  '用法: npm run export -- --tenant 租户编号 团队.xlsx',
  '   或: npm run export -- --tenant 租户编号 --as 成员编号 [--from 2026-12-01] [--to 2026-12-07] [--out 文件.xlsx]',
].join('\n');

type Options = { tenant?: string; as?: string; from?: string; to?: string; out?: string };

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        tenant: { type: 'string' },
        as: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.tenant && values.as && positionals.length === 0) return review({ ...values, tenant: values.tenant, as: values.as });
  const [file] = positionals;
  if (!values.tenant || values.as || !file || positionals.length > 1 || !file.toLowerCase().endsWith('.xlsx')) {
    console.error(USAGE);
    return 2;
  }
  return team(values.tenant, file);
}

async function team(tenantId: string, file: string): Promise<number> {
  const dataSource = await openDatabase(loadConfig().databaseUrl);
  try {
    const counts = await exportTeam(dataSource, tenantId, createWriteStream(file));
    console.log(`已导出租户 ${tenantId} 到 ${file}:${SHEET_KINDS.map((kind) => `${kindSpec(kind).sheet} ${counts[kind]}`).join(',')}`);
    return 0;
  } catch (error) {
    await rm(file, { force: true });
    if (!(error instanceof UnknownTenantError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

async function review(options: Options & { tenant: string; as: string }): Promise<number> {
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
    await writeFile(out, await exportReview(flow, period));
    console.log(`已导出 ${out}(${member.name} 可见的记录,${period.from.toISOString()} 至 ${period.to.toISOString()})`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

runCli(() => main(process.argv.slice(2)));
