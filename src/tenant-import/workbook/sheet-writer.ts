import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from './cell-values';
import { kindSpec, type ColumnSpec, type SheetKind } from './sheet-layout';

// Writing workbooks (template, export, report) a row at a time, so that none is held whole in memory.

export type WorkbookWriter = ExcelJS.stream.xlsx.WorkbookWriter;
export type SheetWriter = ExcelJS.Worksheet;

export function openWorkbook(output: Writable): WorkbookWriter {
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
}

/** Printed (and turned into PDF) a page wide, as many pages long as it takes. */
export const PAGE_SETUP: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };

export const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const REQUIRED_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** The columns of a kind, as the template and the export write them. */
export function kindColumns(kind: SheetKind): readonly ColumnSpec[] {
  return kindSpec(kind).columns;
}

/** A sheet of the kind with its header row (required columns shaded); rows are added with `addRow`. */
export function addKindSheet(workbook: WorkbookWriter, kind: SheetKind, extraHeaders: string[] = []): SheetWriter {
  const columns = kindColumns(kind);
  const sheet = workbook.addWorksheet(kindSpec(kind).sheet, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE_SETUP });
  sheet.columns = [...columns.map((col) => ({ width: columnWidth(col) })), ...extraHeaders.map(() => ({ width: 24 }))];
  const header = sheet.addRow([...columns.map((col) => col.header), ...extraHeaders]);
  header.font = { bold: true };
  header.eachCell((cell, index) => {
    cell.fill = columns[index - 1]?.required ? REQUIRED_FILL : HEADER_FILL;
  });
  header.commit();
  return sheet;
}

/** Appends a row; dates get a date format, so that Excel shows them as dates. */
export function addRow(sheet: SheetWriter, values: readonly CellValue[], style: Partial<ExcelJS.Style> = {}): ExcelJS.Row {
  const row = sheet.addRow(values.map((value) => value ?? null));
  row.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
    Object.assign(cell, style);
  });
  return row;
}

function columnWidth(col: ColumnSpec): number {
  if (col.type === 'instant') return 18;
  if (col.field === 'name' || col.type === 'customer' || col.field === 'company' || col.field === 'note') return 28;
  return 14;
}
