import { todosLink, withLinks } from '../../cards/page-links';
import type { EntityManager } from 'typeorm';
import { drillContext, managerBriefingCard, repBriefingCard, type BriefingNumber } from '../../cards/briefing.card';
import { dayPeriod, localDayStart } from '../domain/business-calendar';
import { chunksOf, groupBy } from '../domain/collections';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { silenceStart } from '../domain/silence-timer';
import type { StageRules, TenantRules } from '../domain/stage-rules';
import { isOpenStage, STAGE_LABELS, STAGES, type Stage } from '../domain/stages';
import type { Deal, HealthSnapshot, Tenant, User } from '../store/entities';
import { keepHealthSnapshots } from '../store/health-snapshots';
import { WORKED_STAGES } from '../domain/silent-deals';
import { customerNames, dealsByIds, tenantUsers } from '../store/job-queries';
import { dealsBreachingBetween, openCommitmentsDueBefore, transitionsBetween, type TeamDeal } from '../store/metric-queries';
import type { Delivery } from './delivery';
import { overdueDeals } from './overdue-deals';
import type { RuleBook } from './rule-book';
import { healthNumbers, numberLinks, tenantHealthReads, type HealthNumbers, type TenantHealthReads } from './team-health';

const RISKY_SHOWN = 5;
const RISKY_LABEL = '风险商机 top 5';
/** Silence a stage without a timer is measured against when ranking risk: the Friday list's 72 hours. */
const UNTIMED_SILENCE_HOURS = 72;

/** A few teams side by side: one computes while another waits for the database; only their deals are in memory. */
const TEAMS_AT_ONCE = 4;

/** What every team's briefing of one morning shares. */
interface MorningRun {
  em: EntityManager;
  tenant: Tenant;
  now: Date;
  rules: TenantRules;
  reads: TenantHealthReads;
  /** Each manager's people. */
  teams: Map<string, User[]>;
}

/** 08:00: each manager's team numbers for yesterday and this week (a card has at most six fields: these are six). */
export async function managerBriefings(em: EntityManager, tenant: Tenant, now: Date, ruleBook: RuleBook): Promise<Delivery[]> {
  const rules = ruleBook.forTenant(tenant.id);
  const users = await tenantUsers(em, tenant.id);
  const managers = users.filter((u) => u.role === 'manager' && !u.leftAt);
  const zone = tenant.timezone;
  const run: MorningRun = {
    em,
    tenant,
    now,
    rules,
    reads: await tenantHealthReads(
      em,
      tenant.id,
      now,
      zone,
      managers.map((m) => m.id),
    ),
    teams: groupBy(
      users.filter((u) => u.managerId !== null),
      (u) => u.managerId!,
    ),
  };
  const mornings: TeamMorning[] = [];
  for (const some of chunksOf(managers, TEAMS_AT_ONCE)) {
    mornings.push(...(await Promise.all(some.map((manager) => teamMorning(run, manager)))));
  }
  // The trend of the following mornings reads these: evidence and silence cannot be recomputed later.
  await keepHealthSnapshots(
    em.connection,
    mornings.map((m) => m.snapshot),
  );
  const names = await customerNames(
    em,
    tenant.id,
    mornings.flatMap((m) => m.risky.map((d) => d.customerId)),
  );
  return mornings.map(({ manager, numbers, drills, risky }) => {
    const riskyNumber: BriefingNumber = {
      label: RISKY_LABEL,
      value:
        risky.length > 0
          ? risky.map((d) => `${names.get(d.customerId) ?? d.customerId}(沉默${wholeDaysBetween(silenceStart(d), now)}天)`).join('、')
          : '无',
      drill: riskyDrill(risky),
    };
    const all = [...numbers, riskyNumber];
    // 团队看板 first (WeCom opens a card with buttons at its first link), then each number's records.
    const card = withLinks(managerBriefingCard(manager.team ?? manager.name, dateText(now, zone), all), ...numberLinks(tenant.id, drills));
    return {
      recipientId: manager.id,
      effects: [{ type: 'send-card', to: manager.id, card, context: drillContext(all) }],
    };
  });
}

/** A team's numbers of the morning but its riskiest deals' names, which are read for all teams at once. */
interface TeamMorning {
  manager: User;
  numbers: BriefingNumber[];
  /** Every number with records behind it, each linked to its drill page. */
  drills: BriefingNumber[];
  risky: TeamDeal[];
  snapshot: Omit<HealthSnapshot, 'id'>;
}

async function teamMorning({ em, tenant, now, rules, reads, teams }: MorningRun, manager: User): Promise<TeamMorning> {
  const owners = new Set([manager.id, ...(teams.get(manager.id) ?? []).map((u) => u.id)]);
  const briefing = await teamBriefing(em, tenant, [...owners], now, rules, reads, manager.id);
  const { health, newLeads, overdue } = briefing;
  return {
    manager,
    numbers: [
      newLeads,
      overdue,
      health.index,
      // One line for the three rates: a card has six fields; the health query shows them one by one.
      { label: '过程指标', value: health.rates.map((r) => `${r.label} ${r.value}`).join(' · ') },
      health.firstTouch,
    ],
    drills: briefingDrills(briefing),
    risky: briefing.risky,
    snapshot: { tenantId: tenant.id, scopeId: manager.id, day: dayPeriod(now, tenant.timezone), value: health.today, at: now },
  };
}

/** A team's (or a member's people's) morning numbers: what the manager's briefing shows and the dashboard drills into. */
export interface TeamBriefing {
  health: HealthNumbers;
  /** 昨日新增优质线索: scored at least the allocation rules' top bracket, placed with one of the people. */
  newLeads: BriefingNumber;
  /** 逾期商机 with how many went overdue yesterday. */
  overdue: BriefingNumber;
  /** Open deals riskiest first, the briefing's top few. */
  risky: TeamDeal[];
}

/** The one computation of the morning's numbers for some owners, as of `now`. */
export async function teamBriefing(
  em: EntityManager,
  tenant: Tenant,
  owners: readonly string[],
  now: Date,
  rules: TenantRules,
  reads: TenantHealthReads,
  scopeId: string,
): Promise<TeamBriefing> {
  const zone = tenant.timezone;
  const yesterday = { from: localDayStart(now, zone, -1), to: localDayStart(now, zone) };
  const health = await healthNumbers(em, tenant.id, owners, now, zone, rules, reads, scopeId);
  // 优质: scored at least the allocation rules' top bracket (85 by default); the team's: placed with one of its people.
  const newLeads = health.leads.filter(
    (l) => l.createdAt >= yesterday.from && l.createdAt < yesterday.to && (l.score ?? 0) >= rules.leads.allocation.topScore,
  );
  const overdue = await overdueDeals(em, tenant.id, rules, health.thisWeek.deals, now);
  const newlyOverdue = overdue.filter(({ since }) => since >= yesterday.from && since < yesterday.to).length;
  return {
    health,
    newLeads: {
      label: '昨日新增优质线索',
      value: `${newLeads.length} 个`,
      drill: { key: 'leads', leadIds: newLeads.map((l) => l.leadId) },
    },
    overdue: {
      label: '逾期商机',
      value: `${overdue.length} 个(昨日新增 ${newlyOverdue} 个)`,
      drill: { key: 'overdue', dealIds: overdue.map((o) => o.deal.id) },
    },
    risky: riskiest(health.thisWeek.deals, rules, now).slice(0, RISKY_SHOWN),
  };
}

/** Every number of the briefing that has records behind it, each with its drill-down: the card's links and the dashboard's drill pages. */
export function briefingDrills({ health, newLeads, overdue, risky }: TeamBriefing): BriefingNumber[] {
  return [newLeads, overdue, health.index, ...health.rates, { label: RISKY_LABEL, value: `${risky.length} 个`, drill: riskyDrill(risky) }];
}

function riskyDrill(risky: readonly TeamDeal[]): BriefingNumber['drill'] {
  return { key: 'risky', dealIds: risky.map((d) => d.id) };
}

/** 08:30: each rep's commitments, overdue ones, stage timers running out today, and yesterday's funnel moves. */
export async function repBriefings(em: EntityManager, tenant: Tenant, now: Date, ruleBook: RuleBook): Promise<Delivery[]> {
  const rules = ruleBook.forTenant(tenant.id);
  const zone = tenant.timezone;
  const today = { from: localDayStart(now, zone), to: localDayStart(now, zone, 1) };
  const users = await tenantUsers(em, tenant.id);
  const commitments = await openCommitmentsDueBefore(em, tenant.id, today.to);
  const dueToday = await dealsBreachingBetween(em, tenant.id, rules, today);
  const moves = await transitionsBetween(em, tenant.id, { from: localDayStart(now, zone, -1), to: today.from });
  const movedDeals = new Map<string, string>(); // deal → owner, for yesterday's moves
  for (const deal of await dealOwners(
    em,
    tenant.id,
    moves.map((m) => m.dealId),
  ))
    movedDeals.set(deal.id, deal.ownerId);
  const names = await customerNames(
    em,
    tenant.id,
    dueToday.map((d) => d.customerId),
  );

  const date = dateText(now, zone);
  // Grouped once: filtering the tenant's lists again for each of 5,000 reps took about 20 s.
  const commitmentsOf = groupBy(commitments, (c) => c.ownerId);
  const timersOf = groupBy(dueToday, (d) => d.ownerId);
  const movesOf = groupBy(
    moves.filter((m) => movedDeals.has(m.dealId)),
    (m) => movedDeals.get(m.dealId)!,
  );

  return users
    .filter((u) => u.role === 'rep' && !u.leftAt)
    .map((rep): Delivery => {
      const mine = commitmentsOf.get(rep.id) ?? [];
      const todays = mine.filter((c) => c.dueAt! >= now);
      const late = mine.filter((c) => c.dueAt! < now);
      const timers = timersOf.get(rep.id) ?? [];
      const funnel = funnelChange(movesOf.get(rep.id) ?? []);
      const numbers: BriefingNumber[] = [
        { label: '今日承诺', value: listOrNone(todays.map((c) => `${c.action}(${formatForPeople(c.dueAt!, zone)})`)) },
        { label: '已逾期', value: listOrNone(late.map((c) => `${c.action}(${formatForPeople(c.dueAt!, zone)})`)) },
        {
          label: '今日到期的阶段',
          value: listOrNone(timers.map((d) => `${names.get(d.customerId) ?? d.customerId} · ${STAGE_LABELS[d.stage]}`)),
          drill: { key: 'timers', dealIds: timers.map((d) => d.id) },
        },
        { label: '漏斗变化', value: funnel },
      ];
      const urgent = [...late, ...todays].map((c) => ({ id: c.id, action: c.action }));
      const card = withLinks(repBriefingCard(todays.length + late.length + timers.length, date, numbers, urgent), todosLink(tenant.id));
      return {
        recipientId: rep.id,
        effects: [{ type: 'send-card', to: rep.id, card, context: drillContext(numbers) }],
      };
    });
}

/**
 * Riskiest first: open deals past 线索 by how far their silence has gone past the stage timer, then
 * by amount (a big deal a day over is riskier than a small one).
 */
export function riskiest<D extends TeamDeal>(deals: readonly D[], rules: StageRules, now: Date): D[] {
  const ratio = (d: TeamDeal) =>
    (now.getTime() - silenceStart(d).getTime()) / ((rules.stages[d.stage]?.silenceHours ?? UNTIMED_SILENCE_HOURS) * 3_600_000);
  return deals
    .filter((d) => isOpenStage(d.stage) && WORKED_STAGES.includes(d.stage))
    .map((d) => ({ d, r: ratio(d) }))
    .sort((a, b) => b.r - a.r || (b.d.amount ?? 0) - (a.d.amount ?? 0))
    .map(({ d }) => d);
}

/** `方案演示 +1 · 需求确认 −1` from yesterday's moves; creations add to their stage. */
export function funnelChange(moves: readonly { fromStage: Stage | null; toStage: Stage }[]): string {
  const net = new Map<Stage, number>();
  for (const move of moves) {
    net.set(move.toStage, (net.get(move.toStage) ?? 0) + 1);
    if (move.fromStage) net.set(move.fromStage, (net.get(move.fromStage) ?? 0) - 1);
  }
  const parts = STAGES.filter((s) => (net.get(s) ?? 0) !== 0).map(
    (s) => `${STAGE_LABELS[s]} ${net.get(s)! > 0 ? '+' : '−'}${Math.abs(net.get(s)!)}`,
  );
  return parts.length > 0 ? parts.join(' · ') : '昨日无变化';
}

async function dealOwners(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<Deal[]> {
  return dealsByIds(em, tenantId, [...new Set(ids)]);
}

function listOrNone(items: readonly string[]): string {
  return items.length > 0 ? items.join(';') : '无';
}

function dateText(now: Date, zone: string): string {
  return formatForPeople(now, zone).split(' ').slice(0, 2).join(' ');
}
