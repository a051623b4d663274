/**
 * Lead metrics for the briefings: 线索激活率 and the median time to first touch. Pure over facts the
 * store loads (src/store/lead-metric-queries.ts).
 */
export interface LeadTouchFact {
  leadId: string;
  /** The rep the lead is (or last was) assigned to. */
  repId: string;
  createdAt: Date;
  /** When the lead reached that rep. */
  assignedAt: Date;
  firstTouchAt: Date | null;
}

export interface LeadMetrics {
  /** Leads first-touched within `activationDays` of creation / leads whose window is over or who were touched; null when none. */
  activationRate: number | null;
  activated: number;
  judged: number;
  /** Median hours from assignment to the first logged follow-up, over touched leads; null when none. */
  medianHoursToFirstTouch: number | null;
}

const HOUR_MS = 3_600_000;

/** A lead not touched yet whose window is still open is not judged: it may still be touched in time. */
export function leadMetrics(leads: readonly LeadTouchFact[], now: Date, activationDays = 7): LeadMetrics {
  const windowMs = activationDays * 24 * HOUR_MS;
  const judged = leads.filter((l) => l.firstTouchAt !== null || now.getTime() >= l.createdAt.getTime() + windowMs);
  const activated = judged.filter((l) => l.firstTouchAt !== null && l.firstTouchAt.getTime() <= l.createdAt.getTime() + windowMs);
  const hours = leads.flatMap((l) => (l.firstTouchAt ? [(l.firstTouchAt.getTime() - l.assignedAt.getTime()) / HOUR_MS] : []));
  return {
    activationRate: judged.length > 0 ? activated.length / judged.length : null,
    activated: activated.length,
    judged: judged.length,
    medianHoursToFirstTouch: median(hours),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
