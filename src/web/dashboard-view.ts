import { In, MoreThanOrEqual } from 'typeorm';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { HEALTH_TARGETS } from '../domain/metrics';
import { silenceStart } from '../domain/silence-timer';
import { OPEN_STAGES, STAGE_LABELS, type Stage } from '../domain/stages';
import { riskiest } from '../flows/daily-briefing';
import type { FlowContext } from '../flows/flow-context';
import { healthNumbers, metricScope, tenantHealthReads } from '../flows/team-health';
import { Commitment, Lead, LeadAssignment } from '../store/entities';
import { customerNames, dealsByIds, tenantUsers } from '../store/job-queries';
import { visibleOwnerIds } from '../store/visibility';
import { dealRows, type DealRow } from './deals-view';

const RISKS_SHOWN = 5;
const TRACE_DAYS = 30;
const DAY_MS = 86_400_000;

export const DRILLS = { health: '过程健康度', activation: '线索激活率', advance: '阶段跃迁率', closure: '动作闭环率' } as const;
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
  rates: { key: Exclude<Drill, 'health'>; label: string; value: number | null; target: number; judged: number | null }[];
  /** Rep × stage: share of the stage's required items present on the rep's open deals there. */
  heat: { reps: string[]; stages: string[]; cells: (number | null)[][] };
  risks: { customerId: string; customer: string; owner: string; stage: string; silentDays: number; amount: number | null }[];
  trace: {
    company: string;
    rep: string;
    score: number | null;
    parts: string;
    rule: string;
    reason: string;
    assigned: string;
    accepted: string | null;
  }[];
  drill: {
    key: Drill;
    label: string;
    deals: DealRow[];
    leads: string[];
  } | null;
}

const RULE_LABELS: Record<string, string> = {
  top: '高分线索给赢率最高的人',
  region: '按地区分配',
  pool: '进公海',
  returned_to_pool: '退回公海',
  submitter: '销售自己录入',
};

/**
 * 团队看板: this week's process numbers for the member's people (a manager's team, an admin's tenant, a
 * rep's own), computed by `healthNumbers` exactly as the morning briefing and 团队健康度 do; the rep ×
 * stage heat map of gate completion; the riskiest deals (the briefing's ranking); the lead allocation
 * trace; and, when asked, the records behind one number.
 */
export async function dashboardView(ctx: FlowContext, drill: Drill | null): Promise<DashboardView> {
  const { em, tenant, now } = ctx;
  const zone = tenant.timezone;
  const users = await tenantUsers(em, tenant.id);
  const owners = (await visibleOwnerIds(em, ctx.actor)) ?? users.map((u) => u.id);
  const names = new Map(users.map((u) => [u.id, u.name]));
  const scopeId = metricScope(ctx.actor);
  const reads = await tenantHealthReads(em, tenant.id, now, zone, [scopeId]);
  const health = await healthNumbers(em, tenant.id, owners, now, zone, ctx.rules, reads, scopeId);
  const { index, advance, closure, activation, trend, lastWeek } = health.measures;
  const { deals, openDeals } = health.thisWeek;

  const reps = users.filter((u) => owners.includes(u.id) && u.role === 'rep');
  const gate = new Map(openDeals.map((d) => [d.dealId, d]));
  const cells = reps.map((rep) =>
    OPEN_STAGES.map((stage) => {
      const facts = deals.filter((d) => d.ownerId === rep.id && d.stage === stage).flatMap((d) => gate.get(d.id) ?? []);
      const required = facts.reduce((sum, f) => sum + f.itemsRequired, 0);
      return required > 0 ? facts.reduce((sum, f) => sum + f.itemsDone, 0) / required : null;
    }),
  );

  const risky = riskiest(deals, ctx.rules, now).slice(0, RISKS_SHOWN);
  const customers = await customerNames(
    em,
    tenant.id,
    risky.map((d) => d.customerId),
  );

  const assignments = await em.find(LeadAssignment, {
    where: { tenantId: tenant.id, assignedAt: MoreThanOrEqual(new Date(now.getTime() - TRACE_DAYS * DAY_MS)) },
    order: { assignedAt: 'DESC' },
  });
  const mine = assignments.filter((a) => a.repId !== null && owners.includes(a.repId));
  const leads = mine.length > 0 ? await em.find(Lead, { where: { tenantId: tenant.id, id: In(mine.map((a) => a.leadId)) } }) : [];
  const leadById = new Map(leads.map((l) => [l.id, l]));

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
    heat: { reps: reps.map((r) => r.name), stages: OPEN_STAGES.map((s) => STAGE_LABELS[s]), cells },
    risks: risky.map((d) => ({
      customerId: d.customerId,
      customer: customers.get(d.customerId) ?? d.customerId,
      owner: names.get(d.ownerId) ?? d.ownerId,
      stage: STAGE_LABELS[d.stage as Stage],
      silentDays: wholeDaysBetween(silenceStart(d), now),
      amount: d.amount,
    })),
    trace: mine.map((a) => {
      const lead = leadById.get(a.leadId);
      const parts = lead?.breakdown;
      return {
        company: lead?.company ?? a.leadId,
        rep: names.get(a.repId!) ?? a.repId!,
        score: lead?.score ?? null,
        parts: parts ? `地区 ${parts.region} · 行业 ${parts.industry} · 预算 ${parts.budget} · 紧迫 ${parts.urgency}` : '—',
        rule: RULE_LABELS[a.rule] ?? a.rule,
        reason: a.reason,
        assigned: formatForPeople(a.assignedAt, zone),
        accepted: a.acceptedAt ? formatForPeople(a.acceptedAt, zone) : null,
      };
    }),
    drill: drill ? await drillDown(ctx, drill, health) : null,
  };
}

/** The deals (or leads) behind one number: the same ids the briefing's 查看明细 pages through. */
async function drillDown(ctx: FlowContext, key: Drill, health: Awaited<ReturnType<typeof healthNumbers>>): Promise<DashboardView['drill']> {
  const number = key === 'health' ? health.index : health.rates.find((r) => r.label === DRILLS[key])!;
  const ids = number.drill ?? { dealIds: [] };
  if ('leadIds' in ids) {
    const leads = ids.leadIds.length > 0 ? await ctx.em.find(Lead, { where: { tenantId: ctx.tenant.id, id: In(ids.leadIds) } }) : [];
    return { key, label: DRILLS[key], deals: [], leads: leads.map((l) => l.company) };
  }
  // 动作闭环率's misses are promises: the page lists the deals they were made on.
  const dealIds =
    'promiseIds' in ids
      ? (await ctx.em.find(Commitment, { select: { dealId: true }, where: { tenantId: ctx.tenant.id, id: In(ids.promiseIds) } })).flatMap(
          (c) => c.dealId ?? [],
        )
      : ids.dealIds;
  return { key, label: DRILLS[key], leads: [], deals: await dealRows(ctx, await dealsByIds(ctx.em, ctx.tenant.id, [...new Set(dealIds)])) };
}
