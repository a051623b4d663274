import type { Card } from '../../cards/card';

/** A message to one user; the platform renders it. Card updates name the card they replace. */
export type OutboundMessage =
  | { type: 'text'; text: string }
  | { type: 'card'; card: Card }
  | { type: 'card-update'; card: Card; responseCode?: string };
