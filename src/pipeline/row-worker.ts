import type { DataSource, EntityTarget } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { claimDueRows, type ClaimableRow } from './claim';
import { HeldClaims } from './held-claims';
import { PollingLoop } from './polling-loop';

export interface RowWorkerOptions {
  name: string;
  /** Status of rows waiting for work, and while a worker holds one. */
  waiting: string;
  held: string;
  batchSize: number;
  leaseMs: number;
  /** How often the leases of a batch in hand are renewed; well under `leaseMs`. */
  heartbeatMs: number;
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

  /**
   * One pass: claims due rows and handles each once, the rows of one lane in order and the lanes side
   * by side, so that a slow row holds up only its own lane. Returns how many it claimed.
   */
  async runOnce(): Promise<number> {
    const { waiting, held, batchSize, leaseMs, heartbeatMs, name } = this.rowOptions;
    const rows = await claimDueRows(this.dataSource, this.target, { waiting, held, limit: batchSize, leaseMs, now: this.clock.now() });
    if (rows.length === 0) return 0;
    const claims = new HeldClaims(this.dataSource, this.target, held, leaseMs, this.clock, rows);
    claims.startHeartbeat(heartbeatMs);
    try {
      const results = await Promise.allSettled(
        this.lanes(rows).map(async (lane) => {
          for (const row of lane) {
            if (await claims.take(row)) await this.handle(row);
            else log.info({ worker: name, rowId: row.id }, 'claim taken over by another worker; left to it');
            claims.release(row);
          }
        }),
      );
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    } finally {
      claims.stopHeartbeat();
    }
    return rows.length;
  }

  private lanes(rows: readonly T[]): T[][] {
    const lanes = new Map<string, T[]>();
    for (const row of rows) {
      const key = this.laneOf(row);
      const lane = lanes.get(key);
      if (lane) lane.push(row);
      else lanes.set(key, [row]);
    }
    return [...lanes.values()];
  }

  /** Rows of one lane are handled in order; by default a batch is one lane. */
  protected laneOf(_row: T): string {
    return '';
  }

  protected abstract handle(row: T): Promise<void>;
}
