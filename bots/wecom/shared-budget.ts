import type { SharedStates } from '../../src/pipeline/ports';
import { EMPTY_BUDGET, takeSlot, WECOM_MEMBER_WINDOWS, type BudgetAnswer, type BudgetState, type Window } from './rate-limit';

/**
 * Per-member budgets shared by every instance, so that two instances sending to one member spend from
 * one budget: each take applies the pure rule to the member's state under the shared state's lock.
 */
export class SharedMemberBudget {
  constructor(
    private readonly states: SharedStates,
    private readonly windows: readonly Window[] = WECOM_MEMBER_WINDOWS,
  ) {}

  take(memberKey: string, ticket: string, now: Date): Promise<BudgetAnswer> {
    return this.states.change(memberKey, now, (state) => {
      const taken = takeSlot((state as BudgetState | null) ?? EMPTY_BUDGET, ticket, now.getTime(), this.windows);
      return { state: taken.state, result: taken.answer };
    });
  }
}
