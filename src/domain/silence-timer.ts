import type { BreachRecipient, StageRules } from './stage-rules';
import type { Stage } from './stages';

const HOUR_MS = 3_600_000;

/** One breach, keyed so that the same breach is alerted once however often or wherever it is scanned. */
export interface Breach {
  key: string;
  kind: 'stage' | 'commitment';
  dealId: string | null;
  commitmentId: string | null;
  recipients: BreachRecipient[];
  /** Set the deal to 待跟进. */
  markFollowUp: boolean;
  /** Since when the deal is silent or the commitment is due. */
  since: Date;
}

export interface TimedDeal {
  id: string;
  stage: Stage;
  stageEnteredAt: Date;
  /** The latest real activity: a logged follow-up, evidence, a done commitment. */
  lastActivityAt: Date | null;
}

/** A stage's silence timer starts at stage entry and restarts on every real activity. */
export function silenceStart(deal: TimedDeal): Date {
  const last = deal.lastActivityAt;
  return last && last > deal.stageEnteredAt ? last : deal.stageEnteredAt;
}

/** Breaches of the deal's stage timer at `now`: exactly N hours of silence is a breach, a minute less is not. */
export function stageBreaches(rules: StageRules, deal: TimedDeal, now: Date): Breach[] {
  const rule = rules.stages[deal.stage];
  if (!rule) return [];
  const start = silenceStart(deal);
  const silentMs = now.getTime() - start.getTime();
  const base = `stage:${deal.id}:${deal.stage}:${start.toISOString()}`;
  const breach = (level: string, recipients: BreachRecipient[], markFollowUp: boolean): Breach => ({
    key: `${base}:${level}`,
    kind: 'stage',
    dealId: deal.id,
    commitmentId: null,
    recipients,
    markFollowUp,
    since: start,
  });
  const breaches: Breach[] = [];
  if (silentMs >= rule.silenceHours * HOUR_MS) breaches.push(breach('first', rule.onBreach.notify, rule.onBreach.markFollowUp));
  const escalate = rule.onBreach.escalateToManagerAfterHours;
  if (escalate !== undefined && silentMs >= (rule.silenceHours + escalate) * HOUR_MS)
    breaches.push(breach('escalated', ['manager'], false));
  return breaches;
}

export interface TimedCommitment {
  id: string;
  dealId: string | null;
  dueAt: Date | null;
  doneAt: Date | null;
}

/** An open commitment is breached from its due instant on; postponing it makes a new breach. */
export function commitmentBreach(commitment: TimedCommitment, now: Date): Breach | null {
  if (commitment.doneAt || !commitment.dueAt || now < commitment.dueAt) return null;
  return {
    key: `commitment:${commitment.id}:${commitment.dueAt.toISOString()}`,
    kind: 'commitment',
    dealId: commitment.dealId,
    commitmentId: commitment.id,
    recipients: ['rep'],
    markFollowUp: false,
    since: commitment.dueAt,
  };
}

/**
 * 逾期 (docs/metrics.md): since when an open deal is overdue, or null: its stage timer has run out, or
 * one of its open promises is past due (`latePromiseDues`); the earlier of the two.
 */
export function overdueSince(rules: StageRules, deal: TimedDeal, latePromiseDues: readonly Date[], now: Date): Date | null {
  const rule = rules.stages[deal.stage];
  const times = latePromiseDues.filter((due) => due <= now).map((due) => due.getTime());
  const timerRunsOut = rule ? silenceStart(deal).getTime() + rule.silenceHours * HOUR_MS : null;
  if (timerRunsOut !== null && timerRunsOut <= now.getTime()) times.push(timerRunsOut);
  return times.length > 0 ? new Date(Math.min(...times)) : null;
}

/** Whole hours of silence, for "已沉默 N 小时". */
export function silentHours(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / HOUR_MS));
}
