import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns } from './column-kit';

/** The group chat an inbound message came from, so that the bot answers in the group and not one-to-one. */
export class InboxConversation1764500000000 implements MigrationInterface {
  name = 'InboxConversation1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('inbox', new TableColumn(idColumns(exactCollation(queryRunner)).platformId('conversationId')));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('inbox', 'conversationId');
  }
}
