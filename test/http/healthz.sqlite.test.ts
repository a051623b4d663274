import { describe, expect, it } from 'vitest';
import { startBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { sqliteDatabase } from '../support/databases';

describe('/healthz when the database is gone', () => {
  it('answers 503 with the database unreachable, and no driver message (the endpoint is open)', async () => {
    const database = await sqliteDatabase();
    const bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', DEMO_TENANT: 'off' }), { jobs: false });
    try {
      // What a database that went away looks like to the bot: every query fails.
      await bot.dataSource.destroy();
      const response = await fetch(`${bot.url}/healthz`);
      expect(response.status).toBe(503);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ ok: false, status: 'down', database: 'unreachable' });
      expect(JSON.stringify(body)).not.toMatch(/established|sqlite|SQLITE_/i);
    } finally {
      await bot.stop().catch(() => undefined);
      await database.drop();
    }
  });
});
