import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { longText, text } from './column-kit';

const CODES = ['responseCode', 'presentedCode'] as const;

/**
 * The card record carries no platform's field names: WeCom's response codes (the latest unused one,
 * and one an update carried whose answer was lost) move into `platformState`, a JSON object each
 * platform shapes for itself.
 */
export class CardPlatformState1764900100000 implements MigrationInterface {
  name = 'CardPlatformState1764900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('cards', new TableColumn(longText('platformState', true)));
    // JSON_OBJECT is the same function on SQLite and MariaDB/MySQL.
    await queryRunner.query(
      `UPDATE cards SET platformState = JSON_OBJECT('responseCode', responseCode, 'presentedCode', presentedCode)
       WHERE responseCode IS NOT NULL OR presentedCode IS NOT NULL`,
    );
    for (const column of CODES) await queryRunner.dropColumn('cards', column);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of CODES) await queryRunner.addColumn('cards', new TableColumn(text(column, 256, true)));
    // Read back in code: the engines disagree on unquoting a JSON string.
    const rows = (await queryRunner.query(`SELECT id, platformState FROM cards WHERE platformState IS NOT NULL`)) as {
      id: string;
      platformState: string;
    }[];
    for (const { id, platformState } of rows) {
      const state = JSON.parse(platformState) as Partial<Record<(typeof CODES)[number], string | null>>;
      await queryRunner.query(`UPDATE cards SET responseCode = ?, presentedCode = ? WHERE id = ?`, [
        state.responseCode ?? null,
        state.presentedCode ?? null,
        id,
      ]);
    }
    await queryRunner.dropColumn('cards', 'platformState');
  }
}
