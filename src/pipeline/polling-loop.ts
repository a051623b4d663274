import { log } from '../log';

/**
 * Runs `tick` repeatedly: at once while it finds work, every `idleMs` when it does not,
 * and at once when woken (a fresh inbox row should not wait for the next poll).
 */
export class PollingLoop {
  private running = false;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private wakeRequested = false;

  constructor(
    private readonly name: string,
    private readonly tick: () => Promise<number>,
    private readonly idleMs: number,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  wake(): void {
    if (!this.running) return;
    if (this.current) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.current = this.runOnce().finally(() => {
        this.current = null;
      });
    }, delayMs);
  }

  private async runOnce(): Promise<void> {
    let handled = 0;
    try {
      handled = await this.tick();
    } catch (error) {
      log.error({ err: error, loop: this.name }, 'polling loop tick failed');
    }
    if (!this.running) return;
    const again = handled > 0 || this.wakeRequested;
    this.wakeRequested = false;
    this.schedule(again ? 0 : this.idleMs);
  }
}
