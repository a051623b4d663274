import type { MigrationInterface, QueryRunner } from 'typeorm';
import { index } from './column-kit';

/**
 * Lanes: a worker claims an inbox row only when no older row of its sender is unfinished, and an
 * outbox row only when no older row to its recipient is; these indexes answer that question.
 */
const INDEXES = [
  ['inbox', index('idx_inbox_lane', ['platform', 'tenantId', 'senderId', 'status'])],
  ['outbox', index('idx_outbox_lane', ['platform', 'tenantId', 'recipientId', 'status'])],
] as const;

export class RowLanes1764800000000 implements MigrationInterface {
  name = 'RowLanes1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, lane] of INDEXES) await queryRunner.createIndex(table, lane);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, lane] of [...INDEXES].reverse()) await queryRunner.dropIndex(table, lane.name!);
  }
}
