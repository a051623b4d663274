import { describe, it } from 'vitest';
import { useTempSqlite } from './support';
import {
  expectEveryProblemReported,
  expectExportRoundTrip,
  expectGbkCsvImported,
  expectMessyTeamImported,
  expectPreviewThenIdempotentImport,
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

  it('lists every problem by sheet, row and column in Chinese, 撞单 included, and writes nothing', () =>
    expectEveryProblemReported(db(), dir()));
});
