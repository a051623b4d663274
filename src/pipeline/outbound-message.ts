import type { Card } from '../../cards/card';

/**
 * A message to one user; the platform renders it. Card updates name the card they replace.
 * `conversationId` (a reply to a group message) asks the platform to post it in that group instead.
 * `toPlatformAccount` says the row's recipient is a platform account, not one of our users: the
 * answer to someone who is not in the tenant file yet.
 */
export type OutboundMessage =
  | { type: 'text'; text: string; conversationId?: string; toPlatformAccount?: true }
  | { type: 'card'; card: Card; conversationId?: string }
  | { type: 'card-update'; card: Card; responseCode?: string };

/** The platform account a row is addressed to directly (see `toPlatformAccount`), else null: the recipient is one of our users. */
export function platformAccountOf(item: { recipientId: string; message: OutboundMessage }): string | null {
  return item.message.type === 'text' && item.message.toPlatformAccount ? item.recipientId : null;
}
