import { OPEN_STAGES, STAGE_LABELS, isOpenStage, type Stage } from './stages';

/** How a deal may change stage: one step forward, back one with a reason, to 丢单 with a reason, 赢单 from 商务谈判. */
export type MoveCheck = { allowed: true; kind: 'forward' | 'won' | 'back' | 'lost'; gated: boolean } | { allowed: false; reason: string };

/** The stage after `stage` in the forward order; 商务谈判 leads to 赢单. */
export function nextStage(stage: Stage): Stage | null {
  if (stage === 'negotiation') return 'won';
  const index = OPEN_STAGES.indexOf(stage);
  return index >= 0 && index < OPEN_STAGES.length - 1 ? OPEN_STAGES[index + 1] : null;
}

function previousStage(stage: Stage): Stage | null {
  const index = OPEN_STAGES.indexOf(stage);
  return index > 0 ? OPEN_STAGES[index - 1] : null;
}

export function checkMove(from: Stage, to: Stage, reason: string | null): MoveCheck {
  const label = (stage: Stage) => `「${STAGE_LABELS[stage]}」`;
  if (!isOpenStage(from)) return { allowed: false, reason: `这个商机已经${label(from)},不能再改阶段。` };
  if (to === from) return { allowed: false, reason: `这个商机已经在${label(from)}阶段了。` };
  if (to === 'lost') {
    return reason ? { allowed: true, kind: 'lost', gated: false } : { allowed: false, reason: '标记丢单需要说明原因。' };
  }
  const next = nextStage(from);
  if (to === next) return { allowed: true, kind: to === 'won' ? 'won' : 'forward', gated: true };
  if (to === 'won') return { allowed: false, reason: `只有${label('negotiation')}阶段的商机才能标记赢单,现在在${label(from)}。` };
  if (to === previousStage(from)) {
    return reason ? { allowed: true, kind: 'back', gated: false } : { allowed: false, reason: `退回${label(to)}需要说明原因。` };
  }
  if (OPEN_STAGES.indexOf(to) > OPEN_STAGES.indexOf(from)) {
    return { allowed: false, reason: `不能跳过阶段:${label(from)}之后是${label(next!)},要一步一步推进。` };
  }
  return { allowed: false, reason: `只能退回上一阶段${label(previousStage(from) ?? from)}。` };
}

/** Only the deal's owner or the owner's manager may confirm a move. */
export function mayConfirmMove(actorId: string, owner: { id: string; managerId: string | null }): boolean {
  return actorId === owner.id || actorId === owner.managerId;
}
