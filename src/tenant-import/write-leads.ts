import { In, type EntityManager } from 'typeorm';
import { intakeLead } from '../flows/intake-lead';
import { leadBatch, type LeadScope } from '../flows/place-lead';
import type { RuleBook } from '../flows/rule-book';
import { persistEffects } from '../pipeline/effects';
import { Lead, Tenant } from '../store/entities';
import { findInChunks } from './stored-tenant';
import type { TableCounts } from './table-sync';
import type { TenantFileLead } from './tenant-file.schema';

const PROGRESS_EVERY = 100;

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
  options: { onLead?: (done: number) => void; countOnly?: boolean } = {},
): Promise<TableCounts> {
  const { onLead, countOnly } = options;
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0, removed: 0 };
  if (leads.length === 0) return counts;
  const taken = await leadsTakenIn(
    em,
    tenantId,
    leads.map((lead) => lead.id),
  );
  // A preview writes nothing, not even a new tenant: it only counts.
  const scope = countOnly ? null : await intakeScope(em, tenantId, ruleBook, now);
  for (const [index, lead] of leads.entries()) {
    if (index % PROGRESS_EVERY === 0) onLead?.(index);
    if (taken.has(lead.id)) {
      counts.unchanged++;
      continue;
    }
    // Every lead not taken in before is taken in, as a new one or as 撞单: a preview need not run the intake to count it.
    if (!scope) {
      counts.created++;
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
  onLead?.(leads.length);
  return counts;
}

/**
 * Which of the file's lead ids are in already: by their import id, or by the bot's own id (an exported lead
 * that came by chat or the API). Read at once, not lead by lead.
 */
async function leadsTakenIn(em: EntityManager, tenantId: string, ids: string[]): Promise<Set<string>> {
  const found = await findInChunks(ids, (chunk) =>
    em.find(Lead, {
      select: { id: true, sourceRef: true },
      where: [
        { tenantId, source: 'import', sourceRef: In(chunk) },
        { tenantId, id: In(chunk) },
      ],
    }),
  );
  return new Set(found.flatMap((lead) => [lead.id, ...(lead.sourceRef ? [lead.sourceRef] : [])]));
}

async function intakeScope(em: EntityManager, tenantId: string, ruleBook: RuleBook, now: Date): Promise<LeadScope> {
  const tenant = await em.findOneByOrFail(Tenant, { id: tenantId });
  const base = { em, tenant, now, rules: ruleBook.forTenant(tenantId) };
  return { ...base, batch: await leadBatch(base) };
}
