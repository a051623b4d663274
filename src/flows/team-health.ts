import type { EntityManager } from 'typeorm';
import { dashboardLink, withLinks } from '../../cards/page-links';
import { briefingCard, drillContext, type BriefingNumber } from '../../cards/briefing.card';
import { dayPeriod, localWeekStart } from '../domain/business-calendar';
import { hoursText, teamLeadMetrics, type LeadTouchFact, type TeamLeadMetrics } from '../domain/lead-metrics';
import {
  actionClosureRate,
  healthIndex,
  healthTrendText,
  percentText,
  stageAdvanceRate,
  type HealthIndex,
  type Rate,
  type TransitionFact,
} from '../domain/metrics';
import type { StageRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { User } from '../store/entities';
import { healthHistories, type HealthHistory } from '../store/health-snapshots';
import { tenantUsers } from '../store/job-queries';
import { teamLeadFacts } from '../store/lead-metric-queries';
import { loadTeamFacts, metricTransitions, type TeamFacts } from '../store/metric-queries';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';

const DAY_MS = 86_400_000;

/** 本周团队健康度 / 健康度: the asker's process numbers this week (a rep's own, a manager's team's). */
export async function answerTeamHealth(ctx: FlowContext): Promise<Effect[]> {
  // An admin sees the tenant: every user's records.
  const owners =
    (await visibleOwnerIds(ctx.em, ctx.actor)) ??
    (await ctx.em.find(User, { select: { id: true }, where: { tenantId: ctx.tenant.id } })).map((u) => u.id);
  const reads = await tenantHealthReads(ctx.em, ctx.tenant.id, ctx.now, ctx.tenant.timezone);
  const health = await healthNumbers(ctx.em, ctx.tenant.id, owners, ctx.now, ctx.tenant.timezone, ctx.rules, reads, ctx.actor.id);
  const numbers = [health.index, ...health.rates, health.firstTouch];
  // A briefing-style card: its 查看明细 buttons page through the deals (or leads) behind each number.
  const card = briefingCard('briefing-manager', '本周团队健康度', ctx.actor.team ?? ctx.actor.name, numbers);
  return [{ type: 'send-card', to: ctx.actor.id, card: withLinks(card, dashboardLink(ctx.tenant.id)), context: drillContext(numbers) }];
}

export interface HealthNumbers {
  thisWeek: TeamFacts;
  /** The owners' leads created since `LEAD_LOOKBACK_DAYS` before the week began. */
  leads: LeadTouchFact[];
  /** Today's health index (0–1): the morning briefing keeps it per team. */
  today: number;
  /** 本周过程健康度 with its trend. */
  index: BriefingNumber;
  /** 线索激活率, 阶段跃迁率, 动作闭环率. */
  rates: BriefingNumber[];
  /** 首次跟进中位时长: the team's and the slowest reps'. */
  firstTouch: BriefingNumber;
  /** The same numbers as values, for the dashboard's charts. */
  measures: HealthMeasures;
}

export interface HealthMeasures {
  /** This week's index now, with its 6:3:1 parts. */
  index: HealthIndex;
  /** The index's kept daily values this week, today's last; last week's value. */
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
const LEAD_LOOKBACK_DAYS = 30;
const REPS_SHOWN = 5;

/** What the health numbers read once per tenant, however many teams they are computed for. */
export interface TenantHealthReads {
  names: Map<string, string>;
  /** Leads created since `LEAD_LOOKBACK_DAYS` before the week, each with the rep it counts for. */
  leads: LeadTouchFact[];
  /** Last week's and this week's stage transitions, by deal. */
  transitions: Map<string, TransitionFact[]>;
  /** Each team's kept health values around this week, by scope. */
  history: Map<string, HealthHistory>;
}

export async function tenantHealthReads(em: EntityManager, tenantId: string, now: Date, zone: string): Promise<TenantHealthReads> {
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
    transitions: await metricTransitions(em, tenantId, { from: localWeekStart(now, zone, -1), to: now }),
    history: await healthHistories(em.connection, tenantId, dayPeriod(localWeekStart(now, zone), zone)),
  };
}

/**
 * This week's health index with its daily trend and last week's value, the three rates, and the median
 * time to first touch, for a set of owners. The morning briefing keeps each day's value per team
 * (`today`), which is what makes the trend real: evidence and silence are states, so last week cannot
 * be recomputed afterwards. 线索激活率 and the median come from the leads (src/domain/lead-metrics.ts).
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
  const health = healthIndex(
    thisWeek.transitions.filter((t) => t.at >= week.from),
    thisWeek.openDeals,
  );
  const computedLastWeek = healthIndex(
    before.transitions.filter((t) => t.at >= lastWeek.from),
    before.openDeals,
  ).value;
  const history = reads.history.get(scopeId) ?? { thisWeek: [], lastBefore: null };
  const today = dayPeriod(now, zone);
  const earlierThisWeek = history.thisWeek.filter((s) => s.day !== today).map((s) => s.value);
  const lastWeekValue = history.lastBefore?.value ?? computedLastWeek;
  const team = new Set(owners);
  const leads = reads.leads.filter((l) => team.has(l.repId));
  const leadNumbers = teamLeadMetrics(leads, owners, week);
  const advance = stageAdvanceRate(thisWeek.transitions, week, now);
  const closure = actionClosureRate(thisWeek.commitments, now);
  return {
    thisWeek,
    leads,
    today: health.value,
    index: {
      label: '本周过程健康度',
      value: healthTrendText([...earlierThisWeek, health.value], lastWeekValue),
      drill: { key: 'health', dealIds: health.weakDealIds },
    },
    rates: [
      {
        label: '线索激活率',
        value: percentText(leadNumbers.team.activationRate),
        drill: { key: 'activation', leadIds: leadNumbers.team.missedLeadIds },
      },
      { label: '阶段跃迁率', value: percentText(advance.value), drill: { key: 'advance', dealIds: advance.missedDealIds } },
      { label: '动作闭环率', value: percentText(closure.value), drill: { key: 'closure', dealIds: closure.missedDealIds } },
    ],
    firstTouch: { label: '首次跟进中位时长', value: firstTouchText(leadNumbers, reads.names) },
    measures: {
      index: health,
      trend: [...earlierThisWeek, health.value],
      lastWeek: lastWeekValue,
      activation: leadNumbers.team.activationRate,
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
