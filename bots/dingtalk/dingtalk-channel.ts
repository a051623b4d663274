import type { OutboxItem } from '../../src/store/entities';
import { platformAccountOf } from '../../src/pipeline/outbound-message';
import type { DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import { deliveryOutcome as outcome } from '../kit/api-failure';
import type { DingtalkApi } from './api-client';
import type { AppDirectory } from './app-directory';
import { cardMarkdown, cardParamMap } from './card-render';
import type { RobotChat } from './chat-space';

/**
 * The outbox's last step for DingTalk: texts and button-less cards as robot messages, cards with
 * buttons as interactive cards (outTrackId = our card id), card updates through the update API.
 * A reply to a group message goes to that group; everything else to the user's 1:1 chat with the robot.
 */
export class DingtalkChannel implements OutboundChannel {
  constructor(
    private readonly directory: AppDirectory,
    private readonly apis: ReadonlyMap<string, DingtalkApi>,
  ) {}

  async deliver(item: OutboxItem): Promise<DeliveryOutcome> {
    const app = this.directory.appForTenant(item.tenantId);
    const api = app && this.apis.get(app.clientId);
    if (!api) return { ok: false, retryable: false, reason: `no DingTalk app is configured for tenant ${item.tenantId}` };
    const message = item.message;
    if (message.type === 'card-update')
      return outcome(await api.updateCard(message.card.id, cardParamMap(app.cardTemplateId, message.card)));

    const chat = await this.chatFor(item, message.conversationId);
    if (!chat) return { ok: false, retryable: false, reason: `user ${item.recipientId} of tenant ${item.tenantId} has no dingtalkUserId` };
    if (message.type === 'text') return outcome(await api.sendText(chat, message.text));
    if (message.card.buttons.length === 0) {
      const { title, text } = cardMarkdown(message.card);
      return outcome(await api.sendMarkdown(chat, title, text));
    }
    const created = await api.createAndDeliverCard(chat, message.card.id, cardParamMap(app.cardTemplateId, message.card));
    // A retry after a create whose delivery failed (or whose answer was lost): the card exists, deliver it.
    if (!created.ok && created.code === 'param.cardAlreadyExist') return outcome(await api.deliverCard(chat, message.card.id));
    return outcome(created);
  }

  private async chatFor(item: OutboxItem, conversationId: string | undefined): Promise<RobotChat | null> {
    if (conversationId) return { kind: 'group', openConversationId: conversationId };
    const userId = platformAccountOf(item) ?? (await this.directory.dingtalkUserId(item.tenantId, item.recipientId));
    return userId ? { kind: 'user', userId } : null;
  }
}
