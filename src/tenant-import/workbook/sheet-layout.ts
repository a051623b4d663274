import { readFileSync } from 'node:fs';
import { z } from 'zod';

// What the sheets of an import workbook are and how their headers are recognised (columns.json).

export const SHEET_KINDS = ['members', 'customers', 'contacts', 'deals', 'leads'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

/** The table of the import model each kind fills. */
export const KIND_TABLES = {
  members: 'users',
  customers: 'customers',
  contacts: 'contacts',
  deals: 'deals',
  leads: 'leads',
} as const satisfies Record<SheetKind, string>;

const COLUMN_TYPES = ['text', 'id', 'list', 'member', 'customer', 'role', 'contactRole', 'stage', 'amount', 'instant'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

const column = z.strictObject({
  field: z.string(),
  header: z.string(),
  type: z.enum(COLUMN_TYPES),
  required: z.boolean().optional(),
  synonyms: z.array(z.string()),
});
export type ColumnSpec = z.infer<typeof column>;

const layoutFile = z.strictObject({
  $comment: z.string(),
  ignoredSheets: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  kinds: z.array(z.strictObject({ kind: z.enum(SHEET_KINDS), sheet: z.string(), synonyms: z.array(z.string()), columns: z.array(column) })),
});
export type KindSpec = z.infer<typeof layoutFile>['kinds'][number];

const layout = layoutFile.parse(JSON.parse(readFileSync(new URL('./columns.json', import.meta.url), 'utf8')));

export const KIND_SPECS: readonly KindSpec[] = SHEET_KINDS.map((kind) => layout.kinds.find((spec) => spec.kind === kind)!);

export function kindSpec(kind: SheetKind): KindSpec {
  return KIND_SPECS[SHEET_KINDS.indexOf(kind)];
}

/** A header cell recognised as a column: which one, where, and the unit its amounts are in. */
export interface MatchedColumn {
  spec: ColumnSpec;
  /** As written in the file. */
  header: string;
  /** 1-based column number. */
  index: number;
  /** Yuan per number written in the column: 10000 for 金额(万元). */
  scale: number;
}

/** The same name whatever its width, case, spacing, a required-field star or a unit in brackets. */
function headerKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*＊:]/g, '')
    .replace(/\((?:[^()]*)\)$/, '')
    .replace(/(?:万元|万|元)$/, '')
    .replace(/[\s_]+/g, '');
}

const UNIT_IN_HEADER = /万/;

const kindIndex = new Map<string, SheetKind>();
const columnIndex = new Map<SheetKind, Map<string, ColumnSpec>>();
for (const spec of KIND_SPECS) {
  for (const name of [spec.sheet, spec.kind, ...spec.synonyms]) kindIndex.set(headerKey(name), spec.kind);
  const headers = new Map<string, ColumnSpec>();
  for (const col of spec.columns) for (const name of [col.header, col.field, ...col.synonyms]) headers.set(headerKey(name), col);
  columnIndex.set(spec.kind, headers);
}
const ignoredSheets = new Set(layout.ignoredSheets.map(headerKey));
const ignoredColumns = new Set(layout.ignoredColumns.map(headerKey));

/** Columns the template and the report add for people (填写提示, 问题), never read. */
export function isIgnoredColumn(header: string): boolean {
  return ignoredColumns.has(headerKey(header));
}

/** The kind a sheet's (or CSV file's) name says, or `ignored` for the template's notes, or null. */
export function kindOfName(name: string): SheetKind | 'ignored' | null {
  const key = headerKey(name);
  if (ignoredSheets.has(key)) return 'ignored';
  return kindIndex.get(key) ?? null;
}

/** The kind a file name names anywhere in it (客户-2026.csv, team_leads.csv). */
export function kindInFileName(name: string): SheetKind | null {
  const key = headerKey(name);
  const found = KIND_SPECS.filter((spec) => [spec.sheet, spec.kind].some((word) => key.includes(headerKey(word))));
  return found.length === 1 ? found[0].kind : null;
}

/** The header cells of a row that name a column of the kind. */
export function matchHeaders(kind: SheetKind, cells: readonly { index: number; text: string }[]): MatchedColumn[] {
  const headers = columnIndex.get(kind)!;
  return cells.flatMap(({ index, text }) => {
    const spec = headers.get(headerKey(text));
    return spec ? [{ spec, header: text, index, scale: spec.type === 'amount' && UNIT_IN_HEADER.test(text) ? 10_000 : 1 }] : [];
  });
}

/**
 * The kind whose columns a header row names best: every required column present, then the most columns.
 * Null when none fits or two fit equally.
 */
export function kindOfHeaders(cells: readonly { index: number; text: string }[]): SheetKind | null {
  const fits = KIND_SPECS.map((spec) => {
    const fields = new Set(matchHeaders(spec.kind, cells).map((m) => m.spec.field));
    const complete = spec.columns.every((col) => !col.required || fields.has(col.field));
    return { kind: spec.kind, score: complete ? fields.size : 0 };
  })
    .filter((fit) => fit.score > 0)
    .sort((a, b) => b.score - a.score);
  if (fits.length === 0 || fits[1]?.score === fits[0].score) return null;
  return fits[0].kind;
}
