import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, json, optionalId, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

@Entity('customers')
@Index('idx_customers_normalized', ['tenantId', 'normalizedName'])
@Index('idx_customers_owner', ['tenantId', 'ownerId'])
export class Customer {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) id: string;
  @Column(shortText(TEXT_LENGTHS.companyName)) name: string;
  /** Name without legal suffixes, punctuation or width differences: the key for duplicate (撞单) checks. */
  @Column(shortText(TEXT_LENGTHS.companyName)) normalizedName: string;
  @Column(json) aliases: string[];
  @Column(optionalId) ownerId: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.label)) region: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.label)) industry: string | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
