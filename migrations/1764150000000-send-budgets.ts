import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Per-member send budgets shared by every instance (WeCom drops messages over 30/min to one member). */
export class SendBudgets1764150000000 implements MigrationInterface {
  name = 'SendBudgets1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const exactCollation = queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
    await queryRunner.createTable(
      new Table({
        name: 'send_budgets',
        columns: [
          { name: 'memberKey', type: 'varchar', length: '191', isPrimary: true, collation: exactCollation },
          { name: 'state', type: 'text', isNullable: false },
          { name: 'updatedAt', type: 'datetime', precision: 3, isNullable: false },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('send_budgets', true);
  }
}
