import type { Card, CardContext } from '../../cards/card';
import { actedNote } from '../../cards/format';
import { moveWords, PROPOSAL_ACTIONS, stageProposalCard } from '../../cards/stage-proposal.card';
import { wholeDaysBetween } from '../domain/business-time';
import { gatePasses, type GateResult } from '../domain/stage-gate';
import { checkMove, mayConfirmMove } from '../domain/stage-moves';
import { isStage, STAGE_LABELS, type Stage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { type CardRecord, Customer, Deal, User } from '../store/entities';
import type { CardActionHandler, CardActions } from './card-actions';
import { dealGate } from './deal-status';
import { type FlowContext, textToActor } from './flow-context';
import { moveDeal } from './move-deal';

const NOT_ALLOWED_REPLY = '只有商机负责人或其主管可以确认推进。';
const STAGE_CHANGED_REPLY = '这个商机的阶段已经变了,这张卡片不再适用。';

/**
 * A move was asked or implied: refused with the reason when the rules forbid it, else a
 * stage-proposal card to the asker if they may confirm it, or to the deal's owner otherwise.
 */
export async function proposeMove(ctx: FlowContext, deal: Deal, customer: Customer, to: Stage, reason: string | null): Promise<Effect[]> {
  const check = checkMove(deal.stage, to, reason);
  if (!check.allowed) {
    if (to === 'lost' && !reason) return askLossReason(ctx, customer);
    return [textToActor(ctx, `${customer.name}:${check.reason}`)];
  }
  const owner = await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: deal.ownerId });
  const askerMayConfirm = mayConfirmMove(ctx.actor.id, { id: deal.ownerId, managerId: owner?.managerId ?? null });
  const card = stageProposalCard({
    customerName: customer.name,
    dealTitle: deal.title,
    from: deal.stage,
    to,
    gate: check.gated ? await dealGate(ctx, deal) : null,
    reason,
    daysInStage: wholeDaysBetween(deal.stageEnteredAt, ctx.now),
  });
  const context: CardContext = { dealId: deal.id, fromStage: deal.stage, toStage: to, reason };
  const proposal: Effect = { type: 'send-card', to: askerMayConfirm ? ctx.actor.id : deal.ownerId, card, context };
  if (askerMayConfirm) return [proposal];
  return [proposal, textToActor(ctx, `已请负责人${owner?.name ?? ''}确认${customer.name}进入「${STAGE_LABELS[to]}」。`)];
}

/** 确认推进 re-checks everything at the moment of the tap: the asker's right, the stage, the gate. */
const confirmMove: CardActionHandler = async ({ ctx, record, close }) => {
  const { dealId, fromStage, toStage } = record.context;
  const words = isStage(fromStage) && isStage(toStage) ? moveWords(fromStage, toStage) : null;
  const reason = typeof record.context.reason === 'string' ? record.context.reason : null;
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(dealId) });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  if (!deal || !customer || !isStage(toStage) || !words) return [textToActor(ctx, STAGE_CHANGED_REPLY)];
  const owner = await ctx.em.findOneBy(User, { tenantId: ctx.tenant.id, id: deal.ownerId });
  if (!mayConfirmMove(ctx.actor.id, { id: deal.ownerId, managerId: owner?.managerId ?? null }))
    return [textToActor(ctx, NOT_ALLOWED_REPLY)];
  if (deal.stage !== fromStage) return [close('cancelled', '阶段已变化'), textToActor(ctx, STAGE_CHANGED_REPLY)];

  const check = checkMove(deal.stage, toStage, reason);
  if (!check.allowed) return [close('cancelled', words.refused), textToActor(ctx, `${customer.name}:${check.reason}`)];
  if (check.gated) {
    const gate = await dealGate(ctx, deal);
    if (!gatePasses(gate)) return [stillMissing(ctx, record, deal, customer, toStage, gate)];
  }
  const moved = await moveDeal(ctx, deal, customer, toStage, reason);
  return [close('done', words.done), ...moved];
};

/** 暂不: the card closes, in the move's words. */
const notNow: CardActionHandler = async ({ record, close }) => {
  const { fromStage, toStage } = record.context;
  return [close('cancelled', isStage(fromStage) && isStage(toStage) ? moveWords(fromStage, toStage).notNow : '暂不推进')];
};

/** The buttons of a stage-proposal card: 确认推进 (确认丢单, 确认退回) and 暂不. */
export const stageProposalActions: CardActions = {
  exact: { [PROPOSAL_ACTIONS.confirm]: confirmMove, [PROPOSAL_ACTIONS.notNow]: notNow },
  prefixed: {},
};

/** The gate failed at the tap: the same card, still open, now listing what is missing. */
function stillMissing(ctx: FlowContext, record: CardRecord, deal: Deal, customer: Customer, to: Stage, gate: GateResult): Effect {
  const fresh = stageProposalCard({
    customerName: customer.name,
    dealTitle: deal.title,
    from: deal.stage,
    to,
    gate,
    reason: null,
    daysInStage: wholeDaysBetween(deal.stageEnteredAt, ctx.now),
  });
  const card: Card = {
    ...fresh,
    id: record.id,
    note: actedNote(`还差${gate.missing.length}项,补齐后再点确认推进`, ctx.actor.name, ctx.now, ctx.tenant.timezone),
  };
  return { type: 'update-card', cardId: record.id, card };
}

/** 丢单 needs a reason: asks for it in words the next message can carry. */
export function askLossReason(ctx: FlowContext, customer: Customer): Effect[] {
  const name = customer.aliases[0] ?? customer.name;
  return [{ type: 'send-text', to: ctx.actor.id, text: `${customer.name}为什么丢单?回复「${name}丢单原因:……」,我再帮你标记。` }];
}
