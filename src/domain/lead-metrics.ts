/**
 * 线索激活率 and the median time to first touch (issues 7 and 8), the one definition the briefings and
 * 本周团队健康度 show. Pure over facts the store loads (src/store/lead-metric-queries.ts).
 *
 * For a window [from, to) (this week, up to now):
 * - a lead is judged in the window when its verdict fell in it: touched within `activationDays` of its
 *   creation (a hit, decided at the touch), or not (a miss, decided when the days ran out). A lead still
 *   inside its days and untouched is not judged yet: it may still be touched in time. Judging by the
 *   verdict's time, not the lead's creation, lets a weekly number include the misses at all (a lead
 *   created this week cannot have missed 7 days yet);
 * - the median is over leads first touched in the window, in hours from the placement with the rep
 *   who touched it to that touch.
 */
export interface LeadTouchFact {
  leadId: string;
  /** The rep who touched it first, else the last rep it was placed with. */
  repId: string;
  createdAt: Date;
  /** When the lead reached that rep. */
  assignedAt: Date;
  firstTouchAt: Date | null;
  score: number | null;
}

export interface LeadMetrics {
  /** activated / judged; null when nothing was judged. */
  activationRate: number | null;
  activated: number;
  judged: number;
  /** Leads behind the misses, oldest miss first, for the drill-down. */
  missedLeadIds: string[];
  medianHoursToFirstTouch: number | null;
}

interface Window {
  from: Date;
  to: Date;
}

export const ACTIVATION_DAYS = 7;
const HOUR_MS = 3_600_000;

export function leadMetrics(leads: readonly LeadTouchFact[], window: Window, activationDays = ACTIVATION_DAYS): LeadMetrics {
  const inWindow = (at: Date) => at >= window.from && at < window.to;
  const verdicts = leads.flatMap((lead) => {
    const deadline = new Date(lead.createdAt.getTime() + activationDays * 24 * HOUR_MS);
    const touch = lead.firstTouchAt && lead.firstTouchAt < window.to ? lead.firstTouchAt : null;
    if (touch && touch <= deadline) return inWindow(touch) ? [{ lead, hit: true, at: touch }] : [];
    return inWindow(deadline) ? [{ lead, hit: false, at: deadline }] : [];
  });
  const activated = verdicts.filter((v) => v.hit).length;
  const hours = leads.flatMap((l) =>
    l.firstTouchAt && inWindow(l.firstTouchAt) ? [(l.firstTouchAt.getTime() - l.assignedAt.getTime()) / HOUR_MS] : [],
  );
  return {
    activationRate: verdicts.length > 0 ? activated / verdicts.length : null,
    activated,
    judged: verdicts.length,
    missedLeadIds: verdicts
      .filter((v) => !v.hit)
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((v) => v.lead.leadId),
    medianHoursToFirstTouch: median(hours),
  };
}

export interface TeamLeadMetrics {
  /** Over every lead of the given reps. */
  team: LeadMetrics;
  byRep: Map<string, LeadMetrics>;
}

/** The team's numbers and each rep's; leads of reps outside `repIds` count for nobody here. */
export function teamLeadMetrics(
  leads: readonly LeadTouchFact[],
  repIds: readonly string[],
  window: Window,
  activationDays = ACTIVATION_DAYS,
): TeamLeadMetrics {
  const reps = new Set(repIds);
  const mine = leads.filter((l) => reps.has(l.repId));
  return {
    team: leadMetrics(mine, window, activationDays),
    byRep: new Map(
      repIds.map((id) => [
        id,
        leadMetrics(
          mine.filter((l) => l.repId === id),
          window,
          activationDays,
        ),
      ]),
    ),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `5.5 小时` / `—`. */
export function hoursText(hours: number | null): string {
  return hours === null ? '—' : `${Math.round(hours * 10) / 10} 小时`;
}
