import type { DataSource } from 'typeorm';
import { isDuplicateKeyError } from '../../src/store/db-errors';
import { SendBudget } from '../../src/store/entities';
import { inTransaction, rowLock } from '../../src/store/transaction';
import { EMPTY_BUDGET, takeSlot, WECOM_MEMBER_WINDOWS, type BudgetAnswer, type Window } from './rate-limit';

/**
 * Per-member budgets kept in the database, so that two instances sending to one member spend from one
 * budget. Each take locks the member's row (SELECT … FOR UPDATE on MySQL; SQLite writes take turns),
 * applies the pure rule and writes the state back in the same transaction.
 */
export class SharedMemberBudget {
  constructor(
    private readonly dataSource: DataSource,
    private readonly windows: readonly Window[] = WECOM_MEMBER_WINDOWS,
  ) {}

  async take(memberKey: string, ticket: string, now: Date): Promise<BudgetAnswer> {
    try {
      return await this.takeOnce(memberKey, ticket, now);
    } catch (error) {
      // Two instances created the member's first row at once: the loser goes again, now with a row to lock.
      if (!isDuplicateKeyError(error)) throw error;
      return this.takeOnce(memberKey, ticket, now);
    }
  }

  private takeOnce(memberKey: string, ticket: string, now: Date): Promise<BudgetAnswer> {
    return inTransaction(this.dataSource, async (em) => {
      const budgets = em.getRepository(SendBudget);
      const row = await budgets.findOne({
        where: { memberKey },
        lock: rowLock(em),
      });
      const { state, answer } = takeSlot(row?.state ?? EMPTY_BUDGET, ticket, now.getTime(), this.windows);
      if (row) await budgets.update({ memberKey }, { state, updatedAt: now });
      else await budgets.insert({ memberKey, state, updatedAt: now });
      return answer;
    });
  }
}
