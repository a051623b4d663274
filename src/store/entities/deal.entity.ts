import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Stage } from '../../domain/stages';
import { id, instant, money, optionalInstant, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

@Entity('deals')
@Index('idx_deals_owner_facts', ['tenantId', 'ownerId', 'stage', 'id', 'customerId', 'amount', 'stageEnteredAt', 'lastActivityAt'])
@Index('idx_deals_customer', ['tenantId', 'customerId'])
@Index('idx_deals_stage_activity', ['tenantId', 'stage', 'lastActivityAt'])
@Index('idx_deals_stage_entered', ['tenantId', 'stage', 'stageEnteredAt'])
export class Deal {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) id: string;
  @Column(id) customerId: string;
  @Column(id) ownerId: string;
  @Column(optionalShortText(TEXT_LENGTHS.line)) title: string | null;
  @Column(shortText(16)) stage: Stage;
  @Column(money) amount: number | null;
  @Column(instant) stageEnteredAt: Date;
  @Column(optionalInstant) lastActivityAt: Date | null;
  /** 待跟进: set by a breach whose rule says so, cleared by the next real activity or stage move. */
  @Column(optionalInstant) followUpFlaggedAt: Date | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
