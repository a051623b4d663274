import type { DataSource } from 'typeorm';
import { importTenant } from '../../src/tenant-import/import-tenant';
import type { FakeApp } from '../fakes/dingtalk/fake-dingtalk';
import { HUAXIN_CUSTOMER, HUAXIN_DEAL } from '../support/huaxin';

/** The DingTalk app of the test tenant, as the fake gateway knows it. */
export const TEST_APP: FakeApp = { clientId: 'dingtestapp', clientSecret: 'test-secret-not-real', corpId: 'dingcorp-test' };

/** A small tenant on DingTalk: one rep with a customer and a deal, and a manager. */
export const DINGTALK_TENANT = {
  tenant: { id: 'dt', name: '钉钉测试公司', timezone: 'Asia/Shanghai', dingtalk: { corpId: TEST_APP.corpId } },
  users: [
    { id: 'liming', name: '李明', role: 'manager', team: '华东一组', dingtalkUserId: 'staff-lm' },
    { id: 'zhangwei', name: '张伟', role: 'rep', team: '华东一组', managerId: 'liming', dingtalkUserId: 'staff-zw' },
  ],
  customers: [HUAXIN_CUSTOMER],
  deals: [{ ...HUAXIN_DEAL, lastActivityAt: '2026-03-09T15:00:00+08:00' }],
};

export async function importDingtalkTenant(dataSource: DataSource): Promise<void> {
  await importTenant(dataSource, JSON.stringify(DINGTALK_TENANT));
}
