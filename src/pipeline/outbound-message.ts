import type { Card } from '../../cards/card';

/**
 * A message to one user; the platform renders it. Card updates name the card they replace.
 * `conversationId` (a reply to a group message) asks the platform to post it in that group instead.
 * `toPlatformAccount` says the row's recipient is a platform account, not one of our users: the
 * answer to someone who is not in the tenant file yet. `account`, known when it was queued, is the
 * member's account on the row's platform: a reply goes to the account its message came from.
 */
export type OutboundMessage =
  | { type: 'text'; text: string; conversationId?: string; toPlatformAccount?: true; account?: string }
  | { type: 'card'; card: Card; conversationId?: string; account?: string }
  | { type: 'card-update'; card: Card; responseCode?: string };

/** The platform account a row is addressed to, when it says (see `toPlatformAccount` and `account`), else null: look it up. */
export function platformAccountOf(item: { recipientId: string; message: OutboundMessage }): string | null {
  const { message } = item;
  if (message.type === 'card-update') return null;
  if (message.type === 'text' && message.toPlatformAccount) return item.recipientId;
  return message.account ?? null;
}
