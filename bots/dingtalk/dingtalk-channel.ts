import type { Card } from '../../cards/card';
import { withOpenablePageLinks } from '../../cards/page-links';
import type { Delivery, DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import { deliveryOutcome as outcome } from '../kit/api-failure';
import type { ApiForTenant } from './api-client';
import { cardMarkdown, cardParamMap, dingtalkPageLink } from './card-render';
import type { RobotChat } from './chat-space';

/**
 * The outbox's last step for DingTalk: texts and button-less cards as robot messages, cards with
 * buttons as interactive cards (outTrackId = our card id), card updates through the update API.
 * A reply to a group message goes to that group; everything else to the user's 1:1 chat with the robot.
 */
export class DingtalkChannel implements OutboundChannel {
  constructor(
    private readonly apiFor: ApiForTenant,
    /** PUBLIC_BASE_URL: page links on cards open there, in DingTalk's side panel; null: cards carry none. */
    private readonly publicBaseUrl: string | null,
  ) {}

  async deliver({ tenantId, to, message }: Delivery): Promise<DeliveryOutcome> {
    const api = this.apiFor(tenantId);
    if (!api) return { ok: false, retryable: false, reason: `no DingTalk app is configured for tenant ${tenantId}` };
    const { app } = api;
    if (message.type === 'card-update')
      return outcome(await api.updateCard(message.card.id, cardParamMap(app.cardTemplateId, this.openable(message.card))));

    const chat: RobotChat = message.conversationId
      ? { kind: 'group', openConversationId: message.conversationId }
      : { kind: 'user', userId: to };
    if (message.type === 'text') return outcome(await api.sendText(chat, message.text));
    const card = this.openable(message.card);
    if (card.buttons.length === 0) {
      const { title, text } = cardMarkdown(card);
      return outcome(await api.sendMarkdown(chat, title, text));
    }
    const created = await api.createAndDeliverCard(chat, card.id, cardParamMap(app.cardTemplateId, card));
    // A retry after a create whose delivery failed (or whose answer was lost): the card exists, deliver it.
    if (!created.ok && created.code === 'param.cardAlreadyExist') return outcome(await api.deliverCard(chat, message.card.id));
    return outcome(created);
  }

  private openable(card: Card): Card {
    return withOpenablePageLinks(card, this.publicBaseUrl, dingtalkPageLink);
  }
}
