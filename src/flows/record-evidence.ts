import type { Evidence } from '../domain/deal-evidence';
import { Contact, Deal, DealEvidence } from '../store/entities';
import { newRecordId, type FlowContext } from './flow-context';

export interface EvidenceSource {
  activityId?: string;
  inboxId?: number | null;
  at: Date;
}

/**
 * Stores evidence toward the deal's gate. A decision chain also sets the named people's buying roles
 * on the customer's contacts, where the gate reads them. Evidence is real activity: the stage timer
 * restarts and 待跟进 clears.
 */
export async function recordEvidence(ctx: FlowContext, deal: Deal, evidence: readonly Evidence[], source: EvidenceSource): Promise<void> {
  const { em, tenant, actor, now } = ctx;
  if (evidence.length === 0) return;
  await em.insert(
    DealEvidence,
    evidence.map((value) => ({
      id: newRecordId('evd'),
      tenantId: tenant.id,
      dealId: deal.id,
      kind: value.kind,
      value,
      sourceActivityId: source.activityId ?? null,
      sourceInboxId: source.inboxId ?? null,
      actorId: actor.id,
      at: source.at,
      createdAt: now,
    })),
  );
  for (const item of evidence) {
    if (item.kind === 'decision_chain')
      for (const person of item.people) await setContactRole(ctx, deal.customerId, person.name, person.role);
  }
  const lastActivityAt = deal.lastActivityAt && deal.lastActivityAt > source.at ? deal.lastActivityAt : source.at;
  await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { lastActivityAt, followUpFlaggedAt: null, updatedAt: now });
}

async function setContactRole(ctx: FlowContext, customerId: string, name: string, role: Contact['role']): Promise<void> {
  const { em, tenant, now } = ctx;
  const existing = await em.findOneBy(Contact, { tenantId: tenant.id, customerId, name });
  if (existing) {
    await em.update(Contact, { tenantId: tenant.id, id: existing.id }, { role, updatedAt: now });
    return;
  }
  await em.insert(Contact, {
    tenantId: tenant.id,
    id: newRecordId('con'),
    customerId,
    name,
    title: null,
    role,
    phone: null,
    createdAt: now,
    updatedAt: now,
  });
}
