import { Brackets, type EntityManager } from 'typeorm';
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
  // One statement: the customers they own, and those of their deals (a semi-join on the deals' owner index).
  const dealCustomers = em
    .getRepository(Deal)
    .createQueryBuilder('deal')
    .select('deal.customerId')
    .where('deal.tenantId = :tenantId')
    .andWhere('deal.ownerId IN (:...owners)');
  return customers
    .createQueryBuilder('customer')
    .where('customer.tenantId = :tenantId', { tenantId: actor.tenantId, owners })
    .andWhere(
      new Brackets((either) => either.where('customer.ownerId IN (:...owners)').orWhere(`customer.id IN (${dealCustomers.getQuery()})`)),
    )
    .orderBy('customer.name', 'ASC')
    .getMany();
}
