import { closeCard, type CardKind } from '../../cards/card';
import { actedNote } from '../../cards/format';
import type { Effect } from '../pipeline/effects';
import { CardRecord } from '../store/entities';
import { rowLock } from '../store/transaction';
import { queryResultActions } from './answer-query';
import { askCustomerActions } from './ask-customer-action';
import { briefingActions } from './briefing-action';
import { NO_ACTIONS, resolveCardAction, STALE_ACTION_REPLY, type CardActions, type CloseCard } from './card-actions';
import { evidenceAskActions } from './file-evidence';
import { type FlowContext, textToActor } from './flow-context';
import { handoverOfferActions } from './handover';
import { fridayWarningActions, repNudgeActions } from './friday-warning';
import { aliasLearnedActions } from './learned-alias';
import { leadAssignmentActions, leadEscalationActions } from './lead-action';
import { overdueAlertActions } from './overdue-action';
import { receiptActions } from './receipt-action';
import { stageProposalActions } from './stage-proposal';

export interface CardTap {
  cardId: string;
  actionId: string;
  /** WeCom's one-time code for updating the tapped card. */
  responseCode?: string;
}

/** What every kind of card's buttons do; a kind without buttons says so, and a new kind without an entry fails the type check. */
export const CARD_ACTIONS: Record<CardKind, CardActions> = {
  'activity-receipt': receiptActions,
  'ask-customer': askCustomerActions,
  'stage-proposal': stageProposalActions,
  'stage-moved': NO_ACTIONS,
  'evidence-ask': evidenceAskActions,
  'overdue-alert': overdueAlertActions,
  'friday-warning': fridayWarningActions,
  'rep-nudge': repNudgeActions,
  'briefing-manager': briefingActions,
  'briefing-rep': briefingActions,
  'lead-assignment': leadAssignmentActions,
  'lead-escalation': leadEscalationActions,
  'duplicate-notice': NO_ACTIONS,
  'query-result': queryResultActions,
  'alias-learned': aliasLearnedActions,
  'handover-offer': handoverOfferActions,
  'handover-received': NO_ACTIONS,
  help: NO_ACTIONS,
};

const USED_CARD_REPLY = '这张卡片已经处理过了,不会重复操作。';
const NOT_YOURS_REPLY = '这张卡片不是发给你的,不能操作。';

/** A button tap: checks the card is the tapper's and still open, then does the button's work once. */
export async function handleCardAction(ctx: FlowContext, tap: CardTap): Promise<Effect[]> {
  // Lock the card row: two taps processed at once must not both see it open.
  const record = await ctx.em.findOne(CardRecord, {
    where: { tenantId: ctx.tenant.id, id: tap.cardId },
    lock: rowLock(ctx.em),
  });
  if (!record) return [textToActor(ctx, STALE_ACTION_REPLY)];
  if (record.recipientId !== ctx.actor.id) return [textToActor(ctx, NOT_YOURS_REPLY)];
  if (record.state !== 'open') return [textToActor(ctx, USED_CARD_REPLY)];
  // A kind this version no longer knows (a card stored by another version) has no actions either.
  const handler =
    record.card.buttons.some((button) => button.actionId === tap.actionId) && Object.hasOwn(CARD_ACTIONS, record.kind)
      ? resolveCardAction(CARD_ACTIONS[record.kind], tap.actionId)
      : null;
  if (!handler) return [textToActor(ctx, STALE_ACTION_REPLY)];

  const close: CloseCard = (state, outcome) => ({
    type: 'update-card',
    cardId: record.id,
    card: closeCard(record.card, state, actedNote(outcome, ctx.actor.name, ctx.now, ctx.tenant.timezone)),
    actedBy: ctx.actor.id,
    responseCode: tap.responseCode,
  });
  return handler({ ctx, record, actionId: tap.actionId, close });
}
