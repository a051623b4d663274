import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant, json } from '../columns';

/** A state per key shared by all instances: one member's recent and reserved send times on one WeCom app, in the platform's shape. */
@Entity('send_budgets')
export class SendBudget {
  @PrimaryColumn({ type: 'varchar', length: 191 }) memberKey: string;
  @Column(json) state: object;
  @Column(instant) updatedAt: Date;
}
