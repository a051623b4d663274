import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, primary, text } from './column-kit';

/**
 * Page sessions (the workspace pages opened from cards): one row per signed-in browser, keyed by the
 * SHA-256 of the cookie's random value, so every instance finds it and a copy of the table signs no
 * one in. `signInCode` is the SHA-256 of the platform code it was made from: unique, so a code is
 * spent once even when two instances receive it.
 */
export class WebSessions1764940000000 implements MigrationInterface {
  name = 'WebSessions1764940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { id } = idColumns(exactCollation(queryRunner));
    await queryRunner.createTable(
      new Table({
        name: 'web_sessions',
        columns: [
          primary(text('id', 64)),
          id('tenantId'),
          id('userId'),
          text('platform', 16),
          text('signInCode', 64, true),
          instant('createdAt'),
          instant('expiresAt'),
        ],
        indices: [index('uq_web_sessions_code', ['signInCode'], true), index('idx_web_sessions_expiry', ['expiresAt'])],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('web_sessions');
  }
}
