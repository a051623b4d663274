import { DateTime } from 'luxon';
import { IsNull } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { formatForPeople } from '../../src/domain/business-time';
import { TENANT_TTL_MS } from '../../src/flows/handle-inbound';
import { Activity, Commitment, Customer, CustomerSignal, Deal, InboxItem, StageTransition, Tenant, User } from '../../src/store/entities';
import { ConsoleClient } from '../support/console-client';
import { useBot } from '../support/bot-under-test';
import type { TestDatabaseFactory } from '../support/databases';

const FOLLOW_UP = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';
/** Past the default cap of 2,000 characters: the tender and the budget, in the last sentence, are not read. */
const LONG_TAIL = '另外他们下个月要走招标流程,预算80万。';
const longReport = (opening: string) => `${opening}。${'车间里的老设备还在正常运转,王总带我们看了一圈。'.repeat(90)}${LONG_TAIL}`;

/** The first flow, end to end through the real HTTP server: console API → inbox → worker → outbox → feed. */
export function consoleFlowScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);

  const huaxinDeal = () => bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', customerId: 'cus_huaxin' });

  describe('a rep records a follow-up and takes it back', () => {
    it('records the activity, its signals and the commitment, answers with a receipt card, and undo removes it all', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const before = await huaxinDeal();

      const sent = await rep.send(FOLLOW_UP);
      expect(sent.status).toBe(202);
      const { id: inboxId } = (await sent.json()) as { id: number };
      const receipt = await rep.nextCard('activity-receipt');

      const inbox = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ id: inboxId });
      const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inboxId });
      expect(activity).toMatchObject({
        tenantId: 'demo',
        customerId: 'cus_huaxin',
        dealId: before.id,
        userId: 'zhangwei',
        rawText: FOLLOW_UP,
      });
      const tags = (await bot.dataSource.getRepository(CustomerSignal).findBy({ activityId: activity.id })).map((s) => s.tag);
      expect(tags).toContain('after_sales');
      const commitment = await bot.dataSource.getRepository(Commitment).findOneByOrFail({ activityId: activity.id });
      expect(commitment.action).toContain('服务方案');
      // 48小时内: the message's time plus 48 hours, to the minute.
      const expectedDue = inbox.receivedAt.getTime() + 48 * 3_600_000;
      expect(Math.abs(commitment.dueAt!.getTime() - expectedDue)).toBeLessThan(60_000);
      expect((await huaxinDeal()).lastActivityAt).toEqual(activity.occurredAt);

      expect(receipt.title).toContain('华信精密机械');
      expect(receipt.state).toBe('open');
      const field = (label: string) => receipt.fields.find((f) => f.label === label)?.value ?? '';
      expect(field('信号')).toContain('售后顾虑');
      expect(field('承诺')).toContain(formatForPeople(commitment.dueAt!, 'Asia/Shanghai'));
      expect(field('商机/阶段')).toContain('需求确认');
      expect(receipt.buttons.map((b) => b.actionId)).toEqual(['undo', 'change-customer', 'due:next-workday', 'due:next-week', 'due:none']);

      // 改时间 · 推一周 moves the promise a week; the receipt stays open and shows the new time.
      expect((await rep.tap(receipt.id, 'due:next-week')).status).toBe(202);
      const moved = await rep.next((item) => item.card?.id === receipt.id);
      const movedDue = new Date(commitment.dueAt!.getTime() + 7 * 86_400_000);
      expect((await bot.dataSource.getRepository(Commitment).findOneByOrFail({ id: commitment.id })).dueAt).toEqual(movedDue);
      expect(moved.card).toMatchObject({ state: 'open', note: `承诺时间已改为${formatForPeople(movedDue, 'Asia/Shanghai')}` });
      expect(moved.card!.fields.find((f) => f.label === '承诺')?.value).toContain(formatForPeople(movedDue, 'Asia/Shanghai'));

      expect((await rep.tap(receipt.id, 'undo')).status).toBe(202);
      const updated = await rep.next((item) => item.card?.id === receipt.id);
      expect(updated.card).toMatchObject({ id: receipt.id, state: 'cancelled', buttons: [] });
      expect(updated.card!.note).toContain('已撤销');
      expect(updated.card!.note).toContain('张伟');

      expect(await bot.dataSource.getRepository(Activity).countBy({ id: activity.id })).toBe(0);
      expect(await bot.dataSource.getRepository(CustomerSignal).countBy({ activityId: activity.id })).toBe(0);
      expect(await bot.dataSource.getRepository(Commitment).countBy({ activityId: activity.id })).toBe(0);
      expect((await huaxinDeal()).lastActivityAt).toEqual(before.lastActivityAt);
      // The raw words stay traceable in the inbox.
      expect((await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ id: inboxId })).body).toEqual({
        kind: 'text',
        text: FOLLOW_UP,
      });

      // A second tap on the used card does nothing twice; the rep is told so.
      expect((await rep.tap(receipt.id, 'undo')).status).toBe(202);
      const notice = await rep.next((item) => item.kind === 'text');
      expect(notice.text).toContain('已经处理过');
    });

    it('a reported done promise marks the open commitment done, and undo reopens it', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const commitments = bot.dataSource.getRepository(Commitment);
      const openOnes = { tenantId: 'demo', customerId: 'cus_huaxin', ownerId: 'zhangwei', doneAt: IsNull() };
      await rep.send(FOLLOW_UP);
      await rep.nextCard('activity-receipt');
      const openBefore = await commitments.findBy(openOnes);
      expect(openBefore.length).toBeGreaterThan(0);

      await rep.send('给华信的服务方案已经发过去了');
      const receipt = await rep.nextCard('activity-receipt');
      const openAfter = await commitments.findBy(openOnes);
      expect(openAfter).toHaveLength(openBefore.length - 1);
      const done = openBefore.find((c) => !openAfter.some((o) => o.id === c.id))!;
      expect(receipt.fields.find((f) => f.label === '已完成')?.value).toContain(done.action);

      await rep.tap(receipt.id, 'undo');
      await rep.next((item) => item.card?.id === receipt.id);
      expect((await commitments.findOneByOrFail({ id: done.id })).doneAt).toBeNull();
    });

    it('a report longer than the cap is understood on its first part, stored whole, and the receipt says so', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const text = longReport(FOLLOW_UP);
      expect(text.length).toBeGreaterThan(2000);

      const { id: inboxId } = (await (await rep.send(text)).json()) as { id: number };
      const receipt = await rep.nextCard('activity-receipt');

      const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inboxId });
      expect(activity.rawText).toBe(text);
      expect((await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ id: inboxId })).body).toEqual({ kind: 'text', text });
      expect(activity.extraction).toMatchObject({ customerId: 'cus_huaxin', tags: ['after_sales'], amount: null });
      expect(receipt.title).toContain('华信精密机械');
      // Cut after the last sentence that ends within the first 2,000 characters.
      const readChars = text.lastIndexOf('。', 1999) + 1;
      expect(receipt.fields.find((f) => f.label === '提示')?.value).toContain(`只读了前 ${readChars} 字`);
    });

    it('a long report filed on the customer the rep picks keeps the note that it was cut', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send(longReport('下午去客户那边做了演示,反馈还不错,下周再约'));
      const ask = await rep.nextCard('ask-customer');
      await rep.tap(ask.id, ask.buttons.find((b) => b.actionId.startsWith('pick:'))!.actionId);
      const receipt = await rep.nextCard('activity-receipt');
      expect(receipt.fields.find((f) => f.label === '提示')?.value).toContain('原文已保存');
    });

    it('asks which customer when the message names none it knows, and files it where the rep taps', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('下午去客户那边做了演示,反馈还不错,下周再约');
      const ask = await rep.nextCard('ask-customer');
      expect(ask.title).toBe('这条记录属于哪个客户?');
      const candidate = ask.buttons.find((b) => b.actionId.startsWith('pick:'));
      expect(candidate).toBeDefined();

      await rep.tap(ask.id, candidate!.actionId);
      const closed = await rep.next((item) => item.card?.id === ask.id);
      expect(closed.card).toMatchObject({ state: 'done', buttons: [] });
      expect(closed.card!.note).toContain(candidate!.label);
      const receipt = await rep.nextCard('activity-receipt');
      expect(receipt.title).toContain(candidate!.label);
    });

    it('a new lead goes through intake: no confirm card, the rep who entered it owns it at once, and a receipt with the score', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('新线索:宁波海天精工机械有限公司,联系人刘经理,想了解液压站改造');
      const receipt = await rep.next((item) => item.kind === 'text' && item.text!.startsWith('已登记线索'));
      expect(receipt.text).toContain('宁波海天精工机械有限公司');
      const customer = await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', name: '宁波海天精工机械有限公司' });
      expect(customer).toMatchObject({ ownerId: 'zhangwei', region: '浙江' });
      expect(await bot.dataSource.getRepository(Deal).findBy({ tenantId: 'demo', customerId: customer.id })).toMatchObject([
        { stage: 'lead', ownerId: 'zhangwei', amount: null },
      ]);
    });

    it('undo after 新客户 removes the customer, its deal and its opening transition that the message created', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('今天去拜访了绍兴远达纺织机械有限公司,聊了整经机改造,对方想下周看方案');
      const ask = await rep.nextCard('ask-customer');
      await rep.tap(ask.id, 'new-customer');
      const receipt = await rep.nextCard('activity-receipt');
      const customer = await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', name: '绍兴远达纺织机械有限公司' });
      const deal = await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', customerId: customer.id });
      expect(await bot.dataSource.getRepository(StageTransition).countBy({ dealId: deal.id })).toBe(1);

      await rep.tap(receipt.id, 'undo');
      const closed = await rep.next((item) => item.card?.id === receipt.id);
      expect(closed.card).toMatchObject({
        state: 'cancelled',
        note: expect.stringContaining('新建的客户「绍兴远达纺织机械有限公司」已删除'),
      });
      expect(await bot.dataSource.getRepository(Customer).countBy({ id: customer.id })).toBe(0);
      expect(await bot.dataSource.getRepository(Deal).countBy({ id: deal.id })).toBe(0);
      expect(await bot.dataSource.getRepository(StageTransition).countBy({ dealId: deal.id })).toBe(0);
      expect(await bot.dataSource.getRepository(Activity).countBy({ customerId: customer.id })).toBe(0);
    });

    it('undo after 新客户 keeps the customer when a later follow-up was recorded on it', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('今天去拜访了嵊州恒通电机有限公司,聊了电机测试台');
      const ask = await rep.nextCard('ask-customer');
      await rep.tap(ask.id, 'new-customer');
      const first = await rep.nextCard('activity-receipt');
      await rep.send('下午又跟嵊州恒通电机聊了交期');
      const second = await rep.nextCard('activity-receipt');
      expect(second.title).toContain('嵊州恒通电机');

      await rep.tap(first.id, 'undo');
      const closed = await rep.next((item) => item.card?.id === first.id);
      expect(closed.card!.note).toContain('已撤销');
      expect(closed.card!.note).not.toContain('已删除');
      const customer = await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', name: '嵊州恒通电机有限公司' });
      expect(await bot.dataSource.getRepository(Deal).countBy({ customerId: customer.id })).toBe(1);
      expect(await bot.dataSource.getRepository(Activity).countBy({ customerId: customer.id })).toBe(1);
    });

    it('a company another rep owns is caught as 撞单 before anything is asked: nothing is created and the rep learns only the owner', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const customers = () => bot.dataSource.getRepository(Customer).countBy({ tenantId: 'demo' });
      const before = await customers();
      await rep.send('今天去拜访了台州蓝天泵业有限公司,聊了测试台的需求');
      const answer = await rep.next();
      expect(answer.text).toBe('「台州蓝天泵业有限公司」是王芳负责的客户,这条没有记录。需要协作请联系负责人或你的经理。');
      expect(answer.text).not.toContain('泵性能测试台');
      expect(await customers()).toBe(before);
    });

    it('a card cannot be used by someone it was not sent to', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send(FOLLOW_UP);
      const receipt = await rep.nextCard('activity-receipt');
      const other = await ConsoleClient.open(bot.url, 'wangfang');
      await other.tap(receipt.id, 'undo');
      expect((await other.next((item) => item.kind === 'text')).text).toContain('不是发给你的');
      await rep.tap(receipt.id, 'undo');
      expect((await rep.next((item) => item.card?.id === receipt.id)).card!.state).toBe('cancelled');
    });

    it('a promise in working days is counted on the tenant calendar: its holidays are skipped', async () => {
      const tenants = bot.dataSource.getRepository(Tenant);
      const { settings } = await tenants.findOneByOrFail({ id: 'demo' });
      // The next ten days are all off; the promise falls on the second weekday after them.
      const today = DateTime.fromJSDate(bot.clock.now()).setZone('Asia/Shanghai').startOf('day');
      const holidays = Array.from({ length: 10 }, (_, i) => today.plus({ days: i + 1 }).toISODate()!);
      let expected = today.plus({ days: 10 });
      for (let weekdays = 0; weekdays < 2;) {
        expected = expected.plus({ days: 1 });
        if (expected.weekday <= 5) weekdays += 1;
      }
      await tenants.update({ id: 'demo' }, { settings: { ...settings, jobs: { ...settings.jobs, holidays } } });
      // The bot keeps a tenant's row for a while: the change is seen once that has passed.
      bot.clock.advance(TENANT_TTL_MS + 1);
      try {
        const rep = await ConsoleClient.open(bot.url, 'zhangwei');
        const { id: inboxId } = (await (await rep.send('华信要一份备件报价,我2个工作日内发过去')).json()) as { id: number };
        const receipt = await rep.nextCard('activity-receipt');
        const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inboxId });
        const commitment = await bot.dataSource.getRepository(Commitment).findOneByOrFail({ activityId: activity.id });
        expect(commitment.dueAt).toEqual(expected.set({ hour: 18 }).toJSDate());
        await rep.tap(receipt.id, 'undo');
        expect((await rep.next((item) => item.card?.id === receipt.id)).card!.state).toBe('cancelled');
      } finally {
        await tenants.update({ id: 'demo' }, { settings });
      }
    });
  });

  it('sees a member marked as left elsewhere (another instance, a sync) once the kept row has expired', async () => {
    const users = bot.dataSource.getRepository(User);
    const rep = await ConsoleClient.open(bot.url, 'wangfang');
    await rep.send('/help');
    await rep.nextCard('help');
    await users.update({ tenantId: 'demo', id: 'wangfang' }, { leftAt: bot.clock.now() });
    bot.clock.advance(TENANT_TTL_MS + 1);
    try {
      await rep.send('今天跟华信王总聊了液压泵升级');
      expect((await rep.next((item) => item.kind === 'text')).text).toContain('你已不在本团队的成员名单中');
    } finally {
      await users.update({ tenantId: 'demo', id: 'wangfang' }, { leftAt: null });
      bot.clock.advance(TENANT_TTL_MS + 1);
    }
  });

  describe('bad input gets a clear error and stores nothing', () => {
    const messagesCount = () => bot.dataSource.getRepository(InboxItem).count();

    it.each([
      ['an unknown user', { userId: 'nobody', text: '你好' }, 404, '找不到用户'],
      ['an empty message', { userId: 'zhangwei', text: '   ' }, 400, '不能为空'],
      ['a message over 4000 characters', { userId: 'zhangwei', text: '长'.repeat(4001) }, 400, '4000'],
      ['a missing user id', { text: '你好' }, 400, 'userId'],
    ])('refuses %s', async (_what, body, status, message) => {
      const count = await messagesCount();
      const response = await (await ConsoleClient.open(bot.url, 'zhangwei')).post('/console/api/messages', body);
      expect(response.status).toBe(status);
      expect(((await response.json()) as { error: string }).error).toContain(message);
      expect(await messagesCount()).toBe(count);
    });

    it('refuses an unknown card and an action the card does not have', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      expect((await rep.tap('card_nope', 'undo')).status).toBe(404);
      await rep.send(FOLLOW_UP);
      const receipt = await rep.nextCard('activity-receipt');
      const response = await rep.tap(receipt.id, 'delete-everything');
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBe('这张卡片上没有这个按钮');
    });

    it('refuses malformed JSON and an oversized body', async () => {
      const post = (body: string) =>
        fetch(`${bot.url}/console/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const count = await messagesCount();
      const malformed = await post('{"userId": "zhangwei", "text": ');
      expect(malformed.status).toBe(400);
      expect(((await malformed.json()) as { error: string }).error).toContain('JSON');
      const oversized = await post(JSON.stringify({ userId: 'zhangwei', text: 'x'.repeat(70 * 1024) }));
      expect(oversized.status).toBe(413);
      expect(await messagesCount()).toBe(count);
    });
  });

  describe('console API', () => {
    it('lists users and the customers a user may see', async () => {
      const users = (await (await fetch(`${bot.url}/console/api/users`)).json()) as { users: { id: string; role: string }[] };
      expect(users.users.filter((u) => u.role === 'manager')).toHaveLength(1);
      expect(users.users.filter((u) => u.role === 'rep')).toHaveLength(3);

      const seen = async (userId: string) =>
        (
          (await (await fetch(`${bot.url}/console/api/customers?userId=${userId}`)).json()) as { customers: { id: string }[] }
        ).customers.map((c) => c.id);
      const zhangwei = await seen('zhangwei');
      const wangfang = await seen('wangfang');
      const manager = await seen('liming');
      expect(zhangwei).toContain('cus_huaxin');
      expect(wangfang).not.toContain('cus_huaxin');
      expect(manager).toEqual(expect.arrayContaining([...zhangwei, ...wangfang]));
    });

    it('reports health and queue metrics', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send(FOLLOW_UP);
      await rep.nextCard('activity-receipt');
      const health = await fetch(`${bot.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, database: 'ok', platforms: { console: { ok: true } } });
      const metrics = await (await fetch(`${bot.url}/metrics`)).text();
      expect(metrics).toMatch(/^salesbot_inbox_rows\{status="done"\} [1-9]\d*$/m);
      expect(metrics).toMatch(/^salesbot_outbox_rows\{status="sent",platform="console"\} [1-9]\d*$/m);
      expect(metrics).toMatch(/^salesbot_understanding_fallbacks\{reason="timeout"\} 0$/m);
      expect(metrics).toMatch(/^salesbot_understanding_calls [1-9]\d*$/m);
      // Totals since start are counters, the queue figures gauges.
      for (const name of ['salesbot_outbox_send_failures_total', 'salesbot_understanding_calls', 'salesbot_understanding_fallbacks'])
        expect(metrics).toContain(`# TYPE ${name} counter`);
      for (const name of ['salesbot_inbox_rows', 'salesbot_outbox_rows', 'salesbot_outbox_oldest_pending_seconds'])
        expect(metrics).toContain(`# TYPE ${name} gauge`);
    });

    it('the demo tenant comes with a lead API key, shown once, that POST /api/leads accepts', async () => {
      expect(bot.demoLeadApiKey).toMatch(/^demo_/);
      const answer = await fetch(`${bot.url}/api/leads`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bot.demoLeadApiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ company: '宁波博瑞模具有限公司', contactName: '周经理', budget: 300000, note: '想了解注塑机' }),
      });
      expect(answer.status).toBe(201);
      const { settings } = await bot.dataSource.getRepository(Tenant).findOneByOrFail({ id: 'demo' });
      expect(JSON.stringify(settings)).not.toContain(bot.demoLeadApiKey!);
    });

    it('serves the console page', async () => {
      const page = await fetch(`${bot.url}/console`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
    });
  });
}
