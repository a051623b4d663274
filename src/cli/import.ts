import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config';
import { loadRuleBook } from '../flows/rule-book';
import { openDatabase } from '../store/data-source';
import { importTenant, TenantImportError, type ImportSummary, type ImportTable } from '../tenant-import/import-tenant';

// `npm run import -- FILE.json`: creates or updates one tenant from an import file (docs/tenant-import.md).

const TABLE_LABELS: Record<ImportTable, string> = {
  tenants: '租户',
  users: '用户',
  memberAccounts: '平台账号',
  customers: '客户',
  contacts: '联系人',
  deals: '商机',
  stageTransitions: '阶段变更记录',
  activities: '跟进记录',
  customerSignals: '客户信号',
  commitments: '承诺事项',
  leads: '线索',
};

function describe(summary: ImportSummary): string {
  const lines = Object.entries(summary.tables).map(([table, counts]) => {
    const removed = counts.removed > 0 ? `,删除 ${counts.removed}` : '';
    return `  ${TABLE_LABELS[table as ImportTable]}: 新增 ${counts.created},更新 ${counts.updated},未变 ${counts.unchanged}${removed}`;
  });
  return [`已导入租户 ${summary.tenantId}(${summary.tenantName}):`, ...lines].join('\n');
}

async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('用法: npm run import -- FILE.json');
    return 2;
  }
  const source = await readFile(file, 'utf8');
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  try {
    // Leads in the file are scored and allocated by the same rules the running bot uses.
    const ruleBook = loadRuleBook(config.rulesDir ?? undefined);
    console.log(describe(await importTenant(dataSource, source, { ruleBook })));
    return 0;
  } catch (error) {
    if (!(error instanceof TenantImportError)) throw error;
    console.error(`${file}: 有 ${error.problems.length} 处问题,未导入任何数据:`);
    for (const problem of error.problems) console.error(`${file}:${problem.line} ${problem.path}: ${problem.message}`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
