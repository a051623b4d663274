import { OVERDUE_ACTIONS } from '../../cards/overdue-alert.card';
import { formatForPeople } from '../domain/business-time';
import type { Effect } from '../pipeline/effects';
import { BreachAlert, type BreachResolution, Commitment, Customer, Deal } from '../store/entities';
import type { CardActionHandler, CardActions } from './card-actions';
import type { FlowContext } from './flow-context';
import { askLossReason } from './stage-proposal';

const DAY_MS = 86_400_000;
const WHAT_HAPPENED = '好的。跟进了什么?直接告诉我,比如「华信:今天电话确认了交期」,我来记录,计时也会重新开始。';

const reply = (ctx: FlowContext, text: string): Effect => ({ type: 'send-text', to: ctx.actor.id, text });

/** 已跟进: the alert is answered and the rep is asked what happened. */
const followedUp: CardActionHandler = async ({ ctx, record, close }) => {
  await resolve(ctx, String(record.context.breachKey), 'followed_up');
  return [close('done', '已跟进'), reply(ctx, WHAT_HAPPENED)];
};

/** 延期1天: the promise is due a day later. */
const postpone: CardActionHandler = async ({ ctx, record, close }) => {
  const commitment = await ctx.em.findOneBy(Commitment, { tenantId: ctx.tenant.id, id: String(record.context.commitmentId) });
  const dueAt = commitment ? await postponeOneDay(ctx, commitment) : null;
  if (!dueAt) return [close('cancelled', '承诺已完成或已删除')];
  await resolve(ctx, String(record.context.breachKey), 'postponed');
  return [close('done', `已延期到 ${formatForPeople(dueAt, ctx.tenant.timezone)}`)];
};

/** 标记丢单: asks why, since a loss needs its reason. */
const markLost: CardActionHandler = async ({ ctx, record, close }) => {
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  if (!customer) return [close('cancelled', '商机已不在进行中')];
  await resolve(ctx, String(record.context.breachKey), 'marked_lost');
  return [close('done', '待说明丢单原因'), ...askLossReason(ctx, customer)];
};

/** The buttons of an overdue alert. */
export const overdueAlertActions: CardActions = {
  exact: { [OVERDUE_ACTIONS.followedUp]: followedUp, [OVERDUE_ACTIONS.postpone]: postpone, [OVERDUE_ACTIONS.markLost]: markLost },
  prefixed: {},
};

/** 延期1天 (an overdue alert's button, the to-do page's 延期): the promise is due a day later; null when it is done or has no due time. */
export async function postponeOneDay(ctx: FlowContext, commitment: Commitment): Promise<Date | null> {
  if (!commitment.dueAt || commitment.doneAt) return null;
  const dueAt = new Date(commitment.dueAt.getTime() + DAY_MS);
  await ctx.em.update(Commitment, { tenantId: ctx.tenant.id, id: commitment.id }, { dueAt });
  return dueAt;
}

/** The alert row records what was done with it: who postponed or answered, and when. */
async function resolve(ctx: FlowContext, breachKey: string, resolution: BreachResolution): Promise<void> {
  await ctx.em.update(BreachAlert, { tenantId: ctx.tenant.id, breachKey }, { resolution, resolvedBy: ctx.actor.id, resolvedAt: ctx.now });
}
