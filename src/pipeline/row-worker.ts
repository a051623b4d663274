import type { DataSource, EntityTarget } from 'typeorm';
import type { Clock } from '../clock';
import { claimDueRows, type ClaimableRow } from './claim';
import { PollingLoop } from './polling-loop';

export interface RowWorkerOptions {
  name: string;
  /** Status of rows waiting for work, and while a worker holds one. */
  waiting: string;
  held: string;
  batchSize: number;
  leaseMs: number;
  idleMs: number;
}

/** Claims due rows of one table in batches and hands each to `handle`; the inbox worker and outbox sender are two of these. */
export abstract class RowWorker<T extends ClaimableRow> {
  private readonly loop: PollingLoop;

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    protected readonly clock: Clock,
    private readonly rowOptions: RowWorkerOptions,
  ) {
    this.loop = new PollingLoop(rowOptions.name, () => this.runOnce(), rowOptions.idleMs);
  }

  start(): void {
    this.loop.start();
  }

  /** Look for work now instead of at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** One pass: claims due rows and handles each once. Returns how many it claimed. */
  async runOnce(): Promise<number> {
    const { waiting, held, batchSize, leaseMs } = this.rowOptions;
    const rows = await claimDueRows(this.dataSource, this.target, { waiting, held, limit: batchSize, leaseMs, now: this.clock.now() });
    for (const row of rows) await this.handle(row);
    return rows.length;
  }

  protected abstract handle(row: T): Promise<void>;
}
