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
  limit: number;
  leaseMs: number;
  now: Date;
}

/**
 * Takes up to `limit` due rows for this worker: marks them held with a lease and counts the attempt.
 * On MySQL/MariaDB, `FOR UPDATE SKIP LOCKED` lets several instances claim side by side without
 * waiting on each other; SQLite has one writer at a time, so its transaction alone is enough.
 */
export async function claimDueRows<T extends ClaimableRow>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  options: ClaimOptions,
): Promise<T[]> {
  const { waiting, held, limit, leaseMs, now } = options;
  return inTransaction(dataSource, async (em) => {
    const query = em
      .createQueryBuilder(target, 'row')
      .select('row.id', 'id')
      .where('row.status IN (:...statuses)', { statuses: [waiting, held] })
      .andWhere('row.availableAt <= :now', { now })
      .orderBy('row.availableAt', 'ASC')
      .addOrderBy('row.id', 'ASC')
      .limit(limit);
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
