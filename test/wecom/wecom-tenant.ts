import { openDatabase } from '../../src/store/data-source';
import { importTenant } from '../../src/tenant-import/import-tenant';
import { WecomEmulator, type FakeCorp } from '../fakes/wecom';
import type { TestDatabase } from '../support/databases';
import { HUAXIN_CUSTOMER, HUAXIN_DEAL } from '../support/huaxin';

/** A started emulator, its tenant imported into `database`, and the variables of a bot serving it. */
export async function wecomTenantSetup(
  database: TestDatabase,
  tenantId: string,
): Promise<{ wecom: WecomEmulator; env: Record<string, string> }> {
  const wecom = new WecomEmulator();
  const apiBase = await wecom.start();
  const setup = await openDatabase(database.url);
  await importTenant(setup, wecomTenantFile(wecom.corp, tenantId));
  await setup.destroy();
  return { wecom, env: { DATABASE_URL: database.url, PORT: '0', PLATFORMS: 'wecom', DEMO_TENANT: 'off', ...wecom.env(apiBase) } };
}

/** A small tenant whose people have WeCom UserIDs (the demo tenant has none), for the corp of the emulator. */
export function wecomTenantFile(corp: FakeCorp, tenantId = 'wxdemo'): string {
  return JSON.stringify({
    tenant: { id: tenantId, name: '企业微信测试公司', timezone: 'Asia/Shanghai', wecom: { corpId: corp.corpId, agentId: corp.agentId } },
    users: [
      { id: 'liming', name: '李明', role: 'manager', team: '华东一组', wecomUserId: 'LiMing' },
      { id: 'zhangwei', name: '张伟', role: 'rep', team: '华东一组', managerId: 'liming', wecomUserId: 'ZhangWei' },
      { id: 'wangfang', name: '王芳', role: 'rep', team: '华东一组', managerId: 'liming', wecomUserId: 'WangFang' },
      { id: 'liuyang', name: '刘洋', role: 'rep', team: '华东一组', managerId: 'liming', wecomUserId: 'LiuYang' },
      { id: 'nowecom', name: '赵六', role: 'rep', team: '华东一组', managerId: 'liming' },
    ],
    customers: [{ ...HUAXIN_CUSTOMER, region: '浙江' }],
    contacts: [{ customerId: 'cus_huaxin', name: '王总', title: '总经理', role: 'decision_maker' }],
    // One open deal, so a follow-up on 华信 is recorded against it.
    deals: [HUAXIN_DEAL],
  });
}
