import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runCli } from './run-cli';
import { openDatabase } from '../store/data-source';
import { exportWorkbook, UnknownTenantError } from '../tenant-import/workbook/export-workbook';
import { kindSpec, SHEET_KINDS } from '../tenant-import/workbook/sheet-layout';

// `npm run export -- --tenant T team.xlsx`: the tenant's members, customers, contacts, deals and leads in
// the import workbook's format (docs/onboarding.md); importing the file back changes nothing.

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { tenant: { type: 'string' } } });
  const [file] = positionals;
  if (!values.tenant || !file || positionals.length > 1 || !file.toLowerCase().endsWith('.xlsx')) {
    console.error('用法: npm run export -- --tenant 租户编号 团队.xlsx');
    return 2;
  }
  const dataSource = await openDatabase(loadConfig().databaseUrl);
  try {
    const counts = await exportWorkbook(dataSource, values.tenant, createWriteStream(file));
    console.log(`已导出租户 ${values.tenant} 到 ${file}:${SHEET_KINDS.map((kind) => `${kindSpec(kind).sheet} ${counts[kind]}`).join(',')}`);
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

runCli(() => main(process.argv.slice(2)));
