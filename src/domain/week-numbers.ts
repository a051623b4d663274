import { teamLeadMetrics, type LeadTouchFact, type TeamLeadMetrics } from './lead-metrics';
import {
  actionClosureRate,
  healthIndex,
  stageAdvanceRate,
  type CommitmentFact,
  type HealthIndex,
  type OpenDealFact,
  type Rate,
  type TransitionFact,
} from './metrics';

/**
 * The one computation of a week's process numbers (docs/metrics.md): every card, answer and the
 * week's close call this, so a number shown twice at the same moment is the same number.
 */

export interface Window {
  from: Date;
  to: Date;
}

/** What the numbers read for some owners: their deals, moves (with 48 h before the window), promises due in it, open deals' gates. */
export interface WeekFacts {
  deals: readonly { id: string; ownerId: string }[];
  transitions: readonly TransitionFact[];
  commitments: readonly CommitmentFact[];
  openDeals: readonly OpenDealFact[];
}

export interface WeekNumbers {
  health: HealthIndex;
  advance: Rate;
  closure: Rate;
  /** 线索激活率 and the median time to first touch, the owners' together and each rep's. */
  leads: TeamLeadMetrics;
}

/** The week's numbers for `owners` as of `now` (at most the window's end). */
export function weekNumbers(
  facts: WeekFacts,
  leads: readonly LeadTouchFact[],
  owners: readonly string[],
  window: Window,
  now: Date,
): WeekNumbers {
  return {
    health: healthIndex(
      facts.transitions.filter((t) => t.at >= window.from),
      facts.openDeals,
    ),
    advance: stageAdvanceRate(facts.transitions, window, now),
    closure: actionClosureRate(facts.commitments, now),
    leads: teamLeadMetrics(leads, owners, window),
  };
}

/** The part of some facts that belongs to `owners`: their deals with those deals' moves and gates, and their own promises. */
export function factsOfOwners<F extends WeekFacts>(facts: F, owners: ReadonlySet<string>): F {
  const deals = facts.deals.filter((d) => owners.has(d.ownerId));
  const ids = new Set(deals.map((d) => d.id));
  return {
    ...facts,
    deals,
    transitions: facts.transitions.filter((t) => ids.has(t.dealId)),
    commitments: facts.commitments.filter((c) => owners.has(c.ownerId)),
    openDeals: facts.openDeals.filter((d) => ids.has(d.dealId)),
  };
}
