import { In, IsNull, type EntityManager } from 'typeorm';
import { formatForPeople } from '../domain/business-time';
import { Lead, LeadAssignment, type Tenant, User } from '../store/entities';
import type { Delivery } from './delivery';

export interface PoolLead {
  leadId: string;
  customerId: string;
  company: string;
  score: number | null;
  /** When it entered the pool. */
  since: Date;
  reason: string;
}

const MAX_LINES = 20;

/** The nurture pool (公海): leads owned by nobody, best score first. */
export async function poolLeads(em: EntityManager, tenantId: string): Promise<PoolLead[]> {
  const placements = await em.find(LeadAssignment, { where: { tenantId, repId: IsNull(), returnedAt: IsNull() } });
  if (placements.length === 0) return [];
  const leads = new Map((await em.find(Lead, { where: { tenantId, id: In(placements.map((p) => p.leadId)) } })).map((l) => [l.id, l]));
  return placements
    .map((p) => ({
      leadId: p.leadId,
      customerId: p.customerId,
      company: leads.get(p.leadId)?.company ?? '',
      score: leads.get(p.leadId)?.score ?? null,
      since: p.assignedAt,
      reason: p.reason,
    }))
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.since.getTime() - b.since.getTime());
}

/** The weekly pool list for every manager of the tenant; nothing when the pool is empty. */
export async function weeklyPoolDeliveries(em: EntityManager, tenant: Tenant): Promise<Delivery[]> {
  const pool = await poolLeads(em, tenant.id);
  if (pool.length === 0) return [];
  const lines = pool
    .slice(0, MAX_LINES)
    .map((p) => `· ${p.company} · ${p.score ?? 0}分 · ${formatForPeople(p.since, tenant.timezone)} 进入`);
  if (pool.length > MAX_LINES) lines.push(`还有 ${pool.length - MAX_LINES} 条`);
  const text = `公海线索 ${pool.length} 条(评分偏低或超时未跟进):\n${lines.join('\n')}`;
  const managers = await em.find(User, { where: { tenantId: tenant.id, role: 'manager', leftAt: IsNull() } });
  return managers.map((manager) => ({
    recipientId: manager.id,
    effects: [{ type: 'send-text', to: manager.id, text }],
  }));
}
