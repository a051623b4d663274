import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { isLostConnectionError } from './db-errors';
import { inTransaction, withLockRetries } from './transaction';

/**
 * A connection held by one writer of single statements (each its own transaction: autocommit), so
 * that they never queue behind other work for the shared pool nor pay for BEGIN and COMMIT: the
 * inbox's acknowledgements write through one while the worker keeps the pool busy. On SQLite, where
 * the process has one connection, it is a transaction that goes before those waiting.
 */
export class ReservedConnection {
  private runner: QueryRunner | null = null;

  constructor(private readonly dataSource: DataSource) {}

  /** Runs `statement`, which must send one statement through `em`. */
  run<T>(statement: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'mysql') return inTransaction(this.dataSource, statement, { urgent: true });
    return withLockRetries(async () => {
      try {
        return await this.once(statement);
      } catch (error) {
        // A connection held for long may have been closed by the server meanwhile (wait_timeout): once more on a fresh one.
        if (!isLostConnectionError(error)) throw error;
        return this.once(statement);
      }
    });
  }

  private async once<T>(statement: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = (this.runner ??= this.dataSource.createQueryRunner('master'));
    try {
      return await statement(runner.manager);
    } catch (error) {
      // The connection may be the cause: the next statement takes a fresh one.
      this.runner = null;
      await runner.release().catch(() => undefined);
      throw error;
    }
  }
}
