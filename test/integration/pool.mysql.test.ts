import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/data-source';
import { mysqlDatabase, type TestDatabase } from '../support/databases';

describe('DATABASE_POOL_SIZE on MySQL/MariaDB', () => {
  let database: TestDatabase | undefined;
  afterAll(async () => database?.drop());

  it('opens at most that many connections however many statements wait, and runs them all', async () => {
    database = await mysqlDatabase();
    const dataSource = await openDatabase(database.url, loadConfig({ DATABASE_POOL_SIZE: '3' }).databasePoolSize);
    try {
      // Twelve statements at once, each holding its connection a moment: they queue for the three.
      const ids = await Promise.all(
        Array.from({ length: 12 }, async () => {
          const [{ id }] = (await dataSource.query('SELECT CONNECTION_ID() AS id, SLEEP(0.05) AS slept')) as [{ id: number }];
          return Number(id);
        }),
      );
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBeLessThanOrEqual(3);
    } finally {
      await dataSource.destroy();
    }
  });
});
