import { In, MoreThanOrEqual } from 'typeorm';
import type { CardLink } from '../../cards/card';
import { dealsLink } from '../../cards/page-links';
import { localDayStart, localMonthStart, localWeekStart } from '../domain/business-calendar';
import { isSilent } from '../domain/silent-deals';
import { isOpenStage, STAGE_LABELS } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { CustomerSignal, Deal } from '../store/entities';
import type { Query, QueryPeriod, QueryStatus } from '../understanding/extraction';
import { dealPage } from './deal-lines';
import type { FlowContext } from './flow-context';
import { overdueDeals } from './overdue-deals';
import { queryScope } from './query-scope';

const DAY_MS = 86_400_000;
/** 快签 means a 临近签约 signal this recent, or a deal already in 商务谈判. */
const CLOSING_SIGNAL_DAYS = 14;

const STATUS_WORDS: Record<QueryStatus, string> = {
  overdue: '逾期的',
  silent: '沉默的',
  open: '进行中的',
  closing: '快签约的',
  won: '赢单的',
  lost: '丢单的',
};

/** 刘洋的商机 / 有哪些逾期的商机 / 在方案演示的有哪些: the deals that match, most recently active first, paged. */
export async function answerDeals(ctx: FlowContext, query: Query): Promise<Effect[]> {
  const scope = await queryScope(ctx, query.owner, 'visible');
  if ('refusal' in scope) return [{ type: 'send-text', to: ctx.actor.id, text: scope.refusal }];
  const deals = await ctx.em.find(Deal, {
    where: { tenantId: ctx.tenant.id, ...(scope.owners ? { ownerId: In(scope.owners) } : {}) },
  });
  const matching = await filterDeals(ctx, deals, query);
  matching.sort((a, b) => (b.lastActivityAt ?? b.stageEnteredAt).getTime() - (a.lastActivityAt ?? a.stageEnteredAt).getTime());
  const status = query.status ? STATUS_WORDS[query.status] : '';
  const stage = query.stage ? `${STAGE_LABELS[query.stage]}阶段的` : '';
  const title = `${scope.label}${status}${stage}商机`;
  if (matching.length === 0) return [{ type: 'send-text', to: ctx.actor.id, text: `${title}:暂时没有。` }];
  return [
    await dealPage(
      ctx,
      'query-result',
      title,
      matching.map((deal) => deal.id),
      1,
      [fullListLink(ctx, query, scope.owners)],
    ),
  ];
}

/** The deals that match a question's status, stage and period (the chat's lists and the pipeline page alike). */
export async function filterDeals(ctx: FlowContext, deals: Deal[], query: Pick<Query, 'status' | 'stage' | 'period'>): Promise<Deal[]> {
  const { status, stage } = query;
  const closed = status === 'won' || status === 'lost' || stage === 'won' || stage === 'lost';
  let kept = deals.filter((deal) => (closed ? !isOpenStage(deal.stage) : isOpenStage(deal.stage)));
  if (stage) kept = kept.filter((deal) => deal.stage === stage);
  if (status === 'won' || status === 'lost') kept = kept.filter((deal) => deal.stage === status);
  if (closed && query.period) {
    const since = periodStart(ctx, query.period);
    kept = kept.filter((deal) => deal.stageEnteredAt >= since);
  }
  if (status === 'silent') kept = kept.filter((deal) => isSilent(deal, ctx.now));
  if (status === 'overdue') kept = (await overdueDeals(ctx.em, ctx.tenant.id, ctx.rules, kept, ctx.now)).map((o) => o.deal);
  if (status === 'closing') {
    const signalled = await dealsSignalledClosing(ctx, kept);
    kept = kept.filter((deal) => deal.stage === 'negotiation' || signalled.has(deal.id));
  }
  return kept;
}

/** 查看全部: the same question as the pipeline page's filters, where they have one. */
function fullListLink(ctx: FlowContext, query: Query, owners: string[] | null): CardLink {
  const status = query.status === 'overdue' || query.status === 'silent' || query.status === 'closing' ? query.status : undefined;
  return dealsLink(ctx.tenant.id, { status, stage: query.stage ?? undefined, owner: owners?.length === 1 ? owners[0] : undefined });
}

async function dealsSignalledClosing(ctx: FlowContext, deals: Deal[]): Promise<Set<string>> {
  if (deals.length === 0) return new Set();
  const signals = await ctx.em.find(CustomerSignal, {
    where: {
      tenantId: ctx.tenant.id,
      dealId: In(deals.map((d) => d.id)),
      tag: 'closing_soon',
      at: MoreThanOrEqual(new Date(ctx.now.getTime() - CLOSING_SIGNAL_DAYS * DAY_MS)),
    },
    select: { dealId: true },
  });
  return new Set(signals.flatMap((s) => s.dealId ?? []));
}

/** Where a period began, in the tenant's time zone. */
export function periodStart(ctx: FlowContext, period: QueryPeriod): Date {
  const zone = ctx.tenant.timezone;
  if (period === 'today') return localDayStart(ctx.now, zone);
  if (period === 'this_week') return localWeekStart(ctx.now, zone);
  if (period === 'last_week') return localWeekStart(ctx.now, zone, -1);
  return localMonthStart(ctx.now, zone);
}
