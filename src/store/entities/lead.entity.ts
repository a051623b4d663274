import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ScoreBreakdown } from '../../domain/lead-scoring';
import type { SignalTag } from '../../domain/signals';
import { id, instant, json, money, optionalId, optionalJson, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

export type LeadSource = 'chat' | 'api' | 'import';
export type DuplicateBy = 'name' | 'phone' | 'similar';

/** One lead as submitted, whichever way it came in; a duplicate (撞单) is kept too, as the record of the event. */
@Entity('leads')
@Index('idx_leads_tenant_time', ['tenantId', 'createdAt'])
@Index('idx_leads_customer', ['tenantId', 'customerId'])
@Index('uq_leads_source_ref', ['tenantId', 'source', 'sourceRef'], { unique: true })
export class Lead {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(shortText(16)) source: LeadSource;
  /** The import file's id of the lead, so a second import finds it; null otherwise. */
  @Column(optionalShortText(64)) sourceRef: string | null;
  /** Who or what submitted it, as people read it: 张伟, 官网表单. */
  @Column(shortText(TEXT_LENGTHS.personName)) submittedBy: string;
  @Column(optionalId) submitterId: string | null;
  @Column(shortText(TEXT_LENGTHS.companyName)) company: string;
  @Column(optionalShortText(TEXT_LENGTHS.personName)) contactName: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.phone)) phone: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.label)) region: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.label)) industry: string | null;
  @Column(money) budget: number | null;
  @Column(optionalShortText(TEXT_LENGTHS.line)) urgency: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column(json) tags: SignalTag[];
  /** The customer created for it; null for a duplicate. */
  @Column(optionalId) customerId: string | null;
  /** The existing customer it matched, and how. */
  @Column(optionalId) duplicateOf: string | null;
  @Column(optionalShortText(16)) duplicateBy: DuplicateBy | null;
  @Column({ type: 'int', nullable: true }) score: number | null;
  @Column(optionalJson) breakdown: ScoreBreakdown | null;
  @Column(instant) createdAt: Date;
}
