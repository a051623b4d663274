import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, serial, text } from './column-kit';

/** A closed week's process numbers per scope, kept once so that 上周 is never recomputed (docs/metrics.md). */
export class WeekMetrics1764960000000 implements MigrationInterface {
  name = 'WeekMetrics1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id } = idColumns(exactCollation(queryRunner));
    const share = (name: string, nullable = true) => ({ name, type: 'double', isNullable: nullable });
    await queryRunner.createTable(
      new Table({
        name: 'week_metrics',
        columns: [
          serial('id'),
          id('tenantId'),
          id('scopeId'),
          text('week', 10),
          share('healthIndex', false),
          share('stageOrder'),
          share('evidence'),
          share('overTimer'),
          share('activationRate'),
          share('advanceRate'),
          share('closureRate'),
          share('medianHoursToFirstTouch'),
          instant('closedAt'),
        ],
        indices: [index('uq_week_metrics_scope_week', ['tenantId', 'scopeId', 'week'], true)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('week_metrics', true);
  }
}
