import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Card, CardContext, CardKind, CardState } from '../../../cards/card';
import { id, instant, json, optionalId, optionalInstant, optionalShortText, shortText } from '../columns';

/** A card the bot sent: its current neutral model, what it is about, and the platform's handle on it. */
@Entity('cards')
@Index('idx_cards_recipient', ['tenantId', 'recipientId', 'createdAt'])
export class CardRecord {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(shortText(32)) kind: CardKind;
  @Column(id) recipientId: string;
  @Column(shortText(16)) platform: string;
  @Column(json) card: Card;
  /** What the card's buttons act on (activity id, deal id, …), kept server-side, never trusted from the client. */
  @Column(json) context: CardContext;
  @Column(shortText(16)) state: CardState;
  @Column(optionalShortText(128)) platformCardId: string | null;
  /** WeCom's latest unused response code for update_template_card (valid once, 72 h). */
  @Column(optionalShortText(256)) responseCode: string | null;
  /** A response code an update carried whose answer never came: a later 60140 for it means that update went through. */
  @Column(optionalShortText(256)) presentedCode: string | null;
  @Column(optionalId) actedBy: string | null;
  @Column(optionalInstant) actedAt: Date | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
