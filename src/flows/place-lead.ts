import { In, type EntityManager } from 'typeorm';
import { closeCard } from '../../cards/card';
import { leadAssignmentCard } from '../../cards/lead-assignment.card';
import type { LeadSummary } from '../../cards/lead-lines';
import { allocateLead, type RepRecord } from '../domain/lead-allocation';
import { CustomerMatcher } from '../domain/lead-duplicates';
import { scoreText, type LeadScore } from '../domain/lead-scoring';
import type { TenantRules } from '../domain/stage-rules';
import type { Effect } from '../pipeline/effects';
import { Activity, CardRecord, Customer, Deal, Lead, LeadAssignment, StageTransition, type Tenant, User } from '../store/entities';
import type { AssignmentOutcome, AssignmentRule } from '../store/entities/lead-assignment.entity';
import { countNewAssignment, knownCustomers, repRecords } from '../store/lead-queries';
import { newRecordId } from './flow-context';
import { openLeadDeal } from './open-lead-deal';
import { fitText, TEXT_LENGTHS } from '../domain/value-limits';

/** What lead flows need when nobody in particular acts (the API, the import, the scan). */
export interface LeadScope {
  em: EntityManager;
  tenant: Tenant;
  now: Date;
  rules: TenantRules;
  /** Many leads in one transaction (an import): what every intake reads, read once and kept up to date. */
  batch?: LeadBatch;
}

export interface LeadBatch {
  customers: CustomerMatcher;
  reps: RepRecord[];
}

/** A batch for the tenant as it is now; the intakes that use it keep it current. */
export async function leadBatch(scope: LeadScope): Promise<LeadBatch> {
  const { em, tenant, now, rules } = scope;
  return {
    customers: new CustomerMatcher(await knownCustomers(em, tenant.id)),
    reps: await repRecords(em, tenant.id, now, rules.leads.allocation.winRateDays),
  };
}

export interface Placement {
  assignment: LeadAssignment;
  rep: User | null;
  effects: Effect[];
}

/** Allocates the lead (never to a rep who returned it) and sends the chosen rep the assignment card. */
export async function placeLead(scope: LeadScope, lead: Lead): Promise<Placement> {
  const { em, tenant, now, rules } = scope;
  const excluded = await repsWhoReturned(em, lead);
  const score = leadScore(lead);
  const allocation = allocateLead(
    { score, region: lead.region, excluded },
    scope.batch?.reps ?? (await repRecords(em, tenant.id, now, rules.leads.allocation.winRateDays)),
    rules.leads.allocation,
  );
  const rep = allocation.repId ? await em.findOneByOrFail(User, { tenantId: tenant.id, id: allocation.repId }) : null;
  if (rep && scope.batch) countNewAssignment(scope.batch.reps, rep.id);
  return recordPlacement(scope, lead, rep, allocation.rule, allocation.reason, allocation.facts);
}

/**
 * A lead a rep entered from chat: theirs at once, accepted, with its deal (allocation.submitterKeepsChatLeads).
 * No assignment card: there is nothing to decide.
 */
export async function keepWithSubmitter(scope: LeadScope, lead: Lead, rep: User): Promise<Placement> {
  const reason = `${scoreText(leadScore(lead))};${rep.name}自己录入的线索,归其负责`;
  const facts = { winRate: null, teamWinRate: null, openFollowUps: null, candidates: 1 };
  const placement = await recordPlacement(scope, lead, rep, 'submitter', reason, facts, { accepted: true });
  await takeLead(scope, placement.assignment, lead, rep);
  return placement;
}

/**
 * The rep owns the customer from now, with a deal at 线索 whose amount is the lead's budget (its contact
 * is already the customer's); the first-touch clock starts.
 */
export async function takeLead(scope: LeadScope, assignment: LeadAssignment, lead: Lead, rep: User): Promise<void> {
  const { em, tenant, now } = scope;
  await em.update(LeadAssignment, { tenantId: tenant.id, id: assignment.id }, { acceptedAt: now });
  await em.update(Customer, { tenantId: tenant.id, id: assignment.customerId }, { ownerId: rep.id, updatedAt: now });
  const reason = assignment.rule === 'submitter' ? '录入线索' : '接受线索';
  await openLeadDeal(scope, { customerId: assignment.customerId, ownerId: rep.id, amount: lead.budget, reason });
}

/** Puts the lead in the pool for a reason other than its score (untouched too long). */
export async function placeInPool(scope: LeadScope, lead: Lead, reason: string): Promise<Placement> {
  return recordPlacement(scope, lead, null, 'returned_to_pool', `${scoreText(leadScore(lead))};${reason}`, {
    winRate: null,
    teamWinRate: null,
    openFollowUps: null,
    candidates: 0,
  });
}

async function recordPlacement(
  scope: LeadScope,
  lead: Lead,
  rep: User | null,
  rule: AssignmentRule,
  reason: string,
  facts: LeadAssignment['facts'],
  { accepted }: { accepted: boolean } = { accepted: false },
): Promise<Placement> {
  const { em, tenant, now } = scope;
  const card =
    rep && !accepted
      ? leadAssignmentCard({ lead: leadSummary(lead), score: lead.score ?? 0, scoreText: scoreText(leadScore(lead)), reason })
      : null;
  const assignment = em.create(LeadAssignment, {
    id: newRecordId('lda'),
    tenantId: tenant.id,
    leadId: lead.id,
    customerId: lead.customerId!,
    repId: rep?.id ?? null,
    rule,
    reason: fitText(reason, TEXT_LENGTHS.reason),
    facts,
    cardId: card?.id ?? null,
    assignedAt: now,
    acceptedAt: null,
    firstTouchAt: null,
    returnedAt: null,
    outcome: null,
    returnReason: null,
  });
  await em.insert(LeadAssignment, assignment);
  const effects: Effect[] =
    rep && card
      ? [
          {
            type: 'send-card',
            to: rep.id,
            card,
            context: { leadId: lead.id, assignmentId: assignment.id },
          },
        ]
      : [];
  return { assignment, rep, effects };
}

/**
 * Ends a placement: the rep's open card is closed, and a customer the rep had accepted but never
 * followed up goes back to nobody, its untouched 线索 deal removed (the lead's history stays in its
 * assignments), so the next rep starts clean.
 */
export async function endPlacement(
  scope: LeadScope,
  assignment: LeadAssignment,
  outcome: AssignmentOutcome,
  note: string,
): Promise<Effect[]> {
  const { em, tenant, now } = scope;
  await em.update(LeadAssignment, { tenantId: tenant.id, id: assignment.id }, { returnedAt: now, outcome });
  if (assignment.acceptedAt) await releaseCustomer(em, tenant.id, assignment.customerId, now);
  const card = assignment.cardId ? await em.findOneBy(CardRecord, { tenantId: tenant.id, id: assignment.cardId }) : null;
  if (!card || card.state !== 'open') return [];
  return [{ type: 'update-card', cardId: card.id, card: closeCard(card.card, 'cancelled', note) }];
}

async function releaseCustomer(em: EntityManager, tenantId: string, customerId: string, now: Date): Promise<void> {
  await em.update(Customer, { tenantId, id: customerId }, { ownerId: null, updatedAt: now });
  const deals = await em.find(Deal, { where: { tenantId, customerId, stage: 'lead' } });
  for (const deal of deals) {
    if ((await em.countBy(Activity, { tenantId, dealId: deal.id })) > 0) continue;
    await em.delete(StageTransition, { tenantId, dealId: deal.id });
    await em.delete(Deal, { tenantId, id: deal.id });
  }
}

async function repsWhoReturned(em: EntityManager, lead: Lead): Promise<{ id: string; name: string }[]> {
  const returned = await em.find(LeadAssignment, {
    where: { tenantId: lead.tenantId, leadId: lead.id, outcome: In(['returned', 'reassigned']) },
  });
  const ids = [...new Set(returned.flatMap((a) => (a.repId ? [a.repId] : [])))];
  if (ids.length === 0) return [];
  return em.find(User, { select: { id: true, name: true }, where: { tenantId: lead.tenantId, id: In(ids) }, order: { id: 'ASC' } });
}

export function leadScore(lead: Lead): LeadScore {
  return { total: lead.score ?? 0, parts: lead.breakdown ?? { region: 0, industry: 0, budget: 0, urgency: 0 } };
}

export function leadSummary(lead: Lead): LeadSummary {
  return {
    company: lead.company,
    contactName: lead.contactName,
    phone: lead.phone,
    budget: lead.budget,
    need: lead.note,
    submittedBy: lead.submittedBy,
  };
}
