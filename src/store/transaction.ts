import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction. Every write goes through here.
 * On SQLite, TypeORM shares ONE connection in the process: two transactions at once fail
 * ("cannot start a transaction within a transaction"), and a plain write issued while another
 * transaction is open would silently join it (and vanish with its rollback). So on SQLite the
 * writes of a process take turns; SQLite has one writer at a time anyway.
 */
export function inTransaction<T>(dataSource: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type === 'mysql') return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  sqliteQueues.set(dataSource, mine);
  return mine;
}
