import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Card } from '../../../cards/card';
import { id, instant, optionalJson, shortText } from '../columns';

/** The console's chat history of a user: what the bot delivered (`text`, `card`) and what the user sent (`own`). */
@Entity('console_feed')
@Index('idx_console_feed_user', ['tenantId', 'userId', 'seq'])
export class ConsoleFeedItem {
  @PrimaryGeneratedColumn({ type: 'int' }) seq: number;
  @Column(id) tenantId: string;
  @Column(id) userId: string;
  @Column(shortText(8)) kind: 'text' | 'card' | 'own';
  @Column({ type: 'text', nullable: true }) text: string | null;
  @Column(optionalJson) card: Card | null;
  @Column(instant) at: Date;
}
