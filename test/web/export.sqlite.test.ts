import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/data-source';
import { LeadAssignment } from '../../src/store/entities';
import type { DashboardView } from '../../src/web/dashboard-view';
import { importTenant } from '../../src/tenant-import/import-tenant';
import { ConsoleClient } from '../support/console-client';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { workspaceTenantFile } from './workspace-tenant';

const OURS = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';
const THEIRS = '今天去南方电气演示了变压器方案,黄工很满意';
const PAINS = '华信痛点:1.换模慢 2.能耗高 3.售后响应慢';

let database: TestDatabase;
let bot: RunningBot;
let dir: string;

beforeAll(async () => {
  database = await sqliteDatabase();
  dir = await mkdtemp(join(tmpdir(), 'salesbot-export-'));
  const setup = await openDatabase(database.url);
  // 张伟 covers 浙江, where a lead from the import goes to him by the allocation rules.
  const file = JSON.parse(workspaceTenantFile('pages', {}));
  file.users.find((u: { id: string }) => u.id === 'zhangwei').region = '浙江';
  file.leads = [
    {
      id: 'lead_yongxin',
      company: '宁波永新模具有限公司',
      region: '浙江',
      industry: '模具',
      budget: 1_500_000,
      urgency: '急需',
      source: '官网表单',
    },
  ];
  await importTenant(setup, JSON.stringify(file));
  await setup.destroy();
  bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', DEMO_TENANT: 'off' }), { jobs: false });
  const zhangwei = await ConsoleClient.open(bot.url, 'zhangwei', 'pages');
  // The assignment card reached his console during the import; he accepts it there.
  const offer = await bot.dataSource.getRepository(LeadAssignment).findOneByOrFail({ tenantId: 'pages', repId: 'zhangwei' });
  await zhangwei.tap(offer.cardId!, 'accept-lead');
  await zhangwei.next((item) => item.card?.id === offer.cardId && item.card.state === 'done');
  for (const [userId, text] of [
    ['zhangwei', OURS],
    ['zhangwei', PAINS],
    ['chenchen', THEIRS],
  ]) {
    const rep = await ConsoleClient.open(bot.url, userId!, 'pages');
    await rep.send(text!);
    await rep.nextCard('activity-receipt');
  }
});

afterAll(async () => {
  await bot?.stop();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

async function read(buffer: Buffer | ArrayBuffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  workbook.eachSheet((sheet) => {
    sheets[sheet.name] = [];
    sheet.eachRow((row) => sheets[sheet.name]!.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  });
  return sheets;
}

describe('the review workbook', () => {
  it("gives a manager his team's trail and deals, nothing of the other team", async () => {
    const signIn = await fetch(`${bot.url}/console/pages?tenantId=pages&userId=liming&next=${encodeURIComponent('/w/pages/dashboard')}`, {
      redirect: 'manual',
    });
    const cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    const answer = await fetch(`${bot.url}/w/pages/export.xlsx`, { headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('spreadsheetml');
    expect(answer.headers.get('content-disposition')).toContain('attachment');
    const sheets = await read(await answer.arrayBuffer());
    expect(Object.keys(sheets)).toEqual(['合规记录', '商机', '线索分配']);
    const trail = sheets['合规记录']!;
    expect(trail[0]).toEqual(['时间', '类型', '人员', '客户', '内容', '来源']);
    const followUp = trail.find((row) => row[4] === OURS);
    expect(followUp).toMatchObject({ 1: '跟进', 2: '张伟', 3: '华信精密机械有限公司' });
    expect(followUp![5]).toMatch(/^消息 #\d+$/);
    expect(JSON.stringify(sheets)).not.toContain('南方电气');
    expect(JSON.stringify(sheets)).not.toContain('陈晨');
    // Evidence in words, with the message it came from; the rep's tap on the lead card with its customer.
    const evidence = trail.find((row) => row[1] === '证据')!;
    expect(evidence).toMatchObject({ 2: '张伟', 3: '华信精密机械有限公司', 4: '客户痛点:换模慢、能耗高、售后响应慢' });
    expect(evidence[5]).toMatch(/^消息 #\d+$/);
    const tap = trail.find((row) => row[1] === '卡片操作' && row[4]!.includes('宁波永新模具'))!;
    expect(tap).toMatchObject({ 2: '张伟', 3: '宁波永新模具有限公司', 5: '卡片 · 控制台' });
    expect(tap[4]).toContain('已接受');
    // The lead's deal opened when he accepted: a stage move with who and how.
    expect(trail.find((row) => row[1] === '阶段变更' && row[3] === '宁波永新模具有限公司')).toMatchObject({
      2: '张伟',
      4: '线索(接受线索)',
    });
    const assignment = trail.find((row) => row[1] === '线索分配')!;
    expect(assignment).toMatchObject({ 2: '张伟', 3: '宁波永新模具有限公司', 5: '官网表单 · 导入' });
    expect(assignment[4]).toMatch(/^\d+分\(地区 \d+ · 行业 \d+ · 预算 \d+ · 紧迫 \d+\) · .+ · 张伟 .+ 接受$/);

    // The allocation trace, one column a fact, the score's parts adding up to the score.
    const [header, ...placements] = sheets['线索分配']!;
    expect(header).toEqual([
      '分配时间',
      '线索',
      '来源',
      '分给',
      '总分',
      '地区分',
      '行业分',
      '预算分',
      '紧迫分',
      '规则',
      '理由',
      '接受人',
      '接受时间',
      '首次跟进',
      '结束',
    ]);
    expect(placements).toHaveLength(1);
    const [, company, source, rep, score, region, industry, budget, urgency, rule, reason, acceptedBy, acceptedAt] = placements[0]!;
    expect({ company, source, rep, acceptedBy }).toEqual({
      company: '宁波永新模具有限公司',
      source: '官网表单 · 导入',
      rep: '张伟',
      acceptedBy: '张伟',
    });
    expect(Number(region) + Number(industry) + Number(budget) + Number(urgency)).toBe(Number(score));
    expect(rule).toBe('按地区分配');
    expect(reason).toContain(`评分 ${score}`);
    expect(acceptedAt).not.toBe('');
    expect(
      sheets['商机']!.slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['华信精密机械有限公司', '宁波永新模具有限公司']);

    // 团队看板's allocation trace reads the same placements.
    const board = (await (await fetch(`${bot.url}/w/pages/api/dashboard`, { headers: { cookie } })).json()) as DashboardView;
    expect(board.trace).toEqual([
      expect.objectContaining({
        company: '宁波永新模具有限公司',
        source: '官网表单 · 导入',
        rep: '张伟',
        parts: `地区 ${region} · 行业 ${industry} · 预算 ${budget} · 紧迫 ${urgency}`,
        rule: '按地区分配',
        accepted: expect.stringMatching(/^张伟 .+ 接受$/),
        ended: null,
      }),
    ]);

    expect((await fetch(`${bot.url}/w/pages/export.xlsx?from=yesterday`, { headers: { cookie } })).status).toBe(400);
    // Without a session it is a page like the others: how to open it, no workbook.
    const anonymous = await fetch(`${bot.url}/w/pages/export.xlsx`);
    expect(anonymous.headers.get('content-type')).toContain('text/html');
    expect(await anonymous.text()).toContain('请在企业微信或钉钉中打开');
  });

  it('is written by npm run export for the member named, here a rep of the other team', async () => {
    const out = join(dir, 'chenchen.xlsx');
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/export.ts', '--tenant', 'pages', '--as', 'chenchen', '--out', out],
      { env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'error' } },
    );
    expect(stdout).toContain('已导出');
    const sheets = await read(await readFile(out));
    expect(sheets['合规记录']!.some((row) => row[4] === THEIRS)).toBe(true);
    expect(JSON.stringify(sheets)).not.toContain('华信');
  });
});
