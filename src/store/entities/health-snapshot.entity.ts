import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { id, instant, shortText } from '../columns';

/** A team's process health index on one local day, kept by the morning briefing for the week's trend. */
@Entity('health_snapshots')
@Index('uq_health_snapshots_day', ['tenantId', 'scopeId', 'day'], { unique: true })
export class HealthSnapshot {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(id) tenantId: string;
  /** The manager whose team it measures. */
  @Column(id) scopeId: string;
  /** Local date, `2026-03-06`. */
  @Column(shortText(10)) day: string;
  @Column({ type: 'double' }) value: number;
  @Column(instant) at: Date;
}
