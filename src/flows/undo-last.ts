import { closeCard, newCardId } from '../../cards/card';
import { actedNote } from '../../cards/format';
import type { Effect } from '../pipeline/effects';
import { In, MoreThanOrEqual } from 'typeorm';
import { Activity, CardRecord, Lead } from '../store/entities';
import { rowLock } from '../store/transaction';
import type { FlowContext } from './flow-context';
import { undoOutcome, undoRecordedActivity } from './undo-activity';
import { undoLead } from './undo-lead';

const NOTHING_TO_UNDO = '没有可以撤销的记录:最近记下的内容已经撤销或处理过了。';

/** How far back 撤销刚才华腾那条 looks for the record about that customer. */
const RECENT_RECEIPTS = 20;

/**
 * 撤销刚才那条: takes back the sender's newest record that is still open (about the customer named, if
 * one is), as the receipt's 撤销 button would, and answers with a card saying what was taken back.
 */
export async function undoLastRecord(ctx: FlowContext, customerId: string | null): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  const open = await em.find(CardRecord, {
    where: { tenantId: tenant.id, recipientId: actor.id, kind: 'activity-receipt', state: 'open' },
    order: { createdAt: 'DESC' },
    take: customerId ? RECENT_RECEIPTS : 1,
    lock: rowLock(em),
  });
  const receipt = customerId ? await aboutCustomer(ctx, open, customerId) : open[0];
  // A lead registered from chat is a record too: the newer of the two is taken back.
  const lead = await newestChatLead(ctx, customerId);
  if (lead && (!receipt || lead.createdAt > receipt.createdAt)) return undoLead(ctx, lead);
  if (!receipt) return [{ type: 'send-text', to: actor.id, text: NOTHING_TO_UNDO }];
  const outcome = undoOutcome(await undoRecordedActivity(ctx, receipt.context));
  const closed = closeCard(receipt.card, 'cancelled', actedNote(outcome, actor.name, now, tenant.timezone));
  return [
    { type: 'update-card', cardId: receipt.id, card: closed, actedBy: actor.id },
    { type: 'send-card', to: actor.id, card: { ...closed, id: newCardId(), title: receipt.card.title.replace(/^已记录/, '已撤销') } },
  ];
}

async function aboutCustomer(ctx: FlowContext, receipts: CardRecord[], customerId: string): Promise<CardRecord | undefined> {
  const activityIds = receipts.map((r) => String(r.context.activityId));
  const activities = await ctx.em.find(Activity, {
    where: { tenantId: ctx.tenant.id, id: In(activityIds) },
    select: { id: true, customerId: true },
  });
  const ofCustomer = new Set(activities.filter((a) => a.customerId === customerId).map((a) => a.id));
  return receipts.find((r) => ofCustomer.has(String(r.context.activityId)));
}

/** A lead is 刚才 for a day; after that undo leaves it to the manager. */
const LEAD_UNDO_MS = 86_400_000;

async function newestChatLead(ctx: FlowContext, customerId: string | null): Promise<Lead | null> {
  const since = MoreThanOrEqual(new Date(ctx.now.getTime() - LEAD_UNDO_MS));
  const where = { tenantId: ctx.tenant.id, source: 'chat' as const, submitterId: ctx.actor.id, createdAt: since };
  return ctx.em.findOne(Lead, {
    where: customerId
      ? [
          { ...where, customerId },
          { ...where, duplicateOf: customerId },
        ]
      : where,
    order: { createdAt: 'DESC' },
  });
}
