import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { DataSource } from 'typeorm';
import { afterEach, expect } from 'vitest';
import { Contact, Customer, Deal, Lead, MemberAccount, User } from '../../src/store/entities';
import type { CellValue } from '../../src/tenant-import/workbook/cell-values';
import { importWorkbook, type WorkbookImport, type WorkbookImportOptions } from '../../src/tenant-import/workbook/import-workbook';
import { exportWorkbook } from '../../src/tenant-import/workbook/export-workbook';
import { bufferInput, fileInput, type WorkbookInput } from '../../src/tenant-import/workbook/read-workbook';
import type { SheetProblem } from '../../src/tenant-import/workbook/sheet-tables';
import { snapshot } from './support';

// Real workbooks written with exceljs for the import tests, and the scenarios both databases run.

export const NOW = new Date('2026-03-10T02:00:00Z'); // Tuesday 10:00 in Shanghai
export const TENANT = 'acme';

/** A temp folder per test, removed after it. */
export function useTempDir(): () => string {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  return () => (dir ||= mkdtempSync(join(tmpdir(), 'salesbot-workbook-')));
}

/** Sheets in order, each its rows as written (row 1 first). */
export type Sheets = Record<string, CellValue[][]>;

export async function writeXlsx(path: string, sheets: Sheets): Promise<WorkbookInput> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(path);
  return fileInput(path);
}

/** A wall-clock time as Excel keeps it: a Date whose UTC fields are the time written. */
export function excelTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

export function run(dataSource: DataSource, input: WorkbookInput, options: Partial<WorkbookImportOptions> = {}): Promise<WorkbookImport> {
  return importWorkbook(dataSource, input, { tenantId: TENANT, now: NOW, ...options });
}

export async function problemsOf(result: Promise<WorkbookImport>): Promise<SheetProblem[]> {
  const done = await result;
  if (done.ok) throw new Error('expected the workbook to be refused');
  return done.problems;
}

/** A team's sheets as a manager writes them: other sheet names, a title row, synonyms, units, extra columns. */
export const MESSY_TEAM: Sheets = {
  员工名单: [
    ['Name', '角色', '部门', '上级经理', '企业微信账号', '钉钉ID'],
    ['李明', '经理', '华东区', null, 'LiMing', null],
    ['张伟', '销售', '华东一组', '李明', 'ZhangWei', '0123'],
    ['王芳', null, '华东一组', '李明', null, null],
  ],
  Sheet2: [
    ['2026 年客户清单'],
    ['序号', '公司名称', '简称/别名', '负责销售', '省份', '所属行业'],
    [1, '华信精密机械有限公司', '华信、华信精机', '张伟', '浙江', '精密机械'],
    [2, '台州蓝天泵业有限公司', null, '王芳', '浙江', '泵阀'],
  ],
  contacts: [
    ['customer', 'name', 'title', 'role', 'phone'],
    ['华信精密机械有限公司', '王总', '总经理', 'decision_maker', null],
    ['华信', '刘工', '设备科工程师', '使用人', 13800001111],
  ],
  商机: [
    ['客户', '商机名称', '商机阶段', '金额(万元)', '负责人', '最近跟进时间', '进入阶段日期'],
    ['华信', '液压泵升级', '需求确认', 50, null, excelTime(2026, 3, 9, 15, 0), '2026年3月1日'],
    ['台州蓝天泵业有限公司', '泵性能测试台', 'demo', '12.5万', '王芳', '2026/3/6 10:00', null],
  ],
  线索: [
    ['公司', '联系人', '电话', '预算', '来源'],
    ['宁波某模具厂', '李经理', '13900002222', '30万', '展会'],
    ['华信精机', '赵工', null, null, '展会'],
  ],
};

/** The messy sheets land where they should: people by name, amounts in 元, stages by code, times in Shanghai. */
export async function expectMessyTeamImported(dataSource: DataSource, dir: string): Promise<void> {
  const result = await run(dataSource, await writeXlsx(join(dir, 'team.xlsx'), MESSY_TEAM));
  expect(result.ok && result.summary.tables.deals).toEqual({ created: 2, updated: 0, unchanged: 0, removed: 0 });
  expect(result.notes).toEqual(['「Sheet2」中这些列不认识,已忽略:序号']);

  const users = await dataSource.getRepository(User).find({ where: { tenantId: TENANT } });
  const byName = new Map(users.map((u) => [u.name, u]));
  expect(users.map((u) => [u.name, u.role, u.team, u.managerId && byName.get('李明')!.id === u.managerId]).sort()).toEqual([
    ['张伟', 'rep', '华东一组', true],
    ['李明', 'manager', '华东区', null],
    ['王芳', 'rep', '华东一组', true],
  ]);
  const accounts = await dataSource.getRepository(MemberAccount).find({ where: { tenantId: TENANT, userId: byName.get('张伟')!.id } });
  expect(accounts.map((a) => [a.platform, a.accountId]).sort()).toEqual([
    ['dingtalk', '0123'],
    ['wecom', 'ZhangWei'],
  ]);

  const huaxin = await dataSource.getRepository(Customer).findOneByOrFail({ tenantId: TENANT, name: '华信精密机械有限公司' });
  expect(huaxin).toMatchObject({ aliases: ['华信', '华信精机'], ownerId: byName.get('张伟')!.id, region: '浙江', industry: '精密机械' });
  const contacts = await dataSource
    .getRepository(Contact)
    .find({ where: { tenantId: TENANT, customerId: huaxin.id }, order: { name: 'ASC' } });
  expect(contacts.map((c) => [c.name, c.role, c.phone])).toEqual([
    ['刘工', 'user', '13800001111'],
    ['王总', 'decision_maker', null],
  ]);

  const deals = await dataSource.getRepository(Deal).find({ where: { tenantId: TENANT }, order: { amount: 'DESC' } });
  expect(deals.map((d) => [d.title, d.stage, d.amount, d.ownerId === byName.get(d.title === '液压泵升级' ? '张伟' : '王芳')!.id])).toEqual([
    ['液压泵升级', 'requirement', 500000, true],
    ['泵性能测试台', 'demo', 125000, true],
  ]);
  expect(deals[0].lastActivityAt).toEqual(new Date('2026-03-09T07:00:00Z'));
  expect(deals[0].stageEnteredAt).toEqual(new Date('2026-02-28T16:00:00Z'));
  expect(deals[1].lastActivityAt).toEqual(new Date('2026-03-06T02:00:00Z'));

  // Leads went through intake: 华信精机 is 华信's 简称, so it is 撞单 of it.
  const leads = await dataSource.getRepository(Lead).find({ where: { tenantId: TENANT }, order: { company: 'ASC' } });
  expect(leads.map((l) => [l.company, l.budget, l.duplicateOf])).toEqual([
    ['华信精机', null, huaxin.id],
    ['宁波某模具厂', 300000, null],
  ]);
}

/** A dry run counts what the import does and writes nothing; the import does that; a second one changes nothing. */
export async function expectPreviewThenIdempotentImport(dataSource: DataSource, dir: string): Promise<void> {
  const input = await writeXlsx(join(dir, 'team.xlsx'), MESSY_TEAM);
  const empty = await snapshot(dataSource);
  const preview = await run(dataSource, input, { dryRun: true });
  expect(await snapshot(dataSource)).toEqual(empty);
  const applied = await run(dataSource, input);
  if (!preview.ok || !applied.ok) throw new Error('refused');
  expect(preview.summary.dryRun).toBe(true);
  expect(applied.summary.dryRun).toBe(false);
  expect(applied.summary.tables).toEqual(preview.summary.tables);
  expect(applied.summary.tables.users.created).toBe(3);
  expect(applied.summary.tables.leads.created).toBe(2);

  const once = await snapshot(dataSource);
  const again = await run(dataSource, input, { now: new Date(NOW.getTime() + 86_400_000) });
  if (!again.ok) throw new Error('refused');
  for (const table of ['users', 'customers', 'contacts', 'deals', 'leads'] as const) {
    expect(again.summary.tables[table]).toMatchObject({ created: 0, updated: 0 });
  }
  expect(again.summary.tables.customers.unchanged).toBe(2);
  expect(await snapshot(dataSource)).toEqual(once);
}

/** Every kind of problem, over the messy team already imported: each at its sheet, row and column, and nothing written. */
export const BAD_SHEETS: Sheets = {
  成员: [
    ['姓名', '角色'],
    ['赵六', '老板'],
    ['张伟', '销售'],
    ['赵六', '销售'],
  ],
  客户: [
    ['客户名称', '简称', '负责人'],
    ['华信机械有限公司', '华信', '张伟'],
    ['华信', null, '王芳'],
    ['天元纺织印染有限公司', null, '李四'],
    ['恒达自动化设备有限公司', null, null],
  ],
  商机: [
    ['客户名称', '阶段', '金额', '最近跟进', '商机名称'],
    ['华信精密机械有限公司', '洽谈', '五十来万', '上周'],
    ['不存在的公司', '赢单', null, null],
    ['华信精密机械有限公司', '需求确认', '50万', '2026-13-45', '二期'],
  ],
  联系人: [
    ['姓名', '电话'],
    ['王总', '138'],
  ],
  线索: [
    ['公司', '电话'],
    ['宁波新客户', '13700001111'],
    ['宁波新客户', '137-0000-1111'],
    [null, '13700002222'],
  ],
  Sheet9: [
    ['foo', 'bar'],
    [1, 2],
  ],
};

export const BAD_SHEET_PROBLEMS: SheetProblem[] = [
  {
    sheet: 'Sheet9',
    row: 1,
    column: '',
    message: '认不出这张表是什么:表名或表头应为 成员、客户、联系人、商机、线索 之一(可以用模板:npm run import -- --template 文件名.xlsx)',
  },
  { sheet: '成员', row: 2, column: '角色', message: '「老板」不是有效角色,应为 销售、经理、管理员 之一' },
  { sheet: '成员', row: 4, column: '姓名', message: '成员「赵六」重复,已在第 2 行' },
  {
    sheet: '客户',
    row: 3,
    column: '客户名称',
    message:
      '「华信」与第 2 行的「华信机械有限公司」重复,也与已有客户「华信精密机械有限公司」(负责人 张伟)重复——撞单。是同一家就合并成一行并用已有的名称,不是同一家请写全称',
  },
  { sheet: '客户', row: 4, column: '负责人', message: '「李四」不在成员表里,也不是已有成员' },
  { sheet: '客户', row: 5, column: '负责人', message: '新客户要填负责人' },
  {
    sheet: '商机',
    row: 2,
    column: '阶段',
    message: '「洽谈」不是有效阶段,应为 线索、初步接触、需求确认、方案演示、商务谈判、赢单、丢单 之一',
  },
  { sheet: '商机', row: 2, column: '金额', message: '「五十来万」不是数字,请写成 500000、50万 或 五十万' },
  { sheet: '商机', row: 2, column: '最近跟进', message: '「上周」不是日期,请写成 2026-03-01 或 2026-03-01 14:30' },
  { sheet: '商机', row: 3, column: '客户名称', message: '客户「不存在的公司」不在客户表里,也不是已有客户' },
  { sheet: '商机', row: 4, column: '最近跟进', message: '「2026-13-45」不是日期,请写成 2026-03-01 或 2026-03-01 14:30' },
  { sheet: '联系人', row: 1, column: '', message: '缺少「客户名称」列' },
  { sheet: '线索', row: 3, column: '公司', message: '与第 2 行是同一条线索(公司和电话相同)' },
  { sheet: '线索', row: 4, column: '公司', message: '公司名称不能为空' },
];

export async function expectEveryProblemReported(dataSource: DataSource, dir: string): Promise<void> {
  await run(dataSource, await writeXlsx(join(dir, 'team.xlsx'), MESSY_TEAM));
  const before = await snapshot(dataSource);
  const problems = await problemsOf(run(dataSource, await writeXlsx(join(dir, 'bad.xlsx'), BAD_SHEETS)));
  expect(problems).toEqual(BAD_SHEET_PROBLEMS);
  expect(await snapshot(dataSource)).toEqual(before);
}

/** A CSV as Excel saves it on Chinese Windows: GBK, CRLF, a quoted field with a comma. */
export function gbkCustomersCsv(): Buffer {
  const text = [
    '客户名称,负责人,区域,简称',
    '华信精密机械有限公司,张伟,浙江,"华信,华信精机"',
    '宁波永盛注塑机械有限公司,王芳,浙江,永盛',
    '',
  ].join('\r\n');
  return iconv.encode(text, 'gbk');
}

/** The team's members and a GBK customer CSV: the CSV's kind comes from its file name, its encoding is detected. */
export async function expectGbkCsvImported(dataSource: DataSource): Promise<void> {
  const members = ['姓名,角色', '张伟,销售', '王芳,销售'].join('\n');
  const first = await run(dataSource, bufferInput('members.csv', Buffer.from(`\uFEFF${members}`, 'utf8')));
  expect(first.ok && first.summary.tables.users.created).toBe(2);
  const result = await run(dataSource, bufferInput('客户.csv', gbkCustomersCsv()));
  expect(result.ok && result.summary.tables.customers.created).toBe(2);
  const huaxin = await dataSource.getRepository(Customer).findOneByOrFail({ tenantId: TENANT, name: '华信精密机械有限公司' });
  expect(huaxin.aliases).toEqual(['华信', '华信精机']);
  expect(huaxin.region).toBe('浙江');
}

/** Export, then a dry run of the exported file: every row unchanged. */
export async function expectExportRoundTrip(dataSource: DataSource, dir: string): Promise<void> {
  await run(dataSource, await writeXlsx(join(dir, 'team.xlsx'), MESSY_TEAM));
  // A customer created in chat-like ways too: a lead taken in outside the file (no 编号 of the import).
  const path = join(dir, 'export.xlsx');
  const counts = await exportWorkbook(dataSource, TENANT, createWriteStream(path));
  expect(counts).toEqual({ members: 3, customers: 3, contacts: 3, deals: 2, leads: 2 });
  const result = await run(dataSource, fileInput(path), { dryRun: true });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  expect(result.notes).toEqual([]);
  for (const table of ['users', 'customers', 'contacts', 'deals', 'leads'] as const) {
    expect(result.summary.tables[table], table).toEqual({ created: 0, updated: 0, unchanged: counts[KIND_OF[table]], removed: 0 });
  }
}

const KIND_OF = { users: 'members', customers: 'customers', contacts: 'contacts', deals: 'deals', leads: 'leads' } as const;
