import { IANAZone } from 'luxon';
import cron from 'node-cron';
import { z } from 'zod';
import { CONTACT_ROLES, USER_ROLES } from '../domain/people';
import { SIGNAL_TAGS } from '../domain/signals';
import { STAGES } from '../domain/stages';
import { cleanText, MAX_AMOUNT_YUAN, TEXT_LENGTHS } from '../domain/value-limits';

/**
 * The tenant import file of docs/contracts/tenant-import.md, plus the extensions in docs/tenant-import.md
 * (`activities`, `commitments`, `tenant.competitorBrands`). Messages are Chinese: an admin reads them.
 * Checks across records (ids, references) are in tenant-file.references.ts.
 *
 * Optional fields: absent leaves the stored value as it is, `null` clears it.
 */

const recordId = z.string().regex(/^[\w.:@-]{1,64}$/, '应为 1–64 个字符的 id(字母、数字、_ - . : @)');

/** Control characters go first (a stray \u0007 in a name is no reason to refuse the file); then the length is checked. */
const text = (max: number, options: { multiline?: boolean } = {}) =>
  z
    .string()
    .transform((value) => cleanText(value, options))
    .pipe(z.string().min(1, '不能为空').max(max, `不能超过 ${max} 个字符`));

const optionalText = (max: number) => text(max).nullish();

/** Yuan, within what the store keeps. */
const amount = z.number().nonnegative('不能为负数').max(MAX_AMOUNT_YUAN, '超出范围(0–1000亿元),请核对');

const instant = z.iso.datetime({ offset: true, error: '应为带时区偏移的 ISO 8601 时间,如 2026-03-01T09:00:00+08:00' });

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `应为 ${values.join('/')} 之一` });

const timeZone = z.string().refine((zone) => IANAZone.isValidZone(zone), '不是有效的 IANA 时区,如 Asia/Shanghai');

const cronExpression = z.string().refine((expression) => cron.validate(expression), '不是有效的 cron 表达式,如 0 15 * * 5(周五 15:00)');
const localDate = z.iso.date({ error: '应为日期,如 2026-10-01' });

const tenant = z.strictObject({
  id: recordId,
  name: text(200),
  timezone: timeZone.optional(),
  wecom: z.strictObject({ corpId: text(64), agentId: z.number().int().positive().optional() }).nullish(),
  dingtalk: z.strictObject({ corpId: text(64) }).nullish(),
  /** Extension: rival brands the extractor should recognise; stored in Tenant.settings. */
  competitorBrands: z.array(text(100)).optional(),
  /** Extension: when the scheduled cards go out, and the work calendar (docs/jobs.md). */
  jobs: z
    .strictObject({
      fridayWarningCron: cronExpression.optional(),
      managerBriefingCron: cronExpression.optional(),
      repBriefingCron: cronExpression.optional(),
      leadPoolCron: cronExpression.optional(),
      directorySyncCron: cronExpression.optional(),
      workdays: z.array(z.number().int().min(1, '1–7(周一到周日)').max(7, '1–7(周一到周日)')).optional(),
      holidays: z.array(localDate).optional(),
      extraWorkdays: z.array(localDate).optional(),
    })
    .nullish(),
  /** Extension: keys for POST /api/leads, as SHA-256 hashes (docs/leads.md); stored in Tenant.settings. */
  leadApiKeys: z
    .array(z.strictObject({ name: text(50), sha256: z.string().regex(/^[0-9a-f]{64}$/, '应为 64 位十六进制 SHA-256') }))
    .optional(),
});

/** The file's fields for a member's platform accounts, and the platform each names (written to member_accounts). */
export const ACCOUNT_FIELDS = { wecomUserId: 'wecom', dingtalkUserId: 'dingtalk' } as const;

const user = z.strictObject({
  id: recordId,
  name: text(TEXT_LENGTHS.personName),
  role: oneOf(USER_ROLES),
  team: optionalText(TEXT_LENGTHS.label),
  region: optionalText(TEXT_LENGTHS.label),
  managerId: recordId.nullish(),
  wecomUserId: optionalText(128),
  dingtalkUserId: optionalText(128),
});

const customer = z.strictObject({
  id: recordId,
  name: text(TEXT_LENGTHS.companyName),
  aliases: z.array(text(TEXT_LENGTHS.label)).optional(),
  /** Extension: null is no owner (公海); left out, a stored customer keeps its owner (a new one needs one). */
  ownerId: recordId.nullish(),
  region: optionalText(TEXT_LENGTHS.label),
  industry: optionalText(TEXT_LENGTHS.label),
});

const contact = z.strictObject({
  customerId: recordId,
  name: text(TEXT_LENGTHS.personName),
  title: optionalText(TEXT_LENGTHS.label),
  role: oneOf(CONTACT_ROLES).nullish(),
  phone: optionalText(TEXT_LENGTHS.phone),
});

const deal = z.strictObject({
  id: recordId,
  customerId: recordId,
  ownerId: recordId,
  title: optionalText(TEXT_LENGTHS.line),
  stage: oneOf(STAGES),
  amount: amount
    // The column keeps cents; a finer amount would read back different and be rewritten on every import.
    .refine((yuan) => Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6, '最多两位小数')
    .nullish(),
  stageEnteredAt: instant.optional(),
  lastActivityAt: instant.nullish(),
});

/** Extension: past follow-ups, so that a seeded tenant has a history. */
const activity = z.strictObject({
  id: recordId,
  customerId: recordId,
  dealId: recordId.nullish(),
  userId: recordId,
  text: text(5000, { multiline: true }),
  at: instant,
  tags: z.array(oneOf(SIGNAL_TAGS)).optional(),
});

/** Extension: promised next actions, open or done. */
const commitment = z.strictObject({
  id: recordId,
  customerId: recordId,
  dealId: recordId.nullish(),
  ownerId: recordId,
  action: text(TEXT_LENGTHS.line),
  due: instant.nullish(),
  doneAt: instant.nullish(),
});

/** Leads to take in: each goes through lead intake (撞单 check, score, allocation) once, keyed by its id. */
const lead = z.strictObject({
  id: recordId,
  company: text(TEXT_LENGTHS.companyName),
  contactName: optionalText(TEXT_LENGTHS.personName),
  phone: optionalText(TEXT_LENGTHS.phone),
  region: optionalText(TEXT_LENGTHS.label),
  industry: optionalText(TEXT_LENGTHS.label),
  budget: amount.nullish(),
  urgency: optionalText(TEXT_LENGTHS.line),
  note: text(1000, { multiline: true }).nullish(),
  /** Where it came from, as people read it: 展会, 官网表单. */
  source: optionalText(50),
});

export const tenantFileSchema = z.strictObject({
  tenant,
  users: z.array(user).default([]),
  customers: z.array(customer).default([]),
  contacts: z.array(contact).default([]),
  deals: z.array(deal).default([]),
  activities: z.array(activity).default([]),
  commitments: z.array(commitment).default([]),
  leads: z.array(lead).default([]),
});

export type TenantFile = z.infer<typeof tenantFileSchema>;
export type TenantFileDeal = TenantFile['deals'][number];
export type TenantFileActivity = TenantFile['activities'][number];
export type TenantFileLead = TenantFile['leads'][number];

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

/** `users[1].role`; the empty path (the whole file) is `$`. */
export function formatPath(path: readonly (string | number)[]): string {
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  return text || '$';
}

function pathKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}
