import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** One process health index value per team and day, so a briefing can show the week's trend. */
export class HealthSnapshots1764400000000 implements MigrationInterface {
  name = 'HealthSnapshots1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const exactCollation = queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
    const id = (name: string) => ({ name, type: 'varchar', length: '64', isNullable: false, collation: exactCollation });
    await queryRunner.createTable(
      new Table({
        name: 'health_snapshots',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          id('tenantId'),
          id('scopeId'),
          { name: 'day', type: 'varchar', length: '10', isNullable: false },
          { name: 'value', type: 'double', isNullable: false },
          { name: 'at', type: 'datetime', precision: 3, isNullable: false },
        ],
        indices: [new TableIndex({ name: 'uq_health_snapshots_day', columnNames: ['tenantId', 'scopeId', 'day'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('health_snapshots', true);
  }
}
