import { afterAll, beforeAll } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import type { TestDatabase, TestDatabaseFactory } from './databases';
import { TestClock } from './test-clock';

/** When the shared test bot starts: a Wednesday, 10:00 in Beijing, so no run depends on the day it runs. */
export const BOT_START = new Date('2026-03-04T02:00:00Z');

export interface BotUnderTest extends RunningBot {
  /** The bot's clock: it stands still unless the test moves it. */
  clock: TestClock;
}

/**
 * The real bot on a fresh database for one test file (demo tenant seeded, port chosen by the OS),
 * stopped and its database dropped after the file. Call inside a describe; the returned object stands
 * for the running bot once `beforeAll` has started it.
 */
export function useBot(makeDatabase: TestDatabaseFactory, env: Record<string, string> = {}): BotUnderTest {
  const clock = new TestClock(BOT_START);
  let database: TestDatabase;
  let bot: RunningBot;
  beforeAll(async () => {
    database = await makeDatabase();
    // No scheduler: the jobs are run by the tests that are about them.
    bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', ...env }), { clock, jobs: false });
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });
  return new Proxy({} as BotUnderTest, { get: (_target, key) => (key === 'clock' ? clock : Reflect.get(bot, key)) });
}
