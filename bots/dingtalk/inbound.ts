import type { InboundBody } from '../../src/pipeline/inbound-event';
import { parseJsonObject } from './json-object';

/** A robot message or card tap, read from a frame's data; the tenant is resolved from `corpId`. */
export interface ParsedDelivery {
  deliveryId: string;
  senderId: string;
  corpId: string | null;
  body: InboundBody;
  /** The group (its openConversationId) of a group @-message; absent for one-to-one chats. */
  conversation?: { id: string };
}

/** The fields of a robot message (topic /v1.0/im/bot/messages/get) this bot reads. */
interface RobotMessage {
  msgId?: string;
  msgtype?: string;
  text?: { content?: string };
  content?: {
    recognition?: string;
    downloadCode?: string;
    fileName?: string;
    richText?: { text?: string; type?: string }[];
    unknownMsgType?: string;
  };
  senderStaffId?: string;
  senderId?: string;
  senderCorpId?: string;
  chatbotCorpId?: string;
  /** "1" one-to-one, "2" group. */
  conversationType?: string;
  conversationId?: string;
}

/**
 * A robot message (1:1, or a group message that @-mentioned the bot) as an inbound delivery;
 * null when it lacks the ids needed to store it. Voice notes with DingTalk's own recognition
 * become text, so a rep may speak a follow-up.
 */
export function parseRobotMessage(message: RobotMessage): ParsedDelivery | null {
  const senderId = message.senderStaffId ?? message.senderId;
  if (!message.msgId || !senderId) return null;
  return {
    deliveryId: message.msgId,
    senderId,
    corpId: message.chatbotCorpId ?? message.senderCorpId ?? null,
    body: robotBody(message),
    ...(message.conversationType === GROUP_CHAT && message.conversationId ? { conversation: { id: message.conversationId } } : {}),
  };
}

const GROUP_CHAT = '2';

function robotBody(message: RobotMessage): InboundBody {
  const content = message.content ?? {};
  switch (message.msgtype) {
    case 'text':
      return textOr(message.text?.content, 'empty text');
    case 'richText':
      return textOr(
        (content.richText ?? [])
          .map((part) => part.text ?? '')
          .join('')
          .replace(/\n{3,}/g, '\n\n'),
        'rich text without words',
      );
    case 'audio':
      return content.recognition?.trim()
        ? { kind: 'text', text: content.recognition.trim() }
        : { kind: 'file', fileKind: 'voice', mediaId: content.downloadCode };
    case 'picture':
      return { kind: 'file', fileKind: 'image', mediaId: content.downloadCode };
    case 'video':
      return { kind: 'file', fileKind: 'video', mediaId: content.downloadCode };
    case 'file':
      return { kind: 'file', fileKind: 'file', fileName: content.fileName, mediaId: content.downloadCode };
    default:
      return { kind: 'unsupported', what: message.msgtype ?? 'unknown' };
  }
}

function textOr(text: string | undefined, what: string): InboundBody {
  // In groups the @mention is stripped and leaves a leading space.
  const trimmed = text?.trim();
  return trimmed ? { kind: 'text', text: trimmed } : { kind: 'unsupported', what };
}

/** The fields of a card callback (topic /v1.0/card/instances/callback) this bot reads. */
interface CardCallback {
  outTrackId?: string;
  userId?: string;
  corpId?: string;
  /** A JSON string: {cardPrivateData: {actionIds, params}}. */
  content?: string;
}

/**
 * A button tap as an inbound delivery. The button's callback params carry our action id (both
 * templates set `actionId`); the built-in template's buttons also carry it as their id, which comes
 * back in actionIds. The card is the outTrackId we chose, our card id. A callback has no id of its
 * own, so the delivery id is the frame's messageId, which a redelivery keeps.
 */
export function parseCardCallback(callback: CardCallback, messageId: string): ParsedDelivery | null {
  const actionId = tappedAction(callback.content);
  if (!callback.outTrackId || !callback.userId || !actionId) return null;
  return {
    deliveryId: `card:${messageId}`,
    senderId: callback.userId,
    corpId: callback.corpId ?? null,
    body: { kind: 'card_action', cardId: callback.outTrackId, actionId },
  };
}

function tappedAction(content: string | undefined): string | null {
  const parsed = parseJsonObject(content) as { cardPrivateData?: { params?: { actionId?: unknown }; actionIds?: unknown[] } } | null;
  const tapped = parsed?.cardPrivateData;
  const actionId = tapped?.params?.actionId ?? tapped?.actionIds?.[0];
  return typeof actionId === 'string' && actionId !== '' ? actionId : null;
}
