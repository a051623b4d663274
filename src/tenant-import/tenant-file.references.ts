import { ACCOUNT_FIELDS, formatPath, type FileIssue } from './tenant-file.schema';

// The checks of an import file that need more than one record: ids, references, contact names.

/** What the database already holds for the tenant, for reference checks. */
export interface KnownRecords {
  userIds: ReadonlySet<string>;
  /** accountKey(accountId, platform) → the member who has that account. */
  accountOwners: ReadonlyMap<string, string>;
  customerIds: ReadonlySet<string>;
  /** Deal id → its customer id. */
  dealCustomers: ReadonlyMap<string, string>;
  /** Activity and commitment ids are keys across tenants: ids another tenant already uses. */
  foreignActivityIds: ReadonlySet<string>;
  foreignCommitmentIds: ReadonlySet<string>;
}

/** Which field of which collection names a record of which kind. */
const REFERENCES: [collection: string, field: string, kind: 'user' | 'customer' | 'deal'][] = [
  ['users', 'managerId', 'user'],
  ['customers', 'ownerId', 'user'],
  ['contacts', 'customerId', 'customer'],
  ['deals', 'customerId', 'customer'],
  ['deals', 'ownerId', 'user'],
  ['activities', 'customerId', 'customer'],
  ['activities', 'dealId', 'deal'],
  ['activities', 'userId', 'user'],
  ['commitments', 'customerId', 'customer'],
  ['commitments', 'dealId', 'deal'],
  ['commitments', 'ownerId', 'user'],
];
const KIND_LABELS = { user: '用户', customer: '客户', deal: '商机' } as const;

/**
 * Duplicate ids and references to records neither in the file nor in the database. Reads the raw value
 * loosely, so that these problems are listed even when the shape check failed elsewhere.
 */
export function checkReferences(
  value: unknown,
  known: KnownRecords,
  recordAt: (path: readonly (string | number)[]) => string = formatPath,
): FileIssue[] {
  const issues: FileIssue[] = [];
  const dealCustomers = new Map(known.dealCustomers);
  for (const { record } of entries(value, 'deals')) {
    if (typeof record.id === 'string' && typeof record.customerId === 'string') dealCustomers.set(record.id, record.customerId);
  }
  const ids = {
    user: idsOf(entries(value, 'users'), known.userIds),
    customer: idsOf(entries(value, 'customers'), known.customerIds),
    deal: dealCustomers,
  };

  for (const [collection, field, kind] of REFERENCES) {
    for (const { path, record } of entries(value, collection)) {
      const target = record[field];
      if (typeof target === 'string' && !ids[kind].has(target)) {
        issues.push({ path: [...path, field], message: `${KIND_LABELS[kind]} "${target}" 在文件和数据库中都不存在` });
      }
    }
  }
  // A stored customer may be left without an owner (公海); a new one needs one.
  for (const { path, record } of entries(value, 'customers')) {
    if (record.ownerId === undefined && typeof record.id === 'string' && !known.customerIds.has(record.id))
      issues.push({ path: [...path, 'ownerId'], message: '缺少必填字段' });
  }
  for (const { path, record } of entries(value, 'users')) {
    if (record.managerId !== undefined && record.managerId === record.id)
      issues.push({ path: [...path, 'managerId'], message: '不能是本人' });
  }
  for (const { path, record } of [...entries(value, 'activities'), ...entries(value, 'commitments')]) {
    const { dealId, customerId } = record;
    const owner = typeof dealId === 'string' ? dealCustomers.get(dealId) : undefined;
    if (owner !== undefined && typeof customerId === 'string' && owner !== customerId) {
      issues.push({ path: [...path, 'dealId'], message: `商机 "${dealId}" 属于客户 "${owner}",不是 "${customerId}"` });
    }
  }

  for (const collection of ['users', 'customers', 'deals', 'activities', 'commitments', 'leads']) {
    const repeated = (first: Entry) => `id "${first.record.id}" 重复,已在 ${recordAt(first.path)} 出现`;
    issues.push(...duplicates(entries(value, collection), 'id', (r) => [r.id], repeated));
  }
  const sameName = (first: Entry) => `同一客户的联系人重名,已在 ${recordAt(first.path)} 出现`;
  issues.push(...duplicates(entries(value, 'contacts'), 'name', (r) => [r.customerId, r.name], sameName));
  for (const field of Object.keys(ACCOUNT_FIELDS)) {
    const taken = (first: Entry) => `${field} "${first.record[field]}" 已属于 ${recordAt(first.path)}`;
    issues.push(...duplicates(entries(value, 'users'), field, (r) => [r[field]], taken));
  }
  issues.push(...accountsOfOthers(entries(value, 'users'), known.accountOwners));
  issues.push(...foreign(entries(value, 'activities'), known.foreignActivityIds));
  issues.push(...foreign(entries(value, 'commitments'), known.foreignCommitmentIds));
  return issues;
}

/** The ids a file's collection names, for loading what the database already holds. */
export function fileIds(value: unknown, collection: string): string[] {
  return entries(value, collection).flatMap(({ record }) => (typeof record.id === 'string' ? [record.id] : []));
}

interface Entry {
  path: (string | number)[];
  record: Record<string, unknown>;
}

function entries(value: unknown, collection: string): Entry[] {
  const list = isRecord(value) ? value[collection] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((record, index) => (isRecord(record) ? [{ path: [collection, index], record }] : []));
}

function idsOf(list: Entry[], known: ReadonlySet<string>): Set<string> {
  const ids = new Set(known);
  for (const { record } of list) if (typeof record.id === 'string') ids.add(record.id);
  return ids;
}

/**
 * A contact is one person per customer and name. Case and width are folded as MySQL's unicode_ci collation
 * of the unique index would, so that both databases see the same duplicates.
 */
export function contactKey(customerId: string, name: string): string {
  return `${customerId}\u0000${foldCase(name)}`;
}

/** A member's account on a platform (by user id), or the owner of an account id (by account id). */
export function accountKey(id: string, platform: string): string {
  return `${platform}\u0000${id}`;
}

export function foldCase(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Every repeat after the first of the same key (case folded, as for MySQL's ids), at `field` of the repeat. */
function duplicates(
  list: Entry[],
  field: string,
  key: (record: Record<string, unknown>) => unknown[],
  message: (first: Entry) => string,
): FileIssue[] {
  const firstSeen = new Map<string, Entry>();
  const issues: FileIssue[] = [];
  for (const entry of list) {
    const parts = key(entry.record);
    if (!parts.every((part) => typeof part === 'string')) continue;
    const k = JSON.stringify(parts.map(foldCase));
    const first = firstSeen.get(k);
    if (first) issues.push({ path: [...entry.path, field], message: message(first) });
    else firstSeen.set(k, entry);
  }
  return issues;
}

/** Platform ids the database gives to another member who keeps them (the file neither names that member's id nor clears it). */
function accountsOfOthers(users: Entry[], owners: ReadonlyMap<string, string>): FileIssue[] {
  const released = new Set(
    users.flatMap(({ record }) =>
      Object.entries(ACCOUNT_FIELDS).flatMap(([field, platform]) =>
        record[field] === undefined || typeof record.id !== 'string' ? [] : [accountKey(record.id, platform)],
      ),
    ),
  );
  const issues: FileIssue[] = [];
  for (const { path, record } of users) {
    for (const [field, platform] of Object.entries(ACCOUNT_FIELDS)) {
      const accountId = record[field];
      if (typeof accountId !== 'string') continue;
      const owner = owners.get(accountKey(accountId, platform));
      if (owner !== undefined && owner !== record.id && !released.has(accountKey(owner, platform)))
        issues.push({ path: [...path, field], message: `${field} "${accountId}" 已属于用户 "${owner}"` });
    }
  }
  return issues;
}

function foreign(list: Entry[], foreignIds: ReadonlySet<string>): FileIssue[] {
  return list
    .filter(({ record }) => typeof record.id === 'string' && foreignIds.has(record.id))
    .map(({ path }) => ({ path: [...path, 'id'], message: 'id 已被其他租户使用' }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
