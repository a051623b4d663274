import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from './transaction';

export interface GroupWriterOptions {
  /** Items in one write at most. */
  maxBatch: number;
  /** Writes in flight at once; items handed in while all are busy wait for the next. */
  inFlight: number;
  /** A batch of several was refused: its items are written again one by one. */
  onBatchRefused?: (size: number, error: unknown) => void;
}

interface Waiting<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items handed in while the writes in flight are busy queue up and go into the next
 * write together, so many items share one transaction and one log flush. A lone item at low load is
 * written at once, with no added wait. A batch the database refuses is written again item by item,
 * so one bad item fails only itself (a write must therefore be safe to run again).
 */
export class GroupWriter<I, R> {
  private readonly waiting: Waiting<I, R>[] = [];
  private writing = 0;

  constructor(
    /** Writes the items; answers one result per item, in order. */
    private readonly write: (items: I[]) => Promise<R[]>,
    private readonly options: GroupWriterOptions,
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.writing < this.options.inFlight && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.writing++;
      void this.writeBatch(batch).finally(() => {
        this.writing--;
        this.pump();
      });
    }
  }

  private async writeBatch(batch: Waiting<I, R>[]): Promise<void> {
    try {
      const results = await this.write(batch.map(({ item }) => item));
      batch.forEach(({ resolve }, i) => resolve(results[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      this.options.onBatchRefused?.(batch.length, error);
      for (const { item, resolve, reject } of batch) {
        await this.write([item]).then(([result]) => resolve(result!), reject);
      }
    }
  }
}

type Work = (em: EntityManager) => Promise<unknown>;

/**
 * Group commit of transactions: works handed in while the transactions in flight are busy run one
 * after another in the next transaction, one BEGIN/COMMIT for all (see GroupWriter: a refused group is
 * run again work by work, each in a transaction of its own).
 */
export class GroupCommit {
  private readonly writer: GroupWriter<Work, unknown>;

  constructor(dataSource: DataSource, options: GroupWriterOptions) {
    this.writer = new GroupWriter(
      (works) =>
        inTransaction(dataSource, async (em) => {
          const results: unknown[] = [];
          for (const work of works) results.push(await work(em));
          return results;
        }),
      options,
    );
  }

  /** Runs `work` in a transaction, with whatever other works are waiting; like inTransaction, it must be safe to run again. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.writer.submit(work) as Promise<T>;
  }
}
