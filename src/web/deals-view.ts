import { In } from 'typeorm';
import { OPEN_STAGES, STAGE_LABELS, isStage, type Stage } from '../domain/stages';
import { loadDealLines } from '../flows/deal-lines';
import type { FlowContext } from '../flows/flow-context';
import { filterDeals } from '../flows/query-deals';
import { Deal } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { visibleOwnerIds } from '../store/visibility';

export const DEAL_STATUSES = { overdue: '逾期', silent: '沉默', closing: '本周要签' } as const;
export type DealStatusFilter = keyof typeof DEAL_STATUSES;

export interface DealsFilter {
  owner: string | null;
  stage: Stage | null;
  status: DealStatusFilter | null;
}

export interface DealsView {
  filter: DealsFilter;
  owners: { id: string; name: string }[];
  stages: { stage: Stage; label: string; count: number; amount: number }[];
  deals: {
    customerId: string;
    customer: string;
    owner: string;
    stage: string;
    amount: number | null;
    silentDays: number;
    lastSaid: string | null;
  }[];
}

/** Reads the page's query string: anything unknown is dropped, never trusted. */
export function readDealsFilter(query: Record<string, unknown>): DealsFilter {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const status = text(query.status);
  const stage = text(query.stage);
  return {
    owner: text(query.owner),
    stage: isStage(stage) ? stage : null,
    status: status && Object.hasOwn(DEAL_STATUSES, status) ? (status as DealStatusFilter) : null,
  };
}

/**
 * 漏斗/商机: the open deals the member may see (a rep's own, a manager's team, an admin's tenant) by stage
 * with counts and amounts, then the list, most recently active first. The status filters are the chat's
 * (逾期: a stage timer run out or a promise past due; 沉默: 72 hours; 本周要签: 商务谈判 or a recent 临近签约).
 */
export async function dealsView(ctx: FlowContext, filter: DealsFilter): Promise<DealsView> {
  const { em, tenant, actor } = ctx;
  const visible = await visibleOwnerIds(em, actor);
  const users = await tenantUsers(em, tenant.id);
  const owners = users.filter((u) => visible === null || visible.includes(u.id));
  const chosen = filter.owner && owners.some((u) => u.id === filter.owner) ? [filter.owner] : visible;
  const all = await em.find(Deal, { where: { tenantId: tenant.id, ...(chosen ? { ownerId: In(chosen) } : {}) } });
  const byStatus = await filterDeals(ctx, all, { status: filter.status, stage: null, period: null });
  const stages = OPEN_STAGES.map((stage) => {
    const inStage = byStatus.filter((d) => d.stage === stage);
    return { stage, label: STAGE_LABELS[stage], count: inStage.length, amount: inStage.reduce((sum, d) => sum + (d.amount ?? 0), 0) };
  });
  const listed = (filter.stage ? byStatus.filter((d) => d.stage === filter.stage) : byStatus).sort(
    (a, b) => (b.lastActivityAt ?? b.stageEnteredAt).getTime() - (a.lastActivityAt ?? a.stageEnteredAt).getTime(),
  );
  return {
    filter,
    owners: owners.filter((u) => u.role === 'rep' || u.id === actor.id).map(({ id, name }) => ({ id, name })),
    stages,
    deals: await dealRows(ctx, listed),
  };
}

export type DealRow = DealsView['deals'][number];

/** List rows of some deals, in the order given (the chat's deal lines), each knowing its customer's archive. */
export async function dealRows(ctx: FlowContext, deals: readonly Deal[]): Promise<DealRow[]> {
  const users = new Map((await tenantUsers(ctx.em, ctx.tenant.id)).map((u) => [u.id, u]));
  const lines = await loadDealLines(ctx.em, ctx.tenant, deals, users, ctx.now);
  return lines.map((line, index) => ({
    customerId: deals[index]!.customerId,
    customer: line.customerName,
    owner: line.ownerName,
    stage: STAGE_LABELS[line.stage],
    amount: line.amount,
    silentDays: line.silentDays,
    lastSaid: line.lastSaid,
  }));
}
