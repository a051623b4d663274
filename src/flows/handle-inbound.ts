import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { helpCard } from '../../cards/help.card';
import type { Clock } from '../clock';
import { isoInZone } from '../domain/business-time';
import { cleanText } from '../domain/value-limits';
import { log } from '../log';
import type { Effect } from '../pipeline/effects';
import type { InboxHandler, InboxWork } from '../pipeline/inbox-worker';
import type { MemberDirectory } from '../pipeline/member-directory';
import { type Customer, InboxItem, Tenant, User } from '../store/entities';
import { visibleCustomers } from '../store/visibility';
import type { Understanding } from '../understanding/chooser';
import { askWhatFileIs } from './file-evidence';
import type { FlowContext } from './flow-context';
import { handleCardAction } from './handle-card-action';
import { handleText } from './handle-text';
import type { RuleBook } from './rule-book';
import { calendarOf } from './tenant-calendar';

const UNSUPPORTED_REPLY = '目前我只能看懂文字消息。请用文字告诉我跟进情况,例如:今天跟华信王总聊了方案,他担心售后。';
/** The answer to someone the tenant file does not list yet: nothing was recorded, and what the admin needs. */
function unregisteredReply(accountName: string, platformUserId: string): string {
  return `你还不在本团队的成员名单里,所以这次没有记录任何内容。请把你的${accountName} ID「${platformUserId}」发给管理员,登记后即可使用。`;
}

/**
 * Every message needs its tenant's row and its sender's, and both change rarely (an import, the admin
 * page, a directory sync): rows are kept this long, so a change reaches every instance within it.
 */
export const TENANT_TTL_MS = 10_000;

const LEFT_MEMBER_REPLY =
  '你好,你已不在本团队的成员名单中,这条消息没有记录。你负责的客户已交给同事跟进;如有疑问,请联系你的经理或管理员。谢谢!';

/**
 * Turns one inbox row into the use case it asks for. Flows never see the platform.
 * The stage rules are read here, at start, so that a bad rules file stops start.
 */
export function createInboxHandler(
  dataSource: DataSource,
  understanding: Understanding,
  ruleBook: RuleBook,
  members: MemberDirectory,
  clock: Clock,
): InboxHandler {
  const perf = { now: () => clock.now().getTime() };
  const tenants = new LRUCache<string, Tenant>({
    max: 1_000,
    ttl: TENANT_TTL_MS,
    perf,
    fetchMethod: async (id) => (await dataSource.getRepository(Tenant).findOneBy({ id })) ?? undefined,
  });
  // Someone not listed is asked again each time: they may be added any minute.
  const senders = new LRUCache<string, User, InboxItem>({
    max: 10_000,
    ttl: TENANT_TTL_MS,
    perf,
    fetchMethod: async (_key, _stale, { context }) => (await members.sender(dataSource.manager, context)) ?? undefined,
  });
  return async (row) => {
    const tenant = await tenants.fetch(row.tenantId);
    const senderKey = `${row.tenantId}\n${row.platform}\n${row.senderId}`;
    const actor = tenant ? ((await senders.fetch(senderKey, { context: row })) ?? null) : null;
    if (!tenant || !actor) {
      log.warn(
        { inboxId: row.id, platform: row.platform, tenantId: row.tenantId, senderId: row.senderId },
        'message from an unknown tenant or user',
      );
      // The message stays in the inbox; a chat member who is not listed learns why nothing happened.
      const accountName = members.accountName(row.platform);
      if (!tenant || !accountName) return { apply: async () => [] };
      const notice: Effect = {
        type: 'send-text',
        to: row.senderId,
        toPlatformAccount: true,
        text: unregisteredReply(accountName, row.senderId),
      };
      return { apply: async () => [notice] };
    }
    if (actor.leftAt) {
      // Kept in the inbox like any message; nothing is recorded under a member who left.
      const notice: Effect = { type: 'send-text', to: row.senderId, toPlatformAccount: true, text: LEFT_MEMBER_REPLY };
      return { actorId: actor.id, apply: async () => [notice] };
    }
    return { actorId: actor.id, apply: await prepare(row, tenant, actor) };
  };

  async function prepare(row: InboxItem, tenant: Tenant, actor: User): Promise<InboxWork['apply']> {
    const context = (em: FlowContext['em'], now: Date, customersSeen?: Customer[]): FlowContext => ({
      em,
      tenant,
      actor,
      now,
      inboxId: row.id,
      rules: ruleBook.forTenant(tenant.id),
      customersSeen,
    });
    const body = row.body;
    switch (body.kind) {
      case 'text': {
        // Control characters a client let through reach neither the extractor nor the store.
        const text = cleanText(body.text, { multiline: true });
        const customers = await visibleCustomers(dataSource.manager, actor);
        const understood = await understanding.understand(
          {
            id: String(row.id),
            now: isoInZone(row.receivedAt, tenant.timezone),
            sender: { id: actor.id, name: actor.name },
            customers: customers.map(({ id, name, aliases }) => ({ id, name, aliases })),
            text,
          },
          {
            tenantId: tenant.id,
            options: { timeZone: tenant.timezone, calendar: calendarOf(tenant), competitorBrands: tenant.settings.competitorBrands },
          },
        );
        return (em, now) => handleText(context(em, now, customers), text, row.receivedAt, understood);
      }
      case 'card_action':
        return (em, now) => handleCardAction(context(em, now), body);
      case 'enter':
        return async () => [{ type: 'send-card', to: actor.id, card: helpCard() } satisfies Effect];
      case 'file':
        if (body.fileKind === 'image' || body.fileKind === 'file')
          return (em, now) => askWhatFileIs(context(em, now), body, row.receivedAt);
        return async () => [{ type: 'send-text', to: actor.id, text: UNSUPPORTED_REPLY } satisfies Effect];
      case 'unsupported':
        return async () => [{ type: 'send-text', to: actor.id, text: UNSUPPORTED_REPLY } satisfies Effect];
    }
  }
}
