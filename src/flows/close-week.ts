import type { EntityManager } from 'typeorm';
import { dayPeriod, localWeekStart } from '../domain/business-calendar';
import { factsOfOwners, weekNumbers } from '../domain/week-numbers';
import type { Tenant } from '../store/entities';
import { tenantUsers } from '../store/job-queries';
import { teamLeadFacts } from '../store/lead-metric-queries';
import { loadTeamFacts, metricTransitions } from '../store/metric-queries';
import { keepWeekMetrics, TENANT_SCOPE, weekMetricsRow } from '../store/week-metrics';
import type { Delivery } from './delivery';
import type { RuleBook } from './rule-book';
import { LEAD_LOOKBACK_DAYS } from './team-health';

const DAY_MS = 86_400_000;

/**
 * Monday 00:00: keeps the week that just ended, for every scope anyone reads (each manager's team,
 * each rep, the tenant), as of its last instant. The tenant's facts are read once and split by owner.
 * A scope already kept (by an earlier run, or by a reader who found it missing) stays as it was.
 * Sends nothing.
 */
export async function closeWeek(em: EntityManager, tenant: Tenant, at: Date, ruleBook: RuleBook): Promise<Delivery[]> {
  const zone = tenant.timezone;
  const week = { from: localWeekStart(at, zone, -1), to: localWeekStart(at, zone) };
  const users = await tenantUsers(em, tenant.id);
  const everyone = users.map((u) => u.id);
  const [facts] = await loadTeamFacts(
    em,
    tenant.id,
    everyone,
    [week],
    ruleBook.forTenant(tenant.id),
    await metricTransitions(em, tenant.id, week),
  );
  const leads = await teamLeadFacts(em, tenant.id, everyone, {
    from: new Date(week.from.getTime() - LEAD_LOOKBACK_DAYS * DAY_MS),
    to: week.to,
  });
  const scopes = [
    { scopeId: TENANT_SCOPE, owners: everyone },
    ...users
      .filter((u) => u.role === 'manager')
      .map((m) => ({ scopeId: m.id, owners: [m.id, ...users.filter((u) => u.managerId === m.id).map((u) => u.id)] })),
    ...users.filter((u) => u.role === 'rep').map((r) => ({ scopeId: r.id, owners: [r.id] })),
  ];
  const weekKey = dayPeriod(week.from, zone);
  await keepWeekMetrics(
    em,
    scopes.map(({ scopeId, owners }) => {
      const mine = new Set(owners);
      const numbers = weekNumbers(
        factsOfOwners(facts, mine),
        leads.filter((l) => mine.has(l.repId)),
        owners,
        week,
        week.to,
      );
      return weekMetricsRow(tenant.id, scopeId, weekKey, numbers, at);
    }),
  );
  return [];
}
