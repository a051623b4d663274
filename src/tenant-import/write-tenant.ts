import { randomUUID } from 'node:crypto';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DEFAULT_TIME_ZONE } from '../domain/business-time';
import { normalizeCompanyName } from '../domain/company-name';
import {
  Activity,
  Commitment,
  Contact,
  Customer,
  CustomerSignal,
  Deal,
  MemberAccount,
  StageTransition,
  Tenant,
  User,
} from '../store/entities';
import type { TenantSettings } from '../store/entities/tenant.entity';
import type { StoredTenant } from './stored-tenant';
import { TableSync, type TableCounts } from './table-sync';
import { accountKey, contactKey } from './tenant-file.references';
import { ACCOUNT_FIELDS, type TenantFile, type TenantFileActivity, type TenantFileDeal } from './tenant-file.schema';
import { fitText, TEXT_LENGTHS } from '../domain/value-limits';

export type ImportTable =
  | 'tenants'
  | 'users'
  | 'memberAccounts'
  | 'customers'
  | 'contacts'
  | 'deals'
  | 'stageTransitions'
  | 'activities'
  | 'customerSignals'
  | 'commitments';

const CREATED = ['createdAt'] as const;
const CREATED_UPDATED = ['createdAt', 'updatedAt'] as const;

/** Writes a checked file over what is stored (or, `countOnly`, counts what that would do); runs inside the import transaction. */
export async function writeTenantFile(
  em: EntityManager,
  file: TenantFile,
  stored: StoredTenant,
  now: Date,
  countOnly = false,
): Promise<Record<ImportTable, TableCounts>> {
  const tenantId = file.tenant.id;
  const table = <E extends ObjectLiteral>(target: EntityTarget<E>, stamps: readonly ('createdAt' | 'updatedAt')[]) =>
    new TableSync(em, target, now, stamps, countOnly);
  const sync = {
    tenants: table(Tenant, CREATED_UPDATED),
    users: table(User, CREATED_UPDATED),
    memberAccounts: table(MemberAccount, CREATED_UPDATED),
    customers: table(Customer, CREATED_UPDATED),
    contacts: table(Contact, CREATED_UPDATED),
    deals: table(Deal, CREATED_UPDATED),
    stageTransitions: table(StageTransition, []),
    activities: table(Activity, CREATED),
    customerSignals: table(CustomerSignal, []),
    commitments: table(Commitment, CREATED),
  };

  // Every other field of the file's tenant is a setting (a platform's corp, rival brands, jobs…).
  const { id: _id, name, timezone, ...settings } = file.tenant;
  await sync.tenants.upsert(
    stored.tenant ?? undefined,
    { id: tenantId },
    { name, timezone, settings: mergeSettings(stored.tenant?.settings ?? {}, settings) },
    { timezone: DEFAULT_TIME_ZONE },
  );

  for (const user of file.users) {
    const { id, ...given } = user;
    // Platform ids are accounts (writeAccounts), not columns of users.
    const fields = Object.fromEntries(Object.entries(given).filter(([field]) => !Object.hasOwn(ACCOUNT_FIELDS, field)));
    await sync.users.upsert(stored.users.get(id), { tenantId, id }, fields);
  }
  await writeAccounts();

  for (const customer of file.customers) {
    const { id, ...fields } = customer;
    await sync.customers.upsert(
      stored.customers.get(id),
      { tenantId, id },
      { ...fields, normalizedName: normalizeCompanyName(customer.name) },
      { aliases: [] },
    );
  }

  for (const contact of file.contacts) {
    const existing = stored.contacts.get(contactKey(contact.customerId, contact.name));
    await sync.contacts.upsert(existing, { tenantId, id: existing?.id ?? newId('ct') }, contact);
  }

  for (const deal of file.deals) await writeDeal(deal, stored.deals.get(deal.id));

  for (const activity of file.activities) await writeActivity(activity, stored.activities.get(activity.id));

  for (const commitment of file.commitments) {
    const { id, due, doneAt, ...fields } = commitment;
    await sync.commitments.upsert(
      stored.commitments.get(id),
      { tenantId, id },
      {
        ...fields,
        dueAt: instantOf(due),
        doneAt: instantOf(doneAt),
      },
    );
  }

  for (const table of Object.values(sync)) await table.flush();
  return mapValues(sync, (table) => table.counts);

  /**
   * A member's id on a platform is a row of member_accounts: a value sets it, `null` removes it, absent
   * keeps it. Removals go first, so that an id moved from one member to another is free when it is written.
   */
  async function writeAccounts(): Promise<void> {
    const given = file.users.flatMap((user) =>
      Object.entries(ACCOUNT_FIELDS).flatMap(([field, platform]) => {
        const accountId = user[field as keyof typeof ACCOUNT_FIELDS];
        return accountId === undefined ? [] : [{ userId: user.id, platform, accountId }];
      }),
    );
    for (const { userId, platform, accountId } of given) {
      if (accountId === null && stored.accounts.has(accountKey(userId, platform)))
        await sync.memberAccounts.remove({ tenantId, userId, platform });
    }
    for (const { userId, platform, accountId } of given) {
      if (accountId !== null)
        await sync.memberAccounts.upsert(stored.accounts.get(accountKey(userId, platform)), { tenantId, userId, platform }, { accountId });
    }
  }

  /** A deal records a stage transition when it is created and whenever the file moves its stage. */
  async function writeDeal(deal: TenantFileDeal, existing: Deal | undefined): Promise<void> {
    const { id, stageEnteredAt, lastActivityAt, ...fields } = deal;
    const stageChanged = existing !== undefined && existing.stage !== deal.stage;
    const enteredAt = instantOf(stageEnteredAt) ?? (existing && !stageChanged ? undefined : now);
    await sync.deals.upsert(
      existing,
      { tenantId, id },
      { ...fields, stageEnteredAt: enteredAt, lastActivityAt: instantOf(lastActivityAt) },
    );
    if (existing && !stageChanged) return;
    await sync.stageTransitions.upsert(
      undefined,
      { tenantId, id: newId('st') },
      {
        dealId: id,
        fromStage: existing?.stage ?? null,
        toStage: deal.stage,
        actorId: null,
        confirmedBy: 'import',
        reason: null,
        at: enteredAt,
      },
    );
  }

  /** The activity and one signal per tag; without `tags` in the file, the stored tags stay. */
  async function writeActivity(activity: TenantFileActivity, existing: Activity | undefined): Promise<void> {
    const { id, text, at, tags, ...fields } = activity;
    const occurredAt = new Date(at);
    await sync.activities.upsert(
      existing,
      { tenantId, id },
      {
        ...fields,
        rawText: text,
        summary: fitText(text, TEXT_LENGTHS.line),
        understoodBy: 'import',
        occurredAt,
      },
    );
    const storedSignals = new Map((stored.signals.get(id) ?? []).map((signal) => [signal.tag, signal]));
    const wanted = new Set(tags ?? storedSignals.keys());
    const dealId = fields.dealId === undefined ? (existing?.dealId ?? null) : fields.dealId;
    for (const tag of wanted) {
      const signal = storedSignals.get(tag);
      await sync.customerSignals.upsert(
        signal,
        { tenantId, id: signal?.id ?? newId('sig') },
        {
          customerId: fields.customerId,
          dealId,
          activityId: id,
          tag,
          at: occurredAt,
        },
      );
    }
    for (const [tag, signal] of storedSignals) if (!wanted.has(tag)) await sync.customerSignals.remove({ tenantId, id: signal.id });
  }
}

/** Settings the file names replace the stored ones; `null` removes one; absent ones stay. */
function mergeSettings(
  stored: TenantSettings,
  given: { [K in keyof TenantSettings]: TenantSettings[K] | null | undefined },
): TenantSettings {
  const merged: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(given)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as TenantSettings;
}

function instantOf<T extends null | undefined>(iso: string | T): Date | T {
  return typeof iso === 'string' ? new Date(iso) : iso;
}

function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

function mapValues<K extends string, V, W>(record: Record<K, V>, map: (value: V) => W): Record<K, W> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value as V)])) as Record<K, W>;
}
