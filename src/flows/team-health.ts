import type { EntityManager } from 'typeorm';
import { briefingCard, drillContext, type BriefingNumber } from '../../cards/briefing.card';
import { dayPeriod, localWeekStart } from '../domain/business-calendar';
import { hoursText, teamLeadMetrics, type LeadTouchFact, type TeamLeadMetrics } from '../domain/lead-metrics';
import { actionClosureRate, healthIndex, healthTrendText, percentText, stageAdvanceRate } from '../domain/metrics';
import type { StageRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { User } from '../store/entities';
import { healthHistory, keepHealthSnapshot } from '../store/health-snapshots';
import { tenantUsers } from '../store/job-queries';
import { teamLeadFacts } from '../store/lead-metric-queries';
import { loadTeamFacts, type TeamFacts } from '../store/metric-queries';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';

const DAY_MS = 86_400_000;

/** 本周团队健康度 / 健康度: the asker's process numbers this week (a rep's own, a manager's team's). */
export async function answerTeamHealth(ctx: FlowContext): Promise<Effect[]> {
  // An admin sees the tenant: every user's records.
  const owners =
    (await visibleOwnerIds(ctx.em, ctx.actor)) ??
    (await ctx.em.find(User, { select: { id: true }, where: { tenantId: ctx.tenant.id } })).map((u) => u.id);
  const health = await healthNumbers(ctx.em, ctx.tenant.id, owners, ctx.now, ctx.tenant.timezone, ctx.rules, {
    scopeId: ctx.actor.id,
    keep: false,
  });
  const numbers = [health.index, ...health.rates, health.firstTouch];
  // A briefing-style card: its 查看明细 buttons page through the deals (or leads) behind each number.
  const card = briefingCard('briefing-manager', '本周团队健康度', ctx.actor.team ?? ctx.actor.name, numbers);
  return [{ type: 'send-card', to: ctx.actor.id, card, context: drillContext(numbers) }];
}

export interface HealthNumbers {
  thisWeek: TeamFacts;
  /** The owners' leads created since `LEAD_LOOKBACK_DAYS` before the week began. */
  leads: LeadTouchFact[];
  /** 本周过程健康度 with its trend. */
  index: BriefingNumber;
  /** 线索激活率, 阶段跃迁率, 动作闭环率. */
  rates: BriefingNumber[];
  /** 首次跟进中位时长: the team's and the slowest reps'. */
  firstTouch: BriefingNumber;
}

/**
 * Leads are read from this many days before the week: enough for every lead whose 7 days run out this
 * week, and for first touches up to this late in the week's median.
 */
const LEAD_LOOKBACK_DAYS = 30;
const REPS_SHOWN = 5;

/**
 * This week's health index with its daily trend and last week's value, the three rates, and the median
 * time to first touch, for a set of owners. The morning briefing keeps each day's value per team
 * (`keep`), which is what makes the trend real: evidence and silence are states, so last week cannot
 * be recomputed afterwards. 线索激活率 and the median come from the leads (src/domain/lead-metrics.ts).
 */
export async function healthNumbers(
  em: EntityManager,
  tenantId: string,
  owners: readonly string[],
  now: Date,
  zone: string,
  rules: StageRules,
  scope: { scopeId: string; keep: boolean },
): Promise<HealthNumbers> {
  const week = { from: localWeekStart(now, zone), to: now };
  const lastWeek = { from: localWeekStart(now, zone, -1), to: week.from };
  const thisWeek = await loadTeamFacts(em, tenantId, owners, week, now, rules);
  const before = await loadTeamFacts(em, tenantId, owners, lastWeek, lastWeek.to, rules);
  const health = healthIndex(
    thisWeek.transitions.filter((t) => t.at >= week.from),
    thisWeek.openDeals,
  );
  const computedLastWeek = healthIndex(
    before.transitions.filter((t) => t.at >= lastWeek.from),
    before.openDeals,
  ).value;
  const history = await healthHistory(em.connection, tenantId, scope.scopeId, dayPeriod(week.from, zone));
  const today = dayPeriod(now, zone);
  if (scope.keep) await keepHealthSnapshot(em.connection, { tenantId, scopeId: scope.scopeId, day: today, value: health.value, at: now });
  const earlierThisWeek = history.thisWeek.filter((s) => s.day !== today).map((s) => s.value);
  const lastWeekValue = history.lastBefore?.value ?? computedLastWeek;
  const leads = await teamLeadFacts(em, tenantId, owners, { from: new Date(week.from.getTime() - LEAD_LOOKBACK_DAYS * DAY_MS), to: now });
  const leadNumbers = teamLeadMetrics(leads, owners, week);
  const advance = stageAdvanceRate(thisWeek.transitions, week, now);
  const closure = actionClosureRate(thisWeek.commitments, now);
  return {
    thisWeek,
    leads,
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
    firstTouch: { label: '首次跟进中位时长', value: await firstTouchText(em, tenantId, leadNumbers) },
  };
}

/** `团队 99 小时;钱二 192 小时、赵一 20 小时`: the team's median, then the slowest reps'. */
async function firstTouchText(em: EntityManager, tenantId: string, numbers: TeamLeadMetrics): Promise<string> {
  const reps = [...numbers.byRep].flatMap(([id, m]) =>
    m.medianHoursToFirstTouch === null ? [] : [{ id, hours: m.medianHoursToFirstTouch }],
  );
  if (reps.length === 0) return `团队 ${hoursText(numbers.team.medianHoursToFirstTouch)}`;
  reps.sort((a, b) => b.hours - a.hours);
  const names = new Map((await tenantUsers(em, tenantId)).map((u) => [u.id, u.name]));
  const shown = reps.slice(0, REPS_SHOWN).map((r) => `${names.get(r.id) ?? r.id} ${hoursText(r.hours)}`);
  const more = reps.length > REPS_SHOWN ? ` 等 ${reps.length} 人` : '';
  return `团队 ${hoursText(numbers.team.medianHoursToFirstTouch)};${shown.join('、')}${more}`;
}
