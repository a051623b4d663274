import { In, type EntityManager } from 'typeorm';
import type { WeekNumbers } from '../domain/week-numbers';
import { WeekMetrics } from './entities';
import { inChunks } from './job-queries';

/** The scope of what an admin sees: every member of the tenant. */
export const TENANT_SCOPE = 'tenant';

export type WeekMetricsRow = Omit<WeekMetrics, 'id'>;

/** A closed week's numbers as the row that keeps them. */
export function weekMetricsRow(tenantId: string, scopeId: string, week: string, numbers: WeekNumbers, closedAt: Date): WeekMetricsRow {
  const { health, advance, closure, leads } = numbers;
  return {
    tenantId,
    scopeId,
    week,
    healthIndex: health.value,
    stageOrder: health.compliance.value,
    evidence: health.evidence,
    overTimer: health.overSilence,
    activationRate: leads.team.activationRate,
    advanceRate: advance.value,
    closureRate: closure.value,
    medianHoursToFirstTouch: leads.team.medianHoursToFirstTouch,
    closedAt,
  };
}

/** Keeps closed weeks; a week already kept for a scope stays as it was (never recomputed). One statement per hundred rows. */
export async function keepWeekMetrics(em: EntityManager, rows: readonly WeekMetricsRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await em
      .createQueryBuilder()
      .insert()
      .into(WeekMetrics)
      .values(rows.slice(i, i + 100))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
}

/** The kept numbers of one week, by scope; all the tenant's scopes when `scopeIds` is not given. */
export async function weekMetricsOf(
  em: EntityManager,
  tenantId: string,
  week: string,
  scopeIds?: readonly string[],
): Promise<Map<string, WeekMetrics>> {
  const rows = scopeIds
    ? await inChunks(scopeIds, (chunk) => em.find(WeekMetrics, { where: { tenantId, week, scopeId: In(chunk) } }))
    : await em.find(WeekMetrics, { where: { tenantId, week } });
  return new Map(rows.map((row) => [row.scopeId, row]));
}
