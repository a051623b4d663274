import type { DataSource } from 'typeorm';
import { beforeEach, describe, expect, it } from 'vitest';
import { Activity, Contact, Customer, CustomerSignal, Deal, MemberAccount, StageTransition, Tenant, User } from '../../src/store/entities';
import { importTenant } from '../../src/tenant-import/import-tenant';
import {
  expectBadFileWritesNothing,
  expectSecondImportChangesNothing,
  fixture,
  importProblems,
  lineOf,
  useTempSqlite,
  rowCounts,
} from './support';

type GoodFile = {
  tenant: Record<string, unknown>;
  users: Record<string, unknown>[];
  customers: Record<string, unknown>[];
  deals: Record<string, unknown>[];
  activities: Record<string, unknown>[];
};

const goodFile = (): GoodFile => JSON.parse(fixture('good-tenant.json')) as GoodFile;
const T1 = new Date('2026-03-05T00:00:00Z');
const T2 = new Date('2026-03-06T00:00:00Z');

describe('importTenant on SQLite', () => {
  const db = useTempSqlite();
  let dataSource: DataSource;
  beforeEach(() => {
    dataSource = db();
  });
  /** Every stored account as [member, platform, account id], sorted. */
  const accounts = async () =>
    (await dataSource.getRepository(MemberAccount).find({ order: { userId: 'ASC', platform: 'ASC' } })).map((a) => [
      a.userId,
      a.platform,
      a.accountId,
    ]);

  it('imports a good file, and the same file again changes nothing', () => expectSecondImportChangesNothing(dataSource));

  it('refuses a file with several problems, listing each at its line, and writes nothing', () => expectBadFileWritesNothing(dataSource));

  it('stores what the file says', async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    const tenant = await dataSource.getRepository(Tenant).findOneByOrFail({ id: 'acme' });
    expect(tenant.settings).toEqual({
      wecom: { corpId: 'ww0123', agentId: 1000002 },
      dingtalk: { corpId: 'ding0123' },
      competitorBrands: ['迈瑞', '鱼跃'],
    });
    const customer = await dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'acme', id: 'cus_2' });
    expect(customer).toMatchObject({ normalizedName: '康宁医疗器械', aliases: [], region: null, createdAt: T1, updatedAt: T1 });
    const contact = await dataSource.getRepository(Contact).findOneByOrFail({ tenantId: 'acme', name: '王总' });
    expect(contact).toMatchObject({ customerId: 'cus_1', role: 'decision_maker', title: '总经理' });
    expect(contact.id).toMatch(/^ct_/);
    const deal = await dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'acme', id: 'deal_1' });
    expect(deal).toMatchObject({ amount: 500000, lastActivityAt: new Date('2026-03-02T08:00:00Z') });
    const leadDeal = await dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'acme', id: 'deal_2' });
    expect(leadDeal.stageEnteredAt).toEqual(T1);
    const transition = await dataSource.getRepository(StageTransition).findOneByOrFail({ dealId: 'deal_1' });
    expect(transition).toMatchObject({
      fromStage: null,
      toStage: 'requirement',
      confirmedBy: 'import',
      at: new Date('2026-03-01T01:00:00Z'),
    });
    const activity = await dataSource.getRepository(Activity).findOneByOrFail({ id: 'act_1' });
    expect(activity).toMatchObject({ understoodBy: 'import', summary: activity.rawText, dealId: 'deal_1' });
    const signals = await dataSource.getRepository(CustomerSignal).findBy({ activityId: 'act_1' });
    expect(signals.map((s) => s.tag).sort()).toEqual(['after_sales', 'decision_maker']);
  });

  it('updates only what changed, and records a stage change', async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    const file = goodFile();
    file.users[1].team = '华东二组';
    file.deals[0].stage = 'demo';
    delete file.deals[0].stageEnteredAt;
    file.activities[0].tags = ['after_sales', 'price'];
    const summary = await importTenant(dataSource, JSON.stringify(file), { now: T2 });

    expect(summary.tables.users).toEqual({ created: 0, updated: 1, unchanged: 1, removed: 0 });
    expect(summary.tables.deals).toEqual({ created: 0, updated: 1, unchanged: 1, removed: 0 });
    expect(summary.tables.stageTransitions.created).toBe(1);
    expect(summary.tables.customerSignals).toEqual({ created: 1, updated: 0, unchanged: 1, removed: 1 });
    const users = dataSource.getRepository(User);
    expect(await users.findOneByOrFail({ id: 'zhangwei' })).toMatchObject({ team: '华东二组', updatedAt: T2, createdAt: T1 });
    expect(await users.findOneByOrFail({ id: 'liming' })).toMatchObject({ updatedAt: T1 });
    expect(await dataSource.getRepository(Deal).findOneByOrFail({ id: 'deal_1' })).toMatchObject({ stage: 'demo', stageEnteredAt: T2 });
    const transitions = await dataSource.getRepository(StageTransition).find({ where: { dealId: 'deal_1' }, order: { at: 'ASC' } });
    expect(transitions.map((t) => [t.fromStage, t.toStage, t.at])).toEqual([
      [null, 'requirement', new Date('2026-03-01T01:00:00Z')],
      ['requirement', 'demo', T2],
    ]);
  });

  it('keeps stored values for absent fields and clears them for null', async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    const file = goodFile();
    delete file.users[1].region;
    file.users[1].wecomUserId = null;
    delete file.activities[0].tags;
    const summary = await importTenant(dataSource, JSON.stringify(file), { now: T2 });
    expect(await dataSource.getRepository(User).findOneByOrFail({ id: 'zhangwei' })).toMatchObject({ region: '浙江' });
    expect(await accounts()).toEqual([['zhangwei', 'dingtalk', '0123456789']]);
    expect(summary.tables.memberAccounts).toEqual({ created: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(summary.tables.customerSignals).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0 });
  });

  it("writes each member's WeCom and DingTalk ids as accounts, and moves an id only when its old owner lets it go", async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    expect(await accounts()).toEqual([
      ['zhangwei', 'dingtalk', '0123456789'],
      ['zhangwei', 'wecom', 'ZhangWei'],
    ]);
    const taken = {
      tenant: { id: 'acme', name: '绍兴某医疗器械代理' },
      users: [{ id: 'liming', name: '李明', role: 'manager', wecomUserId: 'ZhangWei' }],
    };
    expect((await importProblems(dataSource, JSON.stringify(taken))).map((p) => p.message)).toEqual([
      'wecomUserId "ZhangWei" 已属于用户 "zhangwei"',
    ]);
    const twice = { ...taken, users: [...taken.users, { id: 'wangfang', name: '王芳', role: 'rep', wecomUserId: 'zhangwei' }] };
    expect((await importProblems(dataSource, JSON.stringify(twice))).map((p) => p.message)).toContain(
      'wecomUserId "ZhangWei" 已属于 users[0]',
    );
    const moved = { ...taken, users: [...taken.users, { id: 'zhangwei', name: '张伟', role: 'rep', wecomUserId: null }] };
    await importTenant(dataSource, JSON.stringify(moved), { now: T2 });
    expect(await accounts()).toEqual([
      ['liming', 'wecom', 'ZhangWei'],
      ['zhangwei', 'dingtalk', '0123456789'],
    ]);
  });

  it('accepts references to records already in the database', async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    const more = {
      tenant: { id: 'acme', name: '绍兴某医疗器械代理' },
      deals: [{ id: 'deal_3', customerId: 'cus_1', ownerId: 'zhangwei', stage: 'lead' }],
      commitments: [{ id: 'com_2', customerId: 'cus_1', dealId: 'deal_1', ownerId: 'liming', action: '回访' }],
    };
    const summary = await importTenant(dataSource, JSON.stringify(more), { now: T2 });
    expect(summary.tables.deals.created).toBe(1);
    expect(summary.tables.tenants.unchanged).toBe(1);
  });

  it('refuses an activity id another tenant uses, and a deal of another customer', async () => {
    await importTenant(dataSource, fixture('good-tenant.json'), { now: T1 });
    const other = [
      '{ "tenant": { "id": "other", "name": "另一家" },',
      '  "users": [ { "id": "u1", "name": "甲", "role": "rep" } ],',
      '  "customers": [ { "id": "c1", "name": "甲公司", "ownerId": "u1" }, { "id": "c2", "name": "乙公司", "ownerId": "u1" } ],',
      '  "deals": [ { "id": "d1", "customerId": "c1", "ownerId": "u1", "stage": "lead" } ],',
      '  "activities": [',
      '    { "id": "act_1", "customerId": "c2", "dealId": "d1", "userId": "u1", "text": "拜访", "at": "2026-03-01T09:00:00+08:00" }',
      '  ] }',
    ].join('\n');
    const before = await rowCounts(dataSource);
    expect(await importProblems(dataSource, other)).toEqual([
      { line: 6, path: 'activities[0].dealId', message: '商机 "d1" 属于客户 "c1",不是 "c2"' },
      { line: 6, path: 'activities[0].id', message: 'id 已被其他租户使用' },
    ]);
    expect(await rowCounts(dataSource)).toEqual(before);
  });

  it('refuses amounts finer than cents and contacts repeated in another case or width', async () => {
    const file = goodFile() as GoodFile & { contacts: Record<string, unknown>[] };
    file.deals[0].amount = 1234.567;
    file.contacts.push(
      { customerId: 'cus_1', name: '王总 ' },
      { customerId: 'cus_2', name: 'Dr Chen' },
      { customerId: 'cus_2', name: 'ｄｒ ｃｈｅｎ' },
    );
    const problems = await importProblems(dataSource, JSON.stringify(file, null, 2));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['contacts[2].name', '同一客户的联系人重名,已在 contacts[0] 出现'],
      ['contacts[4].name', '同一客户的联系人重名,已在 contacts[3] 出现'],
      ['deals[0].amount', '最多两位小数'],
    ]);
  });

  it('lists every syntax error with its line', async () => {
    const source = fixture('syntax-error.json');
    expect(await importProblems(dataSource, source)).toEqual([
      { line: lineOf(source, '"zhangwei"'), path: '$', message: 'JSON 语法错误:缺少逗号 ,' },
      { line: lineOf(source, '  ]'), path: '$', message: 'JSON 语法错误:此处应为一个值' },
    ]);
    expect(Object.values(await rowCounts(dataSource)).every((n) => n === 0)).toBe(true);
  });
});
