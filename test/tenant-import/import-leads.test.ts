import type { DataSource } from 'typeorm';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardRecord, Customer, Lead, OutboxItem, Tenant } from '../../src/store/entities';
import { importTenant } from '../../src/tenant-import/import-tenant';
import { fixture, useTempSqlite } from './support';

const NOW = new Date('2026-03-05T02:00:00Z'); // Thursday 10:00 in Shanghai

/** The good fixture plus two leads: a new company, and one that is already a customer of the file. */
function fileWithLeads(): string {
  const file = JSON.parse(fixture('good-tenant.json')) as Record<string, unknown>;
  file.leads = [
    {
      id: 'fair-001',
      company: '宁波某模具厂',
      contactName: '李经理',
      phone: '13800001111',
      region: '浙江',
      industry: '制造业',
      budget: 500000,
      urgency: '急需报价',
      source: '展会',
    },
    { id: 'fair-002', company: '华信精密机械有限公司', contactName: '赵工', source: '展会' },
  ];
  return JSON.stringify(file, null, 2);
}

describe('leads in the tenant import file', () => {
  const db = useTempSqlite();
  let dataSource: DataSource;
  beforeEach(() => {
    dataSource = db();
  });

  it('go through lead intake once each: a new company is scored and allocated, a known one is a duplicate; a second import changes nothing', async () => {
    const first = await importTenant(dataSource, fileWithLeads(), { now: NOW });
    expect(first.tables.leads).toEqual({ created: 2, updated: 0, unchanged: 0, removed: 0 });

    const leads = await dataSource.getRepository(Lead).find({ order: { sourceRef: 'ASC' } });
    expect(leads.map((l) => [l.sourceRef, l.source, l.submittedBy])).toEqual([
      ['fair-001', 'import', '展会'],
      ['fair-002', 'import', '展会'],
    ]);
    const [fresh, duplicate] = leads;
    expect(fresh.score).toBeGreaterThan(0);
    expect(fresh.duplicateOf).toBeNull();
    expect(duplicate).toMatchObject({ duplicateOf: 'cus_1', customerId: null });
    // The allocated rep got the lead card through the outbox, like any other intake.
    const cards = await dataSource.getRepository(CardRecord).findBy({ kind: 'lead-assignment' });
    expect(cards).toHaveLength(1);
    expect(await dataSource.getRepository(OutboxItem).countBy({ recipientId: cards[0].recipientId })).toBeGreaterThan(0);

    const customersBefore = await dataSource.getRepository(Customer).count();
    const second = await importTenant(dataSource, fileWithLeads(), { now: new Date(NOW.getTime() + 86_400_000) });
    expect(second.tables.leads).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
    expect(await dataSource.getRepository(Lead).count()).toBe(2);
    expect(await dataSource.getRepository(Customer).count()).toBe(customersBefore);
  });

  it('refuses a lead without a company and a repeated lead id, at their lines', async () => {
    const file = JSON.parse(fixture('good-tenant.json')) as Record<string, unknown>;
    file.leads = [{ id: 'x1' }, { id: 'x1', company: '某公司' }];
    await expect(importTenant(dataSource, JSON.stringify(file, null, 2), { now: NOW })).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'leads[0].company' }),
        expect.objectContaining({ path: 'leads[1].id', message: expect.stringContaining('重复') }),
      ]),
    });
    expect(await dataSource.getRepository(Lead).count()).toBe(0);
  });
});

describe('tenant settings in the import file', () => {
  const db = useTempSqlite();

  it('stores lead API keys and the schedule, and refuses a bad cron or date at its line', async () => {
    const file = JSON.parse(fixture('good-tenant.json')) as { tenant: Record<string, unknown> };
    file.tenant.leadApiKeys = [{ name: '官网表单', sha256: 'a'.repeat(64) }];
    file.tenant.jobs = { fridayWarningCron: '0 16 * * 5', holidays: ['2026-10-01'] };
    await importTenant(db(), JSON.stringify(file, null, 2), { now: NOW });
    const tenant = await db().getRepository(Tenant).findOneByOrFail({ id: 'acme' });
    expect(tenant.settings).toMatchObject({
      leadApiKeys: [{ name: '官网表单', sha256: 'a'.repeat(64) }],
      jobs: { fridayWarningCron: '0 16 * * 5', holidays: ['2026-10-01'] },
    });

    file.tenant.jobs = { fridayWarningCron: 'every friday', holidays: ['10月1日'] };
    await expect(importTenant(db(), JSON.stringify(file, null, 2), { now: NOW })).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'tenant.jobs.fridayWarningCron', message: expect.stringContaining('cron') }),
        expect.objectContaining({ path: 'tenant.jobs.holidays[0]' }),
      ]),
    });
  });
});
