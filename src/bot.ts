import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { DataSource } from 'typeorm';
import { ConsoleFeed } from '../bots/console/console-feed';
import { consoleRouter } from '../bots/console/console-routes';
import { systemClock, type Clock } from './clock';
import type { AppConfig } from './config';
import { createInboxHandler } from './flows/handle-inbound';
import { createHttpApp } from './http/app';
import { log } from './log';
import { InboxWorker } from './pipeline/inbox-worker';
import { OutboxSender, type OutboundChannel } from './pipeline/outbox-sender';
import type { PlatformName } from './pipeline/inbound-event';
import { openDatabase } from './store/data-source';
import { LlmUsage } from './store/entities';
import { inTransaction } from './store/transaction';
import { seedDemoTenant } from './tenant-import/demo-tenant';
import { createUnderstanding } from './understanding/chooser';

export interface BotOptions {
  clock?: Clock;
}

export interface RunningBot {
  /** Base URL of the HTTP server, e.g. http://127.0.0.1:3000. */
  url: string;
  dataSource: DataSource;
  worker: InboxWorker;
  sender: OutboxSender;
  stop(): Promise<void>;
}

/** Starts one instance: database (migrated), understanding, enabled platforms, worker, sender, HTTP. */
export async function startBot(config: AppConfig, options: BotOptions = {}): Promise<RunningBot> {
  const clock = options.clock ?? systemClock;
  const dataSource = await openDatabase(config.databaseUrl);
  if (config.seedDemoTenant) {
    const seeded = await seedDemoTenant(dataSource, clock.now());
    if (seeded) log.info('demo tenant seeded');
  }

  const understanding = createUnderstanding({
    llm: config.llm,
    onUsage: async (usage) => {
      await inTransaction(dataSource, (em) => em.getRepository(LlmUsage).insert({ ...usage, reason: usage.reason ?? null }));
    },
  });
  const channels: Partial<Record<PlatformName, OutboundChannel>> = {};
  const routers: Router[] = [];
  const sender = new OutboxSender(dataSource, channels, clock);
  const worker = new InboxWorker(dataSource, createInboxHandler(dataSource, understanding), clock, () => sender.wake());

  if (config.platforms.includes('console')) {
    const feed = new ConsoleFeed(dataSource);
    channels.console = feed;
    routers.push(consoleRouter({ dataSource, feed, clock, onInbound: () => worker.wake() }));
  }

  const app = createHttpApp({
    routers,
    health: async () => {
      const database = await dataSource.query('SELECT 1').then(
        () => 'ok',
        (error: Error) => error.message,
      );
      return { ok: database === 'ok', database, platforms: config.platforms, understanding: understanding.stats() };
    },
  });
  const server = await listen(app.callback(), config.port);
  worker.start();
  sender.start();
  const { port } = server.address() as AddressInfo;
  log.info({ port, platforms: config.platforms, llm: config.llm?.model ?? 'rules only' }, 'salesbot started');

  return {
    url: `http://127.0.0.1:${port}`,
    dataSource,
    worker,
    sender,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await worker.stop();
      await sender.stop();
      await dataSource.destroy();
    },
  };
}

async function listen(handler: RequestListener, port: number): Promise<Server> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return server;
}
