import { type DataSource } from 'typeorm';
import { isDuplicateKeyError } from '../store/db-errors';
import { JobRun } from '../store/entities';
import { inTransaction } from '../store/transaction';

/** A claim not finished after this long belongs to a process that died: another may take it over. */
export const STALE_CLAIM_MS = 30 * 60_000;

export interface PeriodKey {
  job: string;
  tenantId: string;
  period: string;
}

/**
 * Takes the `(job, tenant, period)` row before any work: the unique key lets exactly one instance
 * win. A stale unfinished claim is taken over; what its first holder already wrote stays single
 * because every delivery carries a dedupe key.
 */
export async function claimPeriod(dataSource: DataSource, key: PeriodKey, instanceId: string, now: Date): Promise<boolean> {
  try {
    await inTransaction(dataSource, (em) => em.insert(JobRun, { ...key, instanceId, startedAt: now, finishedAt: null }));
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
  }
  const taken = await inTransaction(dataSource, (em) =>
    em
      .createQueryBuilder()
      .update(JobRun)
      .set({ instanceId, startedAt: now })
      .where('job = :job AND tenantId = :tenantId AND period = :period AND finishedAt IS NULL AND startedAt < :stale', {
        ...key,
        stale: new Date(now.getTime() - STALE_CLAIM_MS),
      })
      .execute(),
  );
  return (taken.affected ?? 0) > 0;
}

export async function finishPeriod(dataSource: DataSource, key: PeriodKey, instanceId: string, now: Date): Promise<void> {
  await inTransaction(dataSource, (em) => em.update(JobRun, { ...key, instanceId }, { finishedAt: now }));
}
