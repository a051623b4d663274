import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instant, json } from '../columns';

/** One member's recent and reserved send times on one platform app, shared by all instances. */
@Entity('send_budgets')
export class SendBudget {
  @PrimaryColumn({ type: 'varchar', length: 191 }) memberKey: string;
  @Column(json) state: { times: number[]; reservations: Record<string, number> };
  @Column(instant) updatedAt: Date;
}
