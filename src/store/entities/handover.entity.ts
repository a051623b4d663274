import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { id, instant, optionalId, shortText } from '../columns';

/**
 * What moved from a member who left to a colleague, one row per customer (null: leads of no customer
 * yet), so the archive's timeline shows who took over, from whom, who decided, and what came with it.
 */
@Entity('handovers')
@Index('idx_handovers_customer', ['tenantId', 'customerId'])
export class Handover {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(id) tenantId: string;
  @Column(optionalId) customerId: string | null;
  @Column(id) fromUserId: string;
  @Column(id) toUserId: string;
  @Column(id) byUserId: string;
  /** What moved, for people: 客户、2 个商机、1 条承诺. */
  @Column(shortText(200)) what: string;
  @Column(instant) at: Date;
}
