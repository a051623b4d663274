import { IsNull } from 'typeorm';
import { HAND_TO_PREFIX, handOverChoices, MANAGER_OVERDUE_ACTIONS, OVERDUE_ACTIONS } from '../../cards/overdue-alert.card';
import { repNudgeCard } from '../../cards/rep-nudge.card';
import { formatForPeople } from '../domain/business-time';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { BreachAlert, type BreachResolution, Commitment, Customer, Deal, Handover, type User } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { STALE_ACTION_REPLY, type CardActionHandler, type CardActions, type CardTapInput } from './card-actions';
import { loadDealLines } from './deal-lines';
import { type FlowContext, textToActor } from './flow-context';
import { holdingsText } from './handover';
import { askLossReason } from './stage-proposal';

const DAY_MS = 86_400_000;
const WHAT_HAPPENED = '好的。跟进了什么?直接告诉我,比如「华信:今天电话确认了交期」,我来记录,计时也会重新开始。';

/** 已跟进: the alert is answered and the rep is asked what happened. */
const followedUp: CardActionHandler = async ({ ctx, record, close }) => {
  await resolve(ctx, String(record.context.breachKey), 'followed_up');
  return [close('done', '已跟进'), textToActor(ctx, WHAT_HAPPENED)];
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

/**
 * A manager's alert is about a rep's deal: its buttons act as the manager and none is recorded as the
 * rep's follow-up. Each is given the deal (still open), its customer, the rep and the tenant's people.
 */
type ManagerHandler = (
  tap: CardTapInput,
  facts: { deal: Deal; customer: Customer; rep: User; users: Map<string, User>; toRep: (text: string) => Effect },
) => Promise<Effect[]>;

function asManager(handler: ManagerHandler): CardActionHandler {
  return async (tap) => {
    const { ctx, record, close } = tap;
    const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
    if (!deal || !isOpenStage(deal.stage)) return [close('cancelled', '商机已不在进行中')];
    const users = new Map((await tenantUsers(ctx.em, ctx.tenant.id)).map((u) => [u.id, u]));
    const rep = users.get(deal.ownerId);
    if (!rep) return [close('cancelled', '商机负责人已不在团队中')];
    const customer = await ctx.em.findOneByOrFail(Customer, { tenantId: ctx.tenant.id, id: deal.customerId });
    const toRep = (text: string): Effect => ({ type: 'send-text', to: rep.id, text });
    return handler(tap, { deal, customer, rep, users, toRep });
  };
}

/** 提醒销售: the rep gets a 跟进提醒 card for the deal. */
const remindRep = asManager(async ({ ctx, record, close }, { deal, rep, users }) => {
  await resolve(ctx, String(record.context.breachKey), 'rep_reminded');
  const lines = await loadDealLines(ctx.em, ctx.tenant, [deal], users, ctx.now);
  const nudge: Effect = {
    type: 'send-card',
    to: rep.id,
    card: repNudgeCard(ctx.actor.name, lines),
    context: { dealIds: [deal.id] },
  };
  return [close('done', `已提醒${rep.name}`), nudge];
});

/** 我来跟进: the manager takes it on; the rep is told. */
const takeOver = asManager(async ({ ctx, record, close }, { customer, toRep }) => {
  await resolve(ctx, String(record.context.breachKey), 'manager_took_over');
  return [
    close('done', `由${ctx.actor.name}亲自跟进`),
    textToActor(ctx, `好的,「${customer.name}」由你跟进。跟进后直接告诉我情况,会记在你名下。`),
    toRep(`${ctx.actor.name}会亲自跟进「${customer.name}」。`),
  ];
});

/** The manager's other reps, who may take the deal over. */
function colleaguesOf(ctx: FlowContext, rep: User, users: Map<string, User>): User[] {
  return [...users.values()].filter((u) => u.role === 'rep' && !u.leftAt && u.managerId === ctx.actor.id && u.id !== rep.id);
}

/** 转给他人: the alert's buttons become the colleagues to pick from. */
const handOver = asManager(async ({ ctx, record }, { rep, users }) => {
  const colleagues = colleaguesOf(ctx, rep, users);
  if (colleagues.length === 0) return [textToActor(ctx, '团队里没有其他销售可以接手这个商机。')];
  return [{ type: 'update-card', cardId: record.id, card: handOverChoices(record.card, colleagues) }];
});

/** 转给{name}: the deal, its open promises and the customer (when the rep owned it) go to the colleague; both reps hear. */
const handTo = asManager(async ({ ctx, record, actionId, close }, { deal, customer, rep, users, toRep }) => {
  const next = colleaguesOf(ctx, rep, users).find((u) => u.id === actionId.slice(HAND_TO_PREFIX.length));
  if (!next) return [textToActor(ctx, STALE_ACTION_REPLY)];
  await moveDealTo(ctx, deal, customer, next);
  await resolve(ctx, String(record.context.breachKey), 'handed_over');
  return [
    close('done', `已转给${next.name}`),
    {
      type: 'send-text',
      to: next.id,
      text: `${ctx.actor.name}把「${customer.name}」转给你跟进,请尽快联系客户。`,
    },
    toRep(`${ctx.actor.name}把「${customer.name}」转给了${next.name}。`),
  ];
});

/** Moves the deal (and what goes with it) to `next`, kept as a handover on the customer's timeline. */
async function moveDealTo(ctx: FlowContext, deal: Deal, customer: Customer, next: User): Promise<void> {
  const { em, tenant, actor, now } = ctx;
  await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { ownerId: next.id, updatedAt: now });
  const withCustomer = customer.ownerId === deal.ownerId;
  if (withCustomer) await em.update(Customer, { tenantId: tenant.id, id: customer.id }, { ownerId: next.id, updatedAt: now });
  const promises = await em.update(Commitment, { tenantId: tenant.id, dealId: deal.id, doneAt: IsNull() }, { ownerId: next.id });
  await em.insert(Handover, {
    tenantId: tenant.id,
    customerId: customer.id,
    fromUserId: deal.ownerId,
    toUserId: next.id,
    byUserId: actor.id,
    what: holdingsText({ customers: withCustomer ? 1 : 0, deals: 1, promises: promises.affected ?? 0, leads: 0 }),
    at: now,
  });
}

/** The buttons of an overdue alert: the rep's three and the manager's three (the card shows one set). */
export const overdueAlertActions: CardActions = {
  exact: {
    [OVERDUE_ACTIONS.followedUp]: followedUp,
    [OVERDUE_ACTIONS.postpone]: postpone,
    [OVERDUE_ACTIONS.markLost]: markLost,
    [MANAGER_OVERDUE_ACTIONS.remindRep]: remindRep,
    [MANAGER_OVERDUE_ACTIONS.handOver]: handOver,
    [MANAGER_OVERDUE_ACTIONS.takeOver]: takeOver,
  },
  prefixed: { [HAND_TO_PREFIX]: handTo },
};

/** 延期1天 (an overdue alert's button, the to-do page's 延期): the promise is due a day later; null when it is done or has no due time. */
export async function postponeOneDay(ctx: FlowContext, commitment: Commitment): Promise<Date | null> {
  if (!commitment.dueAt || commitment.doneAt) return null;
  const dueAt = new Date(commitment.dueAt.getTime() + DAY_MS);
  await ctx.em.update(Commitment, { tenantId: ctx.tenant.id, id: commitment.id }, { dueAt });
  return dueAt;
}

/** The alert row records what was done with it: who postponed, answered or handed over, and when. */
async function resolve(ctx: FlowContext, breachKey: string, resolution: BreachResolution): Promise<void> {
  await ctx.em.update(BreachAlert, { tenantId: ctx.tenant.id, breachKey }, { resolution, resolvedBy: ctx.actor.id, resolvedAt: ctx.now });
}
