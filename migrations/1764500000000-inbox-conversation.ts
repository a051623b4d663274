import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The group chat an inbound message came from, so that the bot answers in the group and not one-to-one. */
export class InboxConversation1764500000000 implements MigrationInterface {
  name = 'InboxConversation1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const exactCollation = queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
    await queryRunner.addColumn(
      'inbox',
      new TableColumn({ name: 'conversationId', type: 'varchar', length: '128', isNullable: true, collation: exactCollation }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('inbox', 'conversationId');
  }
}
