import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// Self-contained on purpose, like the first migration: it keeps meaning what it meant when written.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const longText = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const instant = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });
const int = (name: string): TableColumnOptions => ({ name, type: 'int', isNullable: true });
const primary = (column: TableColumnOptions): TableColumnOptions => ({ ...column, isPrimary: true });
const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/** Evidence a deal's stage gate reads, and the alerts sent per breach (unique key: one alert per breach). */
const tables = (exactCollation?: string): Table[] => {
  const id = (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '64',
    isNullable: nullable,
    collation: exactCollation,
  });
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
        int('sourceInboxId'),
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
        { ...text('breachKey', 191), collation: exactCollation },
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
    const exactCollation = queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
    for (const table of tables(exactCollation)) await queryRunner.createTable(table, false, false, true);
    await queryRunner.addColumn('deals', followUpFlag);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('deals', followUpFlag.name);
    for (const table of tables().reverse()) await queryRunner.dropTable(table.name, true);
  }
}
