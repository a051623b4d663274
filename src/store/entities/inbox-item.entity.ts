import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InboundBody } from '../../pipeline/inbound-event';
import { id, instant, json, optionalInstant, optionalShortText, shortText } from '../columns';

export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed';

/** Every delivery from a platform, stored before it is acknowledged; unique per delivery id. */
@Entity('inbox')
@Index('uq_inbox_delivery', ['platform', 'tenantId', 'deliveryId'], { unique: true })
@Index('idx_inbox_claim', ['status', 'availableAt'])
@Index('idx_inbox_lane', ['platform', 'tenantId', 'senderId', 'status'])
export class InboxItem {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(shortText(16)) platform: string;
  @Column(id) tenantId: string;
  @Column(shortText(128)) deliveryId: string;
  /** The sender as the platform names them (WeCom UserID, DingTalk staffId, or our user id on the console). */
  @Column(shortText(128)) senderId: string;
  @Column(json) body: InboundBody;
  /** The group chat the message came from (DingTalk openConversationId); null for one-to-one chats. */
  @Column(optionalShortText(128)) conversationId: string | null;
  @Column(shortText(16)) status: InboxStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  /** When the row may be claimed: now for new rows, lease end while processing, backoff after a failure. */
  @Column(instant) availableAt: Date;
  @Column({ type: 'text', nullable: true }) lastError: string | null;
  @Column(instant) receivedAt: Date;
  @Column(optionalInstant) processedAt: Date | null;
}
