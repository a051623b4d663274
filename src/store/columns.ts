import type { ColumnOptions, ValueTransformer } from 'typeorm';

/**
 * Column option presets shared by the entities. Every column names its type explicitly:
 * tsx/esbuild emit no decorator metadata, so TypeORM cannot infer it.
 */

/** Instants are stored in UTC with millisecond precision (the MySQL connection uses timezone 'Z'). */
export const instant: ColumnOptions = { type: 'datetime', precision: 3 };
export const optionalInstant: ColumnOptions = { ...instant, nullable: true };

export const id = { type: 'varchar', length: 64 } as const;
export const optionalId: ColumnOptions = { ...id, nullable: true };
export const shortText = (length = 100): ColumnOptions => ({ type: 'varchar', length });
export const optionalShortText = (length = 100): ColumnOptions => ({ type: 'varchar', length, nullable: true });

/** JSON kept as text: the same on MySQL, MariaDB and SQLite (MariaDB's JSON is an alias of LONGTEXT anyway). */
export const json: ColumnOptions = { type: 'simple-json' };
export const optionalJson: ColumnOptions = { type: 'simple-json', nullable: true };

/** DECIMAL comes back as a string from mysql2; money is handled in code as a number of yuan. */
const decimalToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
export const money: ColumnOptions = { type: 'decimal', precision: 14, scale: 2, nullable: true, transformer: decimalToNumber };
