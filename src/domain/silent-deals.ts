import { silenceStart, type TimedDeal } from './silence-timer';
import type { Stage } from './stages';

/**
 * 沉默 (docs/metrics.md), the Friday list's rule and every answer's: an open deal past 线索 is silent once
 * 72 hours have passed since its last activity or stage change.
 */
export const SILENT_AFTER_HOURS = 72;

/** The stages a deal is worked in: past 线索, not yet won or lost. */
export const WORKED_STAGES: readonly Stage[] = ['contact', 'requirement', 'demo', 'negotiation'];

/** The latest silence start that counts as silent at `now`: exactly 72 hours ago is silent, a minute later is not. */
export function silentCutoff(now: Date): Date {
  return new Date(now.getTime() - SILENT_AFTER_HOURS * 3_600_000);
}

export function isSilent(deal: TimedDeal, now: Date): boolean {
  return WORKED_STAGES.includes(deal.stage) && silenceStart(deal) <= silentCutoff(now);
}

/** Biggest amount first (no amount last), then the longest silence. */
export function bySilentPriority<T extends TimedDeal & { amount: number | null }>(a: T, b: T): number {
  return (b.amount ?? -1) - (a.amount ?? -1) || silenceStart(a).getTime() - silenceStart(b).getTime();
}
