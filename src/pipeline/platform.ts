import type Router from '@koa/router';
import type { Middleware } from 'koa';
import type { Clock } from '../clock';
import type { PlatformIdentity } from './member-directory';
import type { OutboundChannel } from './outbox-sender';
import type { CardStore, ConsoleStore, DirectorySource, InboxPort, JobControl, SharedStates, TenantDirectory } from './ports';

/** What every platform module (bots/<name>) is given: the ports it keeps its state through, never the database. */
export interface PlatformDeps {
  clock: Clock;
  /** The raw environment: each platform validates its own variables (WECOM_*, DINGTALK_*). */
  env: Record<string, string | undefined>;
  /** Runs scheduled jobs on demand (the console's "run now"). */
  jobs: JobControl;
  /** Call after an inbound event is stored, so the worker picks it up at once. */
  onInbound: () => void;
  inbox: InboxPort;
  tenants: TenantDirectory;
  cards: CardStore;
  sharedStates: SharedStates;
  console: ConsoleStore;
  /** PUBLIC_BASE_URL: what card links to the workspace pages (paths like /w/…) are made absolute on; null: cards carry none. */
  publicBaseUrl: string | null;
}

/** Where a member's browser gets a one-time code from the platform, to sign in to the workspace pages. */
export type SignInStart = { redirect: string } | { corpId: string };

/** A platform's own sign-in for the workspace pages (WeCom OAuth, DingTalk's requestAuthCode). */
export interface PageSignIn {
  /** WeCom: the authorize URL that comes back to `returnUrl` with a code; DingTalk: the corp id the page asks a code for. Null: this platform does not serve the tenant. */
  begin(tenantId: string, returnUrl: string): Promise<SignInStart | null>;
  /** The platform account a one-time code stands for; null when the platform refuses it (used, expired, not a member of the corp). */
  accountForCode(tenantId: string, code: string): Promise<string | null>;
}

/** One platform: where its events come in (HTTP routes, or a connection it keeps) and how it sends. */
export interface Platform extends PlatformIdentity {
  routers: Router[];
  /** Run in front of every request, before body parsing and routing: access checks that must not depend on how a router matches paths. */
  guards?: Middleware[];
  /** Path prefixes of its routes that read the raw body themselves (a signature over the bytes as sent): no JSON parsing there. */
  rawBodyPaths?: string[];
  channel: OutboundChannel;
  /** How the platform's in-app browser signs a member in to the workspace pages. */
  pageSignIn?: PageSignIn;
  /** Reads the tenant's org chart (departments, members, leaders) for the directory sync. */
  directory?: DirectorySource;
  /** Opens long-lived connections (DingTalk's stream); called after the HTTP server listens. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** Extra facts for /healthz, e.g. a stream's connection state; `ok: false` makes it 503. */
  health?(): { ok: boolean; [detail: string]: unknown };
}

export type PlatformFactory = (deps: PlatformDeps) => Platform;
