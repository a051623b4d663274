import { In, type EntityManager } from 'typeorm';
import { SIGNAL_TAGS, type SignalTag } from '../domain/signals';
import { WORKED_STAGES } from '../domain/silent-deals';
import { Activity, Customer, CustomerSignal, Deal, User } from './entities';

/** Reads the scheduled jobs need, batched so that a tenant of thousands of people takes a handful of queries. */

const CHUNK = 1000;

/**
 * Open deals past 线索 with no activity and no stage change since `cutoff` (inclusive). First the ids,
 * read from idx_deals_stage_activity alone (a covering range: InnoDB's secondary index carries the
 * primary key), as two ranges rather than one OR; then the rows by primary key in chunks, with the
 * stage-entry condition applied to them. Reading whole rows through the index made MySQL prefer a scan
 * of the tenant's deals.
 */
export async function silentDeals(em: EntityManager, tenantId: string, cutoff: Date): Promise<Deal[]> {
  const idsOf = async (lastActivity: string) => {
    const rows = await em
      .createQueryBuilder(Deal, 'deal')
      // MySQL would otherwise walk the tenant's primary-key range; the hint is ignored elsewhere.
      .useIndex('idx_deals_stage_activity')
      .select('deal.id', 'id')
      .where('deal.tenantId = :tenantId', { tenantId })
      .andWhere('deal.stage IN (:...stages)', { stages: [...WORKED_STAGES] })
      .andWhere(`deal.lastActivityAt ${lastActivity}`, { cutoff })
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  };
  const ids = [...(await idsOf('<= :cutoff')), ...(await idsOf('IS NULL'))];
  const deals = await dealsByIds(em, tenantId, ids);
  return deals.filter((deal) => deal.stageEnteredAt <= cutoff);
}

export async function dealsByIds(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<Deal[]> {
  return inChunks(ids, (chunk) => em.find(Deal, { where: { tenantId, id: In(chunk) } }));
}

export async function tenantUsers(em: EntityManager, tenantId: string): Promise<User[]> {
  return em.find(User, { where: { tenantId } });
}

export async function customerNames(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await inChunks([...new Set(ids)], (chunk) =>
    em.find(Customer, { select: { id: true, name: true }, where: { tenantId, id: In(chunk) } }),
  );
  return new Map(rows.map((c) => [c.id, c.name]));
}

export interface LatestActivity {
  text: string;
  occurredAt: Date;
  tags: SignalTag[];
}

/** Each deal's latest follow-up and the signals it carried. */
export async function latestActivities(
  em: EntityManager,
  tenantId: string,
  dealIds: readonly string[],
): Promise<Map<string, LatestActivity>> {
  const activities = await inChunks(dealIds, (chunk) =>
    em.find(Activity, {
      select: { id: true, dealId: true, summary: true, rawText: true, occurredAt: true },
      where: { tenantId, dealId: In(chunk) },
    }),
  );
  const latest = new Map<string, Activity>();
  for (const a of activities) {
    const seen = latest.get(a.dealId!);
    if (!seen || a.occurredAt > seen.occurredAt) latest.set(a.dealId!, a);
  }
  const ids = [...latest.values()].map((a) => a.id);
  const signals = await inChunks(ids, (chunk) =>
    em.find(CustomerSignal, { select: { activityId: true, tag: true }, where: { activityId: In(chunk) } }),
  );
  const tags = new Map<string, SignalTag[]>();
  for (const s of signals) tags.set(s.activityId, [...(tags.get(s.activityId) ?? []), s.tag]);
  // Rows come back in no set order: show tags in the taxonomy's order, the same on every database.
  for (const list of tags.values()) list.sort((a, b) => SIGNAL_TAGS.indexOf(a) - SIGNAL_TAGS.indexOf(b));
  return new Map(
    [...latest].map(([dealId, a]) => [dealId, { text: a.summary || a.rawText, occurredAt: a.occurredAt, tags: tags.get(a.id) ?? [] }]),
  );
}

/** Runs an IN query over a long id list in chunks, so no statement grows past the driver's limits. */
export async function inChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) rows.push(...(await query(ids.slice(i, i + CHUNK))));
  return rows;
}
