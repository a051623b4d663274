import type { DataSource } from 'typeorm';
import { inTransaction } from '../store/transaction';
import { parseJsonSource, type ImportProblem } from './json-source';
import { knownRecords, loadStoredTenant, type StoredTenant } from './stored-tenant';
import type { TableCounts } from './table-sync';
import { checkReferences, fileIds } from './tenant-file.references';
import { checkShape, formatPath, type FileIssue } from './tenant-file.schema';
import { writeLeads } from './write-leads';
import { writeTenantFile, type ImportTable as TenantTable } from './write-tenant';
import { loadRuleBook, type RuleBook } from '../flows/rule-book';

export type { ImportProblem } from './json-source';
export type { TableCounts } from './table-sync';
/** The tables an import reports on: those the file is written to, and the leads taken in. */
export type ImportTable = TenantTable | 'leads';

/** A file that cannot be imported; `problems` lists every one found, in file order. Nothing was written. */
export class TenantImportError<P = ImportProblem> extends Error {
  readonly code = 'TENANT_IMPORT_INVALID';

  constructor(
    readonly problems: P[],
    describe: (problem: P) => string = formatProblem as (problem: P) => string,
  ) {
    super(`导入文件有 ${problems.length} 处问题:\n${problems.map(describe).join('\n')}`);
    this.name = 'TenantImportError';
  }
}

export interface ImportSummary {
  tenantId: string;
  tenantName: string;
  /** Rows created, updated, unchanged (and removed) per table. */
  tables: Record<ImportTable, TableCounts>;
  /** True when this was a preview: the counts are what an import would do, and nothing was kept. */
  dryRun: boolean;
}

export type ImportStep = { step: 'check' | 'write' } | { step: 'leads'; done: number; total: number };

export interface ImportOptions {
  now?: Date;
  ruleBook?: RuleBook;
  /** Check and count everything as an import would, in a transaction that is then rolled back. */
  dryRun?: boolean;
  onProgress?: (step: ImportStep) => void;
}

/** `line 14, users[1].role: …` */
export function formatProblem(problem: ImportProblem): string {
  return `line ${problem.line}, ${problem.path}: ${problem.message}`;
}

/**
 * A file read into the tenant model of docs/contracts/tenant-import.md, whatever it was written in
 * (JSON, a workbook). Everything after the reading is shared: the checks, the writing, the counts.
 */
export interface TenantSource<P> {
  tenantId: string;
  /** Activity and commitment ids the file names: what is stored of them is looked up. */
  recordIds: { activities: string[]; commitments: string[] };
  /** The model as a plain value, read knowing what is stored (a sheet names owners by name), with the problems met. */
  read(stored: StoredTenant): ModelReading<P>;
}

export interface ModelReading<P> {
  value: unknown;
  problems: P[];
  /** A problem of the shared checks, placed where the file shows it. */
  place(issue: FileIssue): P;
  /** A record as the messages name it: `users[0]` in a JSON file, `第 3 行` in a sheet. */
  recordAt(path: readonly (string | number)[]): string;
  /** All problems in the order the admin reads them, repeats of one place dropped. */
  arrange(problems: P[]): P[];
}

/**
 * Creates or updates one tenant from the text of an import file (docs/contracts/tenant-import.md),
 * in one transaction. Importing the same file again changes nothing.
 */
export async function importTenant(dataSource: DataSource, source: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const { source: json, syntaxProblems } = parseJsonSource(source);
  if (!json) throw new TenantImportError(syntaxProblems);
  const reading: ModelReading<ImportProblem> = {
    value: json.value,
    problems: [],
    place: (issue) => ({ line: json.lineOf(issue.path), path: formatPath(issue.path), message: issue.message }),
    recordAt: formatPath,
    arrange: (problems) => [...problems].sort((a, b) => a.line - b.line),
  };
  return importTenantSource(
    dataSource,
    {
      tenantId: rawTenantId(json.value),
      recordIds: { activities: fileIds(json.value, 'activities'), commitments: fileIds(json.value, 'commitments') },
      read: () => reading,
    },
    options,
  );
}

/**
 * Checks the model a source reads against itself and what is stored, then writes it, in one transaction:
 * all of it, or nothing and a TenantImportError with every problem.
 */
export async function importTenantSource<P>(
  dataSource: DataSource,
  source: TenantSource<P>,
  options: ImportOptions = {},
  describe?: (problem: P) => string,
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const ruleBook = options.ruleBook ?? loadRuleBook();
  const progress = options.onProgress ?? (() => undefined);
  const countOnly = options.dryRun === true;
  return inTransaction(dataSource, async (em) => {
    progress({ step: 'check' });
    // References are checked against the database inside the transaction that writes.
    const stored = await loadStoredTenant(em, source.tenantId, source.recordIds);
    const reading = source.read(stored);
    const shape = checkShape(reading.value);
    const issues = [...shape.issues, ...checkReferences(reading.value, knownRecords(stored), reading.recordAt)];
    const problems = reading.arrange([...reading.problems, ...issues.map(reading.place)]);
    if (problems.length > 0 || !shape.file) throw new TenantImportError(problems, describe);
    progress({ step: 'write' });
    const { leads } = shape.file;
    const tables = {
      ...(await writeTenantFile(em, shape.file, stored, now, countOnly)),
      leads: await writeLeads(em, shape.file.tenant.id, leads, ruleBook, now, {
        countOnly,
        onLead: (done) => progress({ step: 'leads', done, total: leads.length }),
      }),
    };
    return { tenantId: shape.file.tenant.id, tenantName: shape.file.tenant.name, tables, dryRun: countOnly };
  });
}

/** The tenant id as written, even when the file fails its checks, to look up what is stored. */
function rawTenantId(value: unknown): string {
  const tenant = (value as { tenant?: { id?: unknown } } | null)?.tenant;
  return typeof tenant?.id === 'string' ? tenant.id : '';
}
