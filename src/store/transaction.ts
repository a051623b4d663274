import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { isTransientLockError } from './db-errors';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();
const MYSQL_ATTEMPTS = 4;

/**
 * Runs `work` in a transaction. Every write goes through here, so `work` must be safe to run again:
 * it may only touch the database through `em` (slow or external work happens before).
 *
 * On MySQL/MariaDB, InnoDB may pick a transaction as a deadlock victim when several instances claim
 * and settle rows side by side; the whole transaction is then retried after a short random pause.
 *
 * On SQLite, TypeORM shares ONE connection in the process: two transactions at once fail
 * ("cannot start a transaction within a transaction"), and a plain write issued while another
 * transaction is open would silently join it (and vanish with its rollback). So on SQLite the
 * writes of a process take turns; SQLite has one writer at a time anyway.
 */
export function inTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'mysql') return withLockRetries(() => dataSource.transaction(work));
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  sqliteQueues.set(dataSource, mine);
  return mine;
}

/** Runs `run` again (up to four times in all) when MySQL/MariaDB picked it as a deadlock victim or a lock wait timed out. */
export async function withLockRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= MYSQL_ATTEMPTS || !isTransientLockError(error)) throw error;
      await sleep(5 + Math.random() * 20 * attempt);
    }
  }
}

/**
 * The row lock to read a row with when a transaction will change it depending on what it read
 * (SELECT … FOR UPDATE on MySQL). None on SQLite, where the writes of a process already take turns.
 */
export function rowLock(em: EntityManager): { mode: 'pessimistic_write' } | undefined {
  return em.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' } : undefined;
}
