import type { Card } from '../../cards/card';

/**
 * A message to one user; the platform renders it. Card updates name the card they replace.
 * `conversationId` (a reply to a group message) asks the platform to post it in that group instead.
 */
export type OutboundMessage =
  | { type: 'text'; text: string; conversationId?: string }
  | { type: 'card'; card: Card; conversationId?: string }
  | { type: 'card-update'; card: Card; responseCode?: string };
