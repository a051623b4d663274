import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, json, optionalId, optionalShortText, shortText } from '../columns';

@Entity('customers')
@Index('idx_customers_normalized', ['tenantId', 'normalizedName'])
@Index('idx_customers_owner', ['tenantId', 'ownerId'])
export class Customer {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) id: string;
  @Column(shortText(200)) name: string;
  /** Name without legal suffixes, punctuation or width differences: the key for duplicate (撞单) checks. */
  @Column(shortText(200)) normalizedName: string;
  @Column(json) aliases: string[];
  @Column(optionalId) ownerId: string | null;
  @Column(optionalShortText(100)) region: string | null;
  @Column(optionalShortText(100)) industry: string | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
