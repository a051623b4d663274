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

export type WorkbookFormat = 'xlsx' | 'csv';

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
  if (workbookFormat(input.name) === 'csv') {
    yield { name: basename(input.name, extname(input.name)), rows: csvRows(await readAll(input.open())) };
    return;
  }
  // Styles are read so that date cells come back as dates.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(await partsBeforeSheets(await readAll(input.open())), {
    sharedStrings: 'cache',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader) {
    yield { name: (sheet as unknown as { name: string }).name, rows: xlsxRows(sheet) };
  }
}

async function* xlsxRows(sheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<SheetRow> {
  for await (const row of sheet) {
    const values = row.values as unknown[];
    yield { number: row.number, cells: values.slice(1).map(plainValue) };
  }
}

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * exceljs's streaming reader reads the zip in one pass, in stored order, and on Node 20 loses what is stored
 * after the worksheets (exceljs issues 2790, 3064): the sheet names, shared strings and styles, which Excel
 * and exceljs's own writer store last. So the file is stored again with every other part before the
 * worksheets (uncompressed: nothing is compressed twice), and each sheet's rows are read as they stream by.
 * What is held is the file's parts as bytes, not exceljs's model of the whole workbook.
 */
async function partsBeforeSheets(bytes: Buffer): Promise<Readable> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  const ordered = [...names.filter((name) => !SHEET_PART.test(name)), ...names.filter((name) => SHEET_PART.test(name))];
  const stored = new JSZip();
  for (const name of ordered) stored.file(name, await zip.files[name].async('nodebuffer'));
  // JSZip's stream is of the readable-stream package, which exceljs does not take for a stream.
  return stored.generateNodeStream({ compression: 'STORE', streamFiles: false }).pipe(new PassThrough());
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
