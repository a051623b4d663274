import { describe, expect, it } from 'vitest';
import { EMPTY_BUDGET, takeSlot, type BudgetAnswer, type BudgetState } from '../../bots/wecom/rate-limit';

const T0 = 1_000_000;

/** The pure rule, with each member's state kept in a map as the database keeps it in a row. */
function budget() {
  const states = new Map<string, BudgetState>();
  return (member: string, ticket: string, now: number): BudgetAnswer => {
    const { state, answer } = takeSlot(states.get(member) ?? EMPTY_BUDGET, ticket, now);
    states.set(member, state);
    return answer;
  };
}

describe('per-member send budget (30/min, 1000/h)', () => {
  it('lets 30 through in a minute and gives the 31st the slot when the first leaves the window', () => {
    const take = budget();
    for (let i = 0; i < 30; i++) expect(take('u', `m${i}`, T0 + i)).toEqual({ ok: true });
    expect(take('u', 'm30', T0 + 30)).toEqual({ ok: false, retryAfterMs: 60_000 - 30 });
    // Another member is not affected.
    expect(take('v', 'x', T0 + 30)).toEqual({ ok: true });
  });

  it('gives each deferred message its own later slot, kept for it when it comes back', () => {
    const take = budget();
    for (let i = 0; i < 30; i++) take('u', `m${i}`, T0);
    const waits = Array.from({ length: 35 }, (_, i) => take('u', `late${i}`, T0));
    expect(waits.every((w) => !w.ok)).toBe(true);
    const slots = waits.map((w) => (w.ok ? 0 : w.retryAfterMs));
    expect(slots.slice(0, 30).every((s) => s === 60_000)).toBe(true);
    expect(slots.slice(30).every((s) => s === 120_000)).toBe(true);
    // Early return: still waiting for the same slot, no new one taken.
    expect(take('u', 'late0', T0 + 1_000)).toEqual({ ok: false, retryAfterMs: 59_000 });
    expect(take('u', 'late0', T0 + 60_000)).toEqual({ ok: true });
    expect(take('u', 'late34', T0 + 120_000)).toEqual({ ok: true });
  });

  it('keeps the hourly limit of 1000', () => {
    const take = budget();
    let now = T0;
    for (let i = 0; i < 1000; i++) {
      const answer = take('u', `m${i}`, now);
      if (!answer.ok) now += answer.retryAfterMs;
    }
    const next = take('u', 'm1000', now);
    expect(next.ok).toBe(false);
    expect(now + (next.ok ? 0 : next.retryAfterMs)).toBeGreaterThanOrEqual(T0 + 3_600_000);
  });

  it('forgets send times and reservations no window can see any more', () => {
    const { state } = takeSlot({ times: [T0 - 3_600_001], reservations: { old: T0 - 3_600_001 } }, 'new', T0);
    expect(state).toEqual({ times: [T0], reservations: {} });
  });
});
