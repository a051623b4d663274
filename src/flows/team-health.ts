import type { EntityManager } from 'typeorm';
import { briefingCard, drillContext, type BriefingNumber } from '../../cards/briefing.card';
import { dayPeriod, localWeekStart } from '../domain/business-calendar';
import { actionClosureRate, healthIndex, healthTrendText, leadActivationRate, percentText, stageAdvanceRate } from '../domain/metrics';
import type { StageRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { User } from '../store/entities';
import { healthHistory, keepHealthSnapshot } from '../store/health-snapshots';
import { loadTeamFacts, type TeamFacts } from '../store/metric-queries';
import { visibleOwnerIds } from '../store/visibility';
import type { FlowContext } from './flow-context';

/** 本周团队健康度 / 健康度: the asker's process numbers this week (a rep's own, a manager's team's). */
export function asksTeamHealth(text: string): boolean {
  return text.trim().length <= 20 && /健康度|过程指标/.test(text);
}

export async function answerTeamHealth(ctx: FlowContext): Promise<Effect[]> {
  // An admin sees the tenant: every user's records.
  const owners = (await visibleOwnerIds(ctx.em, ctx.actor)) ?? (await ctx.em.find(User, { select: { id: true }, where: { tenantId: ctx.tenant.id } })).map((u) => u.id);
  const { numbers } = await healthNumbers(ctx.em, ctx.tenant.id, owners, ctx.now, ctx.tenant.timezone, ctx.rules, { scopeId: ctx.actor.id, keep: false });
  // A briefing-style card: its 查看明细 buttons page through the deals behind each number.
  const card = briefingCard('briefing-manager', '本周团队健康度', ctx.actor.team ?? ctx.actor.name, numbers);
  return [{ type: 'send-card', to: ctx.actor.id, card, context: drillContext(numbers) }];
}

/**
 * This week's health index with its daily trend and last week's value, and the three rates, for a set
 * of owners. The morning briefing keeps each day's value per team (`keep`), which is what makes the
 * trend real: evidence and silence are states, so last week cannot be recomputed afterwards.
 */
export async function healthNumbers(
  em: EntityManager,
  tenantId: string,
  owners: readonly string[],
  now: Date,
  zone: string,
  rules: StageRules,
  scope: { scopeId: string; keep: boolean },
): Promise<{ thisWeek: TeamFacts; numbers: BriefingNumber[] }> {
  const week = { from: localWeekStart(now, zone), to: now };
  const lastWeek = { from: localWeekStart(now, zone, -1), to: week.from };
  const thisWeek = await loadTeamFacts(em, tenantId, owners, week, now, rules);
  const before = await loadTeamFacts(em, tenantId, owners, lastWeek, lastWeek.to, rules);
  const health = healthIndex(thisWeek.transitions.filter((t) => t.at >= week.from), thisWeek.openDeals);
  const computedLastWeek = healthIndex(before.transitions.filter((t) => t.at >= lastWeek.from), before.openDeals).value;
  const history = await healthHistory(em.connection, tenantId, scope.scopeId, dayPeriod(week.from, zone));
  const today = dayPeriod(now, zone);
  if (scope.keep) await keepHealthSnapshot(em.connection, { tenantId, scopeId: scope.scopeId, day: today, value: health.value, at: now });
  const earlierThisWeek = history.thisWeek.filter((s) => s.day !== today).map((s) => s.value);
  const lastWeekValue = history.lastBefore?.value ?? computedLastWeek;
  const activation = leadActivationRate(thisWeek.leads, now);
  const advance = stageAdvanceRate(thisWeek.transitions, week, now);
  const closure = actionClosureRate(thisWeek.commitments, now);
  const numbers: BriefingNumber[] = [
    { label: '本周过程健康度', value: healthTrendText([...earlierThisWeek, health.value], lastWeekValue), drill: { key: 'health', dealIds: health.weakDealIds } },
    { label: '线索激活率', value: percentText(activation.value), drill: { key: 'activation', dealIds: activation.missedDealIds } },
    { label: '阶段跃迁率', value: percentText(advance.value), drill: { key: 'advance', dealIds: advance.missedDealIds } },
    { label: '动作闭环率', value: percentText(closure.value), drill: { key: 'closure', dealIds: closure.missedDealIds } },
  ];
  return { thisWeek, numbers };
}
