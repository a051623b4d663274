import cron, { type ScheduledTask } from 'node-cron';
import type { DataSource } from 'typeorm';
import { log } from '../log';
import { Tenant } from '../store/entities';
import type { JobRunner } from './job-runner';
import { cronFor, SCHEDULED_JOBS } from './jobs';

/**
 * Wakes the runner with node-cron: one task per distinct (cron, zone) among the tenants' card jobs,
 * plus the scan tick (overdue scan and lead scan). The runner decides what is due, so a tick that finds nothing costs a few
 * reads, and a tick missed while the process was down is caught up on start and at every scan tick
 * (which also picks up new tenants and changed settings).
 */
export class JobScheduler {
  private readonly tasks = new Map<string, ScheduledTask>();
  private overdueTask: ScheduledTask | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: JobRunner,
    /** OVERDUE_SCAN_CRON: the overdue and lead scans (and the catch-up of the card jobs). */
    private readonly overdueScanCron: string,
  ) {}

  async start(): Promise<void> {
    await this.syncTasks();
    this.overdueTask = cron.schedule(this.overdueScanCron, () => this.serially(() => this.scanTick()), {
      name: 'overdue-scan',
      noOverlap: true,
    });
    // The catch-up runs behind the start; serially logs its failures and stop() waits for it.
    void this.serially(() => this.runner.runDue());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const task of [...this.tasks.values(), this.overdueTask]) await task?.destroy();
    this.tasks.clear();
    await this.running;
  }

  private async scanTick(): Promise<void> {
    await this.runner.scanTick();
    await this.syncTasks();
    await this.runner.runDue();
  }

  /** Runs one piece of work after the previous one, so two ticks never run the same jobs side by side here. */
  private serially(work: () => Promise<unknown>): Promise<unknown> {
    this.running = this.running.then(async () => {
      if (this.stopped) return;
      try {
        await work();
      } catch (error) {
        log.error({ err: error }, 'scheduled tick failed');
      }
    });
    return this.running;
  }

  private async syncTasks(): Promise<void> {
    const wanted = new Map<string, { expression: string; timeZone: string }>();
    for (const tenant of await this.dataSource.getRepository(Tenant).find()) {
      for (const job of SCHEDULED_JOBS) {
        const expression = cronFor(job, tenant);
        wanted.set(`${expression}|${tenant.timezone}`, { expression, timeZone: tenant.timezone });
      }
    }
    for (const [key, task] of this.tasks) {
      if (wanted.has(key)) continue;
      await task.destroy();
      this.tasks.delete(key);
    }
    for (const [key, { expression, timeZone }] of wanted) {
      if (this.tasks.has(key) || this.stopped) continue;
      this.tasks.set(
        key,
        cron.schedule(expression, () => this.serially(() => this.runner.runDue()), { timezone: timeZone, name: key, noOverlap: true }),
      );
    }
  }
}
