import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { instant, text } from './column-kit';

/**
 * The outbox gives up on age, not on a count of attempts: `requeuedAt` restarts the retry window of a
 * dead row put back by `npm run outbox:requeue`. `cards.presentedCode` is the response code an
 * update_template_card call carried whose answer was lost, so that a retry meeting 60140 knows the
 * code was spent by that call.
 */
export class OutboxRetryWindow1764600000000 implements MigrationInterface {
  name = 'OutboxRetryWindow1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('outbox', new TableColumn(instant('requeuedAt', true)));
    await queryRunner.addColumn('cards', new TableColumn(text('presentedCode', 256, true)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('cards', 'presentedCode');
    await queryRunner.dropColumn('outbox', 'requeuedAt');
  }
}
