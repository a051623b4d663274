import { LessThan, MoreThanOrEqual, type DataSource } from 'typeorm';
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

/** The team's values from `weekStartDay` on (in day order), and the last value before it. */
export async function healthHistory(
  dataSource: DataSource,
  tenantId: string,
  scopeId: string,
  weekStartDay: string,
): Promise<{ thisWeek: HealthSnapshot[]; lastBefore: HealthSnapshot | null }> {
  const snapshots = dataSource.getRepository(HealthSnapshot);
  const thisWeek = await snapshots.find({ where: { tenantId, scopeId, day: MoreThanOrEqual(weekStartDay) }, order: { day: 'ASC' } });
  const lastBefore = await snapshots.findOne({ where: { tenantId, scopeId, day: LessThan(weekStartDay) }, order: { day: 'DESC' } });
  return { thisWeek, lastBefore };
}
