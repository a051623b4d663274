import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, serial, text } from './column-kit';

/** One process health index value per team and day, so a briefing can show the week's trend. */
export class HealthSnapshots1764400000000 implements MigrationInterface {
  name = 'HealthSnapshots1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id } = idColumns(exactCollation(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'health_snapshots',
        columns: [
          serial('id'),
          id('tenantId'),
          id('scopeId'),
          text('day', 10),
          { name: 'value', type: 'double', isNullable: false },
          instant('at'),
        ],
        indices: [index('uq_health_snapshots_day', ['tenantId', 'scopeId', 'day'], true)],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('health_snapshots', true);
  }
}
