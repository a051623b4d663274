import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LeadEscalationKind } from '../../domain/lead-timers';
import { id, instant, shortText } from '../columns';

/** An escalation the lead scan acted on; the unique key is what makes two scans act once. */
@Entity('lead_escalations')
@Index('uq_lead_escalations_key', ['tenantId', 'escalationKey'], { unique: true })
export class LeadEscalationRecord {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(shortText(191)) escalationKey: string;
  @Column(id) assignmentId: string;
  @Column(shortText(16)) kind: LeadEscalationKind;
  @Column(instant) createdAt: Date;
}
