import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, longText, optionalInt, primary, text } from './column-kit';

/** Evidence a deal's stage gate reads, and the alerts sent per breach (unique key: one alert per breach). */
const tables = (collation?: string): Table[] => {
  const { id } = idColumns(collation);
  return [
    new Table({
      name: 'deal_evidence',
      columns: [
        primary(id('id')),
        id('tenantId'),
        id('dealId'),
        text('kind', 32),
        longText('value'),
        id('sourceActivityId', true),
        optionalInt('sourceInboxId'),
        id('actorId'),
        instant('at'),
        instant('createdAt'),
      ],
      indices: [index('idx_evidence_deal_time', ['tenantId', 'dealId', 'at']), index('idx_evidence_activity', ['sourceActivityId'])],
    }),
    new Table({
      name: 'breach_alerts',
      columns: [
        primary(id('id')),
        id('tenantId'),
        // Compared exactly, like ids: it is made of ids and instants.
        { ...text('breachKey', 191), collation },
        text('kind', 16),
        id('dealId', true),
        id('commitmentId', true),
        instant('createdAt'),
        text('resolution', 32, true),
        id('resolvedBy', true),
        instant('resolvedAt', true),
      ],
      indices: [index('uq_breach_alerts_key', ['tenantId', 'breachKey'], true), index('idx_breach_alerts_deal', ['tenantId', 'dealId'])],
    }),
  ];
};

/** 待跟进: set on a breach whose rule says so, cleared by the next real activity or stage move. */
const followUpFlag = new TableColumn({ name: 'followUpFlaggedAt', type: 'datetime', precision: 3, isNullable: true });

export class DealStageRules1764100000000 implements MigrationInterface {
  name = 'DealStageRules1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables(exactCollation(queryRunner))) await queryRunner.createTable(table, false, false, true);
    await queryRunner.addColumn('deals', followUpFlag);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('deals', followUpFlag.name);
    for (const table of tables().reverse()) await queryRunner.dropTable(table.name, true);
  }
}
