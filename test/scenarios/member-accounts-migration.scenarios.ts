import { afterAll, beforeAll, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { MemberAccounts1764900000000 } from '../../migrations/1764900000000-member-accounts';
import { createDataSource } from '../../src/store/data-source';
import { CardRecord, MemberAccount } from '../../src/store/entities';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';

const AT = '2026-03-01 08:00:00.000';

/** Users as they were, one column per platform: 张伟 on both, 李明 on WeCom only, 王芳 sharing 张伟's WeCom id (no unique key then). */
const OLD_USERS = [
  ['liming', 'LiMing', null],
  ['wangfang', 'ZhangWei', null],
  ['zhangwei', 'ZhangWei', 'staff-zw'],
  ['zhaoliu', null, null],
] as const;

/** The member accounts and card state migrations, up and down, over data written in the shape before them. */
export function memberAccountsMigrationScenarios(makeDatabase: TestDatabaseFactory): void {
  let database: TestDatabase;
  let dataSource: DataSource;
  const index = MIGRATIONS.indexOf(MemberAccounts1764900000000);

  beforeAll(async () => {
    database = await makeDatabase();
    const before = new DataSource({ ...createDataSource(database.url).options, migrations: MIGRATIONS.slice(0, index) });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    await before.query(
      `INSERT INTO tenants (id, name, timezone, settings, createdAt, updatedAt) VALUES ('acme', '甲', 'Asia/Shanghai', '{}', ?, ?)`,
      [AT, AT],
    );
    for (const [id, wecom, dingtalk] of OLD_USERS)
      await before.query(
        `INSERT INTO users (tenantId, id, name, role, wecomUserId, dingtalkUserId, createdAt, updatedAt) VALUES ('acme', ?, ?, 'rep', ?, ?, ?, ?)`,
        [id, id, wecom, dingtalk, AT, AT],
      );
    await before.query(
      `INSERT INTO outbox (tenantId, platform, recipientId, message, status, attempts, availableAt, createdAt) VALUES ('acme', 'wecom', 'zhangwei', '{"type":"text","text":"你好"}', 'pending', 0, ?, ?)`,
      [AT, AT],
    );
    await before.query(
      `INSERT INTO cards (id, tenantId, kind, recipientId, platform, card, context, state, platformCardId, responseCode, presentedCode, createdAt, updatedAt)
       VALUES ('card_1', 'acme', 'activity-receipt', 'zhangwei', 'wecom', '{}', '{}', 'open', 'card_1', 'rc-kept', 'rc-lost', ?, ?)`,
      [AT, AT],
    );
    await before.destroy();
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it("moves every WeCom and DingTalk id into member_accounts and WeCom's card codes into platformState, and back", async () => {
    expect((await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(
      MIGRATIONS.slice(index).map((m) => m.name),
    );
    const accounts = await dataSource.getRepository(MemberAccount).find({ order: { userId: 'ASC', platform: 'ASC' } });
    expect(accounts.map((a) => [a.userId, a.platform, a.accountId, a.createdAt.toISOString()])).toEqual([
      ['liming', 'wecom', 'LiMing', '2026-03-01T08:00:00.000Z'],
      // 王芳 and 张伟 shared an id: the first by member id keeps it.
      ['wangfang', 'wecom', 'ZhangWei', '2026-03-01T08:00:00.000Z'],
      ['zhangwei', 'dingtalk', 'staff-zw', '2026-03-01T08:00:00.000Z'],
    ]);
    const runner = dataSource.createQueryRunner();
    expect(await runner.hasColumn('users', 'wecomUserId')).toBe(false);
    expect(await runner.hasColumn('users', 'dingtalkUserId')).toBe(false);
    expect((await dataSource.query(`SELECT platform FROM outbox`)) as unknown[]).toEqual([{ platform: 'wecom' }]);
    expect((await dataSource.getRepository(CardRecord).findOneByOrFail({ id: 'card_1' })).platformState).toEqual({
      responseCode: 'rc-kept',
      presentedCode: 'rc-lost',
    });
    expect(await runner.hasColumn('cards', 'responseCode')).toBe(false);

    for (let i = index; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await runner.hasTable('member_accounts')).toBe(false);
    const users = (await dataSource.query(`SELECT id, wecomUserId, dingtalkUserId FROM users ORDER BY id`)) as unknown[];
    expect(users).toEqual([
      { id: 'liming', wecomUserId: 'LiMing', dingtalkUserId: null },
      { id: 'wangfang', wecomUserId: 'ZhangWei', dingtalkUserId: null },
      // Its id went to 王芳 on the way up; the rest comes back.
      { id: 'zhangwei', wecomUserId: null, dingtalkUserId: 'staff-zw' },
      { id: 'zhaoliu', wecomUserId: null, dingtalkUserId: null },
    ]);
    expect((await dataSource.query(`SELECT platform FROM outbox`)) as unknown[]).toEqual([{ platform: 'wecom' }]);
    expect((await dataSource.query(`SELECT platform, responseCode, presentedCode FROM cards`)) as unknown[]).toEqual([
      { platform: 'wecom', responseCode: 'rc-kept', presentedCode: 'rc-lost' },
    ]);
    expect(await runner.hasColumn('cards', 'platformState')).toBe(false);
    await runner.release();
  });
}
