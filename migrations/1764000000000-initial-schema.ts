import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { counter, exactCollation, idColumns, index, instant, longText, optionalInt, primary, serial, text } from './column-kit';

/** The schema. */
const tables = (collation?: string): Table[] => {
  const { id, platformId } = idColumns(collation);
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
        optionalInt('sourceInboxId'),
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
        platformId('deliveryId', false),
        platformId('senderId', false),
        longText('body'),
        text('status', 16),
        counter('attempts'),
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
        counter('attempts'),
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
        counter('promptTokens'),
        counter('completionTokens'),
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
    for (const table of tables(exactCollation(queryRunner))) await queryRunner.createTable(table, false, false, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables().reverse()) await queryRunner.dropTable(table.name, true);
  }
}
