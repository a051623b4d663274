import type { EntityManager } from 'typeorm';
import type { DrillIds } from '../../cards/briefing.card';
import type { Card, CardLink } from '../../cards/card';
import { withLinks } from '../../cards/page-links';
import { MAX_LINES, type DealLine } from '../../cards/deal-line';
import { dealPageCard } from '../../cards/deal-page.card';
import { wholeDaysBetween } from '../domain/business-time';
import { silenceStart } from '../domain/silence-timer';
import type { Deal, Tenant, User } from '../store/entities';
import type { Effect } from '../pipeline/effects';
import { customerNames, dealsByIds, latestActivities, tenantUsers } from '../store/job-queries';
import type { CardActionHandler } from './card-actions';
import type { FlowContext } from './flow-context';
import { leadPage } from './lead-lines';
import { promisePage } from './promise-lines';
import { openPromisePage } from './query-promises';

const LAST_SAID_LENGTH = 30;

/** The list lines of some deals, in the order given: customer, owner, silence, and the last thing said. */
export async function loadDealLines(
  em: EntityManager,
  tenant: Tenant,
  deals: readonly Deal[],
  users: ReadonlyMap<string, User>,
  now: Date,
): Promise<DealLine[]> {
  const names = await customerNames(
    em,
    tenant.id,
    deals.map((d) => d.customerId),
  );
  const latest = await latestActivities(
    em,
    tenant.id,
    deals.map((d) => d.id),
  );
  return deals.map((deal) => {
    const last = latest.get(deal.id);
    return {
      dealId: deal.id,
      customerName: names.get(deal.customerId) ?? deal.customerId,
      ownerName: users.get(deal.ownerId)?.name ?? deal.ownerId,
      stage: deal.stage,
      silentDays: wholeDaysBetween(silenceStart(deal), now),
      amount: deal.amount,
      lastSaid: last ? oneLine(last.text) : null,
      tags: last?.tags ?? [],
    };
  });
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > LAST_SAID_LENGTH ? `${chars.slice(0, LAST_SAID_LENGTH).join('')}…` : flat;
}

/**
 * Page `page` of a stored deal list, as a new card to the actor; the list itself rides in the card's context,
 * `links` (查看全部: the same list as a page) on every page.
 */
export async function dealPage(
  ctx: FlowContext,
  kind: Card['kind'],
  title: string,
  dealIds: readonly string[],
  page: number,
  links: readonly CardLink[] = [],
): Promise<Effect> {
  const ids = dealIds.slice((page - 1) * MAX_LINES, page * MAX_LINES);
  const found = new Map((await dealsByIds(ctx.em, ctx.tenant.id, ids)).map((d) => [d.id, d]));
  const users = new Map((await tenantUsers(ctx.em, ctx.tenant.id)).map((u) => [u.id, u]));
  const lines = await loadDealLines(
    ctx.em,
    ctx.tenant,
    ids.flatMap((id) => found.get(id) ?? []),
    users,
    ctx.now,
  );
  return {
    type: 'send-card',
    to: ctx.actor.id,
    card: withLinks(dealPageCard(kind, title, dealIds.length, page, lines), ...links),
    context: { dealIds: [...dealIds], page, title },
  };
}

/** Page `page` of a list of deals, leads or promises; `links` go on a deal list's every page. */
export async function listPage(
  ctx: FlowContext,
  kind: Card['kind'],
  title: string,
  drill: DrillIds,
  page: number,
  links: readonly CardLink[] = [],
): Promise<Effect> {
  if ('leadIds' in drill) return leadPage(ctx, kind, title, drill.leadIds, page);
  if ('promiseIds' in drill) return promisePage(ctx, kind, title, drill.promiseIds, page);
  return dealPage(ctx, kind, title, drill.dealIds, page, links);
}

/** 下一页 on any paged list card (deals, leads or promises): the page after the card's own, kept in its context. */
export const nextListPage: CardActionHandler = async ({ ctx, record }) => {
  const { dealIds, leadIds, promiseIds, commitmentIds, page, title } = record.context as {
    dealIds?: string[];
    leadIds?: string[];
    promiseIds?: string[];
    /** Open promises asked for (我有哪些承诺没完成), paged with their 已完成 buttons. */
    commitmentIds?: string[];
    page: number;
    title: string;
  };
  if (commitmentIds) return [await openPromisePage(ctx, title, commitmentIds, page + 1)];
  const drill: DrillIds = leadIds ? { leadIds } : promiseIds ? { promiseIds } : { dealIds: dealIds ?? [] };
  return [await listPage(ctx, record.kind, title, drill, page + 1, record.card.links)];
};
