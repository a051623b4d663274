import { Between, In, IsNull, LessThan, LessThanOrEqual, type EntityManager } from 'typeorm';
import { groupBy } from '../domain/collections';
import type { CommitmentFact, OpenDealFact, TransitionFact } from '../domain/metrics';
import { silenceStart } from '../domain/silence-timer';
import { evaluateGate, gateReadsFollowUps } from '../domain/stage-gate';
import type { StageRules } from '../domain/stage-rules';
import { isOpenStage, type Stage } from '../domain/stages';
import { Activity, Commitment, Contact, Deal, DealEvidence, StageTransition } from './entities';
import { inChunks } from './job-queries';
import type { WeekFacts, Window } from '../domain/week-numbers';

const HOUR_MS = 3_600_000;

export type { Window };

/** What the metrics and the risk ranking read of a deal. */
const TEAM_DEAL_COLUMNS = {
  id: true,
  customerId: true,
  ownerId: true,
  stage: true,
  amount: true,
  stageEnteredAt: true,
  lastActivityAt: true,
} as const;
export type TeamDeal = Pick<Deal, keyof typeof TEAM_DEAL_COLUMNS>;

/** An open deal's gate as the metrics count it, and item by item (`met`, in the stage rules' order) for the heat map. */
export interface OpenDealGate extends OpenDealFact {
  met: readonly boolean[];
}

/** A team's deals (all stages) and the facts the process metrics need, for one window. */
export interface TeamFacts extends WeekFacts {
  deals: TeamDeal[];
  transitions: TransitionFact[];
  commitments: CommitmentFact[];
  openDeals: OpenDealGate[];
}

/** Entries to 需求确认 just before a window still decide advances inside it. */
const ADVANCE_LOOKBACK_MS = 48 * HOUR_MS;

/**
 * The stage transitions the process metrics read, across the tenant, from 48 hours before
 * `window.from` to `window.to`: moves, and creations into 需求确认 (other creations count for nothing).
 * By deal, in time order. One range read from idx_transitions_tenant_moves alone: reading them team by
 * team took a probe per deal. With `owners`, only those people's deals' moves (a page for one member).
 */
export async function metricTransitions(
  em: EntityManager,
  tenantId: string,
  window: Window,
  owners?: readonly string[],
): Promise<Map<string, TransitionFact[]>> {
  const query = em
    .createQueryBuilder(StageTransition, 'move')
    .select(['move.dealId', 'move.fromStage', 'move.toStage', 'move.at'])
    .where('move.tenantId = :tenantId', { tenantId })
    .andWhere('move.at BETWEEN :from AND :to', { from: new Date(window.from.getTime() - ADVANCE_LOOKBACK_MS), to: window.to })
    .andWhere("(move.fromStage IS NOT NULL OR move.toStage = 'requirement')");
  // One member's page: only the moves of their people's deals, not the tenant's (100,000 on a big tenant).
  if (owners)
    query.andWhere(
      (sub) =>
        `move.dealId IN ${sub.subQuery().select('deal.id').from(Deal, 'deal').where('deal.tenantId = :tenantId AND deal.ownerId IN (:...owners)').getQuery()}`,
      { owners: owners.length > 0 ? owners : [''] },
    );
  const rows = await query.orderBy('move.at').getMany();
  return groupBy(
    rows.map((t) => ({ dealId: t.dealId, from: t.fromStage, to: t.toStage, at: t.at })),
    (t) => t.dealId,
  );
}

/**
 * A team's facts for each window, judged as of the window's end (this week up to now, last week up
 * to its last instant). The deals and their gate facts are read once for all windows; the moves come
 * from `metricTransitions` over all the windows, and are taken deal by deal in id order.
 */
export async function loadTeamFacts(
  em: EntityManager,
  tenantId: string,
  ownerIds: readonly string[],
  windows: readonly Window[],
  rules: StageRules,
  transitionsByDeal: ReadonlyMap<string, readonly TransitionFact[]>,
): Promise<TeamFacts[]> {
  // In idx_deals_owner_facts order, read from it alone: the same order on every engine.
  const deals = await inChunks(ownerIds, (chunk) =>
    em.find(Deal, {
      select: TEAM_DEAL_COLUMNS,
      where: { tenantId, ownerId: In(chunk) },
      order: { ownerId: 'ASC', stage: 'ASC', id: 'ASC' },
    }),
  );
  const transitions = deals
    .map((d) => d.id)
    .sort()
    .flatMap((id) => transitionsByDeal.get(id) ?? []);
  const due = Between(
    new Date(Math.min(...windows.map((w) => w.from.getTime()))),
    new Date(Math.max(...windows.map((w) => w.to.getTime()))),
  );
  const commitments = await inChunks(ownerIds, (chunk) =>
    em.find(Commitment, {
      select: { id: true, dealId: true, dueAt: true, doneAt: true },
      where: { tenantId, ownerId: In(chunk), dueAt: due },
    }),
  );
  const gates = await gateProgress(
    em,
    tenantId,
    deals.filter((d) => isOpenStage(d.stage)),
    rules,
  );
  return windows.map((window) => ({
    deals,
    transitions: transitions.filter(
      (t) =>
        t.at.getTime() >= window.from.getTime() - ADVANCE_LOOKBACK_MS &&
        t.at <= window.to &&
        (t.at >= window.from || t.to === 'requirement' || t.from === 'requirement'),
    ),
    commitments: commitments
      .filter((c) => c.dueAt! >= window.from && c.dueAt! <= window.to)
      .map((c) => ({ commitmentId: c.id, ownerId: c.ownerId, dealId: c.dealId, dueAt: c.dueAt!, doneAt: c.doneAt })),
    openDeals: gates.map(({ deal, met }) => {
      const hours = rules.stages[deal.stage]?.silenceHours;
      return {
        dealId: deal.id,
        itemsDone: met.filter(Boolean).length,
        itemsRequired: met.length,
        met,
        overSilenceTimer: hours === undefined ? null : window.to.getTime() - silenceStart(deal).getTime() >= hours * HOUR_MS,
      };
    }),
  }));
}

/** Each gate item of open deals, met or not, with the gate's facts read in a few batched queries. */
async function gateProgress(
  em: EntityManager,
  tenantId: string,
  deals: readonly TeamDeal[],
  rules: StageRules,
): Promise<{ deal: TeamDeal; met: boolean[] }[]> {
  const ids = deals.map((d) => d.id);
  // Query builders with one list parameter: for a thousand ids cheaper in Node than find's In().
  const contacts = await inChunks([...new Set(deals.map((d) => d.customerId))], (chunk) =>
    em
      .createQueryBuilder(Contact, 'contact')
      .select(['contact.customerId', 'contact.name', 'contact.role'])
      .where('contact.tenantId = :tenantId AND contact.customerId IN (:...chunk)', { tenantId, chunk })
      .getMany(),
  );
  const evidence = await inChunks(ids, (chunk) =>
    em
      .createQueryBuilder(DealEvidence, 'evidence')
      .where('evidence.tenantId = :tenantId AND evidence.dealId IN (:...chunk)', { tenantId, chunk })
      .getMany(),
  );
  // A team's open deals carry tens of thousands of activities; only some stages' gates need their count.
  const followUps = await followUpCounts(
    em,
    tenantId,
    deals.filter((d) => gateReadsFollowUps(rules, d.stage)).map((d) => d.id),
    evidence.flatMap((e) => e.sourceActivityId ?? []),
  );
  const contactsOf = groupBy(contacts, (c) => c.customerId);
  const evidenceOf = groupBy(evidence, (e) => e.dealId);
  return deals.map((deal) => {
    const gate = evaluateGate(rules, deal.stage, {
      contacts: (contactsOf.get(deal.customerId) ?? []).map(({ name, role }) => ({ name, role })),
      evidence: (evidenceOf.get(deal.id) ?? []).map((e) => e.value),
      followUps: followUps.get(deal.id) ?? 0,
    });
    return { deal, met: gate.met };
  });
}

/** Per deal, its activities that were more than an evidence statement: counted by the database, less those that stated one of `evidenceSources`. */
async function followUpCounts(
  em: EntityManager,
  tenantId: string,
  dealIds: readonly string[],
  evidenceSources: readonly string[],
): Promise<Map<string, number>> {
  const rows = await inChunks(dealIds, (chunk) =>
    em
      .createQueryBuilder(Activity, 'activity')
      .select('activity.dealId', 'dealId')
      .addSelect('COUNT(*)', 'count')
      .where('activity.tenantId = :tenantId', { tenantId })
      .andWhere('activity.dealId IN (:...chunk)', { chunk })
      .groupBy('activity.dealId')
      .getRawMany<{ dealId: string; count: number | string }>(),
  );
  const counts = new Map(rows.map((row) => [row.dealId, Number(row.count)]));
  const stated = await inChunks([...new Set(evidenceSources)], (chunk) =>
    em.find(Activity, { select: { id: true, dealId: true }, where: { tenantId, id: In(chunk) } }),
  );
  for (const { dealId } of stated) {
    const count = dealId === null ? undefined : counts.get(dealId);
    if (count !== undefined) counts.set(dealId!, count - 1);
  }
  return counts;
}

/** Open deals whose stage timer runs out in [from, to): "went overdue yesterday", "due today". */
export async function dealsBreachingBetween(em: EntityManager, tenantId: string, rules: StageRules, window: Window): Promise<Deal[]> {
  const found: Deal[] = [];
  for (const [stage, rule] of Object.entries(rules.stages) as [Stage, { silenceHours: number }][]) {
    const shift = rule.silenceHours * HOUR_MS;
    const range = Between(new Date(window.from.getTime() - shift), new Date(window.to.getTime() - shift));
    // Two range reads (idx_deals_stage_activity, idx_deals_stage_entered) rather than one OR that scans.
    const byActivity = await em.find(Deal, { where: { tenantId, stage, lastActivityAt: range } });
    const byEntry = await em.find(Deal, { where: { tenantId, stage, stageEnteredAt: range } });
    const deals = [...new Map([...byActivity, ...byEntry].map((d) => [d.id, d])).values()];
    found.push(
      ...deals.filter((d) => {
        const breachAt = silenceStart(d).getTime() + shift;
        return breachAt >= window.from.getTime() && breachAt < window.to.getTime();
      }),
    );
  }
  return found;
}

/** The due times of the open promises of some deals that are due by `now`, by deal. */
export async function latePromiseDues(
  em: EntityManager,
  tenantId: string,
  dealIds: readonly string[],
  now: Date,
): Promise<Map<string, Date[]>> {
  const late = await inChunks([...dealIds], (chunk) =>
    em.find(Commitment, {
      select: { dealId: true, dueAt: true },
      where: { tenantId, dealId: In(chunk), doneAt: IsNull(), dueAt: LessThanOrEqual(now) },
    }),
  );
  return new Map([...groupBy(late, (c) => c.dealId!)].map(([dealId, promises]) => [dealId, promises.map((c) => c.dueAt!)]));
}

/** Open commitments due before `before`, of everyone in the tenant. */
export async function openCommitmentsDueBefore(em: EntityManager, tenantId: string, before: Date): Promise<Commitment[]> {
  return em.find(Commitment, { where: { tenantId, doneAt: IsNull(), dueAt: LessThan(before) }, order: { dueAt: 'ASC' } });
}

export async function transitionsBetween(em: EntityManager, tenantId: string, window: Window): Promise<StageTransition[]> {
  return em.find(StageTransition, { where: { tenantId, at: Between(window.from, new Date(window.to.getTime() - 1)) } });
}
