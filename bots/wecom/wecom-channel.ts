import type { DataSource } from 'typeorm';
import type { Card } from '../../cards/card';
import type { Clock } from '../../src/clock';
import { log } from '../../src/log';
import { platformAccountOf } from '../../src/pipeline/outbound-message';
import type { DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import { CardRecord, User, type OutboxItem } from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { deliveryOutcome as outcome } from '../kit/api-failure';
import type { SendAnswer, WecomApiClient } from './api-client';
import { RESPONSE_CODE_INVALID } from './api-errors';
import { CardRenderError, renderCard, renderClosedCard } from './card-render';
import type { CorpDirectory } from './corp-directory';
import type { SharedMemberBudget } from './shared-budget';
import type { WecomCorp } from './wecom-config';

/** WeCom refuses text over 2048 bytes (45002). */
const MAX_TEXT_BYTES = 2048;

export interface WecomChannelDeps {
  dataSource: DataSource;
  clock: Clock;
  directory: CorpDirectory;
  api: WecomApiClient;
  budget: SharedMemberBudget;
}

/**
 * Delivers outbox rows through the tenant's WeCom app: texts and cards with message/send, card updates
 * with update_template_card. Sends stay within the member's budget; what is over it goes back to the
 * outbox with the time of its slot.
 */
export class WecomChannel implements OutboundChannel {
  constructor(private readonly deps: WecomChannelDeps) {}

  async deliver(item: OutboxItem): Promise<DeliveryOutcome> {
    const corp = await this.deps.directory.corpFor(item.tenantId);
    if (!corp) return permanent(`tenant ${item.tenantId} has no configured WeCom corp (settings.wecom.corpId or WECOM_CORPS_FILE)`);
    const message = item.message;
    const to = await this.wecomUserId(item);
    if (!to) return permanent(`user ${item.recipientId} of tenant ${item.tenantId} has no wecomUserId`);
    // `conversationId` is ignored: a self-built app's bot has no group chats, so everything goes to the member.
    try {
      switch (message.type) {
        case 'text':
          return await this.send(item, corp, to, { msgtype: 'text', text: { content: truncateBytes(message.text, MAX_TEXT_BYTES) } });
        case 'card':
          return await this.sendCard(item, corp, to, message.card);
        case 'card-update':
          return await this.updateCard(item, corp, to, message.card, message.responseCode);
      }
    } catch (error) {
      if (error instanceof CardRenderError) return permanent(error.message);
      throw error;
    }
  }

  private async wecomUserId(item: OutboxItem): Promise<string | null> {
    const account = platformAccountOf(item);
    if (account) return account;
    const user = await this.deps.dataSource.getRepository(User).findOneBy({ tenantId: item.tenantId, id: item.recipientId });
    return user?.wecomUserId ?? null;
  }

  private async sendCard(item: OutboxItem, corp: WecomCorp, to: string, card: Card): Promise<DeliveryOutcome> {
    const templateCard = renderCard(card, corp.cardUrl);
    return this.send(item, corp, to, { msgtype: 'template_card', template_card: templateCard }, async (answer) => {
      // The send's response code allows one update before any tap; a tap brings a fresh one.
      await inTransaction(this.deps.dataSource, (em) =>
        em
          .getRepository(CardRecord)
          .update(
            { tenantId: item.tenantId, id: card.id },
            { platformCardId: card.id, responseCode: answer.response_code ?? null, updatedAt: this.deps.clock.now() },
          ),
      );
    });
  }

  /**
   * Shows a used card as used: with the tap's response code, else the one kept from the send. Without a
   * usable code (none, or expired/used: 60140) the closed card goes out as a new message instead, so the
   * member still sees the outcome.
   */
  private async updateCard(item: OutboxItem, corp: WecomCorp, to: string, card: Card, tapCode?: string): Promise<DeliveryOutcome> {
    const record = await this.deps.dataSource.getRepository(CardRecord).findOneBy({ tenantId: item.tenantId, id: card.id });
    const code = tapCode ?? record?.responseCode ?? null;
    if (code) {
      const update = { userids: [to], response_code: code, template_card: renderClosedCard(card) };
      const result = await this.presentCode(corp, { tenantId: item.tenantId, id: card.id }, record, update);
      if (result !== 'code spent') return result;
      log.info({ outboxId: item.id, cardId: card.id }, 'wecom response code spent; sending the closed card as a new message');
    }
    return this.send(item, corp, to, { msgtype: 'template_card', template_card: renderCard(card, corp.cardUrl) });
  }

  /**
   * One update_template_card call. Its code is marked on the card record before the call and cleared
   * once WeCom answers, so a 60140 for a code still marked is our own earlier call having spent it (its
   * answer was lost): the card is already updated, and sending it again as a message would show it twice.
   */
  private async presentCode(
    corp: WecomCorp,
    key: { tenantId: string; id: string },
    record: CardRecord | null,
    update: { response_code: string } & Record<string, unknown>,
  ): Promise<DeliveryOutcome | 'code spent'> {
    const code = update.response_code;
    const mark = (changes: Partial<CardRecord>) =>
      inTransaction(this.deps.dataSource, (em) => em.getRepository(CardRecord).update(key, changes));
    const presentedBefore = record?.presentedCode === code;
    if (!presentedBefore) await mark({ presentedCode: code });
    const answer = await this.deps.api.updateTemplateCard(corp, update);
    // No answer (a time-out, a gateway error): the code may be spent, so the mark stays for the retry.
    if (!answer.ok && answer.errcode === undefined) return outcome(answer);
    const refused = !answer.ok && answer.errcode === RESPONSE_CODE_INVALID;
    const updated = answer.ok || (refused && presentedBefore);
    // A kept code is used up once it worked or WeCom calls it spent; another refusal (45009) leaves it good.
    const keptCodeUsed = (updated || refused) && record?.responseCode === code;
    await mark({ presentedCode: null, ...(keptCodeUsed ? { responseCode: null } : {}) });
    if (updated) return { ok: true };
    return refused ? 'code spent' : outcome(answer);
  }

  private async send(
    item: OutboxItem,
    corp: WecomCorp,
    to: string,
    message: Record<string, unknown>,
    onSent?: (answer: SendAnswer) => Promise<void>,
  ): Promise<DeliveryOutcome> {
    const slot = await this.deps.budget.take(`wecom/${corp.corpId}/${corp.agentId}/${to}`, `outbox:${item.id}`, this.deps.clock.now());
    if (!slot.ok)
      return {
        ok: false,
        deferred: true,
        reason: `over WeCom's per-member budget (30/min, 1000/h) for ${to}; queued`,
        retryAfterMs: slot.retryAfterMs,
      };
    const answer = await this.deps.api.sendMessage(corp, { touser: to, ...message });
    if (answer.ok && answer.invaliduser)
      return permanent(`WeCom did not deliver to ${answer.invaliduser}: unknown or outside the app's visible range`);
    if (answer.ok) await onSent?.(answer);
    return outcome(answer);
  }
}

function permanent(reason: string): DeliveryOutcome {
  return { ok: false, retryable: false, reason };
}

/** Cuts to at most `max` UTF-8 bytes on a character boundary, marking the cut. */
function truncateBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  let out = '';
  let size = Buffer.byteLength('…', 'utf8');
  for (const char of text) {
    size += Buffer.byteLength(char, 'utf8');
    if (size > max) break;
    out += char;
  }
  return `${out}…`;
}
