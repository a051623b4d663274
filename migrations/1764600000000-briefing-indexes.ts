import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from './column-kit';

/**
 * Indexes the briefings read by at scale (bench/jobs.bench.ts). A team's moves are read by deal
 * from the index alone, so it carries the stages; open promises due before a time are one range
 * across the tenant (the rep briefing, the overdue scan) instead of a walk over every owner's.
 */
const MOVES = index('idx_transitions_deal_moves', ['tenantId', 'dealId', 'at', 'fromStage', 'toStage']);
const REPLACED = index('idx_transitions_deal_time', ['tenantId', 'dealId', 'at']);
const OPEN_DUE = index('idx_commitments_open_due', ['tenantId', 'doneAt', 'dueAt']);

export class BriefingIndexes1764600000000 implements MigrationInterface {
  name = 'BriefingIndexes1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('stage_transitions', MOVES);
    await queryRunner.dropIndex('stage_transitions', REPLACED.name!);
    await queryRunner.createIndex('commitments', OPEN_DUE);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('commitments', OPEN_DUE.name!);
    await queryRunner.createIndex('stage_transitions', REPLACED);
    await queryRunner.dropIndex('stage_transitions', MOVES.name!);
  }
}
