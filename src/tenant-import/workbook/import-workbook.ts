import type { DataSource } from 'typeorm';
import { importTenantSource, TenantImportError, type ImportOptions, type ImportSummary } from '../import-tenant';
import type { WorkbookInput } from './read-workbook';
import { readSheetModel } from './sheet-model';
import { readTables, type ReadProgress, type SheetProblem, type SheetTable } from './sheet-tables';

export interface WorkbookImportOptions extends ImportOptions {
  /** The tenant the sheets are for; created when it does not exist (named by its id until renamed). */
  tenantId: string;
  onRead?: ReadProgress;
}

/** What an import of a workbook did (or, as a dry run, would do), or every problem that stopped it. */
export type WorkbookImport =
  | { ok: true; summary: ImportSummary; tables: SheetTable[]; notes: string[] }
  | { ok: false; problems: SheetProblem[]; tables: SheetTable[]; notes: string[] };

/**
 * Imports an .xlsx or .csv file (an upload's buffer or a local file) through the same checks and writing
 * as the JSON import: all of it in one transaction, or nothing and every problem by sheet, row and column.
 */
export async function importWorkbook(
  dataSource: DataSource,
  input: WorkbookInput,
  options: WorkbookImportOptions,
): Promise<WorkbookImport> {
  const { tables, problems: layoutProblems, notes } = await readTables(input, options.onRead);
  try {
    const summary = await importTenantSource(
      dataSource,
      {
        tenantId: options.tenantId,
        recordIds: { activities: [], commitments: [] },
        read: (stored) => {
          const reading = readSheetModel(tables, stored, options.tenantId);
          return { ...reading, problems: [...layoutProblems, ...reading.problems] };
        },
      },
      options,
      formatSheetProblem,
    );
    return { ok: true, summary, tables, notes };
  } catch (error) {
    if (!(error instanceof TenantImportError)) throw error;
    return { ok: false, problems: (error as TenantImportError<SheetProblem>).problems, tables, notes };
  }
}

/** `「客户」第 12 行 负责人:「李四」不在成员表里,也不是已有成员` */
export function formatSheetProblem(problem: SheetProblem): string {
  const where = [problem.sheet && `「${problem.sheet}」`, problem.row > 0 && `第 ${problem.row} 行`, problem.column]
    .filter(Boolean)
    .join(' ');
  return where ? `${where}:${problem.message}` : problem.message;
}
