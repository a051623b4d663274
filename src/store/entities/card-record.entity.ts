import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Card, CardContext, CardKind, CardState } from '../../../cards/card';
import { id, instant, json, optionalId, optionalInstant, optionalJson, optionalShortText, shortText } from '../columns';

/** A card the bot sent: its current neutral model, what it is about, and the platform's handle on it. */
@Entity('cards')
@Index('idx_cards_recipient', ['tenantId', 'recipientId', 'createdAt'])
export class CardRecord {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(shortText(32)) kind: CardKind;
  @Column(id) recipientId: string;
  /** The platform it was sent on; null until it is. */
  @Column(optionalShortText(16)) platform: string | null;
  @Column(json) card: Card;
  /** What the card's buttons act on (activity id, deal id, …), kept server-side, never trusted from the client. */
  @Column(json) context: CardContext;
  @Column(shortText(16)) state: CardState;
  @Column(optionalShortText(128)) platformCardId: string | null;
  /** What the platform keeps about the card between calls, in its own shape (WeCom: its response codes). */
  @Column(optionalJson) platformState: object | null;
  @Column(optionalId) actedBy: string | null;
  @Column(optionalInstant) actedAt: Date | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
