import { In, IsNull, MoreThanOrEqual, Not, type EntityManager } from 'typeorm';
import type { RepRecord } from '../domain/lead-allocation';
import type { KnownCustomer } from '../domain/lead-duplicates';
import { OPEN_STAGES } from '../domain/stages';
import { Contact, Customer, Deal, LeadAssignment, StageTransition, User } from './entities';

const DAY_MS = 86_400_000;

/**
 * Every customer of the tenant with its contacts' phones, for the duplicate check. A tenant's whole
 * customer list: similarity cannot be looked up by index, and lead volumes are small.
 */
export async function knownCustomers(em: EntityManager, tenantId: string): Promise<KnownCustomer[]> {
  const customers = await em.find(Customer, { select: { id: true, normalizedName: true, aliases: true }, where: { tenantId } });
  const contacts = await em.find(Contact, { select: { customerId: true, phone: true }, where: { tenantId, phone: Not(IsNull()) } });
  const phones = new Map<string, string[]>();
  for (const contact of contacts) phones.set(contact.customerId, [...(phones.get(contact.customerId) ?? []), contact.phone!]);
  return customers.map((c) => ({ id: c.id, normalizedName: c.normalizedName, aliases: c.aliases, phones: phones.get(c.id) ?? [] }));
}

/** The tenant's reps with the counts allocation compares (definitions in domain/lead-allocation.ts). */
export async function repRecords(em: EntityManager, tenantId: string, now: Date, winRateDays: number): Promise<RepRecord[]> {
  const reps = await em.find(User, { where: { tenantId, role: 'rep', leftAt: IsNull() }, order: { id: 'ASC' } });
  const closes = await em.find(StageTransition, {
    select: { dealId: true, toStage: true },
    where: { tenantId, toStage: In(['won', 'lost']), at: MoreThanOrEqual(new Date(now.getTime() - winRateDays * DAY_MS)) },
  });
  const closedDeals =
    closes.length > 0
      ? await em.find(Deal, { select: { id: true, ownerId: true }, where: { tenantId, id: In([...new Set(closes.map((c) => c.dealId))]) } })
      : [];
  const ownerOf = new Map(closedDeals.map((d) => [d.id, d.ownerId]));
  const openDeals = await em.find(Deal, { select: { ownerId: true }, where: { tenantId, stage: In([...OPEN_STAGES]) } });
  const waiting = await em.find(LeadAssignment, {
    select: { repId: true },
    where: { tenantId, returnedAt: IsNull(), acceptedAt: IsNull(), repId: Not(IsNull()) },
  });
  return reps.map((rep) => ({
    id: rep.id,
    name: rep.name,
    region: rep.region,
    won: closes.filter((c) => c.toStage === 'won' && ownerOf.get(c.dealId) === rep.id).length,
    lost: closes.filter((c) => c.toStage === 'lost' && ownerOf.get(c.dealId) === rep.id).length,
    openFollowUps: openDeals.filter((d) => d.ownerId === rep.id).length + waiting.filter((a) => a.repId === rep.id).length,
  }));
}

/** What one more lead waiting for the rep's acceptance adds to repRecords' counts (a batch reads them once). */
export function countNewAssignment(records: RepRecord[], repId: string): void {
  const record = records.find((r) => r.id === repId);
  if (record) record.openFollowUps++;
}

/** A lead's current placement: with a rep, or in the pool. */
export function currentAssignment(em: EntityManager, tenantId: string, leadId: string): Promise<LeadAssignment | null> {
  return em.findOneBy(LeadAssignment, { tenantId, leadId, returnedAt: IsNull() });
}
