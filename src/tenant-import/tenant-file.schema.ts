import { IANAZone } from 'luxon';
import { z } from 'zod';
import { CONTACT_ROLES, USER_ROLES } from '../domain/people';
import { SIGNAL_TAGS } from '../domain/signals';
import { STAGES } from '../domain/stages';

/**
 * The tenant import file of shared/contracts/tenant-import.md, plus the extensions in docs/tenant-import.md
 * (`activities`, `commitments`, `tenant.competitorBrands`). Messages are Chinese: an admin reads them.
 *
 * Optional fields: absent leaves the stored value as it is, `null` clears it.
 */

const recordId = z
  .string()
  .regex(/^[\w.:@-]{1,64}$/, '应为 1–64 个字符的 id(字母、数字、_ - . : @)');

const text = (max: number) => z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`);

const optionalText = (max: number) => text(max).nullish();

const instant = z.iso.datetime({ offset: true, error: '应为带时区偏移的 ISO 8601 时间,如 2026-03-01T09:00:00+08:00' });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `应为 ${values.join('/')} 之一` });

const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), '不是有效的 IANA 时区,如 Asia/Shanghai');

const tenant = z.strictObject({
  id: recordId,
  name: text(200),
  timezone: timeZone.optional(),
  wecom: z.strictObject({ corpId: text(64), agentId: z.number().int().positive().optional() }).nullish(),
  dingtalk: z.strictObject({ corpId: text(64) }).nullish(),
  /** Extension: rival brands the extractor should recognise; stored in Tenant.settings. */
  competitorBrands: z.array(text(100)).optional(),
});

const user = z.strictObject({
  id: recordId,
  name: text(100),
  role: oneOf(USER_ROLES),
  team: optionalText(100),
  region: optionalText(100),
  managerId: recordId.nullish(),
  wecomUserId: optionalText(128),
  dingtalkUserId: optionalText(128),
});

const customer = z.strictObject({
  id: recordId,
  name: text(200),
  aliases: z.array(text(100)).optional(),
  ownerId: recordId,
  region: optionalText(100),
  industry: optionalText(100),
});

const contact = z.strictObject({
  customerId: recordId,
  name: text(100),
  title: optionalText(100),
  role: oneOf(CONTACT_ROLES).nullish(),
  phone: optionalText(32),
});

const deal = z.strictObject({
  id: recordId,
  customerId: recordId,
  ownerId: recordId,
  title: optionalText(200),
  stage: oneOf(STAGES),
  amount: z.number().nonnegative('不能为负数').max(999_999_999_999, '金额过大').nullish(),
  stageEnteredAt: instant.optional(),
  lastActivityAt: instant.nullish(),
});

/** Extension: past follow-ups, so that a seeded tenant has a history. */
const activity = z.strictObject({
  id: recordId,
  customerId: recordId,
  dealId: recordId.nullish(),
  userId: recordId,
  text: z.string().trim().min(1, '不能为空').max(5000, '不能超过 5000 个字符'),
  at: instant,
  tags: z.array(oneOf(SIGNAL_TAGS)).optional(),
});

/** Extension: promised next actions, open or done. */
const commitment = z.strictObject({
  id: recordId,
  customerId: recordId,
  dealId: recordId.nullish(),
  ownerId: recordId,
  action: text(200),
  due: instant.nullish(),
  doneAt: instant.nullish(),
});

export const tenantFileSchema = z.strictObject({
  tenant,
  users: z.array(user).default([]),
  customers: z.array(customer).default([]),
  contacts: z.array(contact).default([]),
  deals: z.array(deal).default([]),
  activities: z.array(activity).default([]),
  commitments: z.array(commitment).default([]),
});

export type TenantFile = z.infer<typeof tenantFileSchema>;
export type TenantFileUser = TenantFile['users'][number];
export type TenantFileCustomer = TenantFile['customers'][number];
export type TenantFileContact = TenantFile['contacts'][number];
export type TenantFileDeal = TenantFile['deals'][number];
export type TenantFileActivity = TenantFile['activities'][number];
export type TenantFileCommitment = TenantFile['commitments'][number];

/** One problem at a JSON path of the file; the importer turns the path into a line number. */
export interface FileIssue {
  path: (string | number)[];
  message: string;
}

/** Checks the shape; missing fields get a plain message, the rest zod's Chinese locale unless a field says otherwise. */
export function checkShape(value: unknown): { file: TenantFile; issues: [] } | { file: null; issues: FileIssue[] } {
  const zhCN = z.locales.zhCN().localeError;
  const result = tenantFileSchema.safeParse(value, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? '缺少必填字段' : zhCN(issue)),
  });
  if (result.success) return { file: result.data, issues: [] };
  const issues = result.error.issues.flatMap((issue): FileIssue[] => {
    const path = issue.path.map(pathKey);
    // One line per unknown key, at the key itself: usually a misspelt field name.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => ({ path: [...path, key], message: '未知字段(拼写错误?)' }));
    return [{ path, message: issue.message }];
  });
  return { file: null, issues };
}

/** What the database already holds for the tenant, for reference checks. */
export interface KnownRecords {
  userIds: ReadonlySet<string>;
  customerIds: ReadonlySet<string>;
  /** Deal id → its customer id. */
  dealCustomers: ReadonlyMap<string, string>;
  /** Activity and commitment ids are keys across tenants: ids another tenant already uses. */
  foreignActivityIds: ReadonlySet<string>;
  foreignCommitmentIds: ReadonlySet<string>;
}

/**
 * Duplicate ids and references to records neither in the file nor in the database. Reads the raw value
 * loosely, so that these problems are listed even when the shape check failed elsewhere.
 */
export function checkReferences(value: unknown, known: KnownRecords): FileIssue[] {
  const issues: FileIssue[] = [];
  const users = entries(value, 'users');
  const customers = entries(value, 'customers');
  const deals = entries(value, 'deals');
  const userIds = idsOf(users, known.userIds);
  const customerIds = idsOf(customers, known.customerIds);
  const dealCustomers = new Map(known.dealCustomers);
  for (const { record } of deals) {
    if (typeof record.id === 'string' && typeof record.customerId === 'string') dealCustomers.set(record.id, record.customerId);
  }

  const refer = (entry: Entry, field: string, ids: ReadonlySet<string> | ReadonlyMap<string, string>, what: string) => {
    const target = entry.record[field];
    if (typeof target === 'string' && !ids.has(target)) {
      issues.push({ path: [...entry.path, field], message: `${what} "${target}" 在文件和数据库中都不存在` });
    }
  };
  const dealOfCustomer = (entry: Entry) => {
    const { dealId, customerId } = entry.record;
    const owner = typeof dealId === 'string' ? dealCustomers.get(dealId) : undefined;
    if (owner !== undefined && typeof customerId === 'string' && owner !== customerId) {
      issues.push({ path: [...entry.path, 'dealId'], message: `商机 "${dealId}" 属于客户 "${owner}",不是 "${customerId}"` });
    }
  };

  for (const entry of users) {
    refer(entry, 'managerId', userIds, '用户');
    if (entry.record.managerId !== undefined && entry.record.managerId === entry.record.id) {
      issues.push({ path: [...entry.path, 'managerId'], message: '不能是本人' });
    }
  }
  for (const entry of customers) refer(entry, 'ownerId', userIds, '用户');
  for (const entry of entries(value, 'contacts')) refer(entry, 'customerId', customerIds, '客户');
  for (const entry of deals) {
    refer(entry, 'customerId', customerIds, '客户');
    refer(entry, 'ownerId', userIds, '用户');
  }
  const activities = entries(value, 'activities');
  for (const entry of activities) {
    refer(entry, 'customerId', customerIds, '客户');
    refer(entry, 'dealId', dealCustomers, '商机');
    refer(entry, 'userId', userIds, '用户');
    dealOfCustomer(entry);
  }
  const commitments = entries(value, 'commitments');
  for (const entry of commitments) {
    refer(entry, 'customerId', customerIds, '客户');
    refer(entry, 'dealId', dealCustomers, '商机');
    refer(entry, 'ownerId', userIds, '用户');
    dealOfCustomer(entry);
  }

  for (const list of [users, customers, deals, activities, commitments]) {
    issues.push(...duplicates(list, 'id', (r) => [r.id], (first) => `id "${first.record.id}" 重复,已在 ${formatPath(first.path)} 出现`));
  }
  issues.push(
    ...duplicates(entries(value, 'contacts'), 'name', (r) => [r.customerId, r.name], (first) => `同一客户的联系人重名,已在 ${formatPath(first.path)} 出现`),
  );
  issues.push(...foreign(activities, known.foreignActivityIds), ...foreign(commitments, known.foreignCommitmentIds));
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

/** Every repeat after the first of the same key, at `field` of the repeat. */
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
    const k = JSON.stringify(parts);
    const first = firstSeen.get(k);
    if (first) issues.push({ path: [...entry.path, field], message: message(first) });
    else firstSeen.set(k, entry);
  }
  return issues;
}

function foreign(list: Entry[], foreignIds: ReadonlySet<string>): FileIssue[] {
  return list
    .filter(({ record }) => typeof record.id === 'string' && foreignIds.has(record.id))
    .map(({ path }) => ({ path: [...path, 'id'], message: 'id 已被其他租户使用' }));
}

/** `users[1].role`; the empty path (the whole file) is `$`. */
export function formatPath(path: readonly (string | number)[]): string {
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  return text || '$';
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
