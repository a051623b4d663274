import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, optionalId, optionalInstant, optionalShortText, shortText } from '../columns';

export type BreachResolution = 'followed_up' | 'postponed' | 'marked_lost';

/** An alert sent for one breach; the unique key is what makes two scans send it once. */
@Entity('breach_alerts')
@Index('uq_breach_alerts_key', ['tenantId', 'breachKey'], { unique: true })
@Index('idx_breach_alerts_deal', ['tenantId', 'dealId'])
export class BreachAlert {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(shortText(191)) breachKey: string;
  @Column(shortText(16)) kind: 'stage' | 'commitment';
  @Column(optionalId) dealId: string | null;
  @Column(optionalId) commitmentId: string | null;
  @Column(instant) createdAt: Date;
  /** What the rep did with the alert's buttons: the record of a postponement or a follow-up. */
  @Column(optionalShortText(32)) resolution: BreachResolution | null;
  @Column(optionalId) resolvedBy: string | null;
  @Column(optionalInstant) resolvedAt: Date | null;
}
