import { once } from 'node:events';
import type { Server } from 'node:http';
import type Koa from 'koa';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import { consolePlatform } from '../bots/console';
import { dingtalkPlatform } from '../bots/dingtalk';
import { wecomPlatform } from '../bots/wecom';
import { systemClock, type Clock } from './clock';
import type { AppConfig, PlatformName } from './config';
import { failedMessageNotices } from './flows/failed-message';
import { createInboxHandler } from './flows/handle-inbound';
import { loadRuleBook } from './flows/rule-book';
import { JobRunner } from './jobs/job-runner';
import { JobScheduler } from './jobs/job-scheduler';
import { createHttpApp } from './http/app';
import { createMetrics } from './http/metrics';
import { leadRouter } from './http/lead-routes';
import { log } from './log';
import { DEFAULT_INBOX_OPTIONS, InboxWorker } from './pipeline/inbox-worker';
import { DEFAULT_OUTBOX_OPTIONS, OutboxSender } from './pipeline/outbox-sender';
import { MemberDirectory } from './pipeline/member-directory';
import type { Platform, PlatformFactory } from './pipeline/platform';
import type { DirectorySource, JobControl } from './pipeline/ports';
import { inboxPort } from './pipeline/inbox';
import { cardStore, consoleStore, sharedStates, tenantDirectory } from './store/platform-ports';
import { openDatabase } from './store/data-source';
import { LlmUsage, Tenant } from './store/entities';
import { inTransaction } from './store/transaction';
import { seedDemoTenant } from './tenant-import/demo-tenant';
import { createUnderstanding } from './understanding/chooser';
import { workspaceRouter } from './web/workspace-routes';

/** Every platform this build knows; PLATFORMS chooses which run. */
const PLATFORM_FACTORIES: Partial<Record<PlatformName, PlatformFactory>> = {
  console: consolePlatform,
  dingtalk: dingtalkPlatform,
  wecom: wecomPlatform,
};

export interface BotOptions {
  clock?: Clock;
  /** Scheduled cards and the overdue scan; on unless a test turns them off (or SCHEDULED_JOBS=off). */
  jobs?: boolean;
  /**
   * Start the rule threads with the worker instead of on the first message (about a second of loading the
   * first rep after a deploy would wait). The process entry sets it; a bot a test starts loads them only if it uses them.
   */
  warmRules?: boolean;
}

export interface RunningBot {
  /** Base URL of the HTTP server, e.g. http://127.0.0.1:3000. */
  url: string;
  dataSource: DataSource;
  worker: InboxWorker;
  sender: OutboxSender;
  jobs: JobRunner;
  /** The demo tenant's key for POST /api/leads when this start seeded it (shown once: only its hash is kept). */
  demoLeadApiKey: string | null;
  stop(): Promise<void>;
}

/** Starts one instance: database (migrated), understanding, enabled platforms, worker, sender, HTTP. */
export async function startBot(config: AppConfig, options: BotOptions = {}): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  // Split roles put taking messages in (acknowledged within ms) and handling them (CPU, a model) in two processes.
  const serves = config.role !== 'worker';
  const works = config.role !== 'web';
  const dataSource = await openDatabase(config.databaseUrl, config.databasePoolSize);

  const understanding = createUnderstanding({
    llm: config.llm,
    maxChars: config.maxUnderstoodChars,
    // Only an instance that handles messages reads them; a thread starts on its first message.
    ruleThreads: works ? config.ruleThreads : 0,
    onUsage: async (usage) => {
      await inTransaction(dataSource, (em) => em.getRepository(LlmUsage).insert({ ...usage, reason: usage.reason ?? null }));
    },
  });
  const ruleBook = loadRuleBook(config.rulesDir ?? undefined);
  // Filled once the platforms exist (they are given the runner for the console's job buttons).
  const directories = new Map<string, DirectorySource>();
  const jobs = new JobRunner({ dataSource, clock, ruleBook, onEnqueued: () => sender.wake(), directories });
  const scheduled = works && config.scheduledJobs && options.jobs !== false;
  const scheduler = scheduled ? new JobScheduler(dataSource, jobs, config.overdueScanCron) : null;

  const platforms = createPlatforms(config, dataSource, clock, { jobs, onInbound: () => worker.wake() });
  for (const platform of platforms) if (platform.directory) directories.set(platform.name, platform.directory);
  const members = new MemberDirectory(platforms);
  const channels = Object.fromEntries(platforms.map((platform) => [platform.name, platform.channel]));
  const sender = new OutboxSender(
    dataSource,
    channels,
    clock,
    {
      ...DEFAULT_OUTBOX_OPTIONS,
      concurrency: config.workerConcurrency,
      retryWindowMs: config.outboxRetryWindowMs,
      degradedAfterMs: config.platformDegradedAfterMs,
    },
    members,
  );
  const worker = new InboxWorker(
    dataSource,
    createInboxHandler(dataSource, understanding, ruleBook, members, clock),
    clock,
    { committed: () => sender.wake(), gaveUp: failedMessageNotices(members) },
    { ...DEFAULT_INBOX_OPTIONS, concurrency: config.workerConcurrency },
  );
  // After the platforms have checked their variables: a bot that cannot start writes nothing.
  // Only into an empty database: a deployment that imported its own tenants never gets demo data.
  let demoLeadApiKey: string | null = null;
  if (serves && config.seedDemoTenant && (await dataSource.getRepository(Tenant).count()) === 0) {
    demoLeadApiKey = (await seedDemoTenant(dataSource, clock.now()))?.leadApiKey ?? null;
    log.info('demo tenant seeded');
  }

  // A worker answers /healthz and /metrics only.
  const served = serves ? platforms : [];
  const app = createHttpApp({
    guards: served.flatMap((platform) => platform.guards ?? []),
    rawBodyPaths: served.flatMap((platform) => platform.rawBodyPaths ?? []),
    trustedProxies: config.trustedProxies,
    routers: [
      ...served.flatMap((platform) => platform.routers),
      ...(serves
        ? [
            leadRouter({ dataSource, clock, ruleBook, onEnqueued: () => sender.wake() }),
            workspaceRouter({
              dataSource,
              clock,
              ruleBook,
              trustedProxies: config.trustedProxies,
              publicBaseUrl: config.publicBaseUrl,
              signIns: Object.fromEntries(platforms.flatMap((p) => (p.pageSignIn && p.name !== 'console' ? [[p.name, p.pageSignIn]] : []))),
              consoleSignIn: config.platforms.includes('console'),
            }),
          ]
        : []),
    ],
    health: async () => {
      // /healthz is open: the reason goes to the log, the answer says only that the database is unreachable.
      const database = await dataSource.query('SELECT 1').then(
        () => 'ok',
        (error: unknown) => {
          log.error({ err: error }, 'health check: database unreachable');
          return 'unreachable';
        },
      );
      const now = clock.now();
      const platformHealth = Object.fromEntries(
        // A worker opens no inbound connections: it reports only how sending goes.
        platforms.map((p) => [p.name, { ...((serves && p.health?.()) || { ok: true }), api: sender.health.api(p.name, now) }]),
      );
      const ok = database === 'ok' && Object.values(platformHealth).every((h) => h.ok);
      // Degraded still answers 200: the process works and keeps the messages; sending waits for the platform.
      const degraded = Object.values(platformHealth).some((h) => h.api.state === 'degraded');
      const status = !ok ? 'down' : degraded ? 'degraded' : 'ok';
      return { ok, status, database, platforms: platformHealth, understanding: understanding.stats() };
    },
    metrics: createMetrics({
      dataSource,
      understanding: () => understanding.stats(),
      delivery: sender.health,
      platforms: config.platforms,
      now: () => clock.now(),
    }),
    metricsToken: config.metricsToken,
  });
  const server = await listen(app, config.port);
  if (serves) for (const platform of platforms) await platform.start?.();
  if (works) {
    worker.start();
    sender.start();
    if (options.warmRules && config.ruleThreads > 0)
      void understanding
        .warmUp()
        .then((running) =>
          running > 0
            ? log.info({ running }, 'rule threads loaded')
            : log.warn('rule threads did not start: a message starts one again, or is read on the event loop'),
        );
  }
  await scheduler?.start();
  const { port } = server.address() as AddressInfo;
  log.info({ port, role: config.role, platforms: config.platforms, llm: config.llm?.model ?? 'rules only' }, 'salesbot started');

  return {
    url: `http://127.0.0.1:${port}`,
    dataSource,
    worker,
    sender,
    jobs,
    demoLeadApiKey,
    async stop() {
      await scheduler?.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const platform of platforms) await platform.stop?.();
      await worker.stop();
      await sender.stop();
      await understanding.stop();
      await dataSource.destroy();
    },
  };
}

/** The enabled platforms (PLATFORMS), each given the ports it keeps its state through. */
export function createPlatforms(
  config: AppConfig,
  dataSource: DataSource,
  clock: Clock,
  { jobs, onInbound }: { jobs: JobControl; onInbound: () => void },
): Platform[] {
  const ports = {
    inbox: inboxPort(dataSource),
    tenants: tenantDirectory(dataSource),
    cards: cardStore(dataSource, clock),
    sharedStates: sharedStates(dataSource),
    console: consoleStore(dataSource),
  };
  return config.platforms.map((name): Platform => {
    const factory = PLATFORM_FACTORIES[name];
    if (!factory) throw new Error(`platform ${name} is not available in this build`);
    return factory({ ...ports, clock, env: config.env, jobs, onInbound, publicBaseUrl: config.publicBaseUrl });
  });
}

/** Koa's own listen, so Koa answers a failing request itself; a port in use rejects here. */
async function listen(app: Koa, port: number): Promise<Server> {
  const server = app.listen(port);
  await once(server, 'listening');
  return server;
}
