import { dealsLink, withLinks } from '../../cards/page-links';
import type { EntityManager } from 'typeorm';
import { NEXT_PAGE_ACTION } from '../../cards/deal-page.card';
import { FRIDAY_ACTIONS, fridayWarningCard, NO_SILENT_DEALS_TEXT } from '../../cards/friday-warning.card';
import { MAX_LINES } from '../../cards/deal-line';
import { FOLLOWED_UP_PREFIX, repNudgeCard } from '../../cards/rep-nudge.card';
import { bySilentPriority, isSilent, silentCutoff } from '../domain/silent-deals';
import type { Effect } from '../pipeline/effects';
import type { Deal, Tenant, User } from '../store/entities';
import { dealsByIds, silentDeals, tenantUsers } from '../store/job-queries';
import type { CardActionHandler, CardActions, CloseCard } from './card-actions';
import { dealPage, loadDealLines } from './deal-lines';
import type { Delivery } from './delivery';
import type { FlowContext } from './flow-context';

const WHAT_HAPPENED = '好的。跟进了什么?直接告诉我,比如「华信:今天电话确认了交期」,我来记录。';

/**
 * The Friday list: one card per manager with the team's open deals past 线索 that have been silent
 * 72 hours or more, or a short line when there are none. The manager's own deals count as the team's.
 */
export async function fridayWarnings(em: EntityManager, tenant: Tenant, now: Date): Promise<Delivery[]> {
  const users = await tenantUsers(em, tenant.id);
  const byId = new Map(users.map((u) => [u.id, u]));
  const teams = new Map<string, Deal[]>();
  for (const deal of await silentDeals(em, tenant.id, silentCutoff(now))) {
    const managerId = teamManagerId(byId.get(deal.ownerId));
    if (managerId) teams.set(managerId, [...(teams.get(managerId) ?? []), deal]);
  }
  const managers = users.filter((u) => u.role === 'manager' && !u.leftAt);
  for (const deals of teams.values()) deals.sort(bySilentPriority);
  const shown = managers.flatMap((m) => (teams.get(m.id) ?? []).slice(0, MAX_LINES));
  const lines = new Map((await loadDealLines(em, tenant, shown, byId, now)).map((line) => [line.dealId, line]));

  return managers.map((manager) => {
    const deals = teams.get(manager.id) ?? [];
    const effect: Effect =
      deals.length === 0
        ? { type: 'send-text', to: manager.id, text: NO_SILENT_DEALS_TEXT }
        : {
            type: 'send-card',
            to: manager.id,
            card: withLinks(
              fridayWarningCard(
                deals.length,
                deals.slice(0, MAX_LINES).map((d) => lines.get(d.id)!),
              ),
              dealsLink(tenant.id, { status: 'silent' }),
            ),
            context: { dealIds: deals.map((d) => d.id), page: 1 },
          };
    return { recipientId: manager.id, effects: [effect] };
  });
}

/** 查看全部 and 下一页 of a Friday list: the next page of its deals; the list stays open. */
const nextFridayPage: CardActionHandler = async ({ ctx, record }) => {
  const dealIds = (record.context.dealIds as string[] | undefined) ?? [];
  return [await dealPage(ctx, 'friday-warning', '本周沉默商机', dealIds, Number(record.context.page ?? 1) + 1)];
};

/** The buttons of a Friday list: 一键提醒 nudges each rep once and closes the card; paging leaves it open. */
export const fridayWarningActions: CardActions = {
  exact: {
    [FRIDAY_ACTIONS.nudge]: ({ ctx, record, close }) => nudgeReps(ctx, (record.context.dealIds as string[] | undefined) ?? [], close),
    [FRIDAY_ACTIONS.showAll]: nextFridayPage,
    [NEXT_PAGE_ACTION]: nextFridayPage,
  },
  prefixed: {},
};

/** 已跟进 on a nudge: that deal's button goes, the rep is asked what happened; the last one closes the card. */
const followedUp: CardActionHandler = async ({ ctx, record, actionId }) => {
  const buttons = record.card.buttons.filter((b) => b.actionId !== actionId);
  const card = { ...record.card, buttons, state: buttons.length > 0 ? ('open' as const) : ('done' as const) };
  return [
    { type: 'update-card', cardId: record.id, card, actedBy: ctx.actor.id },
    { type: 'send-text', to: ctx.actor.id, text: WHAT_HAPPENED },
  ];
};

/** The buttons of a rep's nudge: 已跟进 per deal. */
export const repNudgeActions: CardActions = { exact: {}, prefixed: { [FOLLOWED_UP_PREFIX]: followedUp } };

/** Each rep of the manager's team gets their own deals from the list that are still silent now. */
async function nudgeReps(ctx: FlowContext, dealIds: readonly string[], close: CloseCard): Promise<Effect[]> {
  const users = await usersById(ctx);
  const stillSilent = orderedDeals(await dealsByIds(ctx.em, ctx.tenant.id, dealIds), dealIds).filter(
    (d) => isSilent(d, ctx.now) && d.ownerId !== ctx.actor.id && users.get(d.ownerId)?.managerId === ctx.actor.id,
  );
  const byRep = new Map<string, Deal[]>();
  for (const deal of stillSilent) byRep.set(deal.ownerId, [...(byRep.get(deal.ownerId) ?? []), deal]);
  if (byRep.size === 0) return [close('done', '无需提醒:这些商机都已有新跟进')];

  const effects: Effect[] = [];
  const nudged: string[] = [];
  for (const [repId, deals] of byRep) {
    const rep = users.get(repId)!;
    const lines = await loadDealLines(ctx.em, ctx.tenant, deals, users, ctx.now);
    effects.push({
      type: 'send-card',
      to: repId,
      card: withLinks(repNudgeCard(ctx.actor.name, lines), dealsLink(ctx.tenant.id, { status: 'silent', owner: repId })),
      context: { dealIds: deals.map((d) => d.id) },
    });
    nudged.push(`${rep.name} ${deals.length} 个`);
  }
  return [close('done', `已提醒 ${nudged.join('、')}`), ...effects];
}

/** The manager a deal's owner reports to; a manager's own deals are their team's. */
function teamManagerId(owner: User | undefined): string | null {
  if (!owner) return null;
  return owner.role === 'manager' ? owner.id : owner.managerId;
}

function orderedDeals(deals: Deal[], ids: readonly string[]): Deal[] {
  const byId = new Map(deals.map((d) => [d.id, d]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

async function usersById(ctx: FlowContext): Promise<Map<string, User>> {
  return new Map((await tenantUsers(ctx.em, ctx.tenant.id)).map((u) => [u.id, u]));
}
