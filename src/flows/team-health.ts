import type { EntityManager } from 'typeorm';
import { briefingCard, drillContext, type BriefingNumber } from '../../cards/briefing.card';
import { localWeekStart } from '../domain/business-calendar';
import { actionClosureRate, healthIndex, leadActivationRate, percentText, stageAdvanceRate } from '../domain/metrics';
import type { StageRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { User } from '../store/entities';
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
  const { numbers } = await healthNumbers(ctx.em, ctx.tenant.id, owners, ctx.now, ctx.tenant.timezone, ctx.rules);
  // A briefing-style card: its 查看明细 buttons page through the deals behind each number.
  const card = briefingCard('briefing-manager', '本周团队健康度', ctx.actor.team ?? ctx.actor.name, numbers);
  return [{ type: 'send-card', to: ctx.actor.id, card, context: drillContext(numbers) }];
}

/** This week's health index against last week's, and the three rates, for a set of owners. */
export async function healthNumbers(
  em: EntityManager,
  tenantId: string,
  owners: readonly string[],
  now: Date,
  zone: string,
  rules: StageRules,
): Promise<{ thisWeek: TeamFacts; numbers: BriefingNumber[] }> {
  const week = { from: localWeekStart(now, zone), to: now };
  const lastWeek = { from: localWeekStart(now, zone, -1), to: week.from };
  const thisWeek = await loadTeamFacts(em, tenantId, owners, week, now, rules);
  const before = await loadTeamFacts(em, tenantId, owners, lastWeek, lastWeek.to, rules);
  const health = healthIndex(thisWeek.transitions.filter((t) => t.at >= week.from), thisWeek.openDeals);
  const previous = healthIndex(before.transitions.filter((t) => t.at >= lastWeek.from), before.openDeals);
  const activation = leadActivationRate(thisWeek.leads, now);
  const advance = stageAdvanceRate(thisWeek.transitions, week, now);
  const closure = actionClosureRate(thisWeek.commitments, now);
  const numbers: BriefingNumber[] = [
    { label: '本周过程健康度', value: `${score(health.value)} 分(上周 ${score(previous.value)} 分,${trend(health.value, previous.value)})`, drill: { key: 'health', dealIds: health.weakDealIds } },
    { label: '线索激活率', value: percentText(activation.value), drill: { key: 'activation', dealIds: activation.missedDealIds } },
    { label: '阶段跃迁率', value: percentText(advance.value), drill: { key: 'advance', dealIds: advance.missedDealIds } },
    { label: '动作闭环率', value: percentText(closure.value), drill: { key: 'closure', dealIds: closure.missedDealIds } },
  ];
  return { thisWeek, numbers };
}

function score(value: number): number {
  return Math.round(value * 100);
}

function trend(now: number, before: number): string {
  const delta = score(now) - score(before);
  return delta > 0 ? `↑${delta}` : delta < 0 ? `↓${-delta}` : '持平';
}
