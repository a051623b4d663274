import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DataSource, Table } from 'typeorm';
import { createDataSource, openDatabase } from '../../src/store/data-source';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';

/**
 * The schema the migrations build equals the one the entities declare: one database is migrated, a
 * second is built by TypeORM from the entities alone, and both are read back from the engine and
 * compared table by table (columns with type, length, precision, nullability, default, key and
 * generation; indexes and uniques by name and columns). Reading both back through the engine makes
 * the comparison about what the database holds, not how each side spells it.
 */
export function schemaDriftScenarios(makeDatabase: TestDatabaseFactory): void {
  const databases: TestDatabase[] = [];
  let migrated: DataSource;
  let declared: DataSource;

  beforeAll(async () => {
    databases.push(await makeDatabase(), await makeDatabase());
    migrated = await openDatabase(databases[0]!.url);
    declared = createDataSource(databases[1]!.url);
    await declared.initialize();
    await declared.synchronize();
  });
  afterAll(async () => {
    await migrated?.destroy();
    await declared?.destroy();
    for (const database of databases) await database.drop();
  });

  it('the migrations build every table the entities declare, and no other', async () => {
    const migrationsTable = migrated.options.migrationsTableName ?? 'migrations';
    const migratedTables = (await schemaOf(migrated)).map((table) => table.name).filter((name) => name !== migrationsTable);
    expect(migratedTables).toEqual((await schemaOf(declared)).map((table) => table.name));
  });

  it('each table has the columns, indexes and uniques its entity declares', async () => {
    const declaredTables = await schemaOf(declared);
    const migratedTables = await schemaOf(
      migrated,
      declaredTables.map((table) => table.name),
    );
    for (const [i, table] of declaredTables.entries()) expect(migratedTables[i], table.name).toEqual(table);
  });
}

type TableShape = ReturnType<typeof shapeOf>;

async function schemaOf(dataSource: DataSource, names?: string[]): Promise<TableShape[]> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    const tables = await queryRunner.getTables(names ?? (await tableNames(dataSource)));
    return tables.map((table) => shapeOf(table, dataSource.options.type)).sort(byName);
  } finally {
    await queryRunner.release();
  }
}

/** The tables of this one database (TypeORM's unnamed getTables lists every database on a MySQL server). */
async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    dataSource.options.type === 'mysql'
      ? 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row) => row.name);
}

function shapeOf(table: Table, engine: DataSource['options']['type']) {
  return {
    name: table.name,
    columns: table.columns
      .map((column) => ({
        name: column.name,
        type: engine === 'better-sqlite3' ? sqliteAffinityName(column.type) : column.type,
        length: column.length,
        precision: column.precision,
        scale: column.scale,
        nullable: column.isNullable,
        default: column.default as unknown,
        primary: column.isPrimary,
        generated: column.isGenerated,
        unsigned: column.unsigned,
        unique: column.isUnique,
        // Not compared: collation. The migrations give ids a binary collation on MySQL only (SQLite
        // has no such collation), which an entity cannot declare for one engine alone.
      }))
      .sort(byName),
    indexes: table.indices.map((index) => ({ name: index.name, columns: index.columnNames, unique: index.isUnique })).sort(byName),
    uniques: table.uniques.map((unique) => ({ name: unique.name, columns: unique.columnNames })).sort(byName),
    foreignKeys: table.foreignKeys.map((key) => ({ columns: key.columnNames, references: key.referencedTableName })),
  };
}

/** SQLite keeps the declared type name: `int` from a migration is the `integer` TypeORM writes for an entity. */
function sqliteAffinityName(type: string): string {
  return type === 'int' ? 'integer' : type;
}

function byName<T extends { name?: string }>(a: T, b: T): number {
  return (a.name ?? '').localeCompare(b.name ?? '');
}
