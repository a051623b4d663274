import type { OutboxItem } from '../../src/store/entities';
import type { DeliveryOutcome, OutboundChannel } from '../../src/pipeline/outbox-sender';
import type { ApiResult, DingtalkApi } from './api-client';
import type { AppDirectory } from './app-directory';
import { cardMarkdown, cardParamMap } from './card-render';

/**
 * The outbox's last step for DingTalk: texts and button-less cards as robot 1:1 messages, cards
 * with buttons as interactive cards (outTrackId = our card id), card updates through the update API.
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
    if (message.type === 'card-update') return outcome(await api.updateCard(message.card.id, cardParamMap(message.card)));

    const userId = await this.directory.dingtalkUserId(item.tenantId, item.recipientId);
    if (!userId) return { ok: false, retryable: false, reason: `user ${item.recipientId} of tenant ${item.tenantId} has no dingtalkUserId` };
    if (message.type === 'text') return outcome(await api.sendText(userId, message.text));
    if (message.card.buttons.length === 0) {
      const { title, text } = cardMarkdown(message.card);
      return outcome(await api.sendMarkdown(userId, title, text));
    }
    const created = await api.createAndDeliverCard(userId, message.card.id, cardParamMap(message.card));
    // A retry after a create whose delivery failed (or whose answer was lost): the card exists, deliver it.
    if (!created.ok && created.code === 'param.cardAlreadyExist') return outcome(await api.deliverCard(userId, message.card.id));
    return outcome(created);
  }
}

function outcome(result: ApiResult): DeliveryOutcome {
  if (result.ok) return { ok: true };
  const { retryable, reason, retryAfterMs } = result;
  return retryAfterMs === undefined ? { ok: false, retryable, reason } : { ok: false, retryable, reason, retryAfterMs };
}
