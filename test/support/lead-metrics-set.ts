import type { LeadTouchFact } from '../../src/domain/lead-metrics';

/**
 * A hand-computed set for the lead metrics. The window is the week from Monday 2026-03-16 00:00Z to
 * "now", Friday 2026-03-20 00:00Z; 7 days to activate.
 *
 * rep r1: L1 touched 30 h after placement, in the window (hit) · L2 touched after 10 h (hit) ·
 *         L3 never touched, its 7 days ran out on 03-17 (miss)                → 2/3, median (10 + 30) / 2 = 20 h
 * rep r2: L4 touched exactly 7 days after creation, 168 h (hit) ·
 *         L5 touched 9 days after creation, 216 h, its days ran out on 03-16 (miss) ·
 *         L6 created 03-18, untouched: still has time, not judged ·
 *         L7 touched on 03-02: decided before the window, not counted          → 1/2, median (168 + 216) / 2 = 192 h
 * rep r3 (another team): L8 touched in the window: not the team's.
 * team r1 + r2: 3 of 5 judged → 60 %; hours 10, 30, 168, 216 → median (30 + 168) / 2 = 99 h; misses L5 (03-16), L3 (03-17).
 */
export const WINDOW = { from: new Date('2026-03-16T00:00:00Z'), to: new Date('2026-03-20T00:00:00Z') };
export const TEAM = ['r1', 'r2'];

const at = (iso: string) => new Date(`${iso}:00Z`);
const fact = (leadId: string, repId: string, created: string, assigned: string, touched: string | null): LeadTouchFact => ({
  leadId,
  repId,
  createdAt: at(created),
  assignedAt: at(assigned),
  firstTouchAt: touched ? at(touched) : null,
  score: 70,
});

export const LEAD_FACTS: LeadTouchFact[] = [
  fact('L1', 'r1', '2026-03-15T00:00', '2026-03-15T00:00', '2026-03-16T06:00'),
  fact('L2', 'r1', '2026-03-17T00:00', '2026-03-17T02:00', '2026-03-17T12:00'),
  fact('L3', 'r1', '2026-03-10T00:00', '2026-03-10T00:00', null),
  fact('L4', 'r2', '2026-03-12T00:00', '2026-03-12T00:00', '2026-03-19T00:00'),
  fact('L5', 'r2', '2026-03-09T00:00', '2026-03-09T04:00', '2026-03-18T04:00'),
  fact('L6', 'r2', '2026-03-18T00:00', '2026-03-18T00:00', null),
  fact('L7', 'r2', '2026-03-01T00:00', '2026-03-01T00:00', '2026-03-02T00:00'),
  fact('L8', 'r3', '2026-03-17T00:00', '2026-03-17T00:00', '2026-03-17T01:00'),
];

export const EXPECTED = {
  team: { activationRate: 0.6, activated: 3, judged: 5, missedLeadIds: ['L5', 'L3'], medianHoursToFirstTouch: 99 },
  r1: { activationRate: 2 / 3, activated: 2, judged: 3, missedLeadIds: ['L3'], medianHoursToFirstTouch: 20 },
  r2: { activationRate: 0.5, activated: 1, judged: 2, missedLeadIds: ['L5'], medianHoursToFirstTouch: 192 },
};
