import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Customer, Deal, User } from '../../src/store/entities';
import { DEMO_TENANT_ID, seedDemoTenant } from '../../src/tenant-import/demo-tenant';
import { exportWorkbook } from '../../src/tenant-import/workbook/export-workbook';
import { fileInput } from '../../src/tenant-import/workbook/read-workbook';
import { useTempSqlite } from './support';
import {
  expectEveryProblemReported,
  expectExportRoundTrip,
  expectGbkCsvImported,
  expectMessyTeamImported,
  expectPreviewThenIdempotentImport,
  MESSY_TEAM,
  run,
  TENANT,
  useTempDir,
  writeXlsx,
} from './workbook-support';

describe('workbook import on SQLite', () => {
  const db = useTempSqlite();
  const dir = useTempDir();

  it('reads a team written the way managers write sheets: synonyms, a title row, units, dates, labels and codes', () =>
    expectMessyTeamImported(db(), dir()));

  it('previews without writing, imports what it previewed, and a second import changes nothing', () =>
    expectPreviewThenIdempotentImport(db(), dir()));

  it('imports CSV files in UTF-8 (with BOM) and GBK, their kind from the file name', () => expectGbkCsvImported(db()));

  it('exports the same format: importing the export back leaves every row unchanged', () => expectExportRoundTrip(db(), dir()));

  it('exports the demo tenant and reads it back unchanged (times to the minute, aliases, roles, a manager per rep)', async () => {
    const now = new Date('2026-07-15T02:00:00Z');
    await seedDemoTenant(db(), now);
    const path = join(dir(), 'demo.xlsx');
    await exportWorkbook(db(), DEMO_TENANT_ID, createWriteStream(path));
    const result = await run(db(), fileInput(path), { tenantId: DEMO_TENANT_ID, dryRun: true, now });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.summary.tables.customers).toEqual({ created: 0, updated: 0, unchanged: 15, removed: 0 });
    expect(result.summary.tables.deals).toEqual({ created: 0, updated: 0, unchanged: 15, removed: 0 });
    expect(result.summary.tables.users).toMatchObject({ created: 0, updated: 0 });
    expect(result.summary.tables.contacts).toMatchObject({ created: 0, updated: 0 });
  });

  it('updates what a later sheet says and keeps what it leaves blank: a member known by account, 简称 added, 最近跟进 never back', async () => {
    await run(db(), await writeXlsx(join(dir(), 'team.xlsx'), MESSY_TEAM));
    const zhang = await db().getRepository(User).findOneByOrFail({ tenantId: TENANT, name: '张伟' });
    const later = await run(
      db(),
      await writeXlsx(join(dir(), 'later.xlsx'), {
        成员: [
          ['姓名', '企业微信账号'],
          ['张伟伟', 'ZhangWei'],
        ],
        客户: [
          ['客户名称', '简称', '区域'],
          ['华信精密机械有限公司', '华信机械', null],
        ],
        商机: [
          ['客户名称', '商机名称', '阶段', '最近跟进'],
          ['华信', '液压泵升级', '方案演示', '2026-03-01'],
        ],
      }),
    );
    if (!later.ok) throw new Error(JSON.stringify(later.problems));
    expect([later.summary.tables.users, later.summary.tables.customers, later.summary.tables.deals].map((t) => t.updated)).toEqual([
      1, 1, 1,
    ]);
    expect(await db().getRepository(User).findOneByOrFail({ tenantId: TENANT, id: zhang.id })).toMatchObject({
      name: '张伟伟',
      team: '华东一组',
    });
    const huaxin = await db().getRepository(Customer).findOneByOrFail({ tenantId: TENANT, name: '华信精密机械有限公司' });
    expect(huaxin).toMatchObject({ aliases: ['华信', '华信精机', '华信机械'], region: '浙江' });
    const deal = await db().getRepository(Deal).findOneByOrFail({ tenantId: TENANT, title: '液压泵升级' });
    expect(deal).toMatchObject({ stage: 'demo', lastActivityAt: new Date('2026-03-09T07:00:00Z') });
  });

  it('lists every problem by sheet, row and column in Chinese, 撞单 included, and writes nothing', () =>
    expectEveryProblemReported(db(), dir()));
});
