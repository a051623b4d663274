import type { DWClientDownStream } from 'dingtalk-stream';
import { sleep, type Clock } from '../../src/clock';
import { log } from '../../src/log';
import type { InboundEvent } from '../../src/pipeline/inbound-event';
import type { CardStore, InboxPort } from '../../src/pipeline/ports';
import { AckCache } from './ack-cache';
import type { AppDirectory } from './app-directory';
import { cardAnswer, type CardCallbackAnswer } from './card-answer';
import type { DingtalkApp } from './dingtalk-config';
import { parseJsonObject } from './json-object';
import { parseCardCallback, parseRobotMessage, type ParsedDelivery } from './inbound';
import type { StreamClient } from './stream-client';

export const TOPIC_ROBOT = '/v1.0/im/bot/messages/get';
export const TOPIC_CARD = '/v1.0/card/instances/callback';

/** DingTalk wants a card callback answered within 2 s; leave room for the ack to travel. */
const CARD_ANSWER_BUDGET_MS = 1_500;
const STORE_RETRY_DELAYS_MS = [200, 500, 1_000, 2_000, 5_000, 10_000, 20_000];

export interface FrameReceiverDeps {
  inbox: InboxPort;
  cards: CardStore;
  clock: Clock;
  directory: AppDirectory;
  onInbound: () => void;
  storeRetryDelaysMs?: readonly number[];
}

type Answer = CardCallbackAnswer | null;

/**
 * Robot messages and card taps from the stream into the inbox. A frame is acked only once its
 * delivery is committed: if the write keeps failing, no ack goes out and the gateway pushes it again.
 * Robot messages are acked with `{response: null}`; taps with the tapped card's new data.
 */
export class FrameReceiver {
  private readonly answers = new AckCache<Answer>();
  private readonly retryDelays: readonly number[];

  constructor(private readonly deps: FrameReceiverDeps) {
    this.retryDelays = deps.storeRetryDelaysMs ?? STORE_RETRY_DELAYS_MS;
  }

  attach(stream: StreamClient, app: DingtalkApp): void {
    stream.onCallback(TOPIC_ROBOT, (frame) => this.receive(stream, app, frame, 'robot'));
    stream.onCallback(TOPIC_CARD, (frame) => this.receive(stream, app, frame, 'card'));
  }

  private async receive(stream: StreamClient, app: DingtalkApp, frame: DWClientDownStream, kind: 'robot' | 'card'): Promise<void> {
    const messageId = frame.headers.messageId;
    const received = Date.now();
    const answer = await this.answers.answer(messageId, () => this.handle(app, frame, kind, received));
    stream.ack(messageId, answer);
  }

  private async handle(app: DingtalkApp, frame: DWClientDownStream, kind: 'robot' | 'card', received: number): Promise<Answer> {
    const messageId = frame.headers.messageId;
    const data = parseJsonObject(frame.data);
    const delivery = data && (kind === 'robot' ? parseRobotMessage(data) : parseCardCallback(data, messageId));
    // Nothing storable: ack anyway, a redelivery would not make it readable.
    if (!delivery) {
      log.warn({ clientId: app.clientId, messageId, kind }, 'dingtalk: frame without the ids we need, ignored');
      return kind === 'card' ? {} : null;
    }
    const tenantId = await this.deps.directory.tenantFor(app, delivery.corpId);
    if (!tenantId) {
      log.warn({ clientId: app.clientId, messageId, corpId: delivery.corpId }, 'dingtalk: no tenant for this corp id, ignored');
      return kind === 'card' ? {} : null;
    }
    const event = toEvent(tenantId, delivery, this.deps.clock.now());
    await this.storeWithRetry(event, messageId);
    // A redelivery stored nothing new; waking the worker for it costs one look.
    this.deps.onInbound();
    if (event.body.kind !== 'card_action') return null;
    return cardAnswer(
      this.deps,
      { tenantId, deliveryId: event.deliveryId, cardId: event.body.cardId, templateId: app.cardTemplateId },
      received + CARD_ANSWER_BUDGET_MS,
    );
  }

  /** Through the batched write, as WeCom's callbacks: a burst of deliveries shares statements and log flushes. */
  private async storeWithRetry(event: InboundEvent, messageId: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.inbox.storeBatched(event);
      } catch (error) {
        const delay = this.retryDelays[attempt];
        log.error(
          { messageId, deliveryId: event.deliveryId, attempt, giveUp: delay === undefined, err: error },
          'dingtalk: inbox write failed, not acked',
        );
        if (delay === undefined) throw error;
        await sleep(this.deps.clock, delay);
      }
    }
  }
}

function toEvent(tenantId: string, delivery: ParsedDelivery, now: Date): InboundEvent {
  const { deliveryId, senderId, body, conversation } = delivery;
  return { platform: 'dingtalk', tenantId, deliveryId, senderId, receivedAt: now, body, conversation };
}
