import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, optionalId, optionalInstant, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

/** A next action the rep promised, with its due instant when one was stated. */
@Entity('commitments')
@Index('idx_commitments_owner_open', ['tenantId', 'ownerId', 'doneAt', 'dueAt'])
@Index('idx_commitments_open_due', ['tenantId', 'doneAt', 'dueAt'])
@Index('idx_commitments_deal', ['tenantId', 'dealId'])
@Index('idx_commitments_activity', ['activityId'])
export class Commitment {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) customerId: string;
  @Column(optionalId) dealId: string | null;
  @Column(optionalId) activityId: string | null;
  @Column(id) ownerId: string;
  @Column(shortText(TEXT_LENGTHS.line)) action: string;
  @Column(optionalInstant) dueAt: Date | null;
  @Column(optionalInstant) doneAt: Date | null;
  @Column(instant) createdAt: Date;
}
