import { IsNull, type EntityManager } from 'typeorm';
import { persistEffects } from '../pipeline/effects';
import { User } from '../store/entities';
import { offerHandover } from './handover';

/**
 * A member left (the directory no longer lists them, or the admin said so): marked, never deleted, so
 * their history stays theirs; from now on they get no briefings and no leads, their team (if they
 * managed one) moves up a level, and whoever decides gets the handover card, written in the same transaction.
 */
export async function leaveMember(em: EntityManager, member: User, now: Date): Promise<void> {
  await em.update(User, { tenantId: member.tenantId, id: member.id }, { leftAt: now, updatedAt: now });
  // A manager's team is not left without one: it reports to the leaver's own manager (none: the admins decide) until the admin or the next sync says otherwise.
  await em.update(
    User,
    { tenantId: member.tenantId, managerId: member.id, leftAt: IsNull() },
    { managerId: member.managerId, updatedAt: now },
  );
  await persistEffects(em, { tenantId: member.tenantId, now }, await offerHandover(em, { ...member, leftAt: now }));
}
