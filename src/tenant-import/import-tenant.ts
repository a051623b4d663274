import type { DataSource } from 'typeorm';
import { inTransaction } from '../store/transaction';
import { parseJsonSource, type ImportProblem, type JsonSource } from './json-source';
import { knownRecords, loadStoredTenant } from './stored-tenant';
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
export class TenantImportError extends Error {
  readonly code = 'TENANT_IMPORT_INVALID';

  constructor(readonly problems: ImportProblem[]) {
    super(`导入文件有 ${problems.length} 处问题:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'TenantImportError';
  }
}

export interface ImportSummary {
  tenantId: string;
  tenantName: string;
  /** Rows created, updated, unchanged (and removed) per table. */
  tables: Record<ImportTable, TableCounts>;
}

/** `line 14, users[1].role: …` */
export function formatProblem(problem: ImportProblem): string {
  return `line ${problem.line}, ${problem.path}: ${problem.message}`;
}

/**
 * Creates or updates one tenant from the text of an import file (docs/contracts/tenant-import.md),
 * in one transaction. Importing the same file again changes nothing.
 */
export async function importTenant(
  dataSource: DataSource,
  source: string,
  options: { now?: Date; ruleBook?: RuleBook } = {},
): Promise<ImportSummary> {
  const now = options.now ?? new Date();
  const ruleBook = options.ruleBook ?? loadRuleBook();
  const { source: json, syntaxProblems } = parseJsonSource(source);
  if (!json) throw new TenantImportError(syntaxProblems);
  const shape = checkShape(json.value);

  return inTransaction(dataSource, async (em) => {
    // References are checked against the database inside the transaction that writes.
    const stored = await loadStoredTenant(em, rawTenantId(json.value), {
      activities: fileIds(json.value, 'activities'),
      commitments: fileIds(json.value, 'commitments'),
    });
    const issues = [...shape.issues, ...checkReferences(json.value, knownRecords(stored))];
    if (issues.length > 0 || !shape.file) throw new TenantImportError(toProblems(issues, json));
    const tables = {
      ...(await writeTenantFile(em, shape.file, stored, now)),
      leads: await writeLeads(em, shape.file.tenant.id, shape.file.leads, ruleBook, now),
    };
    return { tenantId: shape.file.tenant.id, tenantName: shape.file.tenant.name, tables };
  });
}

function toProblems(issues: FileIssue[], json: JsonSource): ImportProblem[] {
  return issues
    .map((issue) => ({ line: json.lineOf(issue.path), path: formatPath(issue.path), message: issue.message }))
    .sort((a, b) => a.line - b.line);
}

/** The tenant id as written, even when the file fails its checks, to look up what is stored. */
function rawTenantId(value: unknown): string {
  const tenant = (value as { tenant?: { id?: unknown } } | null)?.tenant;
  return typeof tenant?.id === 'string' ? tenant.id : '';
}
