import { createHash } from 'node:crypto';
import type { InboundBody, InboundEvent } from '../../src/pipeline/inbound-event';
import { optionalField, requiredField, requiredId, type WecomXml } from './callback-xml';

const CARD_EVENTS = new Set(['template_card_event', 'template_card_menu_event']);
const FILE_KINDS: Record<string, 'image' | 'voice' | 'video' | 'file'> = {
  image: 'image',
  voice: 'voice',
  video: 'video',
  shortvideo: 'video',
  file: 'file',
};

/**
 * A decrypted WeCom message as the pipeline's InboundEvent, or null for events the bot does not act on
 * (subscribe, LOCATION reports, menu clicks…): those are acknowledged and dropped, since answering
 * each with "I only understand text" would spam the member.
 */
export function toInboundEvent(xml: WecomXml, tenantId: string, receivedAt: Date): InboundEvent | null {
  const senderId = requiredId(xml, 'FromUserName');
  const createTime = requiredField(xml, 'CreateTime');
  const msgType = requiredField(xml, 'MsgType');
  const event = (deliveryId: string, body: InboundBody): InboundEvent => ({
    platform: 'wecom',
    tenantId,
    deliveryId,
    senderId,
    receivedAt,
    body,
  });

  if (msgType === 'event') {
    const name = requiredField(xml, 'Event');
    if (CARD_EVENTS.has(name)) {
      const cardId = requiredId(xml, 'TaskId');
      const actionId = requiredField(xml, 'EventKey');
      // A retried event carries the same sender, time, card and key; a second tap differs in one of them.
      return event(eventDeliveryId(senderId, createTime, name, cardId, actionId), {
        kind: 'card_action',
        cardId,
        actionId,
        responseCode: optionalField(xml, 'ResponseCode'),
      });
    }
    if (name === 'enter_agent') return event(eventDeliveryId(senderId, createTime, name), { kind: 'enter' });
    return null;
  }

  const msgId = requiredId(xml, 'MsgId');
  const deliveryId = `msg:${msgId}`;
  if (msgType === 'text') return event(deliveryId, { kind: 'text', text: optionalField(xml, 'Content') ?? '' });
  const fileKind = FILE_KINDS[msgType];
  if (fileKind) {
    return event(deliveryId, {
      kind: 'file',
      fileKind,
      mediaId: optionalField(xml, 'MediaId'),
      fileName: optionalField(xml, 'FileName') ?? optionalField(xml, 'Title'),
      recognizedText: optionalField(xml, 'Recognition'),
    });
  }
  return event(deliveryId, { kind: 'unsupported', what: msgType });
}

/** Events have no MsgId; a hash of what identifies them keeps the key short whatever EventKey holds (≤ 1024 bytes). */
function eventDeliveryId(...parts: string[]): string {
  return `evt:${createHash('sha256').update(parts.join('\u0000')).digest('base64url')}`;
}
