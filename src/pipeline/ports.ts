import type { Card } from '../../cards/card';
import type { UserRole } from '../domain/people';
import type { InboxStatus } from '../store/entities/inbox-item.entity';
import type { InboundEvent, PlatformName } from './inbound-event';

// What a platform (bots/<name>) may keep and look up, as small interfaces: src/store implements them,
// src/bot.ts hands them over, and no platform touches the database itself.

export type StoreResult = { stored: true; id: number } | { stored: false; reason: 'duplicate' };

/** Where deliveries are stored before the platform is acknowledged (unique per delivery id: a redelivery changes nothing). */
export interface InboxPort {
  store(event: InboundEvent): Promise<StoreResult>;
  /** The same for a busy callback route: deliveries arriving together are written together (group commit). */
  storeBatched(event: InboundEvent): Promise<void>;
  /** How far the worker is with a stored delivery; null when it is not stored. */
  status(platform: PlatformName, tenantId: string, deliveryId: string): Promise<InboxStatus | null>;
}

/** The scheduled jobs the console may run now. */
export interface JobControl {
  readonly consoleJobs: readonly string[];
  /** Runs one (a name of `consoleJobs`) for a tenant as of `at`: how many people got something; null when there is no such tenant. */
  runConsoleJob(name: string, tenantId: string, at: Date): Promise<number | null>;
}

/** Which tenant is which corp (or app's corp) of a platform: the tenant's settings.<platform>.corpId. */
export interface TenantDirectory {
  tenantOfCorp(platform: PlatformName, corpId: string): Promise<string | null>;
  corpOfTenant(tenantId: string, platform: PlatformName): Promise<string | null>;
}

/** A card as it is now, with what its platform keeps about it between calls. */
export interface SentCard {
  card: Card;
  /** The platform's id for the card, once sent. */
  platformCardId: string | null;
  /** The platform's own notes on the card (WeCom: its response codes), in the platform's shape. */
  platformState: object | null;
}

export interface CardStore {
  find(tenantId: string, cardId: string): Promise<SentCard | null>;
  keep(tenantId: string, cardId: string, changes: Partial<Pick<SentCard, 'platformCardId' | 'platformState'>>): Promise<void>;
}

/**
 * A state per key shared by every instance (WeCom's per-member send budget): `change` reads it (null at
 * first) locked against the other instances and writes back the state it returns.
 */
export interface SharedStates {
  change<R>(key: string, now: Date, change: (state: object | null) => { state: object; result: R }): Promise<R>;
}

export interface ConsoleMember {
  id: string;
  name: string;
  role: UserRole;
  team: string | null;
}

export interface ConsoleCustomer {
  id: string;
  name: string;
  aliases: string[];
  /** Its open deal, else its latest. */
  deal: { id: string; stage: string; amount: number | null } | null;
}

/** What the bot delivered (`text`, `card`), and what the member sent (`own`): the whole conversation. */
export type FeedEntry = { kind: 'text' | 'own'; text: string } | { kind: 'card'; card: Card };
export type FeedItem = FeedEntry & { seq: number; at: Date };

/** What the local console shows: the members to act as, what each may see, and each member's feed: the conversation with the bot. */
export interface ConsoleStore {
  members(tenantId: string): Promise<ConsoleMember[]>;
  member(tenantId: string, userId: string): Promise<ConsoleMember | null>;
  customersSeenBy(tenantId: string, userId: string): Promise<ConsoleCustomer[]>;
  /** Returns the entry's seq in the feed. */
  append(tenantId: string, userId: string, entry: FeedEntry, at: Date): Promise<number>;
  feedAfter(tenantId: string, userId: string, after: number, limit: number): Promise<FeedItem[]>;
}

/** A department of the platform's org chart, in neutral terms. */
export interface DirectoryDepartment {
  id: string;
  name: string;
  /** Null for the root. */
  parentId: string | null;
  /** Accounts the platform names as the department's leaders (WeCom 部门负责人, DingTalk 主管). */
  leaderIds: string[];
}

/** A member as the platform's directory lists them. */
export interface DirectoryMember {
  accountId: string;
  name: string;
  /** Their departments, the main one first. */
  departmentIds: string[];
  /** Departments the member leads. */
  leads: string[];
}

export interface Directory {
  departments: DirectoryDepartment[];
  members: DirectoryMember[];
}

/** Reads a platform's org chart for a tenant (the members within the app's visible range). */
export interface DirectorySource {
  /** Null: the platform does not serve the tenant. Throws when the platform cannot be read whole (a partial chart would mark members as left). */
  read(tenantId: string): Promise<Directory | null>;
}
