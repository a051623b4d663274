import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../src/clock';

const REAL_PAUSE_MS = 20;

interface Timer {
  at: number;
  fn: () => void;
}

/** A clock that only moves when the test moves it; waits on it end when it is moved past them. */
export class TestClock implements Clock {
  private timers: Timer[] = [];

  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  after(ms: number, fn: () => void): () => void {
    const timer = { at: this.current.getTime() + ms, fn };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  advance(ms: number): void {
    this.set(new Date(this.current.getTime() + ms));
  }

  set(to: Date): void {
    this.current = new Date(to);
    const now = this.current.getTime();
    const due = this.timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
    this.timers = this.timers.filter((t) => t.at > now);
    for (const timer of due) timer.fn();
  }
}

/**
 * A pause for a fake's polling (`until`) that lets `stepMs` pass on `clock` and then runs `nudge` (to
 * wake what looks at the clock, such as the outbox), so backoffs timed on the clock end while a test
 * waits, without real waiting. A short real pause lets the sockets and the database answer.
 */
export function passingTime(clock: TestClock, stepMs: number, nudge: () => void = () => {}): () => Promise<void> {
  return async () => {
    clock.advance(stepMs);
    nudge();
    await sleep(REAL_PAUSE_MS);
  };
}
