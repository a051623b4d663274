import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from './column-kit';

/**
 * Indexes the briefings read by at scale (bench/jobs.bench.ts), each replacing a shorter one where
 * there was one:
 * - a team's deals with what the metrics read of them, from the index alone (a row lookup per deal
 *   was most of the briefing's database time); it stays in (owner, stage, id) order;
 * - the tenant's moves of the last two weeks as one range, from the index alone;
 * - open promises due before a time as one range across the tenant (the rep briefing, the overdue
 *   scan) instead of a walk over every owner's.
 */
const CHANGES: { table: string; add: ReturnType<typeof index>; replaces?: ReturnType<typeof index> }[] = [
  {
    table: 'deals',
    add: index('idx_deals_owner_facts', ['tenantId', 'ownerId', 'stage', 'id', 'customerId', 'amount', 'stageEnteredAt', 'lastActivityAt']),
    replaces: index('idx_deals_owner_stage', ['tenantId', 'ownerId', 'stage']),
  },
  {
    table: 'stage_transitions',
    add: index('idx_transitions_tenant_moves', ['tenantId', 'at', 'dealId', 'fromStage', 'toStage']),
    replaces: index('idx_transitions_tenant_time', ['tenantId', 'at']),
  },
  { table: 'commitments', add: index('idx_commitments_open_due', ['tenantId', 'doneAt', 'dueAt']) },
];

export class BriefingIndexes1764700000000 implements MigrationInterface {
  name = 'BriefingIndexes1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, add, replaces } of CHANGES) {
      await queryRunner.createIndex(table, add);
      if (replaces) await queryRunner.dropIndex(table, replaces.name!);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, add, replaces } of [...CHANGES].reverse()) {
      if (replaces) await queryRunner.createIndex(table, replaces);
      await queryRunner.dropIndex(table, add.name!);
    }
  }
}
