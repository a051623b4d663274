import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, it } from 'vitest';
import { openDatabase } from '../../src/store/data-source';
import { mysqlDatabase, type TestDatabase } from '../support/databases';
import {
  expectEveryProblemReported,
  expectExportRoundTrip,
  expectGbkCsvImported,
  expectMessyTeamImported,
  expectPreviewThenIdempotentImport,
  useTempDir,
} from '../tenant-import/workbook-support';

describe('workbook import on MySQL', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const dir = useTempDir();
  beforeEach(async () => {
    database = await mysqlDatabase();
    dataSource = await openDatabase(database.url);
  });
  afterEach(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('reads a team written the way managers write sheets', () => expectMessyTeamImported(dataSource, dir()));
  it('previews without writing, imports what it previewed, and a second import changes nothing', () =>
    expectPreviewThenIdempotentImport(dataSource, dir()));
  it('imports CSV files in UTF-8 and GBK', () => expectGbkCsvImported(dataSource));
  it('exports the same format: importing the export back leaves every row unchanged', () => expectExportRoundTrip(dataSource, dir()));
  it('lists every problem by sheet, row and column, 撞单 included, and writes nothing', () =>
    expectEveryProblemReported(dataSource, dir()));
});
