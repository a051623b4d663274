import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from './column-kit';

/**
 * Indexes the briefings read by at scale (bench/jobs.bench.ts). The tenant's moves of the last two
 * weeks are one range read from the index alone, so it carries the deal and the stages; open
 * promises due before a time are one range across the tenant (the rep briefing, the overdue scan)
 * instead of a walk over every owner's.
 */
const MOVES = index('idx_transitions_tenant_moves', ['tenantId', 'at', 'dealId', 'fromStage', 'toStage']);
const REPLACED = index('idx_transitions_tenant_time', ['tenantId', 'at']);
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
