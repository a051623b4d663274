import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Evidence } from '../../domain/deal-evidence';
import { id, instant, json, optionalId, shortText } from '../columns';

/** One piece of evidence toward a deal's stage gate: a chat statement or a file the rep classified. */
@Entity('deal_evidence')
@Index('idx_evidence_deal_time', ['tenantId', 'dealId', 'at'])
@Index('idx_evidence_activity', ['sourceActivityId'])
export class DealEvidence {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) dealId: string;
  @Column(shortText(32)) kind: Evidence['kind'];
  @Column(json) value: Evidence;
  /** The follow-up whose words stated it (undo removes it with them). */
  @Column(optionalId) sourceActivityId: string | null;
  /** The inbox row of the file it came from. */
  @Column({ type: 'int', nullable: true }) sourceInboxId: number | null;
  @Column(id) actorId: string;
  @Column(instant) at: Date;
  @Column(instant) createdAt: Date;
}
