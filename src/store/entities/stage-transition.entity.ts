import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Stage } from '../../domain/stages';
import { id, instant, optionalId, optionalShortText, shortText } from '../columns';
import { TEXT_LENGTHS } from '../../domain/value-limits';

export type TransitionConfirmation = 'card' | 'message' | 'import' | 'system';

@Entity('stage_transitions')
@Index('idx_transitions_deal_time', ['tenantId', 'dealId', 'at'])
@Index('idx_transitions_tenant_moves', ['tenantId', 'at', 'dealId', 'fromStage', 'toStage'])
export class StageTransition {
  @PrimaryColumn(id) id: string;
  @Column(id) tenantId: string;
  @Column(id) dealId: string;
  @Column(optionalShortText(16)) fromStage: Stage | null;
  @Column(shortText(16)) toStage: Stage;
  @Column(optionalId) actorId: string | null;
  @Column(shortText(16)) confirmedBy: TransitionConfirmation;
  @Column(optionalShortText(TEXT_LENGTHS.reason)) reason: string | null;
  @Column(instant) at: Date;
}
