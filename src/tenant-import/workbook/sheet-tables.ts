import { cellText, isBlank, type CellValue } from './cell-values';
import { readSheets, workbookFormat, type SheetRow, type WorkbookInput } from './read-workbook';
import {
  isIgnoredColumn,
  kindInFileName,
  kindOfHeaders,
  kindOfName,
  kindSpec,
  matchHeaders,
  type MatchedColumn,
  type SheetKind,
} from './sheet-layout';

// A workbook's sheets as tables of one kind each: the header row found, its columns recognised, the rows kept by field.

/** A problem at a cell (or a whole row when `column` is empty), as the admin will read it. */
export interface SheetProblem {
  sheet: string;
  /** 1-based row number as the spreadsheet shows it. */
  row: number;
  /** The column's header as written in the file; empty for the whole row. */
  column: string;
  message: string;
}

export interface TableRow {
  row: number;
  /** By field of the model (`name`, `ownerId`…); a recognised column's cell, blank ones left out. */
  values: Map<string, CellValue>;
}

export interface SheetTable {
  sheet: string;
  kind: SheetKind;
  headerRow: number;
  columns: MatchedColumn[];
  /** Headers of columns not recognised, left out. */
  ignoredHeaders: string[];
  rows: TableRow[];
}

export interface ReadTables {
  tables: SheetTable[];
  problems: SheetProblem[];
  /** What was left out on purpose, for the admin to check: columns not recognised, example rows. */
  notes: string[];
}

export type ReadProgress = (sheet: string, rows: number) => void;

/** The row of the template's example: a cell that says just 示例. */
export const EXAMPLE_MARK = '示例';
/** The header row is looked for in the first rows (a title row above it is common). */
const HEADER_SEARCH_ROWS = 10;
const PROGRESS_EVERY = 1000;

export async function readTables(input: WorkbookInput, onProgress?: ReadProgress): Promise<ReadTables> {
  if (!workbookFormat(input.name)) {
    return { tables: [], problems: [{ sheet: input.name, row: 0, column: '', message: '只能导入 .xlsx、.csv 或 .json 文件' }], notes: [] };
  }
  const result: ReadTables = { tables: [], problems: [], notes: [] };
  for await (const sheet of readSheets(input)) {
    const named = workbookFormat(input.name) === 'csv' ? kindInFileName(input.name) : kindOfName(sheet.name);
    if (named === 'ignored') {
      // The template's notes; the reader still has to pass over its rows.
      for await (const row of sheet.rows) void row;
      continue;
    }
    const table = await readTable(sheet.name, named, sheet.rows, result, onProgress);
    if (table) result.tables.push(table);
  }
  if (result.tables.length === 0 && result.problems.length === 0) {
    result.problems.push({ sheet: input.name, row: 0, column: '', message: '文件里没有可导入的表(成员、客户、联系人、商机、线索)' });
  }
  return result;
}

async function readTable(
  sheet: string,
  named: SheetKind | null,
  rows: AsyncIterable<SheetRow>,
  result: ReadTables,
  onProgress?: ReadProgress,
): Promise<SheetTable | null> {
  let table: SheetTable | null = null;
  let seen = 0;
  let hasData = false;
  for await (const row of rows) {
    if (++seen % PROGRESS_EVERY === 0) onProgress?.(sheet, seen);
    if (row.cells.every(isBlank)) continue;
    hasData = true;
    if (table) {
      const kept = tableRow(table, row);
      if (kept === 'example') result.notes.push(`「${sheet}」第 ${row.number} 行是示例行,已跳过`);
      else if (kept) table.rows.push(kept);
      continue;
    }
    if (row.number > HEADER_SEARCH_ROWS) continue;
    table = headerRow(sheet, named, row);
  }
  onProgress?.(sheet, seen);
  if (!table) {
    if (hasData) result.problems.push({ sheet, row: 1, column: '', message: missingHeaderMessage(named) });
    return null;
  }
  result.problems.push(...repeatedColumns(table));
  if (table.ignoredHeaders.length > 0) result.notes.push(`「${sheet}」中这些列不认识,已忽略:${table.ignoredHeaders.join('、')}`);
  const missing = missingColumns(table);
  result.problems.push(...missing);
  // Without a required column every row would repeat the header's problem: the rows are not read.
  if (missing.length > 0) table.rows = [];
  return table;
}

/** The row, if it is the header row of a table of the named kind (or, unnamed, of the kind its headers fit). */
function headerRow(sheet: string, named: SheetKind | null, row: SheetRow): SheetTable | null {
  const cells = row.cells.flatMap((value, i) => (isBlank(value) ? [] : [{ index: i + 1, text: cellText(value) }]));
  const kind = named ?? kindOfHeaders(cells);
  if (!kind) return null;
  const columns = matchHeaders(kind, cells);
  const required = kindSpec(kind).columns.filter((col) => col.required);
  const found = new Set(columns.map((col) => col.spec.field));
  // A title row above the headers names at most one column by chance.
  if (columns.length < 2 && !required.every((col) => found.has(col.field))) return null;
  const ignoredHeaders = cells
    .filter((cell) => !columns.some((col) => col.index === cell.index) && !isIgnoredColumn(cell.text))
    .map((cell) => cell.text);
  return { sheet, kind, headerRow: row.number, columns, ignoredHeaders, rows: [] };
}

function tableRow(table: SheetTable, row: SheetRow): TableRow | 'example' | null {
  if (row.cells.some((value) => typeof value === 'string' && value.trim() === EXAMPLE_MARK)) return 'example';
  const values = new Map<string, CellValue>();
  for (const col of table.columns) {
    const value = row.cells[col.index - 1] ?? null;
    if (!isBlank(value)) values.set(col.spec.field, value);
  }
  return values.size > 0 ? { row: row.number, values } : null;
}

function repeatedColumns(table: SheetTable): SheetProblem[] {
  const first = new Map<string, MatchedColumn>();
  const problems: SheetProblem[] = [];
  for (const col of table.columns) {
    const earlier = first.get(col.spec.field);
    if (!earlier) first.set(col.spec.field, col);
    else
      problems.push({
        sheet: table.sheet,
        row: table.headerRow,
        column: col.header,
        message: `「${earlier.header}」和「${col.header}」都是${col.spec.header},请只留一列`,
      });
  }
  // Only the first of repeated columns is read.
  table.columns = [...first.values()];
  return problems;
}

function missingColumns(table: SheetTable): SheetProblem[] {
  const found = new Set(table.columns.map((col) => col.spec.field));
  return kindSpec(table.kind)
    .columns.filter((col) => col.required && !found.has(col.field))
    .map((col) => ({ sheet: table.sheet, row: table.headerRow, column: '', message: `缺少「${col.header}」列` }));
}

function missingHeaderMessage(named: SheetKind | null): string {
  if (!named)
    return '认不出这张表是什么:表名或表头应为 成员、客户、联系人、商机、线索 之一(可以用模板:npm run import -- --template 文件名.xlsx)';
  const spec = kindSpec(named);
  const required = spec.columns.filter((col) => col.required).map((col) => `「${col.header}」`);
  return `前 ${HEADER_SEARCH_ROWS} 行里找不到${spec.sheet}表的表头(至少要有 ${required.join('、')} 列)`;
}
