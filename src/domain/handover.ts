import { leastLoaded, type RepRecord } from './lead-allocation';

/** One customer's share of what a leaver held; `load` is what it adds to the taker's open follow-ups. */
export interface HandoverUnit {
  customerId: string;
  load: number;
}

/**
 * 按负载自动分配: each customer (with its deals, promises and leads) to the rep with the fewest open
 * follow-ups at that moment, by lead allocation's least-loaded rule, the biggest customers first so the
 * split comes out even. Returns customer id → rep id; empty when there is no rep.
 */
export function splitByLoad(units: readonly HandoverUnit[], reps: readonly RepRecord[]): Map<string, string> {
  const loads = reps.map((rep) => ({ ...rep }));
  const chosen = new Map<string, string>();
  if (loads.length === 0) return chosen;
  for (const unit of [...units].sort((a, b) => b.load - a.load || a.customerId.localeCompare(b.customerId))) {
    const rep = leastLoaded(loads);
    chosen.set(unit.customerId, rep.id);
    rep.openFollowUps += unit.load;
  }
  return chosen;
}
