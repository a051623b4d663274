import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { MemberAccount, User } from '../../src/store/entities';
import { SEND, type WecomEmulator } from '../fakes/wecom';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { wecomTenantSetup } from './wecom-tenant';

const TENANT = 'wxsync';

describe('npm run sync:directory against the WeCom emulator, on SQLite', () => {
  let database: TestDatabase;
  let wecom: WecomEmulator;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await sqliteDatabase();
    ({ wecom, env } = await wecomTenantSetup(database, TENANT));
    wecom.api.directory = {
      departments: [
        { id: 1, name: '测试公司', parentid: 0 },
        { id: 2, name: '华东一组', parentid: 1, department_leader: ['LiMing'] },
      ],
      // 刘洋 is gone from the corp; 孙杰 is new.
      members: ['LiMing', 'ZhangWei', 'WangFang', 'SunJie'].map((userid, i) => ({
        userid,
        name: ['李明', '张伟', '王芳', '孙杰'][i]!,
        department: [2],
        is_leader_in_dept: [userid === 'LiMing' ? 1 : 0],
      })),
    };
  });
  afterAll(async () => {
    await wecom?.stop();
    await database?.drop();
  });

  it('creates and updates members from the directory, marks the one who left, and the running bot tells the manager over WeCom', async () => {
    const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['src/cli/sync-directory.ts', '--tenant', TENANT], {
      env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    });
    expect(stdout).toContain('wecom: 新增 1,更新 0,未变 3,离开 1(刘洋,交接卡片已发给其经理)');

    const bot: RunningBot = await startBot(loadConfig(env), { jobs: false });
    try {
      const users = bot.dataSource.getRepository(User);
      expect((await users.findOneByOrFail({ tenantId: TENANT, id: 'liuyang' })).leftAt).not.toBeNull();
      const sun = await users.findOneByOrFail({ tenantId: TENANT, name: '孙杰' });
      expect(sun).toMatchObject({ role: 'rep', team: '华东一组', managerId: 'liming' });
      expect(await bot.dataSource.getRepository(MemberAccount).findOneBy({ tenantId: TENANT, userId: sun.id })).toMatchObject({
        accountId: 'SunJie',
      });
      // 赵六 has no WeCom account: the directory cannot speak for him, so he stays.
      expect((await users.findOneByOrFail({ tenantId: TENANT, id: 'nowecom' })).leftAt).toBeNull();
      // 刘洋 held nothing: his manager is told so, over WeCom.
      const told = await wecom.api.waitFor(() =>
        wecom.api.delivered(SEND).find((r) => r.body?.touser === 'LiMing' && JSON.stringify(r.body).includes('刘洋 已离开团队')),
      );
      expect(told).toBeTruthy();
    } finally {
      await bot.stop();
    }
  });
});
