import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, optionalId, optionalInstant, optionalShortText, shortText } from '../columns';

/** The rep's answers (followed up, postponed, marked lost) and the manager's (reminded the rep, handed the deal over, took it on). */
export type BreachResolution = 'followed_up' | 'postponed' | 'marked_lost' | 'rep_reminded' | 'handed_over' | 'manager_took_over';

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
  /** What was done with the alert's buttons, by whom (`resolvedBy`): the record of a postponement, a follow-up, a hand-over. */
  @Column(optionalShortText(32)) resolution: BreachResolution | null;
  @Column(optionalId) resolvedBy: string | null;
  @Column(optionalInstant) resolvedAt: Date | null;
}
