import type { EntityManager } from 'typeorm';
import { User } from '../store/entities';

export type SignInPlatform = 'wecom' | 'dingtalk';

/**
 * The member a platform account belongs to, for page sign-in. The one place pages map a platform's
 * user id to our member: when the accounts move to their own table, only this lookup changes.
 */
export function memberOfAccount(em: EntityManager, tenantId: string, platform: SignInPlatform, accountId: string): Promise<User | null> {
  const users = em.getRepository(User);
  return platform === 'wecom'
    ? users.findOneBy({ tenantId, wecomUserId: accountId })
    : users.findOneBy({ tenantId, dingtalkUserId: accountId });
}
