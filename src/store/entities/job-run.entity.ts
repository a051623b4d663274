import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { id, instant, optionalInstant, shortText } from '../columns';

/** A claim on one period of one job for one tenant: the unique key is what makes a job run once. */
@Entity('job_runs')
@Index('uq_job_runs_period', ['job', 'tenantId', 'period'], { unique: true })
export class JobRun {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column(shortText(64)) job: string;
  @Column(id) tenantId: string;
  @Column(shortText(64)) period: string;
  @Column(shortText(128)) instanceId: string;
  @Column(instant) startedAt: Date;
  @Column(optionalInstant) finishedAt: Date | null;
}
