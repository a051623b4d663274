import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Extraction } from '../../understanding/extraction';
import { id, instant, optionalId, optionalJson, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

/** One follow-up a rep reported; keeps the raw words and what was understood from them. */
@Entity('activities')
@Index('idx_activities_deal_time', ['tenantId', 'dealId', 'occurredAt'])
@Index('idx_activities_customer_time', ['tenantId', 'customerId', 'occurredAt'])
export class Activity {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) customerId: string;
  @Column(optionalId) dealId: string | null;
  @Column(id) userId: string;
  @Column({ type: 'text' }) rawText: string;
  @Column(shortText(TEXT_LENGTHS.line)) summary: string;
  /** The inbox row the message arrived in: the trace back to the platform delivery. */
  @Column({ type: 'int', nullable: true }) sourceInboxId: number | null;
  @Column(optionalJson) extraction: Extraction | null;
  @Column(shortText(16)) understoodBy: 'rules' | 'llm' | 'import';
  @Column(instant) occurredAt: Date;
  @Column(instant) createdAt: Date;
}
