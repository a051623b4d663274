import type { DataSource, EntityTarget } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import type { GroupWriterOptions } from '../store/group-writer';
import { claimDueRows, type ClaimableRow } from './claim';
import { HeldClaims } from './held-claims';
import { PollingLoop } from './polling-loop';

export interface RowWorkerOptions {
  name: string;
  /** Status of rows waiting for work, and while a worker holds one. */
  waiting: string;
  held: string;
  /** Columns naming a row's lane: one lane's rows are handled one at a time, oldest first, across instances. */
  lane: readonly string[];
  /** Rows in hand at once (of as many lanes). */
  concurrency: number;
  leaseMs: number;
  /** How often the leases of rows in hand are renewed; well under `leaseMs`. */
  heartbeatMs: number;
  idleMs: number;
}

/** Rows settled in one transaction at most, and such transactions at once (on MySQL; SQLite's take turns). */
const GROUP_MAX = 32;
const GROUPS_IN_FLIGHT = 4;
/**
 * On SQLite a transaction runs to its end without giving the event loop a turn (the driver answers at
 * once): a group of 32 held it for up to 100 ms, and acknowledgements waited that long. Groups of 4
 * hold it for about a tenth of that.
 */
const SQLITE_GROUP_MAX = 4;

/** How settles are grouped on this database: at most this many per transaction, so many transactions at once. */
export function groupOptions(dataSource: DataSource): GroupWriterOptions {
  return { maxBatch: dataSource.options.type === 'mysql' ? GROUP_MAX : SQLITE_GROUP_MAX, inFlight: GROUPS_IN_FLIGHT };
}

/**
 * A pool over the rows of one table: it keeps up to `concurrency` rows in hand, each the oldest
 * unfinished row of its lane, and claims more as rows finish, so a slow row holds up only its own
 * lane. The inbox worker and outbox sender are two of these.
 */
export abstract class RowWorker<T extends ClaimableRow> {
  private readonly loop: PollingLoop;
  private readonly claims: HeldClaims<T>;
  private readonly inHand = new Map<number, Promise<void>>();

  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    protected readonly clock: Clock,
    private readonly rowOptions: RowWorkerOptions,
  ) {
    const { name, held, leaseMs, heartbeatMs, idleMs } = rowOptions;
    this.loop = new PollingLoop(name, () => this.fill(), idleMs);
    this.claims = new HeldClaims(dataSource, target, held, leaseMs, heartbeatMs, clock);
  }

  start(): void {
    this.loop.start();
  }

  /** Look for work now instead of at the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Stops claiming and waits for the rows in hand. */
  async stop(): Promise<void> {
    await this.loop.stop();
    await Promise.allSettled(this.inHand.values());
  }

  /** Handles due rows until none is left to claim and none is in hand; returns how many it claimed. */
  async runOnce(): Promise<number> {
    let claimed = 0;
    for (;;) {
      claimed += await this.fill();
      if (this.inHand.size === 0) return claimed;
      await Promise.race(this.inHand.values());
    }
  }

  /** Claims rows for the free places of the pool and starts each; returns how many it claimed. */
  private async fill(): Promise<number> {
    const { waiting, held, lane, concurrency, leaseMs } = this.rowOptions;
    const free = concurrency - this.inHand.size;
    // A busy pool claims a few places at a time: a claim per finished row would cost a query per row.
    if (free <= 0 || (this.inHand.size > 0 && free < Math.ceil(concurrency / 16))) return 0;
    const inHand = [...this.inHand.keys()];
    const rows = await claimDueRows(this.dataSource, this.target, {
      waiting,
      held,
      lane,
      inHand,
      limit: free,
      leaseMs,
      now: this.clock.now(),
    });
    this.claims.add(rows);
    for (const row of rows) this.begin(row);
    return rows.length;
  }

  private begin(row: T): void {
    const work = this.handle(row)
      .catch((error: unknown) => log.error({ worker: this.rowOptions.name, rowId: row.id, err: error }, 'row handling failed'))
      .finally(() => {
        this.claims.release(row);
        this.inHand.delete(row.id);
        // The next row of its lane is due now; a free place may take it.
        this.loop.wake();
      });
    this.inHand.set(row.id, work);
  }

  protected abstract handle(row: T): Promise<void>;
}
