import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { EventLoopTurns } from '../event-loop-turns';
import { isTransientLockError } from './db-errors';

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
 * writes of a process take turns (EventLoopTurns); SQLite has one writer at a time anyway. An `urgent`
 * write (an acknowledgement the platform waits for) goes before the ones waiting. `readCommitted`
 * (MySQL) takes no gap locks: for claims, whose ranges would otherwise block the inserts of new rows.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (em: EntityManager) => Promise<T>,
  options: { urgent?: boolean; readCommitted?: boolean } = {},
): Promise<T> {
  if (dataSource.options.type === 'mysql') {
    return withLockRetries(() => (options.readCommitted ? dataSource.transaction('READ COMMITTED', work) : dataSource.transaction(work)));
  }
  let turns = sqliteTurns.get(dataSource);
  if (!turns) sqliteTurns.set(dataSource, (turns = new EventLoopTurns()));
  return turns.take(() => dataSource.transaction(work), options.urgent ?? false);
}

/**
 * Runs one statement on its own: on MySQL/MariaDB a pooled connection in autocommit (no BEGIN and
 * COMMIT around it); on SQLite a turn like any transaction (see inTransaction). For reads and for
 * writes that are atomic alone.
 */
export function autocommit<T>(dataSource: DataSource, statement: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'mysql') return withLockRetries(() => statement(dataSource.manager));
  return inTransaction(dataSource, statement);
}

/**
 * SQLite's transactions, one at a time. better-sqlite3 answers at once, so a queue of transactions
 * would run to its end without letting anything else happen; between two, the event loop gets a turn
 * (acknowledgements are answered, urgent writes join the front of the queue).
 */
const sqliteTurns = new WeakMap<DataSource, EventLoopTurns>();

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
