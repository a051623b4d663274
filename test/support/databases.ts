import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/** A database for one test file: its URL, and how to throw it away. */
export interface TestDatabase {
  kind: 'sqlite' | 'mysql';
  url: string;
  drop(): Promise<void>;
}

export type TestDatabaseFactory = () => Promise<TestDatabase>;

export const sqliteDatabase: TestDatabaseFactory = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-test-'));
  return { kind: 'sqlite', url: `sqlite:${join(dir, 'test.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
};

/**
 * A fresh, uniquely named database on the server of TEST_MYSQL_URL (`mysql://root@127.0.0.1:3306/test`).
 * Missing TEST_MYSQL_URL is a failure, not a skip: the integration suite exists to talk to a real server.
 */
export const mysqlDatabase: TestDatabaseFactory = async () => {
  const base = process.env.TEST_MYSQL_URL;
  if (!base) throw new Error('TEST_MYSQL_URL is not set: the integration suite needs a real MySQL/MariaDB (see .ci/run)');
  const name = `salesbot_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await createConnection(base);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind: 'mysql',
    url: url.toString(),
    drop: async () => {
      const connection = await createConnection(base);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
};
