import { TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Column shapes the migrations share. Append-only: a migration must keep meaning what it meant when
 * it was written, so an existing helper is never changed; a new shape gets a new helper. Nothing here
 * comes from the entities for the same reason.
 */

export const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
export const longText = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
export const instant = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'datetime',
  precision: 3,
  isNullable: nullable,
});
/** An int that is null when unknown. */
export const optionalInt = (name: string): TableColumnOptions => ({ name, type: 'int', isNullable: true });
/** A count that starts at zero. */
export const counter = (name: string): TableColumnOptions => ({ name, type: 'int', isNullable: false, default: 0 });
export const serial = (name: string): TableColumnOptions => ({
  name,
  // 'integer', not 'int': SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY; MySQL reads it as INT.
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});
export const primary = (column: TableColumnOptions): TableColumnOptions => ({ ...column, isPrimary: true });
export const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Ids are compared exactly on every engine: MySQL's default collation would make `ZhangWei` and
 * `zhangwei` one key where SQLite keeps two, so on MySQL they get a binary collation.
 */
export function exactCollation(queryRunner: QueryRunner): string | undefined {
  return queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
}

/** Column makers for ids (64) and platform ids (128), compared exactly. */
export function idColumns(collation: string | undefined) {
  return {
    id: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '64', isNullable: nullable, collation }),
    platformId: (name: string, nullable = true): TableColumnOptions => ({ ...text(name, 128, nullable), collation }),
  };
}
