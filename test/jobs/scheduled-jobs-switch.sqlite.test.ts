import { describe, expect, it } from 'vitest';
import { startBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/store/data-source';
import { JobRun } from '../../src/store/entities';
import { sqliteDatabase } from '../support/databases';
import { TestClock } from '../support/test-clock';

/** Friday 16:00 in Shanghai: the demo tenant's morning briefings and its 15:00 Friday list are due, so a start catches them up. */
const FRIDAY_1600 = new Date('2026-12-11T08:00:00Z');

/** Starts an instance on a fresh demo database with SCHEDULED_JOBS set, stops it, and counts the jobs it ran. */
async function jobsRunBy(scheduledJobs: 'on' | 'off'): Promise<number> {
  const database = await sqliteDatabase();
  try {
    const config = loadConfig({ DATABASE_URL: database.url, PORT: '0', SCHEDULED_JOBS: scheduledJobs });
    const bot = await startBot(config, { clock: new TestClock(FRIDAY_1600) });
    // stop() waits for the catch-up a start sets off.
    await bot.stop();
    const reopened = await openDatabase(database.url);
    try {
      return await reopened.getRepository(JobRun).count();
    } finally {
      await reopened.destroy();
    }
  } finally {
    await database.drop();
  }
}

describe('SCHEDULED_JOBS', () => {
  it('on (the default), a start catches up the jobs due; off, the instance runs none', async () => {
    expect(loadConfig({}).scheduledJobs).toBe(true);
    expect(await jobsRunBy('on')).toBeGreaterThan(0);
    expect(await jobsRunBy('off')).toBe(0);
  });

  it('refuses a value other than on or off, naming the variable', () => {
    expect(() => loadConfig({ SCHEDULED_JOBS: 'no' })).toThrow('SCHEDULED_JOBS');
  });
});
