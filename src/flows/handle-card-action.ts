import { closeCard } from '../../cards/card';
import { NEW_CUSTOMER_ACTION, PICK_CUSTOMER_PREFIX } from '../../cards/ask-customer.card';
import { RECEIPT_ACTIONS } from '../../cards/activity-receipt.card';
import { actedNote } from '../../cards/format';
import type { Effect } from '../pipeline/effects';
import { CardRecord } from '../store/entities';
import { rowLock } from '../store/transaction';
import type { FlowContext } from './flow-context';
import { answerQueryTap } from './answer-query';
import { briefingAction } from './briefing-action';
import { evidenceAskAction } from './file-evidence';
import { fridayWarningAction, repNudgeAction } from './friday-warning';
import { askForCustomer, fileOnNewCustomer, fileOnPickedCustomer } from './file-message';
import { forgetAliasAction, learnAlias } from './learned-alias';
import { leadAssignmentAction, leadEscalationAction } from './lead-action';
import { overdueAlertAction } from './overdue-action';
import { stageProposalAction } from './stage-proposal';
import { pendingFromContext } from './pending-message';
import { isRescheduleAction, reschedulePromise } from './reschedule-promise';
import { undoOutcome, undoRecordedActivity } from './undo-activity';

export interface CardTap {
  cardId: string;
  actionId: string;
  /** WeCom's one-time code for updating the tapped card. */
  responseCode?: string;
}

const NEW_CUSTOMER_NOTES = {
  created: (name: string) => `已新建客户「${name}」`,
  'on-file': (name: string) => `「${name}」已是你的客户,已记到该客户`,
  refused: (name: string) => `「${name}」已有负责人,未记录`,
};
const USED_CARD_REPLY = '这张卡片已经处理过了,不会重复操作。';
const NOT_YOURS_REPLY = '这张卡片不是发给你的,不能操作。';
const STALE_ACTION_REPLY = '这个按钮已失效,请重新发送消息。';

/** A button tap: checks the card is the tapper's and still open, then does the button's work once. */
export async function handleCardAction(ctx: FlowContext, tap: CardTap): Promise<Effect[]> {
  const reply = (text: string): Effect[] => [{ type: 'send-text', to: ctx.actor.id, text }];
  // Lock the card row: two taps processed at once must not both see it open.
  const record = await ctx.em.findOne(CardRecord, {
    where: { tenantId: ctx.tenant.id, id: tap.cardId },
    lock: rowLock(ctx.em),
  });
  if (!record) return reply(STALE_ACTION_REPLY);
  if (record.recipientId !== ctx.actor.id) return reply(NOT_YOURS_REPLY);
  if (record.state !== 'open') return reply(USED_CARD_REPLY);
  if (!record.card.buttons.some((button) => button.actionId === tap.actionId)) return reply(STALE_ACTION_REPLY);

  const close = (state: 'done' | 'cancelled', outcome: string): Effect => ({
    type: 'update-card',
    cardId: record.id,
    card: closeCard(record.card, state, actedNote(outcome, ctx.actor.name, ctx.now, ctx.tenant.timezone)),
    actedBy: ctx.actor.id,
    responseCode: tap.responseCode,
  });

  if (record.kind === 'activity-receipt') return receiptAction(ctx, record, tap.actionId, close);
  if (record.kind === 'ask-customer') return askCustomerAction(ctx, record, tap.actionId, close, reply);
  if (record.kind === 'stage-proposal') return stageProposalAction(ctx, record, tap.actionId, close);
  if (record.kind === 'evidence-ask') return evidenceAskAction(ctx, record, tap.actionId, close);
  if (record.kind === 'overdue-alert') return (await overdueAlertAction(ctx, record, tap.actionId, close)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'query-result') return answerQueryTap(ctx, record, tap.actionId, close);
  if (record.kind === 'friday-warning') return (await fridayWarningAction(ctx, record, tap.actionId, close)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'briefing-manager' || record.kind === 'briefing-rep')
    return (await briefingAction(ctx, record, tap.actionId)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'lead-assignment') return (await leadAssignmentAction(ctx, record, tap.actionId, close)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'lead-escalation') return (await leadEscalationAction(ctx, record, tap.actionId, close)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'alias-learned') return (await forgetAliasAction(ctx, record, tap.actionId, close)) ?? reply(STALE_ACTION_REPLY);
  if (record.kind === 'rep-nudge') return repNudgeAction(ctx, record, tap.actionId) ?? reply(STALE_ACTION_REPLY);
  return reply(STALE_ACTION_REPLY);
}

type Close = (state: 'done' | 'cancelled', outcome: string) => Effect;

async function receiptAction(ctx: FlowContext, record: CardRecord, actionId: string, close: Close): Promise<Effect[]> {
  if (isRescheduleAction(actionId)) return reschedulePromise(ctx, record, actionId);
  const removedCustomer = await undoRecordedActivity(ctx, record.context);
  if (actionId === RECEIPT_ACTIONS.undo) return [close('cancelled', undoOutcome(removedCustomer))];
  // 改客户: the record is taken back and the rep picks the right customer for the same message.
  const pending = pendingFromContext(record.context);
  return [close('cancelled', '已改为其他客户'), ...(await askForCustomer(ctx, pending))];
}

async function askCustomerAction(
  ctx: FlowContext,
  record: CardRecord,
  actionId: string,
  close: Close,
  reply: (text: string) => Effect[],
): Promise<Effect[]> {
  const pending = pendingFromContext(record.context);
  if (actionId === NEW_CUSTOMER_ACTION && pending.extraction.customerName) {
    const { outcome, effects } = await fileOnNewCustomer(ctx, pending, pending.extraction.customerName);
    return [close(outcome === 'refused' ? 'cancelled' : 'done', NEW_CUSTOMER_NOTES[outcome](pending.extraction.customerName)), ...effects];
  }
  if (actionId.startsWith(PICK_CUSTOMER_PREFIX)) {
    const customerId = actionId.slice(PICK_CUSTOMER_PREFIX.length);
    const effects = await fileOnPickedCustomer(ctx, pending, customerId);
    if (!effects) return reply(STALE_ACTION_REPLY);
    const chosen = record.card.buttons.find((button) => button.actionId === actionId)?.label ?? '';
    return [close('done', `已记到「${chosen}」`), ...effects, ...(await learnAlias(ctx, customerId, pending))];
  }
  return reply(STALE_ACTION_REPLY);
}
