import type { EntityManager } from 'typeorm';
import { InboxItem, MemberAccount, User } from './entities';

/** The member behind a platform account of the tenant; null when the tenant file does not list them. */
export function memberByAccount(em: EntityManager, tenantId: string, platform: string, accountId: string): Promise<User | null> {
  // One statement: every inbound message asks this.
  return em
    .createQueryBuilder(User, 'user')
    .innerJoin(MemberAccount, 'account', 'account.tenantId = user.tenantId AND account.userId = user.id')
    .where('account.tenantId = :tenantId AND account.platform = :platform AND account.accountId = :accountId', {
      tenantId,
      platform,
      accountId,
    })
    .getOne();
}

/** A member's accounts, one per platform. */
export function accountsOf(em: EntityManager, tenantId: string, userId: string): Promise<MemberAccount[]> {
  return em.findBy(MemberAccount, { tenantId, userId });
}

/** Of `accounts`, the platform the member last wrote from; null when none has written yet. */
export async function lastWrittenPlatform(em: EntityManager, accounts: readonly MemberAccount[]): Promise<string | null> {
  let latest: { platform: string; inboxId: number } | null = null;
  for (const { tenantId, platform, accountId } of accounts) {
    // The sender's lane index (platform, tenantId, senderId, …) holds the ids: no table rows are read.
    const found = await em
      .createQueryBuilder(InboxItem, 'row')
      .select('MAX(row.id)', 'inboxId')
      .where({ platform, tenantId, senderId: accountId })
      .getRawOne<{ inboxId: number | string | null }>();
    const inboxId = Number(found?.inboxId ?? 0);
    if (inboxId > 0 && inboxId > (latest?.inboxId ?? 0)) latest = { platform, inboxId };
  }
  return latest?.platform ?? null;
}
