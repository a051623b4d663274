import { In, IsNull, Not } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { OPEN_STAGES } from '../../src/domain/stages';
import { loadRuleBook } from '../../src/flows/rule-book';
import { leaveMember } from '../../src/flows/member-leave';
import { syncDirectory } from '../../src/flows/sync-directory';
import { JobRunner } from '../../src/jobs/job-runner';
import { DIRECTORY_SYNC_JOB } from '../../src/jobs/jobs';
import type { Directory, DirectorySource } from '../../src/pipeline/ports';
import {
  Activity,
  CardRecord,
  Commitment,
  Customer,
  Deal,
  Handover,
  LeadAssignment,
  MemberAccount,
  OutboxItem,
  Tenant,
  User,
} from '../../src/store/entities';
import { repRecords } from '../../src/store/lead-queries';
import { inTransaction } from '../../src/store/transaction';
import { archiveView } from '../../src/web/archive-view';
import { useBot } from '../support/bot-under-test';
import { ConsoleClient } from '../support/console-client';
import type { TestDatabaseFactory } from '../support/databases';

const T = 'demo';

/** The demo team as WeCom's directory would list it: 李明 leads 华东区, 张伟 and 王芳 in 华东一组, 刘洋 in 华东二组, and a new rep. */
const chart = (without: string[] = []): Directory => ({
  departments: [
    { id: '1', name: '华东区', parentId: null, leaderIds: ['LiMing'] },
    { id: '2', name: '华东一组', parentId: '1', leaderIds: [] },
    { id: '3', name: '华东二组', parentId: '1', leaderIds: [] },
  ],
  members: [
    { accountId: 'LiMing', name: '李明', departmentIds: ['1'], leads: ['1'] },
    { accountId: 'ZhangWei', name: '张伟', departmentIds: ['2'], leads: [] },
    { accountId: 'WangFang', name: '王芳', departmentIds: ['2'], leads: [] },
    { accountId: 'LiuYang', name: '刘洋', departmentIds: ['3'], leads: [] },
    { accountId: 'ZhaoLei', name: '赵磊', departmentIds: ['3'], leads: [] },
    // The admin leads nothing here but is listed at the root: the sync keeps them admin.
    { accountId: 'Admin', name: '系统管理员', departmentIds: ['1'], leads: ['1'] },
  ].filter((m) => !without.includes(m.accountId)),
});

/** What a member holds: customers, open deals, open promises, live lead placements. */
async function holdings(bot: ReturnType<typeof useBot>, userId: string) {
  const em = bot.dataSource.manager;
  return {
    customers: await em.countBy(Customer, { tenantId: T, ownerId: userId }),
    deals: await em.countBy(Deal, { tenantId: T, ownerId: userId, stage: In([...OPEN_STAGES]) }),
    promises: await em.countBy(Commitment, { tenantId: T, ownerId: userId, doneAt: IsNull() }),
    leads: await em.countBy(LeadAssignment, { tenantId: T, repId: userId, returnedAt: IsNull() }),
  };
}

/** Issue 17: the org chart from the platform's directory, members who leave, and the handover of what they held. */
export function memberLeaveScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);
  const sync = (directory: Directory) =>
    syncDirectory(bot.dataSource, { tenantId: T, platform: 'wecom', directory, now: bot.clock.now() }).finally(() => bot.sender.wake());
  const user = (id: string) => bot.dataSource.getRepository(User).findOneByOrFail({ tenantId: T, id });

  describe('the directory sync', () => {
    it('links the listed members to their accounts, adds the new one under the department leader, and keeps the admin an admin', async () => {
      expect(await sync(chart())).toEqual({ created: 1, updated: 5, unchanged: 0, left: [], withheld: [], stillElsewhere: [] });
      const accounts = await bot.dataSource.getRepository(MemberAccount).findBy({ tenantId: T, platform: 'wecom' });
      expect(Object.fromEntries(accounts.map((a) => [a.accountId, a.userId]))).toMatchObject({ LiMing: 'liming', ZhangWei: 'zhangwei' });
      const zhaolei = await bot.dataSource.getRepository(User).findOneByOrFail({ tenantId: T, name: '赵磊' });
      expect(zhaolei).toMatchObject({ role: 'rep', team: '华东二组', managerId: 'liming', leftAt: null });
      expect(await user('zhangwei')).toMatchObject({ role: 'rep', team: '华东一组', managerId: 'liming' });
      expect(await user('admin')).toMatchObject({ role: 'admin' });
      // The same chart again changes nothing.
      expect(await sync(chart())).toEqual({ created: 0, updated: 0, unchanged: 6, left: [], withheld: [], stillElsewhere: [] });
    });

    it('keeps a role the admin chose where the directory says nothing', async () => {
      await bot.dataSource.getRepository(User).update({ tenantId: T, id: 'liuyang' }, { role: 'manager' });
      await sync(chart());
      expect((await user('liuyang')).role).toBe('manager');
      await bot.dataSource.getRepository(User).update({ tenantId: T, id: 'liuyang' }, { role: 'rep' });
      await sync(chart());
    });
  });

  describe('a member the directory no longer lists', () => {
    it('is not marked as left while they still have an account on another platform (one platform’s directory does not speak for it)', async () => {
      await sync(chart());
      const accounts = bot.dataSource.getRepository(MemberAccount);
      const now = bot.clock.now();
      await accounts.insert({
        tenantId: T,
        userId: 'wangfang',
        platform: 'dingtalk',
        accountId: 'dt-wangfang',
        createdAt: now,
        updatedAt: now,
      });
      expect(await sync(chart(['WangFang']))).toMatchObject({ left: [], stillElsewhere: ['王芳'] });
      expect((await user('wangfang')).leftAt).toBeNull();
      await accounts.delete({ tenantId: T, userId: 'wangfang', platform: 'dingtalk' });
    });

    it('is marked as left, not deleted; the manager gets a card of what they held, and their own messages a polite reply', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      const leaver = await ConsoleClient.open(bot.url, 'zhangwei');
      const held = await holdings(bot, 'zhangwei');
      expect(held.customers).toBeGreaterThan(0);
      expect(await sync(chart(['ZhangWei']))).toMatchObject({ left: ['张伟'] });
      expect((await user('zhangwei')).leftAt).not.toBeNull();

      const offer = await manager.nextCard('handover-offer');
      expect(offer.title).toBe('张伟 已离开 · 请安排交接');
      expect(offer.fields.find((f) => f.label.startsWith('客户'))?.label).toBe(`客户 ${held.customers}`);
      expect(offer.buttons.map((b) => b.label).sort()).toEqual(['交给刘洋', '交给王芳', '交给赵磊', '我来接手', '按负载自动分配'].sort());

      const activities = await bot.dataSource.getRepository(Activity).countBy({ tenantId: T });
      await leaver.send('今天跟华信王总聊了液压泵升级');
      const answer = await leaver.next((i) => i.kind === 'text');
      expect(answer.text).toContain('你已不在本团队的成员名单中');
      expect(await bot.dataSource.getRepository(Activity).countBy({ tenantId: T })).toBe(activities);
      // No workspace pages either: a session opened for them does not count.
      const signIn = await fetch(`${bot.url}/console/pages?tenantId=${T}&userId=zhangwei&next=${encodeURIComponent('/w/demo/todos')}`, {
        redirect: 'manual',
      });
      const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      expect((await fetch(`${bot.url}/w/${T}/api/todos`, { headers: { cookie } })).status).toBe(401);
      // No leads for a member who left.
      const rules = loadRuleBook().forTenant(T);
      const reps = await repRecords(bot.dataSource.manager, T, bot.clock.now(), rules.leads.allocation.winRateDays);
      expect(reps.map((r) => r.id)).not.toContain('zhangwei');
    });

    it('hands everything to the colleague the manager picks, with history kept and the handover on the archive timeline', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      const taker = await ConsoleClient.open(bot.url, 'wangfang');
      const held = await holdings(bot, 'zhangwei');
      const before = await holdings(bot, 'wangfang');
      const byLeaver = await bot.dataSource.getRepository(Activity).countBy({ tenantId: T, userId: 'zhangwei' });
      const offer = await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ tenantId: T, kind: 'handover-offer', state: 'open' });
      await manager.tap(offer.id, 'handover-to:wangfang');

      const received = await taker.nextCard('handover-received');
      expect(received.title).toBe('李明 把 张伟 的工作交给你');
      expect(await holdings(bot, 'zhangwei')).toEqual({ customers: 0, deals: 0, promises: 0, leads: 0 });
      const after = await holdings(bot, 'wangfang');
      expect(after.customers).toBe(before.customers + held.customers);
      expect(after.deals).toBe(before.deals + held.deals);
      expect(after.promises).toBe(before.promises + held.promises);
      // Who did what stays as it was.
      expect(await bot.dataSource.getRepository(Activity).countBy({ tenantId: T, userId: 'zhangwei' })).toBe(byLeaver);

      const handovers = await bot.dataSource.getRepository(Handover).findBy({ tenantId: T, fromUserId: 'zhangwei' });
      expect(handovers.length).toBeGreaterThanOrEqual(held.customers);
      expect(handovers.every((h) => h.toUserId === 'wangfang' && h.byUserId === 'liming')).toBe(true);
      const tenant = await bot.dataSource.getRepository(Tenant).findOneByOrFail({ id: T });
      const view = await archiveView(
        {
          em: bot.dataSource.manager,
          tenant,
          actor: await user('liming'),
          now: bot.clock.now(),
          inboxId: null,
          rules: loadRuleBook().forTenant(T),
        },
        handovers[0]!.customerId!,
      );
      expect(view!.timeline.map((e) => e.what)).toContain('交接 · 张伟 → 王芳');
      expect(view!.customer.owner).toBe('王芳');
    });

    it('splits by load when the admin marks a member as left and the manager taps 按负载自动分配; nothing is left unowned', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      const newcomer = await bot.dataSource.getRepository(User).findOneByOrFail({ tenantId: T, name: '赵磊' });
      const taker = await ConsoleClient.open(bot.url, newcomer.id);
      const held = await holdings(bot, 'liuyang');
      await inTransaction(bot.dataSource, async (em) => leaveMember(em, await user('liuyang'), bot.clock.now()));
      bot.sender.wake();
      const offer = await manager.nextCard('handover-offer');
      await manager.tap(offer.id, 'handover-auto');

      // 赵磊 holds nothing, 王芳 now holds two reps' customers: the least loaded takes them while his load stays below hers.
      expect((await taker.nextCard('handover-received')).title).toBe('李明 把 刘洋 的工作交给你');
      expect(await holdings(bot, 'liuyang')).toEqual({ customers: 0, deals: 0, promises: 0, leads: 0 });
      const moved = await bot.dataSource.getRepository(Handover).findBy({ tenantId: T, fromUserId: 'liuyang' });
      expect(moved.every((h) => h.toUserId === newcomer.id || h.toUserId === 'wangfang')).toBe(true);
      expect(moved.some((h) => h.toUserId === newcomer.id)).toBe(true);
      expect(moved.length).toBeGreaterThanOrEqual(held.customers);
      const leftIds = (await bot.dataSource.getRepository(User).findBy({ tenantId: T, leftAt: Not(IsNull()) })).map((u) => u.id);
      expect(await bot.dataSource.getRepository(Deal).countBy({ tenantId: T, ownerId: In(leftIds), stage: In([...OPEN_STAGES]) })).toBe(0);
      expect(await bot.dataSource.getRepository(Customer).countBy({ tenantId: T, ownerId: In(leftIds) })).toBe(0);
    });

    it('is back on the team when the daily job reads the directory listing them again, once a day', async () => {
      const read = { count: 0 };
      const wecom: DirectorySource = { read: async () => (read.count++, chart()) };
      const jobs = new JobRunner({
        dataSource: bot.dataSource,
        clock: bot.clock,
        ruleBook: loadRuleBook(),
        directories: new Map([['wecom', wecom]]),
      });
      const tenant = await bot.dataSource.getRepository(Tenant).findOneByOrFail({ id: T });
      await jobs.runAsOf(DIRECTORY_SYNC_JOB, tenant, bot.clock.now());
      await jobs.runAsOf(DIRECTORY_SYNC_JOB, tenant, bot.clock.now());
      expect(read.count).toBe(1);
      expect((await user('zhangwei')).leftAt).toBeNull();
    });

    it('sends the handover of a rep whose manager leaves in the same sync to the admins', async () => {
      const admin = await ConsoleClient.open(bot.url, 'admin');
      expect(await sync(chart(['LiMing', 'WangFang']))).toMatchObject({ left: expect.arrayContaining(['李明', '王芳']) });
      // 王芳 held customers: a card; 李明 held nothing: a line saying so. Both to the admin, not to 李明.
      const offer = await admin.nextCard('handover-offer');
      expect(offer.title).toBe('王芳 已离开 · 请安排交接');
      const offers = await bot.dataSource.getRepository(CardRecord).findBy({ tenantId: T, kind: 'handover-offer', state: 'open' });
      expect(offers.map((o) => o.recipientId)).toEqual(['admin']);
      const notices = await bot.dataSource.getRepository(OutboxItem).findBy({ tenantId: T, recipientId: 'admin' });
      expect(notices.some((n) => JSON.stringify(n.message).includes('李明 已离开团队,名下没有'))).toBe(true);
      // The admin splits it among the reps now under them (the sync made the root's leader their manager).
      await admin.tap(offer.id, 'handover-auto');
      await admin.next((item) => item.card?.id === offer.id && item.card.state === 'done');
      expect(await holdings(bot, 'wangfang')).toEqual({ customers: 0, deals: 0, promises: 0, leads: 0 });
    });

    it('moves a manager’s team up a level when the admin marks the manager as left', async () => {
      await sync(chart());
      expect((await user('liming')).managerId).toBe('admin');
      await inTransaction(bot.dataSource, async (em) => leaveMember(em, await user('liming'), bot.clock.now()));
      const team = await bot.dataSource.getRepository(User).findBy({ tenantId: T, role: 'rep', leftAt: IsNull() });
      expect(team.map((u) => u.managerId)).toEqual(team.map(() => 'admin'));
    });
  });
}
