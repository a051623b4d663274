import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant, json } from '../columns';

/** A state per key shared by all instances: one member's recent and reserved send times on one WeCom app, in the platform's shape. */
@Entity('send_budgets')
export class SendBudget {
  @PrimaryColumn({ type: 'varchar', length: 191 }) memberKey: string;
  @Column(json) state: object;
  /** Raised by every change: a change writes only over the version it read (compare-and-set). */
  @Column({ type: 'int', default: 0 }) version: number;
  @Column(instant) updatedAt: Date;
}
