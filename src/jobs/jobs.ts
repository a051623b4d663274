import type { EntityManager } from 'typeorm';
import { dayPeriod, weekPeriod } from '../domain/business-calendar';
import { closeWeek } from '../flows/close-week';
import { managerBriefings, repBriefings } from '../flows/daily-briefing';
import type { Delivery } from '../flows/delivery';
import { fridayWarnings } from '../flows/friday-warning';
import { weeklyPoolDeliveries } from '../flows/lead-pool';
import type { RuleBook } from '../flows/rule-book';
import { syncFromPlatforms } from '../flows/sync-directory';
import type { DirectorySource } from '../pipeline/ports';
import { log } from '../log';
import type { JobSettings, Tenant } from '../store/entities/tenant.entity';
import { isValidCron } from './cron-occurrence';

/** A card job that runs once per tenant and period, on a cron in the tenant's zone, on workdays. */
export interface ScheduledJob {
  /** The claim's job name, also the dedupe-key prefix. */
  name: string;
  defaultCron: string;
  /** The tenant setting that may move it; none: it runs at its default time. */
  cronSetting?: keyof Pick<
    JobSettings,
    'fridayWarningCron' | 'managerBriefingCron' | 'repBriefingCron' | 'leadPoolCron' | 'directorySyncCron'
  >;
  /** Runs on days off too (the card jobs run on workdays only). */
  everyDay?: boolean;
  /**
   * How long after its time a missed run is still worth sending (never past the end of that local
   * day): a Friday list at 15:40 or 20:00 still helps, a briefing after noon is yesterday's news.
   */
  catchUpHours: number;
  period(at: Date, timeZone: string): string;
  deliveries(em: EntityManager, tenant: Tenant, at: Date, ruleBook: RuleBook, platforms: JobPlatforms): Promise<Delivery[]>;
}

/** What the platforms lend the jobs: each one's org chart, by platform name. */
export interface JobPlatforms {
  directories: ReadonlyMap<string, DirectorySource>;
}

export const FRIDAY_WARNING_JOB: ScheduledJob = {
  name: 'friday-warning',
  defaultCron: '0 15 * * 5',
  cronSetting: 'fridayWarningCron',
  catchUpHours: 24,
  period: weekPeriod,
  deliveries: (em, tenant, at) => fridayWarnings(em, tenant, at),
};

export const MANAGER_BRIEFING_JOB: ScheduledJob = {
  name: 'daily-briefing-manager',
  defaultCron: '0 8 * * *',
  cronSetting: 'managerBriefingCron',
  catchUpHours: 4,
  period: dayPeriod,
  deliveries: managerBriefings,
};

export const REP_BRIEFING_JOB: ScheduledJob = {
  name: 'daily-briefing-rep',
  defaultCron: '30 8 * * *',
  cronSetting: 'repBriefingCron',
  catchUpHours: 4,
  period: dayPeriod,
  deliveries: repBriefings,
};

/** Issue 8: the nurture pool (公海) listed to every manager weekly, Monday morning. */
export const LEAD_POOL_JOB: ScheduledJob = {
  name: 'lead-pool-weekly',
  defaultCron: '0 9 * * 1',
  cronSetting: 'leadPoolCron',
  catchUpHours: 24,
  period: weekPeriod,
  deliveries: (em, tenant) => weeklyPoolDeliveries(em, tenant),
};

/** Monday 00:00, any day: the week that ended is kept per scope, so 上周 is never recomputed (docs/metrics.md). */
export const WEEK_CLOSE_JOB: ScheduledJob = {
  name: 'week-close',
  defaultCron: '0 0 * * 1',
  everyDay: true,
  catchUpHours: 24,
  period: weekPeriod,
  deliveries: closeWeek,
};

/**
 * Every day at 06:00, before the briefings: the org chart from each platform that serves the tenant
 * (members, teams, managers; who left, with the handover to their manager, written with the change).
 */
export const DIRECTORY_SYNC_JOB: ScheduledJob = {
  name: 'directory-sync',
  defaultCron: '0 6 * * *',
  cronSetting: 'directorySyncCron',
  everyDay: true,
  catchUpHours: 12,
  period: dayPeriod,
  async deliveries(em, tenant, at, _ruleBook, { directories }) {
    const results = await syncFromPlatforms(em.connection, { tenantId: tenant.id, directories, now: at });
    log.info({ tenantId: tenant.id, results }, 'directory synced');
    for (const [platform, result] of Object.entries(results))
      if (result.withheld.length > 0)
        log.warn(
          { tenantId: tenant.id, platform, withheld: result.withheld.length },
          'directory lists nobody or drops most of the team: nobody marked as left',
        );
    return [];
  },
};

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  DIRECTORY_SYNC_JOB,
  WEEK_CLOSE_JOB,
  FRIDAY_WARNING_JOB,
  MANAGER_BRIEFING_JOB,
  REP_BRIEFING_JOB,
  LEAD_POOL_JOB,
];

/** The names the console's run route takes (docs/contracts/console.md); the page's manager buttons run four of them. */
export const CONSOLE_JOBS = {
  'friday-warning': [FRIDAY_WARNING_JOB],
  'daily-briefing': [MANAGER_BRIEFING_JOB, REP_BRIEFING_JOB],
  'manager-briefing': [MANAGER_BRIEFING_JOB],
  'rep-briefing': [REP_BRIEFING_JOB],
  'lead-pool': [LEAD_POOL_JOB],
  'overdue-scan': 'overdue-scan',
} as const;
export type ConsoleJobName = keyof typeof CONSOLE_JOBS;

/** The tenant's cron for a job; a bad expression is logged and the default used, so one typo does not silence a tenant. */
export function cronFor(job: ScheduledJob, tenant: Tenant): string {
  const configured = job.cronSetting && tenant.settings.jobs?.[job.cronSetting];
  if (configured === undefined) return job.defaultCron;
  if (isValidCron(configured)) return configured;
  log.warn({ tenantId: tenant.id, job: job.name, cron: configured }, 'invalid cron in tenant settings, using the default');
  return job.defaultCron;
}
