import { MoreThanOrEqual, type DataSource } from 'typeorm';
import { HealthSnapshot } from './entities';
import { inTransaction } from './transaction';
import { groupBy } from '../domain/collections';

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

/** Each team's kept values of the tenant from the week's first day on (`weekStartDay`), in day order, by scope. */
export async function healthHistories(
  dataSource: DataSource,
  tenantId: string,
  weekStartDay: string,
): Promise<Map<string, HealthSnapshot[]>> {
  const thisWeek = await dataSource
    .getRepository(HealthSnapshot)
    .find({ where: { tenantId, day: MoreThanOrEqual(weekStartDay) }, order: { day: 'ASC' } });
  return groupBy(thisWeek, (snapshot) => snapshot.scopeId);
}
