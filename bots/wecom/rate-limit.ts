/**
 * WeCom delivers at most 30 messages a minute and 1000 an hour from one app to one member, and
 * silently drops the rest. So the channel asks the member's budget before each message/send: within
 * budget it sends; over budget it gets the next free slot and hands the row back to the outbox to
 * retry then. The slot is reserved for that row (its ticket), so the row goes out at its slot without
 * waiting in line again, and a burst of any size costs each deferred row one outbox attempt.
 *
 * This file is the pure rule; `shared-budget.ts` keeps each member's state in the database under a
 * row lock, so every instance spends from the same budget.
 */

export interface Window {
  limit: number;
  ms: number;
}

export const WECOM_MEMBER_WINDOWS: readonly Window[] = [
  { limit: 30, ms: 60_000 },
  { limit: 1000, ms: 3_600_000 },
];

export type BudgetAnswer = { ok: true } | { ok: false; retryAfterMs: number };

/** One member's send times (past and reserved, ascending) and the reserved slot of each waiting ticket. */
export interface BudgetState {
  times: number[];
  reservations: Record<string, number>;
}

export const EMPTY_BUDGET: BudgetState = { times: [], reservations: {} };

/** Takes a send for `ticket` at `now`, or says how long to wait; returns the member's next state. */
export function takeSlot(
  state: BudgetState,
  ticket: string,
  now: number,
  windows: readonly Window[] = WECOM_MEMBER_WINDOWS,
): { state: BudgetState; answer: BudgetAnswer } {
  const horizon = Math.max(...windows.map((w) => w.ms));
  const reservations = Object.fromEntries(Object.entries(state.reservations).filter(([, at]) => at > now - horizon));
  const times = state.times.filter((t) => t > now - horizon);
  const reserved = reservations[ticket];
  if (reserved !== undefined) {
    if (reserved > now) return { state: { times, reservations }, answer: { ok: false, retryAfterMs: reserved - now } };
    delete reservations[ticket];
    return { state: { times, reservations }, answer: { ok: true } };
  }
  const at = nextSlot(times, now, windows);
  times.push(at);
  if (at <= now) return { state: { times, reservations }, answer: { ok: true } };
  reservations[ticket] = at;
  return { state: { times, reservations }, answer: { ok: false, retryAfterMs: at - now } };
}

/**
 * The earliest time ≥ now, and not before any slot already given out (members are served in order),
 * at which one more send keeps every window within its limit: when the limit-th latest send leaves it.
 */
function nextSlot(times: readonly number[], now: number, windows: readonly Window[]): number {
  let at = Math.max(now, times[times.length - 1] ?? now);
  for (const w of windows) if (times.length >= w.limit) at = Math.max(at, times[times.length - w.limit]! + w.ms);
  return at;
}
