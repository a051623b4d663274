import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Directory, DirectorySource } from '../pipeline/ports';
import { MemberAccount, User } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { planDirectorySync, type MemberChange, type StoredMember } from './directory-plan';
import { newRecordId } from './flow-context';
import { leaveMember } from './member-leave';

export interface DirectorySyncResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Names of the members marked as left by this sync. */
  left: string[];
  /** Names of members the directory no longer lists, not marked as left because it lists nobody or most of the team is gone at once. */
  withheld: string[];
  /** No longer listed here, but with an account on another platform: not marked as left. */
  stillElsewhere: string[];
}

/**
 * Brings the tenant's members in line with one platform's directory (the plan: flows/directory-plan.ts),
 * in one transaction: members created or updated with their account on the platform, those no longer
 * listed marked as left (never deleted) with the handover offered to their manager.
 */
export function syncDirectory(
  dataSource: DataSource,
  input: { tenantId: string; platform: string; directory: Directory; now: Date },
): Promise<DirectorySyncResult> {
  const { tenantId, platform, directory, now } = input;
  return inTransaction(dataSource, async (em) => {
    const users = await em.findBy(User, { tenantId });
    const allAccounts = await em.findBy(MemberAccount, { tenantId });
    const accounts = new Map(allAccounts.filter((a) => a.platform === platform).map((a) => [a.userId, a.accountId]));
    const elsewhere = new Set(allAccounts.filter((a) => a.platform !== platform).map((a) => a.userId));
    const stored: StoredMember[] = users.map((u) => ({ ...u, accountId: accounts.get(u.id) ?? null, elsewhere: elsewhere.has(u.id) }));
    const plan = planDirectorySync(directory, stored, () => newRecordId('u'));
    for (const change of plan.changes) await writeMember(em, tenantId, platform, change, accounts.get(change.id), now);
    // All marked first: a rep's handover must not go to a manager who leaves in the same sync.
    const leaverIds = plan.leavers.map((m) => m.id);
    if (leaverIds.length > 0) await em.update(User, { tenantId, id: In(leaverIds) }, { leftAt: now, updatedAt: now });
    for (const id of leaverIds) await leaveMember(em, await em.findOneByOrFail(User, { tenantId, id }), now);
    const created = plan.changes.filter((c) => c.isNew).length;
    return {
      created,
      updated: plan.changes.length - created,
      unchanged: plan.unchanged,
      left: plan.leavers.map((m) => m.name),
      withheld: plan.withheld.map((m) => m.name),
      stillElsewhere: plan.stillElsewhere.map((m) => m.name),
    };
  });
}

async function writeMember(
  em: EntityManager,
  tenantId: string,
  platform: string,
  change: MemberChange,
  storedAccount: string | undefined,
  now: Date,
): Promise<void> {
  const { id, name, role, team, managerId, accountId } = change;
  if (change.isNew)
    await em.insert(User, { tenantId, id, name, role, team, region: null, managerId, leftAt: null, createdAt: now, updatedAt: now });
  else await em.update(User, { tenantId, id }, { name, role, team, managerId, leftAt: null, updatedAt: now });
  if (storedAccount === accountId) return;
  if (storedAccount === undefined)
    await em.insert(MemberAccount, { tenantId, userId: id, platform, accountId, createdAt: now, updatedAt: now });
  else await em.update(MemberAccount, { tenantId, userId: id, platform }, { accountId, updatedAt: now });
}

/** Syncs the tenant from every platform that serves it (WeCom, DingTalk, …), one after the other; by platform name. */
export async function syncFromPlatforms(
  dataSource: DataSource,
  input: { tenantId: string; directories: ReadonlyMap<string, DirectorySource>; now: Date },
): Promise<Record<string, DirectorySyncResult>> {
  const results: Record<string, DirectorySyncResult> = {};
  for (const [platform, source] of input.directories) {
    const directory = await source.read(input.tenantId);
    if (directory) results[platform] = await syncDirectory(dataSource, { tenantId: input.tenantId, platform, directory, now: input.now });
  }
  return results;
}
