import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, serial, text } from './column-kit';

/**
 * Members who left (the directory no longer lists them, or the admin said so) are marked, not deleted:
 * their history stays theirs. What they held moves to a colleague in a handover, kept per customer
 * for the archive's timeline.
 */
export class MemberLeave1764970000000 implements MigrationInterface {
  name = 'MemberLeave1764970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id } = idColumns(exactCollation(queryRunner));
    await queryRunner.addColumn('users', new TableColumn(instant('leftAt', true)));
    await queryRunner.createTable(
      new Table({
        name: 'handovers',
        columns: [
          serial('id'),
          id('tenantId'),
          id('customerId', true),
          id('fromUserId'),
          id('toUserId'),
          id('byUserId'),
          text('what', 200),
          instant('at'),
        ],
        indices: [index('idx_handovers_customer', ['tenantId', 'customerId'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('handovers', true);
    await queryRunner.dropColumn('users', 'leftAt');
  }
}
