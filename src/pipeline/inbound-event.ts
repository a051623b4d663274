/** What every platform adapter hands the pipeline, whatever its transport (bolt-js's "receiver" idea). */

import type { PlatformName } from '../config';

/** The platforms this build knows, listed once (src/config.ts validates PLATFORMS against them). */
export type { PlatformName };

export type InboundBody =
  | { kind: 'text'; text: string }
  | { kind: 'card_action'; cardId: string; actionId: string; responseCode?: string }
  | { kind: 'file'; fileKind: 'image' | 'file' | 'voice' | 'video'; fileName?: string; mediaId?: string; recognizedText?: string }
  | { kind: 'enter' }
  | { kind: 'unsupported'; what: string };

export interface InboundEvent {
  platform: PlatformName;
  tenantId: string;
  /** The platform's id for this delivery (MsgId, msgId, …): a redelivery carries the same one. */
  deliveryId: string;
  /** The sender as the platform names them. */
  senderId: string;
  receivedAt: Date;
  body: InboundBody;
  /** The group chat the message came from, so replies go back there; absent for one-to-one chats. */
  conversation?: { id: string };
}
