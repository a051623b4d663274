import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { ENTITIES } from './entities';

export type DatabaseKind = 'sqlite' | 'mysql';

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/**
 * Connections an instance opens to MySQL/MariaDB at most (DATABASE_POOL_SIZE). Few on purpose: every busy
 * connection is a server thread wanting a core, and with twenty the worker's statements kept that many
 * running, so an acknowledgement's insert waited its turn behind them (acks p99 49–107 ms against 33–58 ms
 * at 300 posts a second with eight, the same throughput; docs/decisions.md "A small connection pool").
 */
export const DEFAULT_POOL_SIZE = 8;

/** Builds the data source named by DATABASE_URL: `sqlite:./path.sqlite` or `mysql://user:pass@host:port/db`. */
export function createDataSource(url: string, poolSize = DEFAULT_POOL_SIZE): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize));
}

function dataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, synchronize: false, logging: false } as const;
  if (databaseKind(url) === 'sqlite') {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: file,
      // WAL lets the console's long polls read while the worker writes; wait rather than fail on a busy file.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url,
    // A database on the same machine is faster through its Unix socket (…?socketPath=/run/mysqld/mysqld.sock).
    socketPath: new URL(url).searchParams.get('socketPath') ?? undefined,
    // Without 'Z', instants written under TZ=Asia/Shanghai read back eight hours off.
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    // trace: false: mysql2 would capture a stack trace for every query (about a tenth of a query's CPU);
    // TypeORM's QueryFailedError already names the failing statement.
    extra: { connectionLimit: poolSize, trace: false },
  };
}

/** Connects and applies pending migrations: the only way the schema changes. */
export async function openDatabase(url: string, poolSize = DEFAULT_POOL_SIZE): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/** True on MySQL/MariaDB/TiDB, where row locks with SKIP LOCKED exist. */
export function supportsSkipLocked(dataSource: DataSource): boolean {
  return dataSource.options.type === 'mysql';
}
