import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { counter } from './column-kit';

/**
 * A shared state changes by compare-and-set on its version (one plain read, one conditional update)
 * instead of a locked read and a write in a transaction of their own: two statements per card sent
 * instead of four.
 */
export class SendBudgetVersion1764980000000 implements MigrationInterface {
  name = 'SendBudgetVersion1764980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('send_budgets', new TableColumn(counter('version')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('send_budgets', 'version');
  }
}
