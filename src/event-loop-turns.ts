import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/**
 * Jobs that would each hold the event loop (synchronous database work, rule extraction), run one
 * at a time with a turn of the event loop between two: whatever waits meanwhile (a callback to
 * acknowledge, a timer) is served before the next job, instead of after a whole burst of them.
 * An `urgent` job goes before the ones waiting.
 */
export class EventLoopTurns {
  private readonly urgent: (() => Promise<void>)[] = [];
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = false;

  take<T>(job: () => T | Promise<T>, urgent = false): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const run = async () => {
        try {
          resolve(await job());
        } catch (error) {
          reject(error);
        }
      };
      (urgent ? this.urgent : this.waiting).push(run);
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    for (let next = this.next(); next; next = this.next()) {
      await next();
      await yieldToEventLoop();
    }
    this.running = false;
  }

  private next(): (() => Promise<void>) | undefined {
    return this.urgent.shift() ?? this.waiting.shift();
  }
}
