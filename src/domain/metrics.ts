import { nextStage } from './stage-moves';
import type { Stage } from './stages';

/**
 * Process metrics (issue 7) as pure functions over facts the store loads. Every rate leaves out
 * what cannot be judged yet (a promise not yet due), and names the deals that missed, for the
 * drill-down. 线索激活率 is measured on leads: src/domain/lead-metrics.ts.
 */

const HOUR_MS = 3_600_000;
const ADVANCE_MS = 48 * HOUR_MS;
const CLOSURE_MS = 2 * HOUR_MS;

export interface Rate {
  /** hits / judged; null when nothing could be judged. */
  value: number | null;
  hits: number;
  judged: number;
  /** What missed, for the drill-down: deals for the stage rates, promises for 动作闭环率. */
  missedIds: string[];
}

export interface TransitionFact {
  dealId: string;
  from: Stage | null;
  to: Stage;
  at: Date;
}

export interface CommitmentFact {
  commitmentId: string;
  /** Who promised it. */
  ownerId: string;
  dealId: string | null;
  dueAt: Date;
  doneAt: Date | null;
}

export interface OpenDealFact {
  dealId: string;
  /** Gate items of the deal's current stage; 0/0 when the stage has none. */
  itemsDone: number;
  itemsRequired: number;
  /** Null when the stage has no silence timer. */
  overSilenceTimer: boolean | null;
}

type Verdict = 'hit' | 'miss' | 'pending';

function rate(items: readonly { id: string; verdict: Verdict }[]): Rate {
  const judged = items.filter((i) => i.verdict !== 'pending');
  const hits = judged.filter((i) => i.verdict === 'hit').length;
  const missedIds = [...new Set(judged.filter((i) => i.verdict === 'miss').map((i) => i.id))];
  return { value: judged.length > 0 ? hits / judged.length : null, hits, judged: judged.length, missedIds };
}

/** 阶段跃迁率: deals that entered 需求确认 in [from, to) and reached 方案演示 within 48 hours. */
export function stageAdvanceRate(transitions: readonly TransitionFact[], window: { from: Date; to: Date }, now: Date): Rate {
  const entries = transitions.filter((t) => t.to === 'requirement' && t.at >= window.from && t.at < window.to);
  return rate(
    entries.map((entry) => {
      const deadline = entry.at.getTime() + ADVANCE_MS;
      const advanced = transitions.some(
        (t) => t.dealId === entry.dealId && t.from === 'requirement' && t.to === 'demo' && t.at >= entry.at && t.at.getTime() <= deadline,
      );
      return { id: entry.dealId, verdict: advanced ? 'hit' : now.getTime() >= deadline ? 'miss' : 'pending' };
    }),
  );
}

/**
 * 动作闭环率: a promise is kept when done no later than two hours after its due time (done early is
 * kept); one still open is missed once those two hours are over, and not judged before.
 */
export function actionClosureRate(commitments: readonly CommitmentFact[], now: Date): Rate {
  return rate(
    commitments.map((c) => {
      const keptUntil = c.dueAt.getTime() + CLOSURE_MS;
      const done = c.doneAt?.getTime();
      if (done !== undefined) return { id: c.commitmentId, verdict: done <= keptUntil ? 'hit' : 'miss' };
      return { id: c.commitmentId, verdict: now.getTime() > keptUntil ? 'miss' : 'pending' };
    }),
  );
}

/** Moves that keep the order: one step forward (商务谈判 → 赢单 included) or to 丢单. Creations are not moves. */
export function stageOrderCompliance(transitions: readonly TransitionFact[]): Rate {
  return rate(
    transitions
      .filter((t) => t.from !== null)
      .map((t) => ({ id: t.dealId, verdict: t.to === 'lost' || nextStage(t.from!) === t.to ? 'hit' : 'miss' })),
  );
}

export interface HealthIndex {
  /** 0–1. */
  value: number;
  compliance: Rate;
  /** Share of the required gate items present over all open deals; null when no open deal has any. */
  evidence: number | null;
  /** Share of timed open deals over their silence timer; null when none is timed. */
  overSilence: number | null;
  /** Open deals missing gate items or over their timer. */
  weakDealIds: string[];
}

/**
 * 过程健康度 = 0.6 × stage-order compliance + 0.3 × evidence completeness + 0.1 × (1 − share over
 * the silence timer). A part with nothing to judge counts as perfect: no moves is no skipped step.
 */
export function healthIndex(transitions: readonly TransitionFact[], openDeals: readonly OpenDealFact[]): HealthIndex {
  const compliance = stageOrderCompliance(transitions);
  const required = openDeals.reduce((sum, d) => sum + d.itemsRequired, 0);
  const evidence = required > 0 ? openDeals.reduce((sum, d) => sum + d.itemsDone, 0) / required : null;
  const timed = openDeals.filter((d) => d.overSilenceTimer !== null);
  const overSilence = timed.length > 0 ? timed.filter((d) => d.overSilenceTimer).length / timed.length : null;
  const value = 0.6 * (compliance.value ?? 1) + 0.3 * (evidence ?? 1) + 0.1 * (1 - (overSilence ?? 0));
  const weakDealIds = openDeals.filter((d) => d.itemsDone < d.itemsRequired || d.overSilenceTimer).map((d) => d.dealId);
  return { value, compliance, evidence, overSilence, weakDealIds };
}

/** `82%` / `—`: how a rate reads in a card. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

/**
 * `78 分(本周 72 → 75 → 78;上周 70 分,↑8)`: today's index with the week's daily values before it
 * and last week's value (0–1 values shown as 0–100 points).
 */
export function healthTrendText(thisWeek: readonly number[], lastWeek: number | null): string {
  const points = thisWeek.map((value) => Math.round(value * 100));
  const today = points[points.length - 1];
  const parts: string[] = [];
  if (points.length > 1) parts.push(`本周 ${points.join(' → ')}`);
  if (lastWeek !== null) {
    const delta = today - Math.round(lastWeek * 100);
    parts.push(`上周 ${Math.round(lastWeek * 100)} 分,${delta > 0 ? `↑${delta}` : delta < 0 ? `↓${-delta}` : '持平'}`);
  }
  return parts.length > 0 ? `${today} 分(${parts.join(';')})` : `${today} 分`;
}

/** The health values the source documents hold the three rates against (线索激活率, 阶段跃迁率, 动作闭环率). */
export const HEALTH_TARGETS = { activation: 0.85, advance: 0.76, closure: 0.92 } as const;
