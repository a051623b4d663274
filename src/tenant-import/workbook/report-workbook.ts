import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { groupBy } from '../../domain/collections';
import { cellText, type CellValue } from './cell-values';
import { readSheets, type WorkbookInput } from './read-workbook';
import type { SheetProblem, SheetTable } from './sheet-tables';
import { addRow, DATE_FORMAT, openWorkbook, PAGE_SETUP } from './sheet-writer';

// The file that comes back when an import is refused: the admin's own sheets, each row's problems beside it.

/** Also in columns.json's ignored columns and sheets: a report imports as it is. */
const PROBLEM_HEADER = '问题';
const SUMMARY_SHEET = '问题汇总';

/** Width of the 问题 column, in Excel's units: a Chinese character takes about two. */
const PROBLEM_WIDTH = 60;
const ROW_HEIGHT = 15;
const PROBLEM_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const PROBLEM_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF9C0006' } };

/**
 * 问题汇总 (every problem, one a line), then each sheet of the file as it was, with a 问题 column in front
 * (the header row's column, then each row's problems) and the cells in question shaded. Read afresh from
 * the input, a row at a time. The fixed file can be imported as it is: the 问题 column is not read.
 */
export async function writeReport(
  input: WorkbookInput,
  problems: readonly SheetProblem[],
  tables: readonly SheetTable[],
  output: Writable,
): Promise<void> {
  const workbook = openWorkbook(output);
  const summary = workbook.addWorksheet(SUMMARY_SHEET, { pageSetup: PAGE_SETUP });
  summary.columns = [{ width: 12 }, { width: 8 }, { width: 16 }, { width: 120 }];
  addRow(summary, ['工作表', '行', '列', PROBLEM_HEADER], { font: { bold: true } }).commit();
  for (const p of problems) addRow(summary, [p.sheet || null, p.row || null, p.column || null, p.message]).commit();
  summary.commit();

  const bySheet = groupBy(problems, (p) => p.sheet);
  for await (const source of readSheets(input)) {
    const sheetProblems = groupBy(bySheet.get(source.name) ?? [], (p) => String(p.row));
    const headerRow = tables.find((t) => t.sheet === source.name)?.headerRow ?? 1;
    const sheet = workbook.addWorksheet(safeSheetName(source.name), { pageSetup: PAGE_SETUP });
    sheet.columns = [{ width: PROBLEM_WIDTH }, ...Array.from({ length: 30 }, () => ({ width: 16 }))];
    let headers = new Map<string, number>();
    for await (const row of source.rows) {
      if (row.number === headerRow) headers = new Map(row.cells.map((value, i) => [cellText(value), i + 2]));
      const here = sheetProblems.get(String(row.number)) ?? [];
      const first: CellValue =
        row.number === headerRow ? PROBLEM_HEADER : here.map((p) => (p.column ? `${p.column}:${p.message}` : p.message)).join('\n') || null;
      const written = sheet.getRow(row.number);
      written.values = [first, ...row.cells];
      written.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      });
      if (row.number === headerRow) written.font = { bold: true };
      if (here.length > 0) {
        written.getCell(1).font = PROBLEM_FONT;
        written.getCell(1).alignment = { wrapText: true, vertical: 'top' };
        // Spreadsheets do not grow a row for wrapped text by themselves.
        written.height =
          ROW_HEIGHT *
          Math.max(
            1,
            ...String(first)
              .split('\n')
              .map((line) => Math.ceil((line.length * 2) / PROBLEM_WIDTH)),
          );
        for (const p of here) {
          const column = headers.get(p.column);
          if (column) written.getCell(column).fill = PROBLEM_FILL;
        }
      }
      written.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** Excel's rules for a sheet name: 31 characters, none of []:*?/\. */
function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
}
