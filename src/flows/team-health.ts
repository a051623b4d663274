import type { EntityManager } from 'typeorm';
import type { CardLink } from '../../cards/card';
import { dashboardLink, withLinks } from '../../cards/page-links';
import { briefingCard, drillContext, type BriefingNumber } from '../../cards/briefing.card';
import { dayPeriod, localWeekStart } from '../domain/business-calendar';
import { hoursText, type LeadTouchFact, type TeamLeadMetrics } from '../domain/lead-metrics';
import { healthTrendText, percentText, type HealthIndex, type Rate, type TransitionFact } from '../domain/metrics';
import { weekNumbers } from '../domain/week-numbers';
import type { StageRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { type HealthSnapshot, User, type WeekMetrics } from '../store/entities';
import { healthHistories } from '../store/health-snapshots';
import { keepWeekMetrics, TENANT_SCOPE, weekMetricsOf, weekMetricsRow, type WeekMetricsRow } from '../store/week-metrics';
import { tenantUsers } from '../store/job-queries';
import { teamLeadFacts } from '../store/lead-metric-queries';
import { loadTeamFacts, metricTransitions, type TeamFacts } from '../store/metric-queries';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';

const DAY_MS = 86_400_000;

/** 本周团队健康度 / 健康度: the asker's process numbers this week (a rep's own, a manager's team's), each beside last week's. */
export async function answerTeamHealth(ctx: FlowContext): Promise<Effect[]> {
  // An admin sees the tenant: every user's records.
  const owners =
    (await visibleOwnerIds(ctx.em, ctx.actor)) ??
    (await ctx.em.find(User, { select: { id: true }, where: { tenantId: ctx.tenant.id } })).map((u) => u.id);
  const scopeId = metricScope(ctx.actor);
  const reads = await tenantHealthReads(ctx.em, ctx.tenant.id, ctx.now, ctx.tenant.timezone, [scopeId]);
  const health = await healthNumbers(ctx.em, ctx.tenant.id, owners, ctx.now, ctx.tenant.timezone, ctx.rules, reads, scopeId);
  const last = health.lastWeek;
  const lastShares = [last.activationRate, last.advanceRate, last.closureRate];
  const rates = health.rates.map((rate, i) => ({ ...rate, value: `${rate.value}(上周 ${percentText(lastShares[i])})` }));
  const numbers = [health.index, ...rates, health.firstTouch];
  // A briefing-style card: its 查看明细 buttons page through the deals, leads or promises behind each number.
  const card = briefingCard('briefing-manager', '本周团队健康度', ctx.actor.team ?? ctx.actor.name, numbers);
  return [
    { type: 'send-card', to: ctx.actor.id, card: withLinks(card, ...numberLinks(ctx.tenant.id, numbers)), context: drillContext(numbers) },
  ];
}

/** 团队看板, then a link per number to the records behind it (the dashboard's `?drill=` page of that number). */
export function numberLinks(tenantId: string, numbers: readonly BriefingNumber[]): CardLink[] {
  return [dashboardLink(tenantId), ...numbers.flatMap((n) => (n.drill ? [dashboardLink(tenantId, n.drill.key, n.label)] : []))];
}

/** Whose numbers a member's are: a manager's team and a rep's own go by their id, an admin's are the tenant's. */
export function metricScope(actor: Pick<User, 'id' | 'role'>): string {
  return actor.role === 'admin' ? TENANT_SCOPE : actor.id;
}

export interface HealthNumbers {
  thisWeek: TeamFacts;
  /** The owners' leads created since `LEAD_LOOKBACK_DAYS` before the week began. */
  leads: LeadTouchFact[];
  /** Today's health index (0–1): the morning briefing keeps it per team. */
  today: number;
  /** 本周过程健康度 with its trend and last week's kept value. */
  index: BriefingNumber;
  /** 线索激活率, 阶段跃迁率, 动作闭环率. */
  rates: BriefingNumber[];
  /** 首次跟进中位时长: the team's and the slowest reps'. */
  firstTouch: BriefingNumber;
  /** Last week's numbers as kept. */
  lastWeek: WeekMetricsRow;
  /** The same numbers as values, for the dashboard's charts. */
  measures: HealthMeasures;
}

export interface HealthMeasures {
  /** This week's index now, with its 6:3:1 parts. */
  index: HealthIndex;
  /** The index's kept daily values this week, today's last; last week's value as kept. */
  trend: number[];
  lastWeek: number | null;
  activation: number | null;
  advance: Rate;
  closure: Rate;
}

/**
 * Leads are read from this many days before the week: enough for every lead whose 7 days run out this
 * week, and for first touches up to this late in the week's median.
 */
export const LEAD_LOOKBACK_DAYS = 30;
const REPS_SHOWN = 5;

/** What the health numbers read once per tenant, however many teams they are computed for. */
export interface TenantHealthReads {
  names: Map<string, string>;
  /** Leads created since `LEAD_LOOKBACK_DAYS` before the week, each with the rep it counts for. */
  leads: LeadTouchFact[];
  /** Last week's and this week's stage transitions, by deal. */
  transitions: Map<string, TransitionFact[]>;
  /** Each team's kept daily health values this week, by scope. */
  history: Map<string, HealthSnapshot[]>;
  /** Last week's kept numbers, by scope. */
  lastWeek: Map<string, WeekMetrics>;
}

/** `owners`: a page for one member reads only those people's moves; the morning jobs read the tenant's once for every team. */
export async function tenantHealthReads(
  em: EntityManager,
  tenantId: string,
  now: Date,
  zone: string,
  scopeIds: readonly string[],
  owners?: readonly string[],
): Promise<TenantHealthReads> {
  const users = await tenantUsers(em, tenantId);
  const created = { from: new Date(localWeekStart(now, zone).getTime() - LEAD_LOOKBACK_DAYS * DAY_MS), to: now };
  return {
    names: new Map(users.map((u) => [u.id, u.name])),
    leads: await teamLeadFacts(
      em,
      tenantId,
      users.map((u) => u.id),
      created,
    ),
    transitions: await metricTransitions(em, tenantId, { from: localWeekStart(now, zone, -1), to: now }, owners),
    history: await healthHistories(em.connection, tenantId, dayPeriod(localWeekStart(now, zone), zone)),
    lastWeek: await weekMetricsOf(em, tenantId, dayPeriod(localWeekStart(now, zone, -1), zone), scopeIds),
  };
}

/**
 * This week's health index with its daily trend and last week's value, the three rates, and the median
 * time to first touch, for a set of owners, all from `weekNumbers`. Last week is read as kept when it
 * closed; only when nobody kept it (the bot was down at the close) is it computed here and kept, once,
 * for every later reader (docs/metrics.md). The morning briefing keeps each day's index per team, which is what
 * makes the trend real: evidence and silence are states, so a past day cannot be recomputed.
 */
export async function healthNumbers(
  em: EntityManager,
  tenantId: string,
  owners: readonly string[],
  now: Date,
  zone: string,
  rules: StageRules,
  reads: TenantHealthReads,
  scopeId: string,
): Promise<HealthNumbers> {
  const week = { from: localWeekStart(now, zone), to: now };
  const lastWeek = { from: localWeekStart(now, zone, -1), to: week.from };
  const [thisWeek, before] = await loadTeamFacts(em, tenantId, owners, [week, lastWeek], rules, reads.transitions);
  const team = new Set(owners);
  const leads = reads.leads.filter((l) => team.has(l.repId));
  const numbers = weekNumbers(thisWeek, leads, owners, week, now);
  const kept = reads.lastWeek.get(scopeId);
  const last =
    kept ??
    weekMetricsRow(tenantId, scopeId, dayPeriod(lastWeek.from, zone), weekNumbers(before, leads, owners, lastWeek, lastWeek.to), now);
  if (!kept) await keepWeekMetrics(em, [last]);
  const today = dayPeriod(now, zone);
  const earlierThisWeek = (reads.history.get(scopeId) ?? []).filter((s) => s.day !== today).map((s) => s.value);
  const { health, advance, closure } = numbers;
  return {
    thisWeek,
    leads,
    today: health.value,
    index: {
      label: '本周过程健康度',
      value: healthTrendText([...earlierThisWeek, health.value], last.healthIndex),
      drill: { key: 'health', dealIds: health.weakDealIds },
    },
    rates: [
      {
        label: '线索激活率',
        value: percentText(numbers.leads.team.activationRate),
        drill: { key: 'activation', leadIds: numbers.leads.team.missedLeadIds },
      },
      { label: '阶段跃迁率', value: percentText(advance.value), drill: { key: 'advance', dealIds: advance.missedIds } },
      { label: '动作闭环率', value: percentText(closure.value), drill: { key: 'closure', promiseIds: closure.missedIds } },
    ],
    firstTouch: { label: '首次跟进中位时长', value: firstTouchText(numbers.leads, reads.names) },
    lastWeek: last,
    measures: {
      index: health,
      trend: [...earlierThisWeek, health.value],
      lastWeek: last.healthIndex,
      activation: numbers.leads.team.activationRate,
      advance,
      closure,
    },
  };
}
/** `团队 99 小时;钱二 192 小时、赵一 20 小时`: the team's median, then the slowest reps'. */
function firstTouchText(numbers: TeamLeadMetrics, names: ReadonlyMap<string, string>): string {
  const reps = [...numbers.byRep].flatMap(([id, m]) =>
    m.medianHoursToFirstTouch === null ? [] : [{ id, hours: m.medianHoursToFirstTouch }],
  );
  if (reps.length === 0) return `团队 ${hoursText(numbers.team.medianHoursToFirstTouch)}`;
  reps.sort((a, b) => b.hours - a.hours);
  const shown = reps.slice(0, REPS_SHOWN).map((r) => `${names.get(r.id) ?? r.id} ${hoursText(r.hours)}`);
  const more = reps.length > REPS_SHOWN ? ` 等 ${reps.length} 人` : '';
  return `团队 ${hoursText(numbers.team.medianHoursToFirstTouch)};${shown.join('、')}${more}`;
}
