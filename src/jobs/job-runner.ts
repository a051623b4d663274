import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import { isWorkday } from '../domain/business-calendar';
import { chunksOf } from '../domain/collections';
import type { RuleBook } from '../flows/rule-book';
import { scanLeads } from '../flows/scan-leads';
import { scanOverdue } from '../flows/scan-overdue';
import { log } from '../log';
import type { Delivery } from '../flows/delivery';
import { persistSends } from '../pipeline/effects';
import type { DirectorySource, JobControl } from '../pipeline/ports';
import { isDuplicateKeyError } from '../store/db-errors';
import { Tenant } from '../store/entities';
import { inTransaction } from '../store/transaction';
import { claimPeriod, finishPeriod, type PeriodKey } from './claim-period';
import { latestOccurrence } from './cron-occurrence';
import { calendarOf } from '../flows/tenant-calendar';
import { CONSOLE_JOBS, cronFor, SCHEDULED_JOBS, type ConsoleJobName, type ScheduledJob } from './jobs';

export interface JobRunnerDeps {
  dataSource: DataSource;
  clock: Clock;
  ruleBook: RuleBook;
  /** Called after deliveries were enqueued, so the sender looks at once. */
  onEnqueued?: () => void;
  instanceId?: string;
  /** The platforms' org charts, for the directory sync. */
  directories?: ReadonlyMap<string, DirectorySource>;
}

/** One transaction per this many people: a log flush per person made 5,000 briefings slow. */
const DELIVERIES_PER_TRANSACTION = 100;

/**
 * Runs the card jobs: for each tenant and job, finds the run that is due (the latest scheduled time
 * inside its catch-up window, on a workday), claims its period, and writes one delivery per person.
 * A tenant that fails is logged; the others still get their cards.
 */
export class JobRunner implements JobControl {
  readonly instanceId: string;
  readonly consoleJobs = Object.keys(CONSOLE_JOBS);

  constructor(private readonly deps: JobRunnerDeps) {
    this.instanceId = deps.instanceId ?? `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  }

  /** Every due run of every tenant at `now`; returns how many people got something. */
  async runDue(now: Date = this.deps.clock.now()): Promise<number> {
    let sent = 0;
    for (const tenant of await this.deps.dataSource.getRepository(Tenant).find()) {
      for (const job of SCHEDULED_JOBS) {
        try {
          const due = latestOccurrence(cronFor(job, tenant), tenant.timezone, now, job.catchUpHours);
          if (due && (job.everyDay || isWorkday(due, calendarOf(tenant)))) sent += await this.runPeriod(job, tenant, due.toJSDate(), now);
        } catch (error) {
          log.error({ err: error, tenantId: tenant.id, job: job.name }, 'scheduled job failed for a tenant');
        }
      }
    }
    return sent;
  }

  /**
   * One job for one tenant "as of" `at`, whatever the schedule says (the console's run button), through
   * the same claim: a period already sent is not sent again.
   */
  async runAsOf(job: ScheduledJob, tenant: Tenant, at: Date): Promise<number> {
    return this.runPeriod(job, tenant, at, at);
  }

  /** A job the console names, for one tenant as of `at` (see runAsOf); null when there is no such tenant. */
  async runConsoleJob(name: string, tenantId: string, at: Date): Promise<number | null> {
    const tenant = await this.deps.dataSource.getRepository(Tenant).findOneBy({ id: tenantId });
    if (!tenant) return null;
    const job = CONSOLE_JOBS[name as ConsoleJobName];
    if (job === 'overdue-scan') return this.scanOverdue(at, tenant.id);
    let sent = 0;
    for (const each of job) sent += await this.runAsOf(each, tenant, at);
    return sent;
  }

  /** The overdue scan (of one tenant, or all): each breach carries its own unique key, so it needs no period claim. */
  async scanOverdue(now: Date = this.deps.clock.now(), tenantId?: string): Promise<number> {
    const { alerts } = await scanOverdue(this.deps.dataSource, { now, ruleBook: this.deps.ruleBook, tenantId });
    if (alerts > 0) this.deps.onEnqueued?.();
    return alerts;
  }

  /** The lead scan (issue 8): escalations and returns to the pool, each claimed by its own unique key. */
  async scanLeads(now: Date = this.deps.clock.now()): Promise<number> {
    const { escalations } = await scanLeads(this.deps.dataSource, { now, ruleBook: this.deps.ruleBook, calendarOf });
    if (escalations > 0) this.deps.onEnqueued?.();
    return escalations;
  }

  /** What the scan tick (every 10 minutes by default) runs before the due card jobs: both scans. */
  async scanTick(now: Date = this.deps.clock.now()): Promise<{ alerts: number; escalations: number }> {
    return { alerts: await this.scanOverdue(now), escalations: await this.scanLeads(now) };
  }

  /**
   * Writes deliveries in one transaction with outbox dedupe keys `job:tenant:period:user:i`; returns how
   * many were written. A batch meeting a key an earlier holder of a stale claim wrote is written
   * person by person, and that person's cards are already on their way.
   */
  private async write(key: PeriodKey, deliveries: readonly Delivery[]): Promise<number> {
    const { dataSource, clock } = this.deps;
    const effects = deliveries.flatMap((delivery) => {
      const prefix = `${key.job}:${key.tenantId}:${key.period}:${delivery.recipientId}`;
      return delivery.effects.map((effect, i) => ({ ...effect, dedupeKey: `${prefix}:${i}` }));
    });
    try {
      await inTransaction(dataSource, (em) => persistSends(em, { tenantId: key.tenantId, now: clock.now() }, effects));
      return deliveries.length;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      if (deliveries.length === 1) return 0;
      let sent = 0;
      for (const delivery of deliveries) sent += await this.write(key, [delivery]);
      return sent;
    }
  }

  /** `scheduledAt` names the period; `asOf` is the instant the flow judges silence and due times at. */
  private async runPeriod(job: ScheduledJob, tenant: Tenant, scheduledAt: Date, asOf: Date): Promise<number> {
    const { dataSource, clock, ruleBook } = this.deps;
    const key: PeriodKey = { job: job.name, tenantId: tenant.id, period: job.period(scheduledAt, tenant.timezone) };
    if (!(await claimPeriod(dataSource, key, this.instanceId, clock.now()))) return 0;
    const deliveries = await job.deliveries(dataSource.manager, tenant, asOf, ruleBook, {
      directories: this.deps.directories ?? new Map(),
    });
    let sent = 0;
    for (const batch of chunksOf(deliveries, DELIVERIES_PER_TRANSACTION)) sent += await this.write(key, batch);
    await finishPeriod(dataSource, key, this.instanceId, clock.now());
    if (sent > 0) this.deps.onEnqueued?.();
    log.info({ ...key, sent }, 'scheduled job ran');
    return sent;
  }
}
