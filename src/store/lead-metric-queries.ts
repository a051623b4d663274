import { Between, In, Not, IsNull, type EntityManager } from 'typeorm';
import type { LeadTouchFact } from '../domain/lead-metrics';
import { Lead, LeadAssignment } from './entities';
import { inChunks } from './job-queries';

/**
 * The leads created in [from, to) that count for one of `repIds`. Leads only ever in the pool and
 * duplicates (撞单) count for nobody.
 */
export async function teamLeadFacts(
  em: EntityManager,
  tenantId: string,
  repIds: readonly string[],
  created: { from: Date; to: Date },
): Promise<LeadTouchFact[]> {
  const reps = new Set(repIds);
  const leads = await em.find(Lead, {
    select: { id: true, createdAt: true, score: true },
    where: { tenantId, customerId: Not(IsNull()), createdAt: Between(created.from, new Date(created.to.getTime() - 1)) },
  });
  const counted = await countedPlacements(
    em,
    tenantId,
    leads.map((l) => l.id),
  );
  return leads.flatMap((lead) => {
    const placement = counted.get(lead.id);
    if (!placement || !reps.has(placement.repId!)) return [];
    return [
      {
        leadId: lead.id,
        repId: placement.repId!,
        createdAt: lead.createdAt,
        assignedAt: placement.assignedAt,
        firstTouchAt: placement.firstTouchAt,
        score: lead.score,
      },
    ];
  });
}

/** Per lead, the placement with a rep it counts for: the one first touched, else the latest. */
export async function countedPlacements(
  em: EntityManager,
  tenantId: string,
  leadIds: readonly string[],
): Promise<Map<string, LeadAssignment>> {
  const placements = await inChunks(leadIds, (chunk) =>
    em.find(LeadAssignment, { where: { tenantId, leadId: In(chunk), repId: Not(IsNull()) }, order: { assignedAt: 'ASC' } }),
  );
  const counted = new Map<string, LeadAssignment>();
  for (const p of placements) {
    const held = counted.get(p.leadId);
    if (!held?.firstTouchAt) counted.set(p.leadId, p);
  }
  return counted;
}
