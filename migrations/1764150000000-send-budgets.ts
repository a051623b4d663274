import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, instant, longText, primary, text } from './column-kit';

/** Per-member send budgets shared by every instance (WeCom drops messages over 30/min to one member). */
export class SendBudgets1764150000000 implements MigrationInterface {
  name = 'SendBudgets1764150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'send_budgets',
        columns: [primary({ ...text('memberKey', 191), collation: exactCollation(queryRunner) }), longText('state'), instant('updatedAt')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('send_budgets', true);
  }
}
