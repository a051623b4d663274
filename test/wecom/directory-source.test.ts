import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WecomApiClient } from '../../bots/wecom/api-client';
import { CorpDirectory } from '../../bots/wecom/corp-directory';
import { wecomDirectorySource } from '../../bots/wecom/directory-source';
import { FakeWecomApi, fakeCorp } from '../fakes/wecom';
import { TestClock } from '../support/test-clock';

const corp = { ...fakeCorp(), tenantId: 'acme', cardUrl: 'https://work.weixin.qq.com/' };
const noTenants = { tenantOfCorp: async () => null, corpOfTenant: async () => null };

describe('WeCom directory source against the fake WeCom API', () => {
  const api = new FakeWecomApi([corp]);
  let source: ReturnType<typeof wecomDirectorySource>;

  beforeAll(async () => {
    const client = new WecomApiClient({ apiBase: await api.start(), timeoutMs: 2000, clock: new TestClock(new Date()) });
    source = wecomDirectorySource(new CorpDirectory(noTenants, [corp]), client);
  });
  afterAll(() => api.stop());

  it('reads departments with leaders, and every member over several user/list_id pages, with user/get for each', async () => {
    const reps = Array.from({ length: 2500 }, (_, i) => ({ userid: `rep${i}`, name: `销售${i}`, department: [2] }));
    api.directory = {
      departments: [
        { id: 1, name: '华东机电', parentid: 0 },
        { id: 2, name: '华东一组', parentid: 1, department_leader: ['LiMing'] },
      ],
      members: [{ userid: 'LiMing', name: '李明', department: [1, 2], main_department: 2, is_leader_in_dept: [0, 1] }, ...reps],
    };
    const chart = await source.read('acme');
    expect(chart!.departments).toEqual([
      { id: '1', name: '华东机电', parentId: null, leaderIds: [] },
      { id: '2', name: '华东一组', parentId: '1', leaderIds: ['LiMing'] },
    ]);
    expect(chart!.members).toHaveLength(2501);
    expect(chart!.members[0]).toEqual({ accountId: 'LiMing', name: '李明', departmentIds: ['2', '1'], leads: ['2'] });
    expect(chart!.members.at(-1)).toEqual({ accountId: 'rep2499', name: '销售2499', departmentIds: ['2'], leads: [] });
    // 2,501 ids at 1,000 a page: three pages, each from the cursor the one before gave.
    const pages = api.requests.filter((r) => r.path === '/cgi-bin/user/list_id');
    expect(pages.map((r) => Boolean(r.body?.cursor))).toEqual([false, true, true]);
  });

  it('fails whole when a call fails (half a chart would mark the rest as left), and serves no other tenant', async () => {
    api.failNext('/cgi-bin/user/get', { errcode: 60011 });
    await expect(source.read('acme')).rejects.toThrow(/企业微信通讯录读取失败/);
    expect(await source.read('other')).toBeNull();
  });
});
