import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes the scheduled jobs read by (bench/jobs.bench.ts shows the plans): stage timers running
 * out in a day are found from stage entry as well as from last activity, and yesterday's funnel
 * moves by time across the tenant.
 */
const INDEXES: [string, TableIndex][] = [
  ['deals', new TableIndex({ name: 'idx_deals_stage_entered', columnNames: ['tenantId', 'stage', 'stageEnteredAt'] })],
  ['stage_transitions', new TableIndex({ name: 'idx_transitions_tenant_time', columnNames: ['tenantId', 'at'] })],
];

export class JobIndexes1764200000000 implements MigrationInterface {
  name = 'JobIndexes1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await queryRunner.createIndex(table, index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, index] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, index.name!);
  }
}
