import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { UserRole } from '../../domain/people';
import { id, instant, optionalId, optionalInstant, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

@Entity('users')
@Index('idx_users_manager', ['tenantId', 'managerId'])
export class User {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) id: string;
  @Column(shortText(TEXT_LENGTHS.personName)) name: string;
  @Column(shortText(16)) role: UserRole;
  @Column(optionalShortText(TEXT_LENGTHS.label)) team: string | null;
  @Column(optionalShortText(TEXT_LENGTHS.label)) region: string | null;
  @Column(optionalId) managerId: string | null;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
  /** When the member left the team (the directory no longer lists them, or the admin said so); null while they are on it. */
  @Column(optionalInstant) leftAt: Date | null;
}
