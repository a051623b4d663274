import type { DataSource, EntityTarget } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { inTransaction } from '../store/transaction';
import type { ClaimableRow } from './claim';

/**
 * The claims a worker holds on rows in hand. While it holds any, every `heartbeatMs` they get a fresh
 * lease: a slow model or platform call must not let a lease run out, or another instance takes the
 * row and handles it again. Renewing is conditional on the claim (status + attempts), like settling,
 * so a row another instance took over stays theirs and is no longer renewed here.
 */
export class HeldClaims<T extends ClaimableRow> {
  private readonly rows = new Map<number, T>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    private readonly held: string,
    private readonly leaseMs: number,
    private readonly heartbeatMs: number,
    private readonly clock: Clock,
  ) {}

  add(rows: readonly T[]): void {
    for (const row of rows) this.rows.set(row.id, row);
    if (this.rows.size > 0 && !this.timer) {
      this.timer = setInterval(() => {
        this.renew().catch((error: unknown) => log.warn({ err: error }, 'lease heartbeat failed'));
      }, this.heartbeatMs);
    }
  }

  /** The row is settled (or lost): no more renewing. */
  release(row: T): void {
    this.rows.delete(row.id);
    if (this.rows.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async renew(): Promise<void> {
    const rows = [...this.rows.values()];
    const until = new Date(this.clock.now().getTime() + this.leaseMs);
    const lost = await inTransaction(this.dataSource, async (em) => {
      const gone: T[] = [];
      for (const row of rows) {
        const mine = { id: row.id, status: this.held, attempts: row.attempts };
        const result = await em
          .createQueryBuilder()
          .update(this.target)
          .set({ availableAt: until } as never)
          .where(mine)
          .execute();
        if (!result.affected) gone.push(row);
      }
      return gone;
    });
    for (const row of lost) this.release(row);
  }
}
