/**
 * WeCom delivers at most 30 messages a minute and 1000 an hour from one app to one member, and
 * silently drops the rest. So the channel asks this budget before each message/send: within budget
 * it sends; over budget it gets the next free slot and hands the row back to the outbox to retry then.
 * The slot is reserved for that row, so the row goes out at its slot without waiting in line again,
 * and a burst of any size to one member costs each deferred row one outbox attempt, not one per pass.
 *
 * Per instance, in memory. A shared budget would need a database round trip per send and an index on
 * outbox (platform, tenant, recipient, sentAt) that the schema does not have. The consequence: with N
 * instances sending, one member can get up to N × 30 a minute, and WeCom drops the excess unseen. Fine
 * for the usual one sender; before scaling the sender out, move this budget into the database.
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

export class MemberBudget {
  /** Per member: send times, past and reserved, in ascending order. */
  private readonly slots = new Map<string, number[]>();
  /** Reserved slot time per ticket (outbox row), until that row comes back for it. */
  private readonly reservations = new Map<string, number>();
  private readonly horizon: number;

  constructor(private readonly windows: readonly Window[] = WECOM_MEMBER_WINDOWS) {
    this.horizon = Math.max(...windows.map((w) => w.ms));
  }

  /** Takes a send for `member` at `now`, or says how long to wait; `ticket` names the message across retries. */
  take(member: string, ticket: string, now: number): BudgetAnswer {
    const reserved = this.reservations.get(ticket);
    if (reserved !== undefined) {
      if (reserved > now) return { ok: false, retryAfterMs: reserved - now };
      this.reservations.delete(ticket);
      return { ok: true };
    }
    const times = this.prune(member, now);
    const at = this.nextSlot(times, now);
    times.push(at);
    if (at <= now) return { ok: true };
    this.reservations.set(ticket, at);
    return { ok: false, retryAfterMs: at - now };
  }

  /**
   * The earliest time ≥ now, and not before any slot already given out (members are served in order),
   * at which one more send keeps every window within its limit: when the limit-th latest send leaves it.
   */
  private nextSlot(times: readonly number[], now: number): number {
    let at = Math.max(now, times[times.length - 1] ?? now);
    for (const w of this.windows) if (times.length >= w.limit) at = Math.max(at, times[times.length - w.limit]! + w.ms);
    return at;
  }

  private prune(member: string, now: number): number[] {
    const times = (this.slots.get(member) ?? []).filter((t) => t > now - this.horizon);
    this.slots.set(member, times);
    if (this.slots.size > 10_000) this.sweep(now);
    return times;
  }

  /** Forgets members and reservations that no window can see any more. */
  private sweep(now: number): void {
    for (const [member, times] of this.slots) if (!times.some((t) => t > now - this.horizon)) this.slots.delete(member);
    for (const [ticket, at] of this.reservations) if (at < now - this.horizon) this.reservations.delete(ticket);
  }
}
