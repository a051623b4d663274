import type { DataSource, EntityTarget } from 'typeorm';
import type { Clock } from '../clock';
import { log } from '../log';
import { inTransaction } from '../store/transaction';
import type { ClaimableRow } from './claim';

/**
 * The claims a worker holds on one batch of rows. Every `heartbeatMs` the rows still waiting or being
 * worked on get a fresh lease, and each row's claim is checked (and renewed) just before its work
 * starts: a slow platform call must not let a lease run out, or another instance takes the row and
 * sends it again. Renewing is conditional on the claim (status + attempts), like settling, so a row
 * another instance took over stays theirs.
 */
export class HeldClaims<T extends ClaimableRow> {
  private readonly rows: Map<number, T>;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    private readonly held: string,
    private readonly leaseMs: number,
    private readonly clock: Clock,
    rows: readonly T[],
  ) {
    this.rows = new Map(rows.map((row) => [row.id, row]));
  }

  startHeartbeat(heartbeatMs: number): void {
    this.timer = setInterval(() => {
      this.renew([...this.rows.values()]).catch((error: unknown) => log.warn({ err: error }, 'lease heartbeat failed'));
    }, heartbeatMs);
  }

  stopHeartbeat(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Renews the row's lease before its work; false when the claim is no longer ours. */
  async take(row: T): Promise<boolean> {
    return (await this.renew([row])) > 0;
  }

  /** The row is settled (or lost): no more renewing. */
  release(row: T): void {
    this.rows.delete(row.id);
  }

  /** Returns how many of `rows` are still held; the ones that are not are dropped. */
  private async renew(rows: readonly T[]): Promise<number> {
    if (rows.length === 0) return 0;
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
    return rows.length - lost.length;
  }
}
