import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { HealthSnapshot } from './entities';
import { inTransaction } from './transaction';

/** Keeps teams' index for a local day; the first value of the day stays (a re-run changes nothing). One statement for all teams. */
export async function keepHealthSnapshots(dataSource: DataSource, snapshots: readonly Omit<HealthSnapshot, 'id'>[]): Promise<void> {
  if (snapshots.length === 0) return;
  await inTransaction(dataSource, (em) =>
    em
      .createQueryBuilder()
      .insert()
      .into(HealthSnapshot)
      .values([...snapshots])
      .orIgnore()
      .updateEntity(false)
      .execute(),
  );
}

export interface HealthHistory {
  /** Values from the week's first day on, in day order. */
  thisWeek: HealthSnapshot[];
  /** The last value before the week. */
  lastBefore: HealthSnapshot | null;
}

/** Every team's history of the tenant around the week that starts on `weekStartDay`, in two queries. */
export async function healthHistories(dataSource: DataSource, tenantId: string, weekStartDay: string): Promise<Map<string, HealthHistory>> {
  const snapshots = dataSource.getRepository(HealthSnapshot);
  const thisWeek = await snapshots.find({ where: { tenantId, day: MoreThanOrEqual(weekStartDay) }, order: { day: 'ASC' } });
  const lastBefore = await snapshots
    .createQueryBuilder('snapshot')
    .innerJoin(
      (latest) =>
        latest
          .select('earlier.scopeId', 'scopeId')
          .addSelect('MAX(earlier.day)', 'day')
          .from(HealthSnapshot, 'earlier')
          .where('earlier.tenantId = :tenantId AND earlier.day < :weekStartDay')
          .groupBy('earlier.scopeId'),
      'latest',
      'latest.scopeId = snapshot.scopeId AND latest.day = snapshot.day',
    )
    .where('snapshot.tenantId = :tenantId')
    .setParameters({ tenantId, weekStartDay })
    .getMany();
  const histories = new Map<string, HealthHistory>();
  const of = (scopeId: string) => {
    if (!histories.has(scopeId)) histories.set(scopeId, { thisWeek: [], lastBefore: null });
    return histories.get(scopeId)!;
  };
  for (const snapshot of thisWeek) of(snapshot.scopeId).thisWeek.push(snapshot);
  for (const snapshot of lastBefore) of(snapshot.scopeId).lastBefore = snapshot;
  return histories;
}
