import { gatePasses } from '../domain/stage-gate';
import { nextStage } from '../domain/stage-moves';
import type { Effect } from '../pipeline/effects';
import type { Stage } from '../domain/stages';
import type { Customer, Deal } from '../store/entities';
import type { Extraction } from '../understanding/extraction';
import { dealGate } from './deal-status';
import type { FlowContext } from './flow-context';
import type { ActivityReport } from './record-activity';
import { recordEvidence } from './record-evidence';
import { proposeMove } from './stage-proposal';

/**
 * What a recorded follow-up means for the deal's stage: evidence statements in it are stored, and a
 * stage-proposal follows when the rep asked for a move, reported an outcome (签了, 丢了), or just
 * completed the current stage's gate.
 */
export async function stageEffectsOfFollowUp(
  ctx: FlowContext,
  deal: Deal,
  customer: Customer,
  report: ActivityReport,
  activityId: string,
): Promise<Effect[]> {
  const { extraction } = report;
  const evidence = extraction.evidence ?? [];
  const completed =
    evidence.length > 0
      ? await stageEffectsAfterEvidence(ctx, deal, customer, () =>
          recordEvidence(ctx, deal, evidence, { activityId, at: report.receivedAt }),
        )
      : [];
  const asked = stageAskedFor(extraction, deal);
  if (asked && (extraction.intent === 'stage_change' || asked === 'won' || asked === 'lost')) {
    return proposeMove(ctx, deal, customer, asked, extraction.reason ?? null);
  }
  return completed;
}

/** The stage a message asks the deal to move to; 往前推一步 names none, so the deal's next one is meant. */
export function stageAskedFor(extraction: Extraction, deal: Deal): Stage | null {
  return extraction.stage ?? (extraction.intent === 'stage_change' ? nextStage(deal.stage) : null);
}

/** Stores evidence with `store`; proposes the next stage when that completed the current stage's gate. */
export async function stageEffectsAfterEvidence(
  ctx: FlowContext,
  deal: Deal,
  customer: Customer,
  store: () => Promise<void>,
): Promise<Effect[]> {
  const wasOpen = !gatePasses(await dealGate(ctx, deal));
  await store();
  const next = nextStage(deal.stage);
  if (wasOpen && next && gatePasses(await dealGate(ctx, deal))) return proposeMove(ctx, deal, customer, next, null);
  return [];
}
