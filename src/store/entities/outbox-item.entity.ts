import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OutboundMessage } from '../../pipeline/outbound-message';
import { id, instant, json, optionalInstant, optionalShortText, shortText } from '../columns';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/** A message to deliver, written in the same transaction as the change it reports. */
@Entity('outbox')
@Index('idx_outbox_claim', ['status', 'availableAt'])
@Index('idx_outbox_lane', ['tenantId', 'recipientId', 'status'])
@Index('uq_outbox_dedupe', ['dedupeKey'], { unique: true })
export class OutboxItem {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(id) tenantId: string;
  /** Where it goes: a reply goes back where its message came from; otherwise null until the sender chooses the member's platform. */
  @Column(optionalShortText(16)) platform: string | null;
  /** Our user id of the recipient; the platform account is looked up at delivery. */
  @Column(id) recipientId: string;
  @Column(json) message: OutboundMessage;
  /** Set by jobs so that one alert or list is enqueued once even if two instances try. */
  @Column(optionalShortText(191)) dedupeKey: string | null;
  @Column(shortText(16)) status: OutboxStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column(instant) availableAt: Date;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column(instant) createdAt: Date;
  /** Set when a dead row was put back in the queue: its retry window starts again here. */
  @Column(optionalInstant) requeuedAt: Date | null;
  @Column(optionalInstant) sentAt: Date | null;
}
