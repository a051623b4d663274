import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { supportsSkipLocked } from '../store/data-source';
import { inTransaction } from '../store/transaction';

export interface ClaimableRow extends ObjectLiteral {
  id: number;
  status: string;
  attempts: number;
  availableAt: Date;
}

export interface ClaimOptions {
  /** Status of rows waiting for work. */
  waiting: string;
  /** Status while a worker holds the row; a row whose lease ran out is claimable again (crash recovery). */
  held: string;
  /** Columns whose values name a row's lane: a row is claimed only when no older row of its lane is unfinished. */
  lane: readonly string[];
  /** Rows this worker has in hand: never taken over by itself, however late their leases. */
  inHand: readonly number[];
  limit: number;
  leaseMs: number;
  now: Date;
}

/**
 * An untried row queued this far ahead (a scan run for a later time) is not yet in its lane's order,
 * so it holds up nothing; nearer than this it does, since instances' clocks may differ a little.
 */
const SKEW_MS = 60_000;

/**
 * Takes up to `limit` due rows for this worker, at most one per lane (the oldest unfinished one):
 * marks them held with a lease and counts the attempt. A lane whose head is held (by any instance)
 * or backing off offers nothing, so its rows are handled one at a time and in order, across
 * instances and after a crash (the head's lease runs out and it is the head again).
 * On MySQL/MariaDB, `FOR UPDATE SKIP LOCKED` lets several instances claim side by side without
 * waiting on each other; SQLite has one writer at a time, so its transaction alone is enough.
 */
export async function claimDueRows<T extends ClaimableRow>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  options: ClaimOptions,
): Promise<T[]> {
  const { waiting, held, lane, inHand, limit, leaseMs, now } = options;
  return inTransaction(dataSource, async (em) => {
    const q = (name: string) => em.connection.driver.escape(name);
    const older = (column: string) => `${q('older')}.${q(column)}`;
    const row = (column: string) => `${q('row')}.${q(column)}`;
    const sameLane = lane.map((column) => `${older(column)} = ${row(column)}`).join(' AND ');
    const table = q(em.getRepository(target).metadata.tableName);
    const query = em
      .createQueryBuilder(target, 'row')
      .select('row.id', 'id')
      .where('row.status IN (:...statuses)', { statuses: [waiting, held] })
      .andWhere('row.availableAt <= :now', { now })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM ${table} ${q('older')} WHERE ${sameLane} AND ${older('id')} < ${row('id')}` +
          ` AND ${older('status')} IN (:...statuses) AND (${older('attempts')} > 0 OR ${older('availableAt')} <= :soon))`,
        { soon: new Date(now.getTime() + SKEW_MS) },
      )
      .orderBy('row.availableAt', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .limit(limit);
    if (inHand.length > 0) query.andWhere('row.id NOT IN (:...inHand)', { inHand });
    if (supportsSkipLocked(dataSource)) {
      query.setLock('pessimistic_write').setOnLocked('skip_locked');
    }
    const ids = (await query.getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
    if (ids.length === 0) return [];
    await em
      .createQueryBuilder()
      .update(target)
      .set({ status: held, availableAt: new Date(now.getTime() + leaseMs), attempts: () => 'attempts + 1' } as never)
      .where({ id: In(ids) })
      .execute();
    return em.getRepository(target).find({ where: { id: In(ids) } as never, order: { id: 'ASC' } as never });
  });
}

/** Exponential backoff with full jitter, capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
