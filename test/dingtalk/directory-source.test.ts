import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DingtalkApi } from '../../bots/dingtalk/api-client';
import { AppDirectory } from '../../bots/dingtalk/app-directory';
import { dingtalkDirectorySource } from '../../bots/dingtalk/directory-source';
import { FakeDingtalk } from '../fakes/dingtalk/fake-dingtalk';
import { TestClock } from '../support/test-clock';

const fakeApp = { clientId: 'ding-directory', clientSecret: 'secret-of-the-app', corpId: 'dingcorp1' };
const app = {
  clientId: fakeApp.clientId,
  clientSecret: fakeApp.clientSecret,
  robotCode: fakeApp.clientId,
  cardTemplateId: 'tpl',
  tenantId: 'acme',
};
const tenants = {
  tenantOfCorp: async () => 'acme',
  corpOfTenant: async (tenantId: string) => (tenantId === 'acme' ? fakeApp.corpId : null),
};

describe('DingTalk directory source against the fake OpenAPI', () => {
  const dingtalk = new FakeDingtalk(fakeApp);
  let source: ReturnType<typeof dingtalkDirectorySource>;

  beforeAll(async () => {
    await dingtalk.start();
    const api = new DingtalkApi(app, { apiBase: dingtalk.apiBase, oapiBase: dingtalk.apiBase }, new TestClock(new Date()));
    const directory = new AppDirectory(tenants, [app]);
    source = dingtalkDirectorySource(directory, (tenantId) => (directory.appForTenant(tenantId) ? api : null));
  });
  afterAll(() => dingtalk.stop());

  it('walks the departments from the root and pages each one’s members by cursor, leaders from `leader`', async () => {
    const reps = Array.from({ length: 230 }, (_, i) => ({ userid: `rep${i}`, name: `销售${i}`, dept_id_list: [20] }));
    dingtalk.directory = {
      departments: [
        { dept_id: 10, name: '销售部', parent_id: 1 },
        { dept_id: 20, name: '华东组', parent_id: 10 },
      ],
      members: [
        { userid: 'liming', name: '李明', dept_id_list: [20, 10], leads: [20] },
        { userid: 'boss', name: '王总', dept_id_list: [1], leads: [1] },
        ...reps,
      ],
    };
    const chart = await source.read('acme');
    expect(chart!.departments).toEqual([
      { id: '1', name: '公司', parentId: null, leaderIds: ['boss'] },
      { id: '10', name: '销售部', parentId: '1', leaderIds: [] },
      { id: '20', name: '华东组', parentId: '10', leaderIds: ['liming'] },
    ]);
    expect(chart!.members).toHaveLength(232);
    expect(chart!.members.find((m) => m.accountId === 'liming')).toEqual({
      accountId: 'liming',
      name: '李明',
      departmentIds: ['20', '10'],
      leads: ['20'],
    });
    // 231 members in 华东组 at 100 a page: three pages, the later ones from the cursor the one before gave.
    const pages = dingtalk.calls.filter((c) => c.api === 'userList' && c.body.dept_id === 20).map((c) => c.body.cursor);
    expect(pages).toEqual([0, 100, 200]);
  });

  it('fails whole when a call fails, and reads nothing for a tenant it does not serve', async () => {
    dingtalk.failNext('userList', { status: 200, body: { errcode: 60011, errmsg: '没有调用该接口的权限' } });
    await expect(source.read('acme')).rejects.toThrow(/钉钉通讯录读取失败/);
    expect(await source.read('other')).toBeNull();
  });
});
