import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ContactRole } from '../../domain/people';
import { id, instant, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

@Entity('contacts')
@Index('uq_contacts_customer_name', ['tenantId', 'customerId', 'name'], { unique: true })
export class Contact {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) id: string;
  @Column(id) customerId: string;
  @Column(shortText(TEXT_LENGTHS.personName)) name: string;
  @Column(optionalShortText(TEXT_LENGTHS.label)) title: string | null;
  @Column(optionalShortText(32)) role: ContactRole | null;
  @Column(optionalShortText(TEXT_LENGTHS.phone)) phone: string | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
