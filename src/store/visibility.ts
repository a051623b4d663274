import type { EntityManager } from 'typeorm';
import { Customer, Deal, User } from './entities';

/**
 * "Only my own records, plus my team's for a manager": the user ids whose records `actor` may see.
 * `null` means everyone in the tenant (admins).
 */
export async function visibleOwnerIds(em: EntityManager, actor: User): Promise<string[] | null> {
  if (actor.role === 'admin') return null;
  if (actor.role === 'rep') return [actor.id];
  const team = await em.getRepository(User).find({ where: { tenantId: actor.tenantId, managerId: actor.id }, select: { id: true } });
  return [actor.id, ...team.map((member) => member.id)];
}

/** Customers the actor owns or has a deal with (directly, or through their team for a manager). */
export async function visibleCustomers(em: EntityManager, actor: User): Promise<Customer[]> {
  const owners = await visibleOwnerIds(em, actor);
  const customers = em.getRepository(Customer);
  if (owners === null) return customers.find({ where: { tenantId: actor.tenantId }, order: { name: 'ASC' } });
  // One statement. The two ways in are each an index lookup (customers by owner, deals by owner), joined
  // by UNION in a derived table: an OR between them would read every customer of the tenant a message.
  const owned = customers
    .createQueryBuilder('owned')
    .select('owned.id', 'id')
    .where('owned.tenantId = :tenantId')
    .andWhere('owned.ownerId IN (:...owners)');
  const ofTheirDeals = em
    .getRepository(Deal)
    .createQueryBuilder('deal')
    .select('deal.customerId', 'id')
    .where('deal.tenantId = :tenantId')
    .andWhere('deal.ownerId IN (:...owners)');
  return customers
    .createQueryBuilder('customer')
    .where('customer.tenantId = :tenantId', { tenantId: actor.tenantId, owners })
    .andWhere(`customer.id IN (SELECT mine.id FROM (${owned.getQuery()} UNION ${ofTheirDeals.getQuery()}) mine)`)
    .orderBy('customer.name', 'ASC')
    .getMany();
}
