import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { beforeEach, describe, expect, it } from 'vitest';
import { STAGES } from '../../src/domain/stages';
import { Activity, Commitment, Contact, Customer, Deal, User } from '../../src/store/entities';
import { DEMO_TENANT_ID, seedDemoTenant } from '../../src/tenant-import/demo-tenant';
import { useTempSqlite, rowCounts } from './support';

const NOW = new Date('2026-07-15T02:00:00Z'); // 10:00 in Shanghai
const DAY_MS = 24 * 3600 * 1000;

describe('seedDemoTenant', () => {
  const db = useTempSqlite();
  let dataSource: DataSource;
  beforeEach(() => {
    dataSource = db();
  });

  it('seeds a tenant with a manager, three reps in two teams, every stage and silent deals', async () => {
    const seeded = await seedDemoTenant(dataSource, NOW);
    expect(seeded?.summary.tenantId).toBe(DEMO_TENANT_ID);
    const tenantId = DEMO_TENANT_ID;

    const users = await dataSource.getRepository(User).findBy({ tenantId });
    const managers = users.filter((u) => u.role === 'manager');
    const reps = users.filter((u) => u.role === 'rep');
    expect(managers.map((m) => m.id)).toEqual(['liming']);
    expect(reps.map((r) => r.id).sort()).toEqual(['liuyang', 'wangfang', 'zhangwei']);
    expect(new Set(reps.map((r) => r.team)).size).toBe(2);
    expect(reps.every((r) => r.managerId === 'liming')).toBe(true);

    expect(await dataSource.getRepository(Customer).countBy({ tenantId })).toBeGreaterThanOrEqual(15);
    const deals = await dataSource.getRepository(Deal).findBy({ tenantId });
    expect(new Set(deals.map((d) => d.stage))).toEqual(new Set(STAGES));

    const silentDays = deals
      .filter((d) => !['won', 'lost'].includes(d.stage))
      .map((d) => Math.floor((NOW.getTime() - d.lastActivityAt!.getTime()) / DAY_MS));
    expect(silentDays.filter((days) => days >= 3 && days <= 10).length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...silentDays)).toBeGreaterThanOrEqual(0);

    const latest = Math.max(...(await dataSource.getRepository(Activity).findBy({ tenantId })).map((a) => a.occurredAt.getTime()));
    expect(DateTime.fromMillis(latest, { zone: 'Asia/Shanghai' }).toISODate()).toBe('2026-07-14');

    const commitments = await dataSource.getRepository(Commitment).findBy({ tenantId });
    expect(commitments.some((c) => c.doneAt)).toBe(true);
    expect(commitments.some((c) => !c.doneAt && c.dueAt! < NOW)).toBe(true);
    expect(commitments.some((c) => !c.doneAt && c.dueAt! > NOW)).toBe(true);
  });

  it('has the README example: 华信 with 王总 and the open 液压泵升级 deal of 张伟', async () => {
    await seedDemoTenant(dataSource, NOW);
    const tenantId = DEMO_TENANT_ID;
    const huaxin = await dataSource.getRepository(Customer).findOneByOrFail({ tenantId, name: '华信精密机械有限公司' });
    expect(huaxin).toMatchObject({ ownerId: 'zhangwei', normalizedName: '华信精密机械' });
    expect(huaxin.aliases).toContain('华信');
    const wang = await dataSource.getRepository(Contact).findOneByOrFail({ tenantId, customerId: huaxin.id, name: '王总' });
    expect(wang.role).toBe('decision_maker');
    const deal = await dataSource.getRepository(Deal).findOneByOrFail({ tenantId, customerId: huaxin.id, title: '液压泵升级' });
    expect(deal).toMatchObject({ stage: 'requirement', ownerId: 'zhangwei' });
  });

  it('does nothing the second time', async () => {
    await seedDemoTenant(dataSource, NOW);
    const counts = await rowCounts(dataSource);
    expect(await seedDemoTenant(dataSource, new Date(NOW.getTime() + 3 * DAY_MS))).toBeNull();
    expect(await rowCounts(dataSource)).toEqual(counts);
  });
});
