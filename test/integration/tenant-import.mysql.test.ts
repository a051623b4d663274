import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/data-source';
import { seedDemoTenant } from '../../src/tenant-import/demo-tenant';
import { expectBadFileWritesNothing, expectSecondImportChangesNothing } from '../tenant-import/support';

// The database named by TEST_MYSQL_URL is emptied after each test: give it one of its own.
const url = process.env.TEST_MYSQL_URL;

describe('importTenant on MySQL', () => {
  let dataSource: DataSource | undefined;
  beforeEach(async () => {
    if (!url) {
      throw new Error('TEST_MYSQL_URL is not set: point it at an empty database, e.g. mysql://root@127.0.0.1:3306/salesbot_test_x');
    }
    dataSource = await openDatabase(url);
  });
  afterEach(async () => {
    await dataSource?.dropDatabase();
    await dataSource?.destroy();
  });

  it('imports a good file, and the same file again changes nothing', () => expectSecondImportChangesNothing(dataSource!));

  it('refuses a file with several problems, listing each at its line, and writes nothing', () => expectBadFileWritesNothing(dataSource!));

  it('seeds the demo tenant once', async () => {
    const now = new Date('2026-07-15T02:00:00Z');
    expect((await seedDemoTenant(dataSource!, now))?.summary.tables.deals.created).toBe(15);
    expect(await seedDemoTenant(dataSource!, now)).toBeNull();
  });
});
