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
import { importTenant } from '../../src/tenant-import/import-tenant';
import { ConsoleClient } from '../support/console-client';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { workspaceTenantFile } from './workspace-tenant';

const OURS = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';
const THEIRS = '今天去南方电气演示了变压器方案,黄工很满意';

let database: TestDatabase;
let bot: RunningBot;
let dir: string;

beforeAll(async () => {
  database = await sqliteDatabase();
  dir = await mkdtemp(join(tmpdir(), 'salesbot-export-'));
  const setup = await openDatabase(database.url);
  await importTenant(setup, workspaceTenantFile('pages', {}));
  await setup.destroy();
  bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', DEMO_TENANT: 'off' }), { jobs: false });
  for (const [userId, text] of [
    ['zhangwei', OURS],
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
    expect(Object.keys(sheets)).toEqual(['合规记录', '商机']);
    const trail = sheets['合规记录']!;
    expect(trail[0]).toEqual(['时间', '类型', '人员', '客户', '内容', '来源']);
    const followUp = trail.find((row) => row[4] === OURS);
    expect(followUp).toMatchObject({ 1: '跟进', 2: '张伟', 3: '华信精密机械有限公司' });
    expect(followUp![5]).toMatch(/^消息 #\d+$/);
    expect(JSON.stringify(sheets)).not.toContain('南方电气');
    expect(JSON.stringify(sheets)).not.toContain('陈晨');
    expect(sheets['商机']!.slice(1).map((row) => row[0])).toEqual(['华信精密机械有限公司']);

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
