import { describe, expect, it } from 'vitest';
import { KeyedTurns } from '../../src/store/keyed-turns';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('KeyedTurns', () => {
  it('runs one key’s work one at a time, in order, and other keys beside it', async () => {
    const turns = new KeyedTurns();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([turns.take('a', job('a1')), turns.take('a', job('a2')), turns.take('b', job('b1'))]);
    expect(log.indexOf('a1 end')).toBeLessThan(log.indexOf('a2 start'));
    // b did not wait for a's queue.
    expect(log.indexOf('b1 start')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('goes on with the next work after one fails, and the failure reaches its caller', async () => {
    const turns = new KeyedTurns();
    const failing = turns.take('a', () => Promise.reject(new Error('refused')));
    const next = turns.take('a', () => Promise.resolve('done'));
    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('done');
  });
});
