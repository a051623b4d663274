import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { exactCollation, idColumns, index, instant, longText, primary, text } from './column-kit';

/** Leads as submitted (duplicates included), their placements with reps or in the pool, and the escalations acted on. */
const tables = (collation?: string): Table[] => {
  const { id } = idColumns(collation);
  return [
    new Table({
      name: 'leads',
      columns: [
        primary(id('id')),
        id('tenantId'),
        text('source', 16),
        // An import file's id: compared exactly, like ids.
        { ...text('sourceRef', 64, true), collation },
        text('submittedBy', 100),
        id('submitterId', true),
        text('company', 200),
        text('contactName', 100, true),
        text('phone', 32, true),
        text('region', 100, true),
        text('industry', 100, true),
        { name: 'budget', type: 'decimal', precision: 14, scale: 2, isNullable: true },
        text('urgency', 200, true),
        longText('note', true),
        longText('tags'),
        id('customerId', true),
        id('duplicateOf', true),
        text('duplicateBy', 16, true),
        { name: 'score', type: 'int', isNullable: true },
        longText('breakdown', true),
        instant('createdAt'),
      ],
      indices: [
        index('idx_leads_tenant_time', ['tenantId', 'createdAt']),
        index('idx_leads_customer', ['tenantId', 'customerId']),
        index('uq_leads_source_ref', ['tenantId', 'source', 'sourceRef'], true),
      ],
    }),
    new Table({
      name: 'lead_assignments',
      columns: [
        primary(id('id')),
        id('tenantId'),
        id('leadId'),
        id('customerId'),
        id('repId', true),
        text('rule', 32),
        text('reason', 500),
        longText('facts'),
        id('cardId', true),
        instant('assignedAt'),
        instant('acceptedAt', true),
        instant('firstTouchAt', true),
        instant('returnedAt', true),
        text('outcome', 16, true),
        text('returnReason', 500, true),
      ],
      indices: [
        index('idx_lead_assignments_lead', ['tenantId', 'leadId']),
        index('idx_lead_assignments_rep', ['tenantId', 'repId', 'returnedAt']),
        index('idx_lead_assignments_customer', ['tenantId', 'customerId']),
      ],
    }),
    new Table({
      name: 'lead_escalations',
      columns: [
        primary(id('id')),
        id('tenantId'),
        // Made of ids: compared exactly.
        { ...text('escalationKey', 191), collation },
        id('assignmentId'),
        text('kind', 16),
        instant('createdAt'),
      ],
      indices: [index('uq_lead_escalations_key', ['tenantId', 'escalationKey'], true)],
    }),
  ];
};

export class LeadIntake1764300000000 implements MigrationInterface {
  name = 'LeadIntake1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables(exactCollation(queryRunner))) await queryRunner.createTable(table, false, false, true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of tables().reverse()) await queryRunner.dropTable(table.name, true);
  }
}
