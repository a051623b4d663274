import { In, type EntityManager, type ObjectLiteral } from 'typeorm';
import { groupBy } from '../domain/collections';
import { Activity, Commitment, Contact, Customer, CustomerSignal, Deal, MemberAccount, Tenant, User } from '../store/entities';
import { accountKey, contactKey, type KnownRecords } from './tenant-file.references';

/** What the database holds for a tenant, as far as an import file can touch it. */
export interface StoredTenant {
  tenant: Tenant | null;
  users: Map<string, User>;
  /** Keyed by accountKey(userId, platform). */
  accounts: Map<string, MemberAccount>;
  customers: Map<string, Customer>;
  /** Keyed by contactKey(customerId, name). */
  contacts: Map<string, Contact>;
  deals: Map<string, Deal>;
  /** This tenant's activities and commitments among the ids the file names. */
  activities: Map<string, Activity>;
  commitments: Map<string, Commitment>;
  /** Signals of those activities, by activity id. */
  signals: Map<string, CustomerSignal[]>;
  foreignActivityIds: Set<string>;
  foreignCommitmentIds: Set<string>;
}

const ID_CHUNK = 500;

/**
 * Loads everything of the tenant the file may refer to. Activities and commitments are keyed by id across
 * tenants, so they are looked up by the file's ids only, and ids of other tenants are set apart.
 */
export async function loadStoredTenant(
  em: EntityManager,
  tenantId: string,
  fileIds: { activities: string[]; commitments: string[] },
): Promise<StoredTenant> {
  // One after the other: they share the transaction's single connection.
  const tenant = await em.findOneBy(Tenant, { id: tenantId });
  const users = await em.findBy(User, { tenantId });
  const accounts = await em.findBy(MemberAccount, { tenantId });
  const customers = await em.findBy(Customer, { tenantId });
  const contacts = await em.findBy(Contact, { tenantId });
  const deals = await em.findBy(Deal, { tenantId });
  const activities = await findByIds(em, Activity, fileIds.activities);
  const commitments = await findByIds(em, Commitment, fileIds.commitments);
  const ownActivities = activities.filter((a) => a.tenantId === tenantId);
  const signals = await findInChunks(
    ownActivities.map((a) => a.id),
    (ids) => em.findBy(CustomerSignal, { tenantId, activityId: In(ids) }),
  );
  return {
    tenant,
    users: byKey(users, (u) => u.id),
    accounts: byKey(accounts, (a) => accountKey(a.userId, a.platform)),
    customers: byKey(customers, (c) => c.id),
    contacts: byKey(contacts, (c) => contactKey(c.customerId, c.name)),
    deals: byKey(deals, (d) => d.id),
    activities: byKey(ownActivities, (a) => a.id),
    commitments: byKey(
      commitments.filter((c) => c.tenantId === tenantId),
      (c) => c.id,
    ),
    signals: groupBy(signals, (s) => s.activityId),
    foreignActivityIds: new Set(activities.filter((a) => a.tenantId !== tenantId).map((a) => a.id)),
    foreignCommitmentIds: new Set(commitments.filter((c) => c.tenantId !== tenantId).map((c) => c.id)),
  };
}

export function knownRecords(stored: StoredTenant): KnownRecords {
  return {
    userIds: new Set(stored.users.keys()),
    accountOwners: new Map([...stored.accounts.values()].map((a) => [accountKey(a.accountId, a.platform), a.userId])),
    customerIds: new Set(stored.customers.keys()),
    dealCustomers: new Map([...stored.deals.values()].map((d) => [d.id, d.customerId])),
    foreignActivityIds: stored.foreignActivityIds,
    foreignCommitmentIds: stored.foreignCommitmentIds,
  };
}

function findByIds<E extends ObjectLiteral & { id: string }>(em: EntityManager, target: new () => E, ids: string[]): Promise<E[]> {
  return findInChunks(ids, (chunk) => em.findBy(target, { id: In(chunk) } as never));
}

/** Keeps `IN (…)` lists short enough for any driver. */
export async function findInChunks<T>(ids: string[], find: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) found.push(...(await find(ids.slice(i, i + ID_CHUNK))));
  return found;
}

function byKey<T>(rows: T[], key: (row: T) => string): Map<string, T> {
  return new Map(rows.map((row) => [key(row), row]));
}
