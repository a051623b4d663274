/**
 * npm run bench:import — a team's 20,000-row workbook imported on SQLite and on MySQL/MariaDB.
 *
 * Generates an .xlsx of 200 members, 8,000 customers, 4,800 contacts, 5,000 deals and 2,000 leads, written
 * the way real sheets are (synonym headers, a title row, amounts as numbers, 50万 and 五十万, stages by label
 * and code, Excel dates and text dates, a tenth of the leads 撞单 of customers), then times in a child
 * process each: a dry run on an empty database, the import, and the same import again (which changes
 * nothing). Prints seconds and the child's peak RSS. MySQL: BENCH_MYSQL_URL (default
 * mysql://root@127.0.0.1:3306/test); a database is created and dropped for the run. BENCH_ROWS scales it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { createConnection } from 'mysql2/promise';
import { normalizeCompanyName } from '../src/domain/company-name';
import { CustomerMatcher } from '../src/domain/lead-duplicates';
import { STAGE_LABELS, STAGES } from '../src/domain/stages';
import { openDatabase } from '../src/store/data-source';
import { importWorkbook } from '../src/tenant-import/workbook/import-workbook';
import { fileInput } from '../src/tenant-import/workbook/read-workbook';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const SHARE = { members: 0.01, customers: 0.4, contacts: 0.24, deals: 0.25, leads: 0.1 };
const TENANT = 'bench';

async function main(): Promise<void> {
  if (process.env.BENCH_CHILD) return child();
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-import-bench-'));
  const file = join(dir, 'team.xlsx');
  const started = Date.now();
  const rows = await writeTeamWorkbook(file);
  console.log(`generated ${file}: ${rows} rows, ${(statSync(file).size / 1e6).toFixed(1)} MB, in ${seconds(started)}`);
  console.log('(timings vary with the other work on this machine)');

  const base = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const name = `salesbot_bench_import_${Date.now().toString(36)}`;
  const admin = await createConnection(base);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const mysqlUrl = new URL(base);
  mysqlUrl.pathname = `/${name}`;
  try {
    for (const [label, url] of [
      ['SQLite', `sqlite:${join(dir, 'bench.sqlite')}`],
      ['MySQL', mysqlUrl.toString()],
    ]) {
      for (const mode of ['dry-run', 'import', 'import again']) {
        const run = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
          env: { ...process.env, BENCH_CHILD: '1', BENCH_DB_URL: url, BENCH_FILE: file, BENCH_MODE: mode },
          encoding: 'utf8',
        });
        if (run.status !== 0) throw new Error(`${label} ${mode} failed:\n${run.stderr}`);
        console.log(`${label.padEnd(7)} ${mode.padEnd(13)} ${run.stdout.trim()}`);
      }
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(): Promise<void> {
  const dataSource = await openDatabase(process.env.BENCH_DB_URL!);
  const started = Date.now();
  // Where the time goes: reading the file, checking it against the database, writing, taking in the leads.
  const marks: [string, number][] = [['read', started]];
  const mark = (step: string) => {
    if (marks.at(-1)![0] !== step) marks.push([step, Date.now()]);
  };
  const result = await importWorkbook(dataSource, fileInput(process.env.BENCH_FILE!), {
    tenantId: TENANT,
    dryRun: process.env.BENCH_MODE === 'dry-run',
    now: new Date('2026-03-10T02:00:00Z'),
    onProgress: (progress) => mark(progress.step),
  });
  const elapsed = seconds(started);
  const end = Date.now();
  const steps = marks.map(([step, at], i) => `${step} ${(((marks[i + 1]?.[1] ?? end) - at) / 1000).toFixed(1)}`).join(', ');
  await dataSource.destroy();
  if (!result.ok) throw new Error(`refused: ${result.problems.length} problems, first ${JSON.stringify(result.problems.slice(0, 3))}`);
  const t = result.summary.tables;
  const counts = (['users', 'customers', 'contacts', 'deals', 'leads'] as const).map(
    (table) => `${t[table].created}/${t[table].updated}/${t[table].unchanged}`,
  );
  console.log(
    `${elapsed} (${steps})  peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB  created/updated/unchanged ${counts.join(' ')}`,
  );
}

/** A team's workbook as people write it; names never 撞单 by accident (checked with the intake's own rule). */
async function writeTeamWorkbook(file: string): Promise<number> {
  const random = seededRandom(17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const count = (kind: keyof typeof SHARE) => Math.round(ROWS * SHARE[kind]);

  const people = uniqueNames(count('members'), () => pick(SURNAMES) + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : ''));
  const managers = people.slice(0, Math.ceil(people.length / 10));
  const reps = people.slice(managers.length);
  const members = workbook.addWorksheet('员工名单');
  members.addRow(['姓名', '岗位角色', '所属部门', '地区', '直属上级', '企业微信ID']).commit();
  people.forEach((name, i) => {
    const manager = i < managers.length ? null : managers[i % managers.length];
    members.addRow([name, manager ? '销售' : '经理', `华东${(i % managers.length) + 1}组`, pick(PROVINCES), manager, `wx${i}`]).commit();
  });
  members.commit();

  // Two long names that differ in their first character alone are close spellings (Dice ≥ 0.8) by the
  // intake's rule, so the names vary in trade name and line of business both.
  const matcher = new CustomerMatcher();
  const companies: string[] = [];
  for (let tries = 0; companies.length < count('customers') + count('leads'); tries++) {
    if (tries > 50 * ROWS) throw new Error('cannot make enough distinct company names');
    const name = `${pick(CITIES)}${pick(TRADE)}${pick(TRADE)}${pick(TRADE)}${pick(LINES)}${pick(PRODUCTS)}${pick(SUFFIXES)}`;
    if (matcher.find({ company: name, phone: null })) continue;
    matcher.add({ id: name, normalizedName: normalizeCompanyName(name), aliases: [], phones: [] });
    companies.push(name);
  }
  const customers = companies.slice(0, count('customers'));
  const owners = new Map(customers.map((c) => [c, pick(reps)]));
  const sheet = workbook.addWorksheet('客户');
  sheet.addRow(['2026年客户清单(导出自旧系统)']).commit();
  sheet.addRow(['序号', '公司名称', '负责销售', '所在地区', '所属行业']).commit();
  customers.forEach((name, i) => sheet.addRow([i + 1, name, owners.get(name), pick(PROVINCES), pick(PRODUCTS)]).commit());
  sheet.commit();

  const contacts = workbook.addWorksheet('联系人');
  contacts.addRow(['客户', '联系人', '职位', '角色', '手机']).commit();
  for (let i = 0; i < count('contacts'); i++) {
    const title = pick(TITLES);
    contacts
      .addRow([
        customers[i % customers.length],
        `${pick(SURNAMES)}${title.short}${Math.floor(i / customers.length) || ''}`,
        title.name,
        title.role,
        `13${String(100_000_000 + i).slice(-9)}`,
      ])
      .commit();
  }
  contacts.commit();

  const deals = workbook.addWorksheet('商机');
  deals.addRow(['客户名称', '项目名称', '负责人', '商机阶段', '预计金额', '最后跟进日期']).commit();
  for (let i = 0; i < count('deals'); i++) {
    const customer = customers[i % customers.length];
    const stage = pick(STAGES);
    const amount = 10_000 * (1 + Math.floor(random() * 300));
    const day = 1 + (i % 28);
    deals
      .addRow([
        customer,
        `${pick(PROJECTS)}${Math.floor(i / customers.length) + 1}期`,
        owners.get(customer),
        random() < 0.8 ? STAGE_LABELS[stage] : stage,
        i % 3 === 0 ? amount : i % 3 === 1 ? `${amount / 10_000}万` : `${amount}元`,
        i % 2 === 0 ? new Date(Date.UTC(2026, 1, day, 10, 30)) : `2026/2/${day} 16:00`,
      ])
      .commit();
  }
  deals.commit();

  const leads = workbook.addWorksheet('线索');
  leads.addRow(['公司', '联系人', '电话', '预算', '紧急程度', '来源']).commit();
  for (let i = 0; i < count('leads'); i++) {
    // A tenth are companies the team already has: intake records them as 撞单 and tells the owner.
    const company = i % 10 === 0 ? customers[i] : companies[customers.length + i];
    leads
      .addRow([
        company,
        `${pick(SURNAMES)}经理`,
        `139${String(10_000_000 + i).slice(-8)}`,
        `${1 + (i % 90)}万`,
        pick(['急需报价', '下月采购', '年内']),
        '展会',
      ])
      .commit();
  }
  leads.commit();
  await workbook.commit();
  return people.length + customers.length + count('contacts') + count('deals') + count('leads');
}

function uniqueNames(count: number, make: () => string): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(make());
  return [...names];
}

/** Deterministic, so that every run imports the same workbook. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
];
const TRADE = [...'鑫宏华盛达恒泰永信瑞丰祥通源兴隆昌和顺安康德利嘉晟锦辉腾飞骏博远航天海星辰光明新宇'];
const LINES = ['精密', '重型', '智能', '新型', '环保', '节能', '数控', '液压', '电子', '光电', '化工', '纺织', '汽车', '船舶', '医疗'];
const PRODUCTS = [
  '机械',
  '模具',
  '泵业',
  '阀门',
  '电机',
  '材料',
  '设备',
  '轴承',
  '铸造',
  '配件',
  '仪器',
  '包装',
  '印染',
  '管业',
  '钢构',
  '电器',
  '五金',
  '线缆',
  '涂料',
  '塑胶',
];
const SUFFIXES = ['有限公司', '股份有限公司', '有限责任公司', '厂'];
const CITIES = ['', '杭州', '宁波', '温州', '绍兴', '苏州', '无锡', '常州', '南通', '嘉兴', '台州', '金华'];
const PROVINCES = ['浙江', '江苏', '上海', '安徽'];
const PROJECTS = ['液压系统改造', '产线升级', '设备采购', '节能改造', '备件框架', '测试平台'];
const TITLES = [
  { name: '总经理', short: '总', role: '决策人' },
  { name: '采购经理', short: '经理', role: '影响人' },
  { name: '设备工程师', short: '工', role: '使用人' },
];

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
