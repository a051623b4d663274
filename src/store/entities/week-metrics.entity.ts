import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { id, instant, shortText } from '../columns';

const share = { type: 'double', nullable: true } as const;

/**
 * A closed week's process numbers for one scope (a manager's team, a rep, or the tenant), kept when
 * the week closes and never recomputed: 上周 in every card and answer reads this row (docs/metrics.md).
 * Shares are 0–1; null where the week had nothing to judge.
 */
@Entity('week_metrics')
@Index('uq_week_metrics_scope_week', ['tenantId', 'scopeId', 'week'], { unique: true })
export class WeekMetrics {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(id) tenantId: string;
  /** The manager whose team, the rep, or `tenant` for the whole tenant (what an admin sees). */
  @Column(id) scopeId: string;
  /** The week's first local day, `2026-03-02`. */
  @Column(shortText(10)) week: string;
  @Column({ type: 'double' }) healthIndex: number;
  @Column(share) stageOrder: number | null;
  @Column(share) evidence: number | null;
  @Column(share) overTimer: number | null;
  @Column(share) activationRate: number | null;
  @Column(share) advanceRate: number | null;
  @Column(share) closureRate: number | null;
  @Column({ type: 'double', nullable: true }) medianHoursToFirstTouch: number | null;
  /** When it was kept: at the week's close, or later when nobody closed it in time (docs/metrics.md). */
  @Column(instant) closedAt: Date;
}
