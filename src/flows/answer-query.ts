import { archiveLink, withLinks } from '../../cards/page-links';
import { In } from 'typeorm';
import { DONE_PREFIX } from '../../cards/briefing.card';
import { NEXT_PAGE_ACTION } from '../../cards/deal-page.card';
import { dealStatusCard, QUERY_ACTIONS } from '../../cards/query-result.card';
import { nextStage } from '../domain/stage-moves';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { Customer, Deal } from '../store/entities';
import { visibleOwnerIds } from '../store/visibility';
import type { Extraction, Query, QuerySubject } from '../understanding/extraction';
import { completeFromCard } from './briefing-action';
import type { CardActionHandler, CardActions } from './card-actions';
import { nextListPage } from './deal-lines';
import { dealStatus } from './deal-status';
import { type FlowContext, textToActor } from './flow-context';
import { poolLeads } from './lead-pool';
import { leadPage } from './lead-lines';
import { othersCustomerNamed, whoseCustomer } from './others-customer';
import { answerAboutCustomer } from './query-customer';
import { answerDeals } from './query-deals';
import { answerPromises } from './query-promises';
import { proposeMove } from './stage-proposal';
import { answerTeamHealth } from './team-health';

const NO_DEAL_REPLY = '没有找到你能查看的进行中商机。';

type Answerer = (ctx: FlowContext, query: Query) => Promise<Effect[]>;

/** Every subject a question can have, answered within what the asker may see; a new subject without an answer fails the type check. */
const ANSWERS: Record<QuerySubject, Answerer> = {
  deals: answerDeals,
  deal_status: answerDealStatus,
  promises: answerPromises,
  contacts: answerAboutCustomer,
  timeline: answerAboutCustomer,
  archive: answerAboutCustomer,
  owner: answerAboutCustomer,
  playbook: answerAboutCustomer,
  leads: answerLeads,
  metrics: (ctx) => answerTeamHealth(ctx),
};

/** A question: answered, never recorded. */
export async function answerQuery(ctx: FlowContext, extraction: Extraction, text: string): Promise<Effect[]> {
  if (!extraction.customerId) {
    // Someone else's customer: who owns it is all a question may learn (谁在跟 gets exactly that).
    const others = await othersCustomerNamed(ctx, text);
    if (others) return [textToActor(ctx, `${whoseCustomer(others)}它的记录只有负责人和经理能查看。`)];
    // A customer named but on nobody's list: say so rather than answer about something else.
    const name = extraction.customerName;
    if (name) return [textToActor(ctx, extraction.query?.subject === 'owner' ? notOnFileReply(name) : `没有找到你能查看的「${name}」。`)];
  }
  const query: Query = extraction.query ?? {
    subject: extraction.customerId ? 'deal_status' : 'deals',
    customerId: extraction.customerId,
    owner: null,
    status: null,
    stage: null,
    period: null,
  };
  return ANSWERS[query.subject](ctx, query);
}

/** Who has a company no one has: nobody yet, and how to register it. */
const notOnFileReply = (name: string): string =>
  `公司客户里没有「${name}」,还没有人在跟。是新客户的话,发「线索:${name} …」就能登记到你名下。`;

/** 华信现在什么阶段 / 华信还差什么: the deal's status card, with 推进阶段. */
async function answerDealStatus(ctx: FlowContext, query: Query): Promise<Effect[]> {
  const owners = await visibleOwnerIds(ctx.em, ctx.actor);
  const deals = await ctx.em.find(Deal, {
    where: { tenantId: ctx.tenant.id, customerId: query.customerId ?? '', ...(owners ? { ownerId: In(owners) } : {}) },
  });
  const deal = deals
    .filter((d) => isOpenStage(d.stage))
    .sort((a, b) => (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0))[0];
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  if (!deal || !customer) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
  const card = withLinks(
    dealStatusCard(await dealStatus(ctx, deal, customer), nextStage(deal.stage) !== null),
    archiveLink(ctx.tenant.id, customer.id),
  );
  return [{ type: 'send-card', to: ctx.actor.id, card, context: { dealId: deal.id } }];
}

/** 线索池里有哪些线索: the pool (公海), best score first. */
async function answerLeads(ctx: FlowContext): Promise<Effect[]> {
  const pool = await poolLeads(ctx.em, ctx.tenant.id);
  if (pool.length === 0) return [{ type: 'send-text', to: ctx.actor.id, text: '线索池里暂时没有线索。' }];
  return [
    await leadPage(
      ctx,
      'query-result',
      '线索池',
      pool.map((lead) => lead.leadId),
      1,
    ),
  ];
}

/** 推进阶段 on a deal's status: proposes the next stage, as asking for it would. */
const proposeNextStage: CardActionHandler = async ({ ctx, record, close }) => {
  const deal = await ctx.em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: String(record.context.dealId) });
  const customer = deal ? await ctx.em.findOneBy(Customer, { tenantId: ctx.tenant.id, id: deal.customerId }) : null;
  const next = deal ? nextStage(deal.stage) : null;
  if (!deal || !customer || !next) return [{ type: 'send-text', to: ctx.actor.id, text: NO_DEAL_REPLY }];
  return [close('done', '已发起推进'), ...(await proposeMove(ctx, deal, customer, next, null))];
};

/** The buttons of a query answer: 下一页 of a list, 已完成 of a promise, 推进阶段 of a deal. */
export const queryResultActions: CardActions = {
  exact: { [NEXT_PAGE_ACTION]: nextListPage, [QUERY_ACTIONS.propose]: proposeNextStage },
  prefixed: { [DONE_PREFIX]: completeFromCard },
};
