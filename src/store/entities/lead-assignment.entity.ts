import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Allocation, AllocationRule } from '../../domain/lead-allocation';
import { id, instant, json, optionalId, optionalInstant, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

/** `submitter`: a rep's own lead from chat, theirs at once (allocation.submitterKeepsChatLeads). */
export type AssignmentRule = AllocationRule | 'returned_to_pool' | 'submitter' | 'handover';
/** How an assignment ended: the rep tapped 退回, a manager reassigned it, or it went back to the pool untouched. */
export type AssignmentOutcome = 'returned' | 'reassigned' | 'to_pool';

/**
 * One placement of a lead: with a rep, or in the pool (repId null). A lead's current placement is its
 * one assignment with `returnedAt` null; earlier ones stay as its history.
 */
@Entity('lead_assignments')
@Index('idx_lead_assignments_lead', ['tenantId', 'leadId'])
@Index('idx_lead_assignments_rep', ['tenantId', 'repId', 'returnedAt'])
@Index('idx_lead_assignments_customer', ['tenantId', 'customerId'])
export class LeadAssignment {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) leadId: string;
  @Column(id) customerId: string;
  @Column(optionalId) repId: string | null;
  @Column(shortText(32)) rule: AssignmentRule;
  /** What the manager reads: the score and the numbers behind the choice. */
  @Column(shortText(TEXT_LENGTHS.reason)) reason: string;
  @Column(json) facts: Allocation['facts'];
  /** The lead-assignment card the rep got, closed when the lead moves on. */
  @Column(optionalId) cardId: string | null;
  @Column(instant) assignedAt: Date;
  @Column(optionalInstant) acceptedAt: Date | null;
  @Column(optionalInstant) firstTouchAt: Date | null;
  @Column(optionalInstant) returnedAt: Date | null;
  @Column(optionalShortText(16)) outcome: AssignmentOutcome | null;
  @Column(optionalShortText(TEXT_LENGTHS.reason)) returnReason: string | null;
}
