import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { supportsSkipLocked } from '../store/data-source';
import { autocommit, inTransaction } from '../store/transaction';

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
 * The heads are found by a plain read outside any transaction (most polls find nothing, and then cost
 * one statement, not four), then locked by id with `FOR UPDATE SKIP LOCKED` on MySQL/MariaDB and
 * checked again inside the claim's transaction: a locking read of the whole range would also lock the
 * gaps new deliveries are inserted into, so acknowledgements would queue behind every claim. SQLite has
 * one writer at a time: its transaction is enough for the check. A head claimed or finished by another
 * worker between the read and the lock fails the check (it is no longer due), and a lane cannot gain an
 * older row, so a head found by the read is still its lane's head when it passes the check.
 */
export async function claimDueRows<T extends ClaimableRow>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  options: ClaimOptions,
): Promise<T[]> {
  const { waiting, held, inHand, limit, leaseMs, now } = options;
  const due = (query: SelectQueryBuilder<T>) =>
    query.andWhere('row.status IN (:...statuses)', { statuses: [waiting, held] }).andWhere('row.availableAt <= :now', { now });
  const heads = due(laneHeads(dataSource.manager, target, options))
    .orderBy('row.availableAt', 'ASC')
    .addOrderBy('row.id', 'ASC')
    .limit(limit);
  if (inHand.length > 0) heads.andWhere('row.id NOT IN (:...inHand)', { inHand });
  const candidates = await autocommit(dataSource, () => idsOf(heads));
  if (candidates.length === 0) return [];
  // READ COMMITTED: the claim's update would otherwise lock the index gaps that new deliveries and new
  // outbox rows are inserted into, and deadlock with those inserts.
  return inTransaction(
    dataSource,
    async (em) => {
      const mine = due(
        em
          .createQueryBuilder(target, 'row')
          .select('row.id', 'id')
          .where({ id: In(candidates) }),
      );
      if (supportsSkipLocked(dataSource)) mine.setLock('pessimistic_write').setOnLocked('skip_locked');
      const ids = await idsOf(mine);
      if (ids.length === 0) return [];
      await em
        .createQueryBuilder()
        .update(target)
        .set({ status: held, availableAt: new Date(now.getTime() + leaseMs), attempts: () => 'attempts + 1' } as never)
        .where({ id: In(ids) })
        .execute();
      return em.getRepository(target).find({ where: { id: In(ids) } as never, order: { id: 'ASC' } as never });
    },
    { readCommitted: true },
  );
}

/**
 * Each lane's head: its oldest unfinished row (an untried row queued well ahead does not count), found
 * by one pass over the unfinished rows grouped by lane, whatever the backlog of each lane.
 */
function laneHeads<T extends ClaimableRow>(em: EntityManager, target: EntityTarget<T>, options: ClaimOptions): SelectQueryBuilder<T> {
  const { waiting, held, lane, now } = options;
  const q = (name: string) => em.connection.driver.escape(name);
  const table = q(em.getRepository(target).metadata.tableName);
  const heads =
    `SELECT MIN(${q('id')}) AS ${q('id')} FROM ${table}` +
    ` WHERE ${q('status')} IN (:...unfinished) AND (${q('attempts')} > 0 OR ${q('availableAt')} <= :soon)` +
    ` GROUP BY ${lane.map(q).join(', ')}`;
  return em
    .createQueryBuilder(target, 'row')
    .select('row.id', 'id')
    .where(`${q('row')}.${q('id')} IN (${heads})`, { unfinished: [waiting, held], soon: new Date(now.getTime() + SKEW_MS) });
}

async function idsOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number[]> {
  return (await query.getRawMany<{ id: number | string }>()).map((row) => Number(row.id));
}
