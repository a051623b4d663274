import type { Lead, User } from '../store/entities';
import type { StoredTenant } from './stored-tenant';
import { accountKey } from './tenant-file.references';
import { ACCOUNT_FIELDS, type TenantFile, type TenantFileLead } from './tenant-file.schema';

type TenantFileUser = TenantFile['users'][number];

// What is stored, as the import model: the inverse of writeTenantFile and writeLeads, for the export.

export type StoredModel = Pick<TenantFile, 'users' | 'customers' | 'contacts' | 'deals'>;

export function storedTenantModel(stored: StoredTenant): StoredModel {
  return {
    users: [...stored.users.values()].map((u) => userModel(u, stored.accounts)),
    customers: [...stored.customers.values()].map((c) => ({
      id: c.id,
      name: c.name,
      aliases: c.aliases,
      ownerId: c.ownerId,
      region: c.region,
      industry: c.industry,
    })),
    contacts: [...stored.contacts.values()].map((c) => ({
      customerId: c.customerId,
      name: c.name,
      title: c.title,
      role: c.role,
      phone: c.phone,
    })),
    deals: [...stored.deals.values()].map((d) => ({
      id: d.id,
      customerId: d.customerId,
      ownerId: d.ownerId,
      title: d.title,
      stage: d.stage,
      amount: d.amount,
      stageEnteredAt: d.stageEnteredAt.toISOString(),
      lastActivityAt: d.lastActivityAt?.toISOString() ?? null,
    })),
  };
}

/** A member as the import file writes it, platform accounts (from the member_accounts rows) included. */
export function userModel(u: User, accounts: StoredTenant['accounts']): TenantFileUser {
  const account = (platform: string) => accounts.get(accountKey(u.id, platform))?.accountId ?? null;
  return {
    id: u.id,
    name: u.name,
    role: u.role,
    team: u.team,
    region: u.region,
    managerId: u.managerId,
    wecomUserId: account(ACCOUNT_FIELDS.wecomUserId),
    dingtalkUserId: account(ACCOUNT_FIELDS.dingtalkUserId),
  };
}

/** A lead as the import file names it: by its import id, or by the bot's id when it came another way. */
export function leadModel(lead: Lead): TenantFileLead {
  return {
    id: lead.sourceRef ?? lead.id,
    company: lead.company,
    contactName: lead.contactName,
    phone: lead.phone,
    region: lead.region,
    industry: lead.industry,
    budget: lead.budget,
    urgency: lead.urgency,
    note: lead.note,
    source: lead.submittedBy,
  };
}
