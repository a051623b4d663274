import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SignalTag } from '../../domain/signals';
import { id, instant, optionalId, shortText } from '../columns';

@Entity('customer_signals')
@Index('idx_signals_customer_time', ['tenantId', 'customerId', 'at'])
@Index('idx_signals_activity', ['activityId'])
export class CustomerSignal {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) customerId: string;
  @Column(optionalId) dealId: string | null;
  @Column(id) activityId: string;
  @Column(shortText(32)) tag: SignalTag;
  @Column(instant) at: Date;
}
