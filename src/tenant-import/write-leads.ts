import type { EntityManager } from 'typeorm';
import { intakeLead } from '../flows/intake-lead';
import type { RuleBook } from '../flows/rule-book';
import { persistEffects } from '../pipeline/effects';
import { Lead, Tenant } from '../store/entities';
import type { TableCounts } from './table-sync';
import type { TenantFileLead } from './tenant-file.schema';

/**
 * The file's leads through the same intake as chat and the API (撞单 check, score, allocation, the
 * rep's card), each once: a lead whose id was imported before is left alone. Runs inside the import
 * transaction, after customers are written, so a lead naming a customer of the file is a duplicate.
 */
export async function writeLeads(
  em: EntityManager,
  tenantId: string,
  leads: readonly TenantFileLead[],
  ruleBook: RuleBook,
  now: Date,
): Promise<TableCounts> {
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  if (leads.length === 0) return counts;
  const tenant = await em.findOneByOrFail(Tenant, { id: tenantId });
  const scope = { em, tenant, now, rules: ruleBook.forTenant(tenantId) };
  for (const lead of leads) {
    if (await em.existsBy(Lead, { tenantId, source: 'import', sourceRef: lead.id })) {
      counts.unchanged++;
      continue;
    }
    const { effects } = await intakeLead(scope, {
      company: lead.company,
      contactName: lead.contactName ?? null,
      phone: lead.phone ?? null,
      region: lead.region ?? null,
      industry: lead.industry ?? null,
      budget: lead.budget ?? null,
      urgency: lead.urgency ?? null,
      note: lead.note ?? null,
      tags: [],
      source: 'import',
      sourceRef: lead.id,
      submittedBy: lead.source ?? '导入文件',
      submitter: null,
    });
    await persistEffects(em, { tenantId, now }, effects);
    counts.created++;
  }
  return counts;
}
