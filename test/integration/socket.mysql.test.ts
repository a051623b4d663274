import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/data-source';
import { mysqlDatabase, type TestDatabase } from '../support/databases';

/** Where Debian's MariaDB (and CI's) puts its socket. */
const SOCKET = '/run/mysqld/mysqld.sock';

describe('DATABASE_URL with ?socketPath=', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => database?.drop());

  it.skipIf(!existsSync(SOCKET))('connects through the Unix socket it names, not TCP, and migrates', async () => {
    database = await mysqlDatabase();
    const url = new URL(database.url);
    url.host = 'localhost';
    url.searchParams.set('socketPath', SOCKET);
    const dataSource = await openDatabase(url.toString());
    try {
      // A socket client shows as 'localhost' in the process list; a TCP one as 'address:port'.
      const [{ host }] = (await dataSource.query('SELECT host FROM information_schema.processlist WHERE id = CONNECTION_ID()')) as [
        { host: string },
      ];
      expect(host).toBe('localhost');
      expect((await dataSource.query('SELECT COUNT(*) AS n FROM tenants')) as unknown[]).toHaveLength(1);
    } finally {
      await dataSource.destroy();
    }
  });
});
