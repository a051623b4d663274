/** Injectable time source: tests freeze or move it, production reads the system clock. */
export interface Clock {
  now(): Date;
  /**
   * Calls `fn` once `ms` have passed on this clock; returns what cancels it. Backoff waits use it, so
   * a test lets them pass by moving the clock instead of waiting.
   */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

/** Resolves once `ms` have passed on `clock`. */
export function sleep(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.after(ms, resolve));
}
