import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { parseString } from '@fast-csv/parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { CellValue } from './cell-values';

// The rows of an .xlsx workbook (streamed: only the row in hand is in memory) or of a .csv file in UTF-8 or GBK.

/** An uploaded or local file. `open` is called once per reading: the report reads the file a second time. */
export interface WorkbookInput {
  /** The file's name: its extension says the format, and a CSV's name may say what it holds (客户.csv). */
  name: string;
  open(): Readable;
}

export function fileInput(path: string): WorkbookInput {
  return { name: basename(path), open: () => createReadStream(path) };
}

export function bufferInput(name: string, content: Buffer): WorkbookInput {
  return { name, open: () => Readable.from([content]) };
}

type WorkbookFormat = 'xlsx' | 'csv';

export function workbookFormat(name: string): WorkbookFormat | null {
  const extension = extname(name).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
}

/** One row: its 1-based number and its cells, `cells[0]` being column A. */
export interface SheetRow {
  number: number;
  cells: CellValue[];
}

export interface SheetRows {
  /** The sheet's name; for a CSV file, its name without the extension. */
  name: string;
  rows: AsyncIterable<SheetRow>;
}

/** The sheets of the file in order; each sheet's rows must be read before the next sheet is asked for. */
export async function* readSheets(input: WorkbookInput): AsyncGenerator<SheetRows> {
  const bytes = await readAll(input.open());
  if (workbookFormat(input.name) === 'csv') {
    yield { name: basename(input.name, extname(input.name)), rows: csvRows(bytes) };
    return;
  }
  yield* xlsxSheets(bytes);
}

/** The private part parsers of exceljs 4.4.0's streaming WorkbookReader (hence the exact version). */
interface ExcelJsParts {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncIterable<unknown>;
  _parseStyles(part: Readable): Promise<void>;
  _parseWorksheet(text: AsyncIterable<string>, sheetNo: string): Iterable<{ value: WorksheetReader }>;
}
type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader & { name: string };

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * exceljs 4.4.0's WorkbookReader reads the zip in one streaming pass that on Node 20 drops parts at random
 * (whole sheets, the sheet names, the shared strings: exceljs issues 2790 and 3064), and decodes each chunk
 * of a part as UTF-8 on its own, garbling a Chinese character split between two chunks (utils/parse-sax.js).
 * So the zip is opened by its central directory (as exceljs PR 3065 proposes) and exceljs's own part parsers
 * are run in the order they depend on each other: relationships, workbook (sheet names), shared strings,
 * styles (which cells are dates), then each sheet's rows as its part is inflated, read as a stream of text.
 * What is held is the compressed file and the shared strings, never the whole workbook.
 */
async function* xlsxSheets(bytes: Buffer): AsyncGenerator<SheetRows> {
  const zip = await JSZip.loadAsync(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as ExcelJsParts;
  const part = async (name: string) => {
    const file = zip.file(name);
    return file ? Readable.from([await file.async('string')]) : null;
  };
  const rels = await part('xl/_rels/workbook.xml.rels');
  const workbook = await part('xl/workbook.xml');
  if (!rels || !workbook) throw new Error('不是有效的 .xlsx 文件(缺少工作簿信息)');
  await reader._parseRels(rels);
  await reader._parseWorkbook(workbook);
  const sharedStrings = await part('xl/sharedStrings.xml');
  if (sharedStrings) for await (const entry of reader._parseSharedStrings(sharedStrings)) void entry;
  const styles = await part('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);

  const sheets = Object.keys(zip.files)
    .map((name) => ({ name, number: SHEET_PART.exec(name)?.[1] }))
    .filter((sheet): sheet is { name: string; number: string } => sheet.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number));
  for (const sheet of sheets) {
    // A stream that decodes UTF-8 as a stream never splits a character.
    const text = zip.file(sheet.name)!.nodeStream().pipe(new PassThrough()).setEncoding('utf8');
    for (const { value } of reader._parseWorksheet(text, sheet.number)) yield { name: value.name, rows: xlsxRows(value) };
  }
}

async function* xlsxRows(sheet: WorksheetReader): AsyncGenerator<SheetRow> {
  for await (const row of sheet) {
    const values = row.values as unknown[];
    yield { number: row.number, cells: values.slice(1).map(plainValue) };
  }
}

/** exceljs's rich text, formulas, hyperlinks and errors, as the value a person sees. */
function plainValue(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (cell.richText) return cell.richText.map((run) => run.text).join('');
  if ('result' in cell) return plainValue(cell.result);
  if (typeof cell.text === 'string') return cell.text;
  return null;
}

/** The text of a CSV file: UTF-8 (with or without BOM) when it decodes as such, else GBK (GB18030), as Excel saves it on Chinese Windows. */
export function decodeCsv(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'gb18030');
  }
}

async function* csvRows(bytes: Buffer): AsyncGenerator<SheetRow> {
  let number = 0;
  for await (const row of parseString<string[], string[]>(decodeCsv(bytes), { headers: false, ignoreEmpty: false })) {
    const cells = row as string[];
    number++;
    yield { number, cells: cells.map((cell) => (cell === '' ? null : cell)) };
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}
