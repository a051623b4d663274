import { Between, In, IsNull, LessThan, type EntityManager } from 'typeorm';
import type { CommitmentFact, OpenDealFact, TransitionFact } from '../domain/metrics';
import { silenceStart } from '../domain/silence-timer';
import { evaluateGate } from '../domain/stage-gate';
import type { StageRules } from '../domain/stage-rules';
import { isOpenStage, type Stage } from '../domain/stages';
import { Activity, Commitment, Contact, Deal, DealEvidence, StageTransition } from './entities';
import { inChunks } from './job-queries';

const HOUR_MS = 3_600_000;

export interface Window {
  from: Date;
  to: Date;
}

/** A team's deals (all stages) and the facts the process metrics need, for one window. */
export interface TeamFacts {
  deals: Deal[];
  transitions: TransitionFact[];
  commitments: CommitmentFact[];
  openDeals: OpenDealFact[];
}

export async function loadTeamFacts(
  em: EntityManager,
  tenantId: string,
  ownerIds: readonly string[],
  window: Window,
  now: Date,
  rules: StageRules,
): Promise<TeamFacts> {
  const deals = await inChunks(ownerIds, (chunk) => em.find(Deal, { where: { tenantId, ownerId: In(chunk) } }));
  const ids = deals.map((d) => d.id);
  // Entries to 需求确认 just before the window still decide advances inside it.
  const since = new Date(window.from.getTime() - 48 * HOUR_MS);
  const transitions = await inChunks(ids, (chunk) =>
    em.find(StageTransition, { where: { tenantId, dealId: In(chunk), at: Between(since, now) } }),
  );
  const commitments = await inChunks(ownerIds, (chunk) =>
    em.find(Commitment, {
      select: { dealId: true, dueAt: true, doneAt: true },
      where: { tenantId, ownerId: In(chunk), dueAt: Between(window.from, window.to) },
    }),
  );
  return {
    deals,
    transitions: transitions
      .filter((t) => t.at >= window.from || t.toStage === 'requirement' || t.fromStage === 'requirement')
      .map((t) => ({ dealId: t.dealId, from: t.fromStage, to: t.toStage, at: t.at })),
    commitments: commitments.map((c) => ({ dealId: c.dealId, dueAt: c.dueAt!, doneAt: c.doneAt })),
    openDeals: await openDealFacts(
      em,
      tenantId,
      deals.filter((d) => isOpenStage(d.stage)),
      now,
      rules,
    ),
  };
}

/** Gate items and silence of open deals, with the gate's facts read in a few batched queries. */
async function openDealFacts(
  em: EntityManager,
  tenantId: string,
  deals: readonly Deal[],
  now: Date,
  rules: StageRules,
): Promise<OpenDealFact[]> {
  const ids = deals.map((d) => d.id);
  const contacts = await inChunks([...new Set(deals.map((d) => d.customerId))], (chunk) =>
    em.find(Contact, { select: { customerId: true, name: true, role: true }, where: { tenantId, customerId: In(chunk) } }),
  );
  const evidence = await inChunks(ids, (chunk) => em.find(DealEvidence, { where: { tenantId, dealId: In(chunk) } }));
  const activities = await inChunks(ids, (chunk) =>
    em.find(Activity, { select: { id: true, dealId: true }, where: { tenantId, dealId: In(chunk) } }),
  );
  const evidenceSources = new Set(evidence.map((e) => e.sourceActivityId));
  const group = <T>(rows: T[], key: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const contactsOf = group(contacts, (c) => c.customerId);
  const evidenceOf = group(evidence, (e) => e.dealId);
  const followUpsOf = group(
    activities.filter((a) => !evidenceSources.has(a.id)),
    (a) => a.dealId!,
  );
  return deals.map((deal) => {
    const gate = evaluateGate(rules, deal.stage, {
      contacts: (contactsOf.get(deal.customerId) ?? []).map(({ name, role }) => ({ name, role })),
      evidence: (evidenceOf.get(deal.id) ?? []).map((e) => e.value),
      followUps: followUpsOf.get(deal.id)?.length ?? 0,
    });
    const hours = rules.stages[deal.stage]?.silenceHours;
    return {
      dealId: deal.id,
      itemsDone: gate.done.length,
      itemsRequired: gate.done.length + gate.missing.length,
      overSilenceTimer: hours === undefined ? null : now.getTime() - silenceStart(deal).getTime() >= hours * HOUR_MS,
    };
  });
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

/** Open commitments due before `before`, of everyone in the tenant. */
export async function openCommitmentsDueBefore(em: EntityManager, tenantId: string, before: Date): Promise<Commitment[]> {
  return em.find(Commitment, { where: { tenantId, doneAt: IsNull(), dueAt: LessThan(before) }, order: { dueAt: 'ASC' } });
}

export async function transitionsBetween(em: EntityManager, tenantId: string, window: Window): Promise<StageTransition[]> {
  return em.find(StageTransition, { where: { tenantId, at: Between(window.from, new Date(window.to.getTime() - 1)) } });
}
