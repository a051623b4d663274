import { createHash, timingSafeEqual } from 'node:crypto';
import type {} from '@koa/bodyparser';
import Router from '@koa/router';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Clock } from '../clock';
import { cleanText, MAX_AMOUNT_YUAN, TEXT_LENGTHS } from '../domain/value-limits';
import { intakeLead } from '../flows/intake-lead';
import type { RuleBook } from '../flows/rule-book';
import { persistEffects } from '../pipeline/effects';
import { Tenant } from '../store/entities';
import { inTransaction } from '../store/transaction';

export interface LeadRouteDeps {
  dataSource: DataSource;
  clock: Clock;
  ruleBook: RuleBook;
  /** Called after cards were written to the outbox, so the sender delivers them at once. */
  onEnqueued: () => void;
}

/** A form's text without control characters (free text keeps its line breaks), checked against its column. */
const cleanString = (error: string, options: { multiline?: boolean } = {}) =>
  z.string({ error }).transform((value) => cleanText(value, options));

const optionalText = (max: number, label: string, options: { multiline?: boolean } = {}) =>
  cleanString(`${label}应为文字`, options)
    .pipe(z.string().max(max, `${label}不能超过 ${max} 个字符`))
    .nullish()
    .transform((v) => v || null);

const leadBody = z.object({
  company: cleanString('缺少公司名称').pipe(
    z.string().min(2, '公司名称至少 2 个字').max(TEXT_LENGTHS.companyName, `公司名称不能超过 ${TEXT_LENGTHS.companyName} 个字符`),
  ),
  contactName: optionalText(TEXT_LENGTHS.personName, '联系人'),
  phone: z
    .string({ error: '电话应为文字' })
    .trim()
    .regex(/^[+\d][\d\s-]{6,30}$/, '电话格式不正确')
    .nullish()
    .transform((v) => v || null),
  region: optionalText(TEXT_LENGTHS.label, '地区'),
  industry: optionalText(TEXT_LENGTHS.label, '行业'),
  // Refused rather than dropped: the form's sender hears it at once and can correct it (docs/decisions.md).
  budget: z
    .number({ error: '预算应为数字(元)' })
    .nonnegative('预算不能为负数')
    .max(MAX_AMOUNT_YUAN, '预算超出范围(最多 1000亿元),请核对')
    .nullish()
    .transform((v) => v ?? null),
  urgency: optionalText(TEXT_LENGTHS.line, '紧急程度'),
  note: optionalText(2000, '备注', { multiline: true }),
  source: optionalText(64, '来源'),
});

/**
 * `POST /api/leads` for web forms and marketing tools: one tenant's key in `Authorization: Bearer …`,
 * the lead as JSON; answers 201 with where it went, 409 when it is a customer someone owns, 400 with
 * every bad field, 401 without a valid key.
 */
export function leadRouter({ dataSource, clock, ruleBook, onEnqueued }: LeadRouteDeps): Router {
  const router = new Router({ prefix: '/api' });
  router.post('/leads', async (ctx) => {
    const caller = await authenticate(dataSource, ctx.get('authorization'));
    if (!caller) {
      ctx.status = 401;
      ctx.body = { error: '缺少或无效的 API 密钥(Authorization: Bearer …)', code: 'API_KEY_INVALID' };
      return;
    }
    const parsed = leadBody.safeParse(ctx.request.body ?? {});
    if (!parsed.success) {
      ctx.status = 400;
      ctx.body = {
        error: '线索内容有误',
        code: 'INPUT_INVALID',
        fields: parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message })),
      };
      return;
    }
    const body = parsed.data;
    const now = clock.now();
    const { outcome } = await inTransaction(dataSource, async (em) => {
      const scope = { em, tenant: caller.tenant, now, rules: ruleBook.forTenant(caller.tenant.id) };
      const result = await intakeLead(scope, {
        ...body,
        tags: [],
        source: 'api',
        sourceRef: null,
        submittedBy: body.source ?? caller.keyName,
        submitter: null,
      });
      await persistEffects(em, { tenantId: caller.tenant.id, now }, result.effects);
      return result;
    });
    onEnqueued();
    if (outcome.kind === 'duplicate') {
      ctx.status = 409;
      ctx.body = { duplicateOf: outcome.duplicateOf, owner: outcome.owner?.name ?? null };
      return;
    }
    ctx.status = 201;
    ctx.body = {
      leadId: outcome.lead.id,
      customerId: outcome.lead.customerId,
      assignedTo: outcome.assignedTo?.id ?? null,
      score: outcome.lead.score,
      reason: outcome.reason,
    };
  });
  return router;
}

/** The tenant whose stored key hash matches the bearer key. Keys are random, so a plain SHA-256 suffices. */
async function authenticate(dataSource: DataSource, header: string): Promise<{ tenant: Tenant; keyName: string } | null> {
  const key = header.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!key) return null;
  const hash = createHash('sha256').update(key).digest();
  for (const tenant of await dataSource.getRepository(Tenant).find()) {
    for (const stored of tenant.settings.leadApiKeys ?? []) {
      const expected = Buffer.from(stored.sha256, 'hex');
      if (expected.length === hash.length && timingSafeEqual(expected, hash)) return { tenant, keyName: stored.name };
    }
  }
  return null;
}
