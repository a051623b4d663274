import { Between, In, Not, IsNull, type EntityManager } from 'typeorm';
import { leadMetrics, type LeadMetrics, type LeadTouchFact } from '../domain/lead-metrics';
import { Lead, LeadAssignment } from './entities';
import { inChunks } from './job-queries';

export interface LeadMetricsReport {
  /** Over every lead of the given reps. */
  team: LeadMetrics;
  byRep: Map<string, LeadMetrics>;
}

/**
 * 线索激活率 and median time to first touch, for leads created in [from, to) and held by one of
 * `repIds`. A lead counts for the rep who touched it first, else the last rep it was placed with;
 * leads only ever in the pool count for nobody.
 */
export async function leadMetricsFor(
  em: EntityManager,
  tenantId: string,
  repIds: readonly string[],
  window: { from: Date; to: Date },
  now: Date,
): Promise<LeadMetricsReport> {
  const facts = (await leadTouchFacts(em, tenantId, window)).filter((f) => repIds.includes(f.repId));
  return {
    team: leadMetrics(facts, now),
    byRep: new Map(repIds.map((id) => [id, leadMetrics(facts.filter((f) => f.repId === id), now)])),
  };
}

export async function leadTouchFacts(em: EntityManager, tenantId: string, window: { from: Date; to: Date }): Promise<LeadTouchFact[]> {
  const leads = await em.find(Lead, {
    select: { id: true, createdAt: true },
    where: { tenantId, customerId: Not(IsNull()), createdAt: Between(window.from, new Date(window.to.getTime() - 1)) },
  });
  const placements = await inChunks(leads.map((l) => l.id), (chunk) =>
    em.find(LeadAssignment, { where: { tenantId, leadId: In(chunk), repId: Not(IsNull()) }, order: { assignedAt: 'ASC' } }),
  );
  return leads.flatMap((lead) => {
    const mine = placements.filter((p) => p.leadId === lead.id);
    const counted = mine.find((p) => p.firstTouchAt) ?? mine.at(-1);
    if (!counted) return [];
    return [{ leadId: lead.id, repId: counted.repId!, createdAt: lead.createdAt, assignedAt: counted.assignedAt, firstTouchAt: counted.firstTouchAt }];
  });
}
