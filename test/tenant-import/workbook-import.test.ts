import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
  run,
  useTempDir,
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

  it('lists every problem by sheet, row and column in Chinese, 撞单 included, and writes nothing', () =>
    expectEveryProblemReported(db(), dir()));
});
