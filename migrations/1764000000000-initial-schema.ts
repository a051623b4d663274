import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// Self-contained on purpose: a migration must keep meaning what it meant when it was written,
// so it does not import column presets from the entities.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const longText = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable });
const instant = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable: nullable });
const int = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'int',
  isNullable: nullable,
  default: nullable ? undefined : 0,
});
const serial = (name: string): TableColumnOptions => ({
  name,
  // 'integer', not 'int': SQLite allows AUTOINCREMENT only on INTEGER PRIMARY KEY; MySQL reads it as INT.
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});
const primary = (column: TableColumnOptions): TableColumnOptions => ({ ...column, isPrimary: true });

const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * The schema. Ids are compared exactly on every engine: MySQL's default collation would make
 * `ZhangWei` and `zhangwei` one key where SQLite keeps two, so on MySQL they get a binary collation.
 */
const tables = (exactCollation?: string): Table[] => {
  const id = (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '64',
    isNullable: nullable,
    collation: exactCollation,
  });
  /** A platform's id for a user or a delivery: compared exactly, like our own ids. */
  const platformId = (name: string): TableColumnOptions => ({ ...text(name, 128, true), collation: exactCollation });
  return [
    new Table({
      name: 'tenants',
      columns: [
        primary(id('id')),
        text('name', 200),
        text('timezone', 64),
        longText('settings'),
        instant('createdAt'),
        instant('updatedAt'),
      ],
    }),
    new Table({
      name: 'users',
      columns: [
        primary(id('tenantId')),
        primary(id('id')),
        text('name', 100),
        text('role', 16),
        text('team', 100, true),
        text('region', 100, true),
        id('managerId', true),
        platformId('wecomUserId'),
        platformId('dingtalkUserId'),
        instant('createdAt'),
        instant('updatedAt'),
      ],
      indices: [
        index('idx_users_wecom', ['tenantId', 'wecomUserId']),
        index('idx_users_dingtalk', ['tenantId', 'dingtalkUserId']),
        index('idx_users_manager', ['tenantId', 'managerId']),
      ],
    }),
    new Table({
      name: 'customers',
      columns: [
        primary(id('tenantId')),
        primary(id('id')),
        text('name', 200),
        text('normalizedName', 200),
        longText('aliases'),
        id('ownerId', true),
        text('region', 100, true),
        text('industry', 100, true),
        instant('createdAt'),
        instant('updatedAt'),
      ],
      indices: [index('idx_customers_normalized', ['tenantId', 'normalizedName']), index('idx_customers_owner', ['tenantId', 'ownerId'])],
    }),
    new Table({
      name: 'contacts',
      columns: [
        primary(id('tenantId')),
        primary(id('id')),
        id('customerId'),
        text('name', 100),
        text('title', 100, true),
        text('role', 32, true),
        text('phone', 32, true),
        instant('createdAt'),
        instant('updatedAt'),
      ],
      indices: [index('uq_contacts_customer_name', ['tenantId', 'customerId', 'name'], true)],
    }),
    new Table({
      name: 'deals',
      columns: [
        primary(id('tenantId')),
        primary(id('id')),
        id('customerId'),
        id('ownerId'),
        text('title', 200, true),
        text('stage', 16),
        { name: 'amount', type: 'decimal', precision: 14, scale: 2, isNullable: true },
        instant('stageEnteredAt'),
        instant('lastActivityAt', true),
        instant('createdAt'),
        instant('updatedAt'),
      ],
      indices: [
        index('idx_deals_owner_stage', ['tenantId', 'ownerId', 'stage']),
        index('idx_deals_customer', ['tenantId', 'customerId']),
        index('idx_deals_stage_activity', ['tenantId', 'stage', 'lastActivityAt']),
      ],
    }),
    new Table({
      name: 'activities',
      columns: [
        primary(id('id')),
        id('tenantId'),
        id('customerId'),
        id('dealId', true),
        id('userId'),
        longText('rawText'),
        text('summary', 200),
        int('sourceInboxId', true),
        longText('extraction', true),
        text('understoodBy', 16),
        instant('occurredAt'),
        instant('createdAt'),
      ],
      indices: [
        index('idx_activities_deal_time', ['tenantId', 'dealId', 'occurredAt']),
        index('idx_activities_customer_time', ['tenantId', 'customerId', 'occurredAt']),
      ],
    }),
    new Table({
      name: 'customer_signals',
      columns: [primary(id('id')), id('tenantId'), id('customerId'), id('dealId', true), id('activityId'), text('tag', 32), instant('at')],
      indices: [index('idx_signals_customer_time', ['tenantId', 'customerId', 'at']), index('idx_signals_activity', ['activityId'])],
    }),
    new Table({
      name: 'commitments',
      columns: [
        primary(id('id')),
        id('tenantId'),
        id('customerId'),
        id('dealId', true),
        id('activityId', true),
        id('ownerId'),
        text('action', 200),
        instant('dueAt', true),
        instant('doneAt', true),
        instant('createdAt'),
      ],
      indices: [
        index('idx_commitments_owner_open', ['tenantId', 'ownerId', 'doneAt', 'dueAt']),
        index('idx_commitments_deal', ['tenantId', 'dealId']),
        index('idx_commitments_activity', ['activityId']),
      ],
    }),
    new Table({
      name: 'stage_transitions',
      columns: [
        primary(id('id')),
        id('tenantId'),
        id('dealId'),
        text('fromStage', 16, true),
        text('toStage', 16),
        id('actorId', true),
        text('confirmedBy', 16),
        text('reason', 500, true),
        instant('at'),
      ],
      indices: [index('idx_transitions_deal_time', ['tenantId', 'dealId', 'at'])],
    }),
    new Table({
      name: 'inbox',
      columns: [
        serial('id'),
        text('platform', 16),
        id('tenantId'),
        { ...platformId('deliveryId'), isNullable: false },
        { ...platformId('senderId'), isNullable: false },
        longText('body'),
        text('status', 16),
        int('attempts'),
        instant('availableAt'),
        longText('lastError', true),
        instant('receivedAt'),
        instant('processedAt', true),
      ],
      indices: [
        index('uq_inbox_delivery', ['platform', 'tenantId', 'deliveryId'], true),
        index('idx_inbox_claim', ['status', 'availableAt']),
      ],
    }),
    new Table({
      name: 'outbox',
      columns: [
        serial('id'),
        id('tenantId'),
        text('platform', 16),
        id('recipientId'),
        longText('message'),
        text('dedupeKey', 191, true),
        text('status', 16),
        int('attempts'),
        instant('availableAt'),
        longText('lastError', true),
        instant('createdAt'),
        instant('sentAt', true),
      ],
      indices: [index('idx_outbox_claim', ['status', 'availableAt']), index('uq_outbox_dedupe', ['dedupeKey'], true)],
    }),
    new Table({
      name: 'cards',
      columns: [
        primary(id('id')),
        id('tenantId'),
        text('kind', 32),
        id('recipientId'),
        text('platform', 16),
        longText('card'),
        longText('context'),
        text('state', 16),
        text('platformCardId', 128, true),
        text('responseCode', 256, true),
        id('actedBy', true),
        instant('actedAt', true),
        instant('createdAt'),
        instant('updatedAt'),
      ],
      indices: [index('idx_cards_recipient', ['tenantId', 'recipientId', 'createdAt'])],
    }),
    new Table({
      name: 'job_runs',
      columns: [
        serial('id'),
        text('job', 64),
        id('tenantId'),
        text('period', 64),
        text('instanceId', 128),
        instant('startedAt'),
        instant('finishedAt', true),
      ],
      indices: [index('uq_job_runs_period', ['job', 'tenantId', 'period'], true)],
    }),
    new Table({
      name: 'console_feed',
      columns: [
        serial('seq'),
        id('tenantId'),
        id('userId'),
        text('kind', 8),
        longText('text', true),
        longText('card', true),
        instant('at'),
      ],
      indices: [index('idx_console_feed_user', ['tenantId', 'userId', 'seq'])],
    }),
    new Table({
      name: 'llm_usage',
      columns: [
        serial('id'),
        id('tenantId'),
        text('model', 100),
        text('promptVersion', 32),
        int('promptTokens'),
        int('completionTokens'),
        text('outcome', 16),
        text('reason', 200, true),
        instant('at'),
      ],
      indices: [index('idx_llm_usage_tenant_time', ['tenantId', 'at'])],
    }),
  ];
};

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const exactCollation = queryRunner.connection.options.type === 'mysql' ? 'utf8mb4_bin' : undefined;
    for (const table of tables(exactCollation)) await queryRunner.createTable(table, false, false, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables().reverse()) await queryRunner.dropTable(table.name, true);
  }
}
