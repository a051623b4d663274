import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { id, instant, shortText } from '../columns';

/**
 * One platform account of a member: who they are on WeCom, on DingTalk, …. A platform's ids are unique
 * within the tenant's corp (or app) on it, and a tenant is one corp per platform, so the tenant is the
 * scope of an account id. One account per member and platform.
 */
@Entity('member_accounts')
@Index('uq_member_accounts_account', ['tenantId', 'platform', 'accountId'], { unique: true })
export class MemberAccount {
  @PrimaryColumn(id) tenantId: string;
  @PrimaryColumn(id) userId: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) platform: string;
  /** The platform's id of the member (WeCom UserID, DingTalk userId/staffId), compared exactly. */
  @Column(shortText(128)) accountId: string;
  @Column(instant) createdAt: Date;
  @Column(instant) updatedAt: Date;
}
