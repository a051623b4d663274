import { closeCard, newCardId } from '../../cards/card';
import { actedNote } from '../../cards/format';
import type { Effect } from '../pipeline/effects';
import { CardRecord } from '../store/entities';
import { rowLock } from '../store/transaction';
import type { FlowContext } from './flow-context';
import { undoOutcome, undoRecordedActivity } from './undo-activity';

const NOTHING_TO_UNDO = '没有可以撤销的记录:最近记下的内容已经撤销或处理过了。';

/**
 * 撤销刚才那条: takes back the sender's newest record that is still open, as the receipt's 撤销 button
 * would, and answers with a card saying what was taken back.
 */
export async function undoLastRecord(ctx: FlowContext): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  const receipt = await em.findOne(CardRecord, {
    where: { tenantId: tenant.id, recipientId: actor.id, kind: 'activity-receipt', state: 'open' },
    order: { createdAt: 'DESC' },
    lock: rowLock(em),
  });
  if (!receipt) return [{ type: 'send-text', to: actor.id, text: NOTHING_TO_UNDO }];
  const outcome = undoOutcome(await undoRecordedActivity(ctx, receipt.context));
  const closed = closeCard(receipt.card, 'cancelled', actedNote(outcome, actor.name, now, tenant.timezone));
  return [
    { type: 'update-card', cardId: receipt.id, card: closed, actedBy: actor.id },
    { type: 'send-card', to: actor.id, card: { ...closed, id: newCardId(), title: receipt.card.title.replace(/^已记录/, '已撤销') } },
  ];
}
