import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, primary, text } from './column-kit';

/** The per-platform columns users had, and the platform name each becomes in member_accounts. */
const USER_COLUMNS = [
  ['wecomUserId', 'wecom', 'idx_users_wecom'],
  ['dingtalkUserId', 'dingtalk', 'idx_users_dingtalk'],
] as const;

/**
 * A member's platform accounts become rows of their own (one per platform), so that flows address
 * members and the outbox finds the account; users lose `wecomUserId` and `dingtalkUserId`.
 * Outbox rows may wait for their platform (chosen when sent), so a member's messages form one lane
 * whatever platform they go to, and a card learns its platform when it is sent.
 */
export class MemberAccounts1764900000000 implements MigrationInterface {
  name = 'MemberAccounts1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id, platformId } = idColumns(exactCollation(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'member_accounts',
        columns: [
          primary(id('tenantId')),
          primary(id('userId')),
          primary(text('platform', 16)),
          platformId('accountId', false),
          instant('createdAt'),
          instant('updatedAt'),
        ],
        indices: [index('uq_member_accounts_account', ['tenantId', 'platform', 'accountId'], true)],
      }),
    );
    for (const [column, platform, indexName] of USER_COLUMNS) {
      // Two members sharing an id was possible before the unique key: the first by id keeps it.
      await queryRunner.query(
        `INSERT INTO member_accounts (tenantId, userId, platform, accountId, createdAt, updatedAt)
         SELECT u.tenantId, u.id, ?, u.${column}, u.createdAt, u.updatedAt FROM users u
         WHERE u.${column} IS NOT NULL AND NOT EXISTS
           (SELECT 1 FROM users o WHERE o.tenantId = u.tenantId AND o.${column} = u.${column} AND o.id < u.id)`,
        [platform],
      );
      await queryRunner.dropIndex('users', indexName);
      await queryRunner.dropColumn('users', column);
    }
    await queryRunner.changeColumn('outbox', 'platform', new TableColumn(text('platform', 16, true)));
    await queryRunner.dropIndex('outbox', 'idx_outbox_lane');
    await queryRunner.createIndex('outbox', index('idx_outbox_lane', ['tenantId', 'recipientId', 'status']));
    await queryRunner.changeColumn('cards', 'platform', new TableColumn(text('platform', 16, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const { platformId } = idColumns(exactCollation(queryRunner));
    // Rows still waiting for their platform go where the old code would have sent them: the console.
    await queryRunner.query(`UPDATE cards SET platform = 'console' WHERE platform IS NULL`);
    await queryRunner.changeColumn('cards', 'platform', new TableColumn(text('platform', 16)));
    await queryRunner.query(`UPDATE outbox SET platform = 'console' WHERE platform IS NULL`);
    await queryRunner.dropIndex('outbox', 'idx_outbox_lane');
    await queryRunner.changeColumn('outbox', 'platform', new TableColumn(text('platform', 16)));
    await queryRunner.createIndex('outbox', index('idx_outbox_lane', ['platform', 'tenantId', 'recipientId', 'status']));
    for (const [column, platform, indexName] of USER_COLUMNS) {
      await queryRunner.addColumn('users', new TableColumn(platformId(column)));
      await queryRunner.createIndex('users', index(indexName, ['tenantId', column]));
      await queryRunner.query(
        `UPDATE users SET ${column} = (SELECT a.accountId FROM member_accounts a
           WHERE a.tenantId = users.tenantId AND a.userId = users.id AND a.platform = ?)`,
        [platform],
      );
    }
    await queryRunner.dropTable('member_accounts');
  }
}
