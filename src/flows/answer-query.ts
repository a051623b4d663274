import { In } from 'typeorm';
import { dealListCard, dealStatusCard } from '../../cards/query-result.card';
import { nextStage } from '../domain/stage-moves';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { type CardRecord, Customer, Deal } from '../store/entities';
import { visibleOwnerIds } from '../store/visibility';
import type { Extraction } from '../understanding/extraction';
import { customersById, dealStatus } from './deal-status';
import type { FlowContext } from './flow-context';
import { proposeMove } from './stage-proposal';

const NO_DEAL_REPLY = '没有找到你能查看的进行中商机。';

/**
 * 我的商机 / 华信现在什么阶段 / 华信还差什么: a query-result card about the deals the asker may see
 * (a rep their own, a manager their team's).
 */
export async function answerQuery(ctx: FlowContext, extraction: Extraction): Promise<Effect[]> {
  // A customer named but not among the asker's: say so rather than answer about something else.
  if (!extraction.customerId && extraction.customerName) {
    return [{ type: 'send-text', to: ctx.actor.id, text: `没有找到你能查看的「${extraction.customerName}」的商机。` }];
  }
  const deals = await visibleOpenDeals(ctx, extraction.customerId);
  const customers = await customersById(
    ctx.em,
    ctx.tenant.id,
    deals.map((d) => d.customerId),
  );
  if (extraction.customerId) {
    const deal = deals[0];
    const customer = deal ? customers.get(deal.customerId) : undefined;
    if (!deal || !customer) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
    const card = dealStatusCard(await dealStatus(ctx, deal, customer), nextStage(deal.stage) !== null);
    return [{ type: 'send-card', to: ctx.actor.id, card, context: { dealId: deal.id } }];
  }
  const statuses = [];
  for (const deal of deals) statuses.push(await dealStatus(ctx, deal, customers.get(deal.customerId)!));
  const title = ctx.actor.role === 'rep' ? '我的商机' : '团队商机';
  return [{ type: 'send-card', to: ctx.actor.id, card: dealListCard(title, statuses) }];
}

/** 推进阶段 on a query card (its only button): a stage-proposal for the next stage. */
export async function answerQueryTap(
  ctx: FlowContext,
  record: CardRecord,
  close: (state: 'done', outcome: string) => Effect,
): Promise<Effect[]> {
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  const next = deal ? nextStage(deal.stage) : null;
  if (!deal || !customer || !next) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
  return [close('done', '已发起推进'), ...(await proposeMove(ctx, deal, customer, next, null))];
}

/** Open deals the actor may see, most recently active first; of one customer when one is named. */
async function visibleOpenDeals(ctx: FlowContext, customerId: string | null): Promise<Deal[]> {
  const owners = await visibleOwnerIds(ctx.em, ctx.actor);
  const deals = await ctx.em.find(Deal, {
    where: { tenantId: ctx.tenant.id, ...(owners ? { ownerId: In(owners) } : {}), ...(customerId ? { customerId } : {}) },
  });
  return deals
    .filter((deal) => isOpenStage(deal.stage))
    .sort((a, b) => (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0));
}
