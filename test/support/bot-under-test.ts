import { afterAll, beforeAll } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import type { TestDatabase, TestDatabaseFactory } from './databases';

/**
 * The real bot on a fresh database for one test file (demo tenant seeded, port chosen by the OS),
 * stopped and its database dropped after the file. Call inside a describe; the returned object stands
 * for the running bot once `beforeAll` has started it.
 */
export function useBot(makeDatabase: TestDatabaseFactory, env: Record<string, string> = {}): RunningBot {
  let database: TestDatabase;
  let bot: RunningBot;
  beforeAll(async () => {
    database = await makeDatabase();
    // No scheduler: cards due at the wall-clock time of the run must not land in the feeds under test.
    bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', ...env }), { jobs: false });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });
  return new Proxy({} as RunningBot, { get: (_target, key) => Reflect.get(bot, key) });
}
