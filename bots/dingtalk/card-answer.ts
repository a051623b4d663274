import type { CardStore, InboxPort } from '../../src/pipeline/ports';
import { cardParamMap } from './card-render';

/** What a card callback's ack carries: the card's new variables, merged by key (empty = just "received"). */
export interface CardCallbackAnswer {
  cardData?: { cardParamMap: Record<string, string> };
  cardUpdateOptions?: { updateCardDataByKey: boolean };
}

const POLL_MS = 100;

/**
 * The answer to a tap that is already stored: waits (until `deadline`, wall time) for the worker
 * to have processed it, then answers with the card as it now is, so the tapped card changes at once.
 * Past the deadline it answers empty; the outbox's card update (PUT) shows the new state shortly
 * after. Both carry the same state, so sending both is harmless.
 */
export async function cardAnswer(
  ports: { inbox: InboxPort; cards: CardStore },
  tap: { tenantId: string; deliveryId: string; cardId: string; templateId: string },
  deadline: number,
): Promise<CardCallbackAnswer> {
  for (;;) {
    const status = await ports.inbox.status('dingtalk', tap.tenantId, tap.deliveryId);
    if (status === 'done') {
      const record = await ports.cards.find(tap.tenantId, tap.cardId);
      return record
        ? { cardData: { cardParamMap: cardParamMap(tap.templateId, record.card) }, cardUpdateOptions: { updateCardDataByKey: true } }
        : {};
    }
    if (status === 'failed' || Date.now() + POLL_MS > deadline) return {};
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
