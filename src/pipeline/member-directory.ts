import type { EntityManager } from 'typeorm';
import { CardRecord, User, type OutboxItem } from '../store/entities';
import { accountsOf, lastWrittenPlatform, memberByAccount } from '../store/member-accounts';
import type { PlatformName } from './inbound-event';
import { platformAccountOf } from './outbound-message';

/** How a platform names people; each platform declares it (see Platform). */
export interface PlatformIdentity {
  name: PlatformName;
  /** Names people by our member ids (the console, whose user picks who they are): every member has a seat, no account rows. */
  membersById?: true;
  /** What its accounts are called, in the reply to someone not listed yet (企业微信账号). */
  accountName?: string;
}

/** Where an outbox row goes (a platform and the account on it), or why it goes nowhere now. */
export type Route = { platform: PlatformName; to: string } | { unreachable: string; retryable: boolean };

/**
 * Who is who across platforms, so that flows deal in members only. A platform names people by its own
 * accounts (member_accounts), except one that names them by our member ids: the console, whose user
 * picks who they are, and on which every member has a seat.
 */
export class MemberDirectory {
  private readonly byMemberId: ReadonlySet<string>;
  private readonly accountNames: ReadonlyMap<string, string>;

  constructor(platforms: readonly PlatformIdentity[] = []) {
    this.byMemberId = new Set(platforms.filter((p) => p.membersById).map((p) => p.name));
    this.accountNames = new Map(platforms.map((p) => [p.name, p.accountName ?? '账号']));
  }

  /** What a platform's accounts are called, for telling someone not listed their id; null where people are named by member id. */
  accountName(platform: string): string | null {
    return this.byMemberId.has(platform) ? null : (this.accountNames.get(platform) ?? '账号');
  }

  /** The member an inbox row came from; null when the tenant does not list them. */
  sender(em: EntityManager, row: { tenantId: string; platform: string; senderId: string }): Promise<User | null> {
    if (this.byMemberId.has(row.platform)) return em.findOneBy(User, { tenantId: row.tenantId, id: row.senderId });
    return memberByAccount(em, row.tenantId, row.platform, row.senderId);
  }

  /**
   * Where a row goes, among the platforms `enabled` here (in PLATFORMS order). A row that names its
   * platform (a reply, the update of a card) goes there; any other goes to the member's platform
   * (docs/decisions.md): the one they last wrote from, else the first they have an account on, else
   * the console when it runs.
   */
  async route(em: EntityManager, row: OutboxItem, enabled: readonly PlatformName[]): Promise<Route> {
    const who = `member ${row.recipientId} of tenant ${row.tenantId}`;
    const account = platformAccountOf(row);
    if (account && row.platform) return { platform: row.platform as PlatformName, to: account };
    const named = row.platform ?? (await this.cardPlatform(em, row));
    if (named && this.byMemberId.has(named)) return { platform: named as PlatformName, to: row.recipientId };
    const accounts = await accountsOf(em, row.tenantId, row.recipientId);
    if (named) {
      const on = accounts.find((a) => a.platform === named);
      return on
        ? { platform: on.platform as PlatformName, to: on.accountId }
        : { unreachable: `${who} has no account on ${named}`, retryable: false };
    }
    const reachable = enabled.flatMap((platform) => accounts.filter((a) => a.platform === platform));
    const latest = reachable.length > 1 ? await lastWrittenPlatform(em, reachable) : null;
    const chosen = reachable.find((a) => a.platform === latest) ?? reachable[0];
    if (chosen) return { platform: chosen.platform as PlatformName, to: chosen.accountId };
    const seat = enabled.find((platform) => this.byMemberId.has(platform));
    if (seat) return { platform: seat, to: row.recipientId };
    // Accounts on platforms another instance may run: that instance sends it.
    if (accounts.length > 0)
      return { unreachable: `${who} is on ${accounts.map((a) => a.platform).join(', ')}, not enabled on this instance`, retryable: true };
    return { unreachable: `${who} has no account on ${enabled.join(', ') || 'any platform'}`, retryable: false };
  }

  /** The platform a card went out on: its updates follow it there. */
  private async cardPlatform(em: EntityManager, row: OutboxItem): Promise<string | null> {
    if (row.message.type !== 'card-update') return null;
    const record = await em.findOne(CardRecord, { select: { platform: true }, where: { tenantId: row.tenantId, id: row.message.card.id } });
    return record?.platform ?? null;
  }
}
