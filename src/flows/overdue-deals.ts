import type { EntityManager } from 'typeorm';
import { overdueSince, type TimedDeal } from '../domain/silence-timer';
import type { StageRules } from '../domain/stage-rules';
import { isOpenStage } from '../domain/stages';
import { latePromiseDues } from '../store/metric-queries';

/**
 * 逾期商机 (docs/metrics.md), the one computation behind 有哪些逾期的商机 and the manager briefing's count:
 * the open deals among `deals` whose stage timer has run out or with a promise past due, each with since when.
 */
export async function overdueDeals<D extends TimedDeal>(
  em: EntityManager,
  tenantId: string,
  rules: StageRules,
  deals: readonly D[],
  now: Date,
): Promise<{ deal: D; since: Date }[]> {
  const open = deals.filter((d) => isOpenStage(d.stage));
  const dues = await latePromiseDues(
    em,
    tenantId,
    open.map((d) => d.id),
    now,
  );
  return open.flatMap((deal) => {
    const since = overdueSince(rules, deal, dues.get(deal.id) ?? [], now);
    return since ? [{ deal, since }] : [];
  });
}
