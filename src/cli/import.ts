import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { runCli } from './run-cli';
import { loadRuleBook } from '../flows/rule-book';
import { openDatabase } from '../store/data-source';
import { importTenant, TenantImportError, type ImportStep, type ImportSummary, type ImportTable } from '../tenant-import/import-tenant';
import { importWorkbook, formatSheetProblem } from '../tenant-import/workbook/import-workbook';
import { fileInput, workbookFormat } from '../tenant-import/workbook/read-workbook';
import { writeReport } from '../tenant-import/workbook/report-workbook';
import { KIND_SPECS, KIND_TABLES } from '../tenant-import/workbook/sheet-layout';
import { writeTemplate } from '../tenant-import/workbook/template-workbook';

// npm run import -- FILE.json                                  a tenant file (docs/tenant-import.md)
// npm run import -- FILE.xlsx|FILE.csv --tenant T [--dry-run] [--report OUT.xlsx]   sheets (docs/onboarding.md)
// npm run import -- --template FILE.xlsx                       the workbook to fill in

const USAGE = [
  '用法:',
  '  npm run import -- 团队.xlsx --tenant 租户编号 [--dry-run] [--report 报告.xlsx]   导入表格(.xlsx 或 .csv)',
  '  npm run import -- --template 团队.xlsx                                         生成填写模板',
  '  npm run import -- 租户.json                                                    导入 JSON 租户文件',
].join('\n');

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

function countsLine(label: string, counts: ImportSummary['tables'][ImportTable]): string {
  const removed = counts.removed > 0 ? `,删除 ${counts.removed}` : '';
  return `  ${label}: 新增 ${counts.created},更新 ${counts.updated},未变 ${counts.unchanged}${removed}`;
}

function describe(summary: ImportSummary): string {
  const lines = Object.entries(summary.tables).map(([table, counts]) => countsLine(TABLE_LABELS[table as ImportTable], counts));
  return [`已导入租户 ${summary.tenantId}(${summary.tenantName}):`, ...lines].join('\n');
}

/** The five kinds of the sheets, by their sheet names. */
function describeSheets(summary: ImportSummary): string {
  const lines = KIND_SPECS.map((spec) => countsLine(spec.sheet, summary.tables[KIND_TABLES[spec.kind]]));
  const head = summary.dryRun
    ? `预演(没有写入任何数据),导入到租户 ${summary.tenantId} 将会:`
    : `已导入租户 ${summary.tenantId}(${summary.tenantName}):`;
  const tail = summary.dryRun ? ['没有问题。去掉 --dry-run 再运行一次即可导入。'] : [];
  return [head, ...lines, ...tail].join('\n');
}

/** Progress on stderr: one line rewritten in a terminal, a line per step otherwise. */
function progressLine(): (text: string) => void {
  if (!process.stderr.isTTY) return (text) => console.error(text);
  return (text) => process.stderr.write(`\r\x1b[K${text}`);
}

function stepText(step: ImportStep): string {
  if (step.step === 'leads') return `线索 ${step.done}/${step.total}(每条都做撞单检查和分配)`;
  return step.step === 'check' ? '检查数据…' : '写入…';
}

async function importJson(file: string): Promise<number> {
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

async function importSheets(file: string, tenantId: string, dryRun: boolean, reportPath: string): Promise<number> {
  const config = loadConfig();
  const dataSource = await openDatabase(config.databaseUrl);
  const show = progressLine();
  try {
    const result = await importWorkbook(dataSource, fileInput(file), {
      tenantId,
      dryRun,
      ruleBook: loadRuleBook(config.rulesDir ?? undefined),
      onRead: (sheet, rows) => show(`读取「${sheet}」… ${rows} 行`),
      onProgress: (step) => show(stepText(step)),
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    for (const note of result.notes) console.log(`注意:${note}`);
    if (result.ok) {
      console.log(describeSheets(result.summary));
      return 0;
    }
    console.error(`${file} 有 ${result.problems.length} 处问题,没有导入任何数据:`);
    for (const problem of result.problems) console.error(`  ${formatSheetProblem(problem)}`);
    await writeReport(fileInput(file), result.problems, result.tables, createWriteStream(reportPath));
    console.error(`问题报告:${reportPath}(每行的问题写在第一列「问题」,改好后可以直接导入这个文件)`);
    return 1;
  } finally {
    await dataSource.destroy();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { tenant: { type: 'string' }, 'dry-run': { type: 'boolean' }, report: { type: 'string' }, template: { type: 'string' } },
  });
  if (values.template) {
    await writeTemplate(createWriteStream(values.template));
    console.log(`模板已生成:${values.template}(每类一张表,第 2 行是示例;可选值见「可选值」表)`);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  if (extname(file).toLowerCase() === '.json') return importJson(file);
  if (!workbookFormat(file) || !values.tenant) {
    console.error(USAGE);
    return 2;
  }
  const report = values.report ?? join(dirname(file), `${basename(file, extname(file))}-导入报告.xlsx`);
  return importSheets(file, values.tenant, values['dry-run'] === true, report);
}

runCli(() => main(process.argv.slice(2)));
