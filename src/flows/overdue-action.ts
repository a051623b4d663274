import { HAND_TO_PREFIX, handOverChoices, MANAGER_OVERDUE_ACTIONS, OVERDUE_ACTIONS } from '../../cards/overdue-alert.card';
import { repNudgeCard } from '../../cards/rep-nudge.card';
import { IsNull } from 'typeorm';
import { formatForPeople } from '../domain/business-time';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { BreachAlert, type BreachResolution, type CardRecord, Commitment, Customer, Deal, User } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { loadDealLines } from './deal-lines';
import type { FlowContext } from './flow-context';
import { homePlatform } from './home-platform';
import { askLossReason } from './stage-proposal';

const DAY_MS = 86_400_000;
const WHAT_HAPPENED = '好的。跟进了什么?直接告诉我,比如「华信:今天电话确认了交期」,我来记录,计时也会重新开始。';

type Close = (state: 'done' | 'cancelled', outcome: string) => Effect;

/**
 * A tap on an overdue alert. The rep's: 已跟进 asks what happened, 延期1天 moves the due time, 标记丢单
 * asks why. The manager's (the alert is about a rep's deal): 提醒销售, 转给他人, 我来跟进; none of them is
 * recorded as the rep's follow-up.
 */
export async function overdueAlertAction(ctx: FlowContext, record: CardRecord, actionId: string, close: Close): Promise<Effect[] | null> {
  const reply = (text: string): Effect => ({ type: 'send-text', to: ctx.actor.id, text });
  const breachKey = String(record.context.breachKey);
  if (actionId === OVERDUE_ACTIONS.followedUp) {
    await resolve(ctx, breachKey, 'followed_up');
    return [close('done', '已跟进'), reply(WHAT_HAPPENED)];
  }
  if (actionId === OVERDUE_ACTIONS.postpone) {
    const commitment = await ctx.em.findOneBy(Commitment, { tenantId: ctx.tenant.id, id: String(record.context.commitmentId) });
    if (!commitment?.dueAt || commitment.doneAt) return [close('cancelled', '承诺已完成或已删除')];
    const dueAt = new Date(commitment.dueAt.getTime() + DAY_MS);
    await ctx.em.update(Commitment, { tenantId: ctx.tenant.id, id: commitment.id }, { dueAt });
    await resolve(ctx, breachKey, 'postponed');
    return [close('done', `已延期到 ${formatForPeople(dueAt, ctx.tenant.timezone)}`)];
  }
  if (actionId === OVERDUE_ACTIONS.markLost) {
    const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
    const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
    if (!customer) return [close('cancelled', '商机已不在进行中')];
    await resolve(ctx, breachKey, 'marked_lost');
    return [close('done', '待说明丢单原因'), ...askLossReason(ctx, customer)];
  }
  return managerAction(ctx, record, actionId, close);
}

async function managerAction(ctx: FlowContext, record: CardRecord, actionId: string, close: Close): Promise<Effect[] | null> {
  const isManagerAction = Object.values(MANAGER_OVERDUE_ACTIONS).some((a) => a === actionId) || actionId.startsWith(HAND_TO_PREFIX);
  if (!isManagerAction) return null;
  const breachKey = String(record.context.breachKey);
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
  if (!deal || !isOpenStage(deal.stage)) return [close('cancelled', '商机已不在进行中')];
  const users = new Map((await tenantUsers(ctx.em, ctx.tenant.id)).map((u) => [u.id, u]));
  const rep = users.get(deal.ownerId);
  const customer = await ctx.em.findOneByOrFail(Customer, { tenantId: ctx.tenant.id, id: deal.customerId });
  if (!rep) return [close('cancelled', '商机负责人已不在团队中')];
  const toRep = (text: string): Effect => ({ type: 'send-text', to: rep.id, platform: homePlatform(ctx.tenant, rep), text });

  if (actionId === MANAGER_OVERDUE_ACTIONS.remindRep) {
    await resolve(ctx, breachKey, 'rep_reminded');
    const lines = await loadDealLines(ctx.em, ctx.tenant, [deal], users, ctx.now);
    const nudge: Effect = {
      type: 'send-card',
      to: rep.id,
      platform: homePlatform(ctx.tenant, rep),
      card: repNudgeCard(ctx.actor.name, lines),
      context: { dealIds: [deal.id] },
    };
    return [close('done', `已提醒${rep.name}`), nudge];
  }
  if (actionId === MANAGER_OVERDUE_ACTIONS.takeOver) {
    await resolve(ctx, breachKey, 'manager_took_over');
    return [
      close('done', `由${ctx.actor.name}亲自跟进`),
      { type: 'send-text', to: ctx.actor.id, text: `好的,「${customer.name}」由你跟进。跟进后直接告诉我情况,会记在你名下。` },
      toRep(`${ctx.actor.name}会亲自跟进「${customer.name}」。`),
    ];
  }
  const colleagues = [...users.values()].filter((u) => u.role === 'rep' && u.managerId === ctx.actor.id && u.id !== rep.id);
  if (actionId === MANAGER_OVERDUE_ACTIONS.handOver) {
    if (colleagues.length === 0) return [{ type: 'send-text', to: ctx.actor.id, text: '团队里没有其他销售可以接手这个商机。' }];
    return [{ type: 'update-card', cardId: record.id, card: handOverChoices(record.card, colleagues) }];
  }
  const next = colleagues.find((u) => u.id === actionId.slice(HAND_TO_PREFIX.length));
  if (!next) return null;
  await handOver(ctx, deal, customer, next);
  await resolve(ctx, breachKey, 'handed_over');
  return [
    close('done', `已转给${next.name}`),
    {
      type: 'send-text',
      to: next.id,
      platform: homePlatform(ctx.tenant, next),
      text: `${ctx.actor.name}把「${customer.name}」转给你跟进,请尽快联系客户。`,
    },
    toRep(`${ctx.actor.name}把「${customer.name}」转给了${next.name}。`),
  ];
}

/** The deal, its customer (when the old rep owned it) and the deal's open promises go to the new rep. */
async function handOver(ctx: FlowContext, deal: Deal, customer: Customer, next: User): Promise<void> {
  const { em, tenant, now } = ctx;
  await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { ownerId: next.id, updatedAt: now });
  if (customer.ownerId === deal.ownerId)
    await em.update(Customer, { tenantId: tenant.id, id: customer.id }, { ownerId: next.id, updatedAt: now });
  await em.update(Commitment, { tenantId: tenant.id, dealId: deal.id, doneAt: IsNull() }, { ownerId: next.id });
}

/** The alert row records what was done with it: who postponed, answered or handed over, and when. */
async function resolve(ctx: FlowContext, breachKey: string, resolution: BreachResolution): Promise<void> {
  await ctx.em.update(BreachAlert, { tenantId: ctx.tenant.id, breachKey }, { resolution, resolvedBy: ctx.actor.id, resolvedAt: ctx.now });
}
