import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { DataSource } from 'typeorm';
import type { Clock } from '../clock';
import type { JobRunner } from '../jobs/job-runner';
import type { PlatformIdentity } from './member-directory';
import type { OutboundChannel } from './outbox-sender';

/** What every platform module (bots/<name>) is given. */
export interface PlatformDeps {
  dataSource: DataSource;
  clock: Clock;
  /** The raw environment: each platform validates its own variables (WECOM_*, DINGTALK_*). */
  env: Record<string, string | undefined>;
  /** Runs scheduled jobs on demand (the console's "run now"). */
  jobs: JobRunner;
  /** Call after an inbound event is stored, so the worker picks it up at once. */
  onInbound: () => void;
}

/** One platform: where its events come in (HTTP routes, or a connection it keeps) and how it sends. */
export interface Platform extends PlatformIdentity {
  routers: Router[];
  /** Run in front of every request, before body parsing and routing: access checks that must not depend on how a router matches paths. */
  guards?: Middleware[];
  channel: OutboundChannel;
  /** Opens long-lived connections (DingTalk's stream); called after the HTTP server listens. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** Extra facts for /healthz, e.g. a stream's connection state; `ok: false` makes it 503. */
  health?(): { ok: boolean; [detail: string]: unknown };
}

export type PlatformFactory = (deps: PlatformDeps) => Platform;
