import { describe, expect, it } from 'vitest';
import { EventLoopTurns } from '../src/event-loop-turns';

describe('EventLoopTurns', () => {
  it('runs jobs one at a time in order, and lets what waits on the event loop in between two', async () => {
    const turns = new EventLoopTurns();
    const log: string[] = [];
    // Synchronous jobs, as rule extraction and better-sqlite3's statements are.
    const jobs = ['a', 'b', 'c'].map((name) => turns.take(() => log.push(name)));
    // Queued after the jobs: a burst of jobs run back to back would serve it only after 'c'.
    setImmediate(() => log.push('waiting callback'));
    await Promise.all(jobs);
    expect(log).toEqual(['a', 'waiting callback', 'b', 'c']);
  });

  it('runs an urgent job before the ones waiting, but after the one running', async () => {
    const turns = new EventLoopTurns();
    const log: string[] = [];
    const running = turns.take(async () => {
      log.push('running');
      await Promise.resolve();
    });
    const waiting = turns.take(() => log.push('waiting'));
    const urgent = turns.take(() => log.push('urgent'), true);
    await Promise.all([running, waiting, urgent]);
    expect(log).toEqual(['running', 'urgent', 'waiting']);
  });

  it('hands a failure to its caller and goes on with the next job', async () => {
    const turns = new EventLoopTurns();
    const failing = turns.take(() => {
      throw new Error('refused');
    });
    const next = turns.take(() => 'done');
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('done');
  });
});
