import { PassThrough } from 'node:stream';
import type { Context } from 'koa';
import type { DataSource } from 'typeorm';
import type { RuleBook } from '../flows/rule-book';
import { formatSheetProblem, importWorkbook } from '../tenant-import/workbook/import-workbook';
import { bufferInput, workbookFormat } from '../tenant-import/workbook/read-workbook';
import { writeReport } from '../tenant-import/workbook/report-workbook';
import { KIND_SPECS, KIND_TABLES } from '../tenant-import/workbook/sheet-layout';

/** An upload larger than this is refused before it is read (the 20,000-row bench workbook is about 2 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface Upload {
  name: string;
  content: Buffer;
  dryRun: boolean;
}

/** What the page shows after an upload: per sheet what would change (or did), or every problem and the report workbook. */
export type UploadOutcome =
  | {
      ok: true;
      dryRun: boolean;
      fileName: string;
      sheets: { sheet: string; created: number; updated: number; unchanged: number }[];
      notes: string[];
    }
  | { ok: false; fileName: string; problems: string[]; report: Buffer; notes: string[] };

/**
 * The form's file and button from a multipart body (Node's own fetch Request parses it); a reason in
 * Chinese when there is no usable file.
 */
export async function readUpload(ctx: Context): Promise<Upload | string> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > MAX_UPLOAD_BYTES) return `文件太大(上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_UPLOAD_BYTES) return `文件太大(上限 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`;
    chunks.push(chunk);
  }
  let form: FormData;
  try {
    form = await new Request('http://upload', {
      method: 'POST',
      headers: { 'content-type': ctx.get('content-type') },
      body: Buffer.concat(chunks),
    }).formData();
  } catch {
    return '请用页面上的表单上传文件';
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return '请选择要上传的 .xlsx 或 .csv 文件';
  if (!workbookFormat(file.name)) return `「${file.name}」不是 .xlsx 或 .csv 文件`;
  return { name: file.name, content: Buffer.from(await file.arrayBuffer()), dryRun: form.get('mode') !== 'apply' };
}

/** Runs the workbook import (the same as `npm run import`) for the tenant: a dry run writes nothing, a refused file writes nothing. */
export async function runUpload(dataSource: DataSource, ruleBook: RuleBook, tenantId: string, upload: Upload): Promise<UploadOutcome> {
  const input = bufferInput(upload.name, upload.content);
  const result = await importWorkbook(dataSource, input, { tenantId, dryRun: upload.dryRun, ruleBook });
  if (result.ok) {
    const sheets = KIND_SPECS.map((spec) => ({ sheet: spec.sheet, ...result.summary.tables[KIND_TABLES[spec.kind]] }));
    return { ok: true, dryRun: upload.dryRun, fileName: upload.name, sheets, notes: result.notes };
  }
  const report = new PassThrough();
  const chunks: Buffer[] = [];
  report.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve, reject) => report.on('end', resolve).on('error', reject));
  await writeReport(input, result.problems, result.tables, report);
  await finished;
  return {
    ok: false,
    fileName: upload.name,
    problems: result.problems.map(formatSheetProblem),
    report: Buffer.concat(chunks),
    notes: result.notes,
  };
}
