import { In } from 'typeorm';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { HEALTH_TARGETS } from '../domain/metrics';
import { silenceStart } from '../domain/silence-timer';
import type { BriefingNumber } from '../../cards/briefing.card';
import { STAGE_LABELS, type Stage } from '../domain/stages';
import { briefingDrills, teamBriefing, type TeamBriefing } from '../flows/daily-briefing';
import type { FlowContext } from '../flows/flow-context';
import { metricScope, tenantHealthReads } from '../flows/team-health';
import { Commitment, Lead } from '../store/entities';
import { acceptedText, endedText, leadTrace, scorePartsText } from './lead-trace';
import { customerNames, dealsByIds, tenantUsers } from '../store/job-queries';
import { visibleOwnerIds } from '../store/visibility';
import { dealRows, type DealRow } from './deals-view';
import { heatCellDeals, heatMap, readHeatCell, stageActions, type HeatCellKey, type HeatStage } from './heat-map';

const TRACE_DAYS = 30;
const DAY_MS = 86_400_000;

/** The numbers of the manager's briefing with records behind them, by their drill key (`briefingDrills`). */
export const DRILLS = {
  leads: '昨日新增优质线索',
  overdue: '逾期商机',
  health: '过程健康度',
  activation: '线索激活率',
  advance: '阶段跃迁率',
  closure: '动作闭环率',
  risky: '风险商机',
} as const;
export type Drill = keyof typeof DRILLS;

export interface DashboardView {
  index: {
    value: number;
    compliance: number | null;
    evidence: number | null;
    overSilence: number | null;
    trend: number[];
    lastWeek: number | null;
  };
  rates: { key: 'activation' | 'advance' | 'closure'; label: string; value: number | null; target: number; judged: number | null }[];
  /** The briefing's counts: 昨日新增优质线索, 逾期商机, as the card says them. */
  counts: { key: 'leads' | 'overdue'; label: string; value: string }[];
  /** Rep × action, stage by stage: how many of the rep's open deals there have the action done. */
  heat: HeatStage[];
  risks: { customerId: string; customer: string; owner: string; stage: string; silentDays: number; amount: number | null }[];
  trace: {
    company: string;
    source: string;
    rep: string;
    score: number | null;
    parts: string;
    rule: string;
    reason: string;
    assigned: string;
    accepted: string | null;
    ended: string | null;
  }[];
  drill: {
    label: string;
    deals: (DealRow & { done?: boolean })[];
    leads: { company: string; score: number | null }[];
  } | null;
}

/**
 * 团队看板: this week's process numbers for the member's people (a manager's team, an admin's tenant, a
 * rep's own), computed by `teamBriefing` exactly as the morning briefing (and `healthNumbers` as
 * 团队健康度) does; the rep × action heat map from the gate facts those numbers read; the riskiest deals
 * (the briefing's ranking); the lead allocation trace; and, when asked, the records behind one number or
 * one heat-map cell.
 */
export async function dashboardView(ctx: FlowContext, ask: { drill: Drill | null; cell: unknown }): Promise<DashboardView> {
  const { em, tenant, now } = ctx;
  const zone = tenant.timezone;
  const users = await tenantUsers(em, tenant.id);
  const visible = await visibleOwnerIds(em, ctx.actor);
  const owners = visible ?? users.map((u) => u.id);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const scopeId = metricScope(ctx.actor);
  const reads = await tenantHealthReads(em, tenant.id, now, zone, [scopeId], visible ?? undefined);
  const briefing = await teamBriefing(em, tenant, owners, now, ctx.rules, reads, scopeId);
  const { index, advance, closure, activation, trend, lastWeek } = briefing.health.measures;
  const { deals, openDeals } = briefing.health.thisWeek;
  const reps = users.filter((u) => owners.includes(u.id) && u.role === 'rep');
  const cell = readHeatCell(ask.cell, ctx.rules);

  const customers = await customerNames(
    em,
    tenant.id,
    briefing.risky.map((d) => d.customerId),
  );
  return {
    index: {
      value: index.value,
      compliance: index.compliance.value,
      evidence: index.evidence,
      overSilence: index.overSilence,
      trend,
      lastWeek,
    },
    rates: [
      { key: 'activation', label: DRILLS.activation, value: activation, target: HEALTH_TARGETS.activation, judged: null },
      { key: 'advance', label: DRILLS.advance, value: advance.value, target: HEALTH_TARGETS.advance, judged: advance.judged },
      { key: 'closure', label: DRILLS.closure, value: closure.value, target: HEALTH_TARGETS.closure, judged: closure.judged },
    ],
    counts: [
      { key: 'leads', label: DRILLS.leads, value: briefing.newLeads.value },
      { key: 'overdue', label: DRILLS.overdue, value: briefing.overdue.value },
    ],
    heat: heatMap(reps, deals, openDeals, ctx.rules),
    risks: briefing.risky.map((d) => ({
      customerId: d.customerId,
      customer: customers.get(d.customerId) ?? d.customerId,
      owner: names.get(d.ownerId) ?? d.ownerId,
      stage: STAGE_LABELS[d.stage as Stage],
      silentDays: wholeDaysBetween(silenceStart(d), now),
      amount: d.amount,
    })),
    trace: await allocationTrace(ctx, owners, names),
    drill: ask.drill
      ? await drillDown(ctx, ask.drill, briefingDrills(briefing))
      : cell && reps.some((r) => r.id === cell.repId)
        ? await heatCellDrill(ctx, cell, briefing, names)
        : null,
  };
}

/** The records behind one of the briefing's numbers: the ids its own computation named. */
async function drillDown(ctx: FlowContext, key: Drill, numbers: readonly BriefingNumber[]): Promise<DashboardView['drill']> {
  const ids = numbers.find((n) => n.drill?.key === key)?.drill ?? { dealIds: [] };
  const label = DRILLS[key];
  if ('leadIds' in ids) {
    const leads = ids.leadIds.length > 0 ? await ctx.em.find(Lead, { where: { tenantId: ctx.tenant.id, id: In(ids.leadIds) } }) : [];
    return { label, deals: [], leads: leads.map((l) => ({ company: l.company, score: l.score })) };
  }
  // 动作闭环率's misses are promises: the page lists the deals they were made on.
  const dealIds =
    'promiseIds' in ids
      ? (await ctx.em.find(Commitment, { select: { dealId: true }, where: { tenantId: ctx.tenant.id, id: In(ids.promiseIds) } })).flatMap(
          (c) => c.dealId ?? [],
        )
      : ids.dealIds;
  // In the number's own order (风险商机: riskiest first).
  const rank = new Map([...new Set(dealIds)].map((id, i) => [id, i]));
  const deals = (await dealsByIds(ctx.em, ctx.tenant.id, [...rank.keys()])).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return { label, leads: [], deals: await dealRows(ctx, deals) };
}

/** The deals behind one heat-map cell, those without the action first, each marked done or not. */
async function heatCellDrill(
  ctx: FlowContext,
  cell: HeatCellKey,
  briefing: TeamBriefing,
  names: ReadonlyMap<string, string>,
): Promise<DashboardView['drill']> {
  const { deals, openDeals } = briefing.health.thisWeek;
  const behind = heatCellDeals(cell, deals, openDeals);
  const rows = await dealRows(
    ctx,
    await dealsByIds(
      ctx.em,
      ctx.tenant.id,
      behind.map((b) => b.deal.id),
    ),
  );
  const action = stageActions(ctx.rules, cell.stage)[cell.action];
  return {
    label: `${names.get(cell.repId) ?? cell.repId} · ${STAGE_LABELS[cell.stage]} · ${action}`,
    leads: [],
    deals: rows.map((row, i) => ({ ...row, done: behind[i]!.done })),
  };
}

/** The allocation trace of the last 30 days, for the member's people, as the page reads it. */
async function allocationTrace(
  ctx: FlowContext,
  owners: readonly string[],
  names: ReadonlyMap<string, string>,
): Promise<DashboardView['trace']> {
  const { em, tenant, now } = ctx;
  const rows = await leadTrace(em, tenant.id, owners, { from: new Date(now.getTime() - TRACE_DAYS * DAY_MS), to: now }, names);
  return rows.map((t) => ({
    company: t.company,
    source: t.source,
    rep: t.rep,
    score: t.score,
    parts: scorePartsText(t.parts),
    rule: t.rule,
    reason: t.reason,
    assigned: formatForPeople(t.assignedAt, tenant.timezone),
    accepted: t.accepted ? acceptedText(t.accepted, tenant.timezone) : null,
    ended: t.ended ? endedText(t.ended, tenant.timezone) : null,
  }));
}
