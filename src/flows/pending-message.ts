import type { CardContext } from '../../cards/card';
import type { Extraction } from '../understanding/extraction';

/** A message waiting for its customer: what the ask-customer card keeps until the rep picks one. */
export interface PendingMessage {
  text: string;
  extraction: Extraction;
  understoodBy: 'rules' | 'llm';
  /** When the rep sent it: the activity's time, however late it is processed. */
  receivedAt: Date;
  /** Set when the message was too long to understand whole: only its first `cutAt` characters were read. */
  cutAt?: number;
}

/** The message as a card keeps it, so a later tap can file it. */
export function pendingContext(message: PendingMessage): CardContext {
  return {
    text: message.text,
    extraction: JSON.stringify(message.extraction),
    understoodBy: message.understoodBy,
    receivedAt: message.receivedAt.toISOString(),
    ...(message.cutAt === undefined ? {} : { cutAt: message.cutAt }),
  };
}

export function pendingFromContext(context: CardContext): PendingMessage {
  return {
    text: String(context.text),
    extraction: JSON.parse(String(context.extraction)) as Extraction,
    understoodBy: context.understoodBy === 'llm' ? 'llm' : 'rules',
    receivedAt: new Date(String(context.receivedAt)),
    cutAt: typeof context.cutAt === 'number' ? context.cutAt : undefined,
  };
}
