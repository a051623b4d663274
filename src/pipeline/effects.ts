import type { EntityManager } from 'typeorm';
import type { Card, CardContext } from '../../cards/card';
import { CardRecord, OutboxItem } from '../store/entities';
import type { PlatformName } from './inbound-event';
import type { OutboundMessage } from './outbound-message';

/** What a flow asks the outside world to see, addressed to members; written to the outbox in the flow's own transaction. */
export type Effect =
  | { type: 'send-text'; to: string; text: string; dedupeKey?: string; toPlatformAccount?: true }
  | { type: 'send-card'; to: string; card: Card; context?: CardContext; dedupeKey?: string }
  | { type: 'update-card'; cardId: string; card: Card; actedBy?: string; responseCode?: string };

export interface EffectScope {
  tenantId: string;
  now: Date;
  /** The message being handled, when there is one: replies to its sender go back where it came from. */
  reply?: ReplyScope;
}

export interface ReplyScope {
  platform: PlatformName;
  /** Our id of the sender, once known. */
  actorId?: string;
  /** The sender's account on `platform`: where a reply to them goes, with no lookup. */
  account: string;
  /** The group chat the message came from: replies go back there (see `replyConversation`). */
  conversationId?: string | null;
}

/** An effect that sends something new (not a change to a card already sent). */
export type SendEffect = Exclude<Effect, { type: 'update-card' }>;

export async function persistEffects(em: EntityManager, scope: EffectScope, effects: readonly Effect[]): Promise<void> {
  const sends = new PendingSends(em);
  await sends.persist(scope, effects);
  await sends.flush();
}

/**
 * Effects written in one transaction, the sends of all of them together: one multi-row insert per table
 * at `flush` instead of two statements per message (a group commit settles many messages at once). A card
 * update reads its card's row, so it is written where it comes, after the sends queued before it: a
 * recipient's messages keep their order.
 */
export class PendingSends {
  private pending: { scope: EffectScope; effect: SendEffect }[] = [];

  constructor(private readonly em: EntityManager) {}

  async persist(scope: EffectScope, effects: readonly Effect[]): Promise<void> {
    for (const effect of effects) {
      if (effect.type !== 'update-card') {
        this.pending.push({ scope, effect });
        continue;
      }
      await this.flush();
      await persistCardUpdate(this.em, scope, effect);
    }
  }

  /** Writes the sends queued so far, in the order they came. */
  async flush(): Promise<void> {
    const sends = this.pending;
    this.pending = [];
    await writeSends(this.em, sends);
  }
}

async function persistCardUpdate(em: EntityManager, scope: EffectScope, effect: Extract<Effect, { type: 'update-card' }>): Promise<void> {
  const record = await em.getRepository(CardRecord).findOneByOrFail({ id: effect.cardId, tenantId: scope.tenantId });
  await em.getRepository(CardRecord).update(
    { id: record.id },
    {
      card: effect.card,
      state: effect.card.state,
      actedBy: effect.actedBy ?? record.actedBy,
      actedAt: effect.actedBy ? scope.now : record.actedAt,
      updatedAt: scope.now,
    },
  );
  const message: OutboundMessage = { type: 'card-update', card: effect.card, responseCode: effect.responseCode };
  await em.getRepository(OutboxItem).insert(newOutboxRow(scope, record.recipientId, record.platform, message));
}

/**
 * Sends to many people (a scheduled job's fan-out) as one multi-row insert per table, in the order
 * given: one statement per row and a transaction per person made 5,000 briefings take 20 s.
 */
export function persistSends(em: EntityManager, scope: EffectScope, effects: readonly SendEffect[]): Promise<void> {
  return writeSends(
    em,
    effects.map((effect) => ({ scope, effect })),
  );
}

async function writeSends(em: EntityManager, sends: readonly { scope: EffectScope; effect: SendEffect }[]): Promise<void> {
  const cards = sends.flatMap(({ scope, effect }) => cardRecord(scope, effect) ?? []);
  if (cards.length > 0) await em.createQueryBuilder().insert().into(CardRecord).values(cards).updateEntity(false).execute();
  if (sends.length > 0)
    await em
      .createQueryBuilder()
      .insert()
      .into(OutboxItem)
      .values(sends.map(({ scope, effect }) => outboxRow(scope, effect)))
      .updateEntity(false)
      .execute();
}

function cardRecord(scope: EffectScope, effect: SendEffect): CardRecord | null {
  if (effect.type !== 'send-card') return null;
  return {
    id: effect.card.id,
    tenantId: scope.tenantId,
    kind: effect.card.kind,
    recipientId: effect.to,
    platform: replyPlatform(scope, effect),
    card: effect.card,
    context: effect.context ?? {},
    state: effect.card.state,
    platformCardId: null,
    platformState: null,
    actedBy: null,
    actedAt: null,
    createdAt: scope.now,
    updatedAt: scope.now,
  };
}

function outboxRow(scope: EffectScope, effect: SendEffect): Omit<OutboxItem, 'id'> {
  const message: OutboundMessage =
    effect.type === 'send-card'
      ? { type: 'card', card: effect.card, ...replyConversation(scope, effect), ...replyAccount(scope, effect) }
      : {
          type: 'text',
          text: effect.text,
          ...replyConversation(scope, effect),
          ...(effect.toPlatformAccount ? { toPlatformAccount: true } : replyAccount(scope, effect)),
        };
  return newOutboxRow(scope, effect.to, replyPlatform(scope, effect), message, effect.dedupeKey);
}

/**
 * A reply (to the sender of the message being handled) goes back to the platform it came from; anything
 * else (notices to managers, scheduled cards) waits for the sender to choose the member's platform.
 */
function replyPlatform(scope: EffectScope, effect: SendEffect): PlatformName | null {
  return scope.reply && isReply(scope.reply, effect) ? scope.reply.platform : null;
}

function isReply(reply: ReplyScope, effect: SendEffect): boolean {
  return effect.to === reply.actorId || (effect.type === 'send-text' && effect.toPlatformAccount === true);
}

/** A reply to the sender goes to the account they wrote from (a text to a bare platform account names it already). */
function replyAccount(scope: EffectScope, effect: SendEffect): { account?: string } {
  return scope.reply && isReply(scope.reply, effect) ? { account: scope.reply.account } : {};
}

/** A reply to a group message goes to that group; anything else stays one-to-one. */
function replyConversation(scope: EffectScope, effect: SendEffect): { conversationId?: string } {
  const reply = scope.reply;
  return reply?.conversationId && isReply(reply, effect) ? { conversationId: reply.conversationId } : {};
}

function newOutboxRow(
  scope: EffectScope,
  recipientId: string,
  platform: string | null,
  message: OutboundMessage,
  dedupeKey?: string,
): Omit<OutboxItem, 'id'> {
  return {
    tenantId: scope.tenantId,
    platform,
    recipientId,
    message,
    dedupeKey: dedupeKey ?? null,
    status: 'pending',
    attempts: 0,
    requeuedAt: null,
    availableAt: scope.now,
    lastError: null,
    createdAt: scope.now,
    sentAt: null,
  };
}
