import { IsNull } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Activity, CardRecord, Commitment, Customer, Deal, Lead } from '../../src/store/entities';
import { ConsoleClient, type FeedItem } from '../support/console-client';
import { useBot } from '../support/bot-under-test';
import type { TestDatabaseFactory } from '../support/databases';

/** Questions, commands and corrections through the real bot: answered, and nothing recorded from them. */
export function conversationScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);
  const repo = <T extends object>(entity: new () => T) => bot.dataSource.getRepository(entity);
  const deal = (id: string) => repo(Deal).findOneByOrFail({ tenantId: 'demo', id });
  const answerOf = (item: FeedItem) => item.card ?? { title: item.text ?? '', fields: [], subtitle: '' };

  describe('questions record nothing', () => {
    it('a deal asked about ten times stays on the Friday list; a deal with a real follow-up leaves it', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const asked = await deal('deal_yongsheng_servo');
      const activitiesBefore = await repo(Activity).countBy({ tenantId: 'demo' });
      const questions = [
        '永盛的客户档案',
        '永盛这个客户应该怎么谈,有没有话术',
        '永盛的联系人有哪些',
        '永盛最近聊过什么',
        '永盛还差什么',
        '永盛是谁在跟',
        '永盛现在什么阶段?',
        '帮我看看永盛的跟进记录',
        '永盛下一步该做什么',
        '永盛的决策链',
      ];
      for (const question of questions) {
        await rep.send(question);
        const answer = answerOf(await rep.next());
        expect([question, answer.title]).not.toEqual([question, expect.stringMatching(/^已记录/)]);
      }
      expect(await repo(Activity).countBy({ tenantId: 'demo' })).toBe(activitiesBefore);
      expect((await deal('deal_yongsheng_servo')).lastActivityAt).toEqual(asked.lastActivityAt);

      await rep.send('今天去金轮汽车零部件拜访了采购,聊了夹具的交期');
      await rep.nextCard('activity-receipt');

      const run = await rep.post('/console/api/jobs/friday-warning/run', { tenantId: 'demo' });
      expect(run.status).toBe(200);
      const [friday] = await repo(CardRecord).findBy({ tenantId: 'demo', recipientId: 'liming', kind: 'friday-warning' });
      const listed = friday.context.dealIds as string[];
      expect(listed).toContain('deal_yongsheng_servo');
      expect(listed).not.toContain('deal_jinlun_fixture');
    });

    it('a visit to a new customer without a usable name creates nothing and asks which customer it was', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const customers = await repo(Customer).countBy({ tenantId: 'demo' });
      const leads = await repo(Lead).countBy({ tenantId: 'demo' });
      await rep.send('今天下午去拜访了一个新客户,聊得不错,下周再约');
      const ask = await rep.nextCard('ask-customer');
      expect(ask.buttons.some((b) => b.actionId === 'new-customer')).toBe(false);
      // The rep's likely customers are offered, never a won or lost one.
      const offered = ask.buttons.map((b) => b.label);
      expect(offered).not.toContain('海通重工机械（嘉兴）有限公司');
      expect(await repo(Customer).countBy({ tenantId: 'demo' })).toBe(customers);
      expect(await repo(Lead).countBy({ tenantId: 'demo' })).toBe(leads);
    });

    it('a new lead whose name the rep has not got yet creates nothing and asks what it is called', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const customers = await repo(Customer).countBy({ tenantId: 'demo' });
      const leads = await repo(Lead).countBy({ tenantId: 'demo' });
      await rep.send('今天在柯桥面料展上碰到一个做印花的老板,对我们的皂洗剂有兴趣,留了个微信,公司名还没问到');
      expect((await rep.next()).text).toContain('叫什么');
      expect(await repo(Customer).countBy({ tenantId: 'demo' })).toBe(customers);
      expect(await repo(Lead).countBy({ tenantId: 'demo' })).toBe(leads);
    });
  });

  describe('another rep\u2019s customer', () => {
    it('a follow-up about it is not recorded, and the rep learns only whose customer it is', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      const activities = await repo(Activity).countBy({ tenantId: 'demo' });
      await rep.send('今天去蓝天泵业聊了测试台的需求,对方下周要报价');
      const answer = await rep.next();
      expect(answer.text).toBe('「蓝天泵业」是王芳负责的客户,这条没有记录。需要协作请联系负责人或你的经理。');
      expect(await repo(Activity).countBy({ tenantId: 'demo' })).toBe(activities);
    });
  });

  describe('queries answer what was asked', () => {
    it('a manager asking for one rep\u2019s deals gets only that rep\u2019s; a rep asking for a colleague\u2019s is refused', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      await manager.send('刘洋的商机有哪些');
      const list = await manager.nextCard('query-result');
      expect(list.title).toMatch(/^刘洋的商机 · 第 1\/1 页$/);
      expect(list.fields.map((f) => f.label).sort()).toEqual([
        '南通长江船舶配件有限公司',
        '无锡江南铸造有限公司',
        '苏州恒达自动化设备有限公司',
      ]);

      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('刘洋的商机有哪些');
      expect((await rep.next()).text).toContain('看不到刘洋的');
    });

    it('有哪些沉默的商机 lists only the silent ones, and 在方案演示的有哪些 only that stage', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      await manager.send('团队有哪些沉默的商机');
      const silent = await manager.nextCard('query-result');
      expect(silent.title).toContain('沉默的商机');
      expect(silent.fields.every((f) => /沉默([3-9]|\d{2,})天/.test(f.value))).toBe(true);

      await manager.send('在方案演示的有哪些');
      const demo = await manager.nextCard('query-result');
      expect(demo.fields.length).toBeGreaterThan(0);
      expect(demo.fields.every((f) => f.value.includes('方案演示'))).toBe(true);
    });

    it('a promise list over six items pages with 下一页, each page with its own 已完成', async () => {
      const customer = await repo(Customer).findOneByOrFail({ tenantId: 'demo', ownerId: 'liuyang' });
      const due = (day: number) => new Date(Date.UTC(2030, 0, day, 10));
      await repo(Commitment).insert(
        Array.from({ length: 8 }, (_, i) => ({
          id: `com_paging_${i}`,
          tenantId: 'demo',
          customerId: customer.id,
          dealId: null,
          activityId: null,
          ownerId: 'liuyang',
          action: `寄第${i + 1}批样品`,
          dueAt: due(i + 1),
          doneAt: null,
          createdAt: new Date(),
        })),
      );
      const open = await repo(Commitment).countBy({ tenantId: 'demo', ownerId: 'liuyang', doneAt: IsNull() });
      const rep = await ConsoleClient.open(bot.url, 'liuyang');
      await rep.send('我有哪些承诺没完成');
      const first = await rep.nextCard('query-result');
      const pages = Math.ceil(open / 6);
      expect(first.title).toBe(`我的未完成承诺 · 第 1/${pages} 页`);
      expect(first.fields).toHaveLength(6);
      expect(first.buttons.map((b) => b.label)).toContain('下一页');
      expect(first.buttons.filter((b) => b.actionId.startsWith('done:'))).toHaveLength(5);

      const cards = [first];
      while (cards.at(-1)!.buttons.some((b) => b.actionId === 'next-page')) {
        await rep.tap(cards.at(-1)!.id, 'next-page');
        cards.push(await rep.nextCard('query-result'));
      }
      expect(cards.map((c) => c.title)).toEqual(Array.from({ length: pages }, (_, i) => `我的未完成承诺 · 第 ${i + 1}/${pages} 页`));
      const shown = cards.flatMap((c) => c.fields.map((f) => f.value));
      expect(shown).toHaveLength(open);
      expect(shown.filter((v) => /^寄第\d批样品/.test(v))).toHaveLength(8);
      const second = cards[1];
      const done = second.buttons.find((b) => b.actionId.startsWith('done:'))!;
      await rep.tap(second.id, done.actionId);
      await rep.next((item) => item.card?.id === second.id);
      expect((await repo(Commitment).findOneByOrFail({ id: done.actionId.slice('done:'.length) })).doneAt).not.toBeNull();
    });

    it('我有哪些承诺没完成 lists open promises, overdue first, and 已完成 on the card closes one', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('我有哪些承诺没完成');
      const card = await rep.nextCard('query-result');
      const open = await repo(Commitment).find({ where: { tenantId: 'demo', ownerId: 'zhangwei' } });
      const undone = open.filter((c) => c.doneAt === null);
      expect(card.title).toMatch(/^我的未完成承诺 · 第 1\/\d+ 页$/);
      expect(card.subtitle).toBe(`共 ${undone.length} 项,逾期的排在前面`);
      const done = card.buttons.find((b) => b.actionId.startsWith('done:'))!;
      expect(done).toBeDefined();
      await rep.tap(card.id, done.actionId);
      const updated = await rep.next((item) => item.card?.id === card.id);
      expect(updated.card!.buttons.map((b) => b.actionId)).not.toContain(done.actionId);
      expect((await repo(Commitment).findOneByOrFail({ id: done.actionId.slice('done:'.length) })).doneAt).not.toBeNull();
    });

    it('a customer\u2019s contacts, timeline, owner and playbook are answered as such', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('华信的联系人有哪些');
      const contacts = await rep.nextCard('query-result');
      expect(contacts.title).toMatch(/^华信精密机械有限公司 · 联系人 \d+ 位$/);
      expect(contacts.subtitle).toMatch(/^决策链:/);

      await rep.send('华信最近聊过什么');
      const timeline = await rep.nextCard('query-result');
      expect(timeline.title).toBe('华信精密机械有限公司 · 跟进记录');
      expect(timeline.fields[0].value).toMatch(/^(张伟|系统|李明) · /);

      await rep.send('华信是谁在跟');
      // Who owns it, and who was last in touch (the seeded follow-up of 12月4日 is the latest).
      expect((await rep.next()).text).toMatch(/^华信精密机械有限公司的负责人是张伟。最近一次跟进:\d+月\d+日 周. \d\d:\d\d,(张伟|李明)。$/);

      // A company nobody has: the answer says so and how to register it, rather than 没有找到.
      await rep.send('查下宁德那家海纳港务是谁在跟');
      expect((await rep.next()).text).toBe('公司客户里没有「海纳港务」,还没有人在跟。是新客户的话,发「线索:海纳港务 …」就能登记到你名下。');

      await rep.send('天元这个客户应该怎么谈,有没有话术');
      const playbook = await rep.nextCard('query-result');
      expect(playbook.title).toBe('绍兴天元纺织印染有限公司 · 怎么谈');
      expect(playbook.fields[0].label).toBe('商务谈判阶段');
    });
  });

  describe('stage requests', () => {
    it('永盛往前推一步 proposes the deal\u2019s next stage, whichever it is in', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('永盛往前推一步');
      const proposal = await rep.nextCard('stage-proposal');
      expect(proposal.title).toContain('方案演示 → 商务谈判');
    });
  });

  describe('corrections that teach', () => {
    it('a name the rep files on a customer by hand becomes that customer\u2019s alias, maps next time, and can be forgotten', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('今天去了杭州轮毂精工有限公司,聊了夹具改造');
      const ask = await rep.nextCard('ask-customer');
      const jinlun = ask.buttons.find((b) => b.label === '杭州金轮汽车零部件股份有限公司');
      expect(jinlun).toBeDefined();
      await rep.tap(ask.id, jinlun!.actionId);
      await rep.nextCard('activity-receipt');
      const learned = await rep.nextCard('alias-learned');
      expect(learned.title).toBe('已记住「杭州轮毂精工有限公司」');
      expect((await repo(Customer).findOneByOrFail({ id: 'cus_jinlun' })).aliases).toContain('杭州轮毂精工有限公司');

      await rep.send('杭州轮毂精工有限公司又来电问了交期');
      expect((await rep.nextCard('activity-receipt')).title).toBe('已记录 · 杭州金轮汽车零部件股份有限公司');

      await rep.tap(learned.id, 'forget-alias');
      const forgotten = await rep.next((item) => item.card?.id === learned.id);
      expect(forgotten.card).toMatchObject({ state: 'cancelled', note: expect.stringContaining('已不再记住「杭州轮毂精工有限公司」') });
      expect((await repo(Customer).findOneByOrFail({ id: 'cus_jinlun' })).aliases).not.toContain('杭州轮毂精工有限公司');
    });
  });

  describe('corrections that teach, through 改客户', () => {
    it('改客户 on a receipt teaches the words the message used: they map to the picked customer next time', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('新华信机电今天来电问了注塑机的交期');
      const receipt = await rep.nextCard('activity-receipt');
      expect(receipt.title).toBe('已记录 · 华信精密机械有限公司');
      await rep.tap(receipt.id, 'change-customer');
      const ask = await rep.nextCard('ask-customer');
      const yongsheng = ask.buttons.find((b) => b.label === '宁波永盛注塑机械有限公司')!;
      await rep.tap(ask.id, yongsheng.actionId);
      expect((await rep.nextCard('activity-receipt')).title).toBe('已记录 · 宁波永盛注塑机械有限公司');
      const learned = await rep.nextCard('alias-learned');
      expect(learned.title).toBe('已记住「新华信机电」');
      expect((await repo(Customer).findOneByOrFail({ id: 'cus_yongsheng' })).aliases).toContain('新华信机电');

      await rep.send('新华信机电又来电催报价了');
      expect((await rep.nextCard('activity-receipt')).title).toBe('已记录 · 宁波永盛注塑机械有限公司');
      // A customer's own words are never taught to another (华信 stays 华信精密's).
      await rep.send('华信那边说下周来看样机');
      expect((await rep.nextCard('activity-receipt')).title).toBe('已记录 · 华信精密机械有限公司');
    });
  });

  describe('undo by message', () => {
    it('撤销刚才那条 takes back the sender\u2019s last record and says what was taken back', async () => {
      // 王芳 has no other open receipt, so the second undo finds nothing left to take back.
      const rep = await ConsoleClient.open(bot.url, 'wangfang');
      await rep.send('今天跟瑞丰阀门陈总通了电话,他说价格还要再谈');
      const receipt = await rep.nextCard('activity-receipt');
      const activity = await repo(Activity).findOneByOrFail({ tenantId: 'demo', rawText: '今天跟瑞丰阀门陈总通了电话,他说价格还要再谈' });

      await rep.send('撤销刚才那条');
      const closed = await rep.next((item) => item.card?.id === receipt.id);
      expect(closed.card).toMatchObject({ state: 'cancelled', note: expect.stringContaining('已撤销') });
      const told = await rep.nextCard('activity-receipt');
      expect(told.title).toBe('已撤销 · 温州瑞丰阀门集团有限公司');
      expect(await repo(Activity).countBy({ id: activity.id })).toBe(0);

      await rep.send('刚才那条记错了');
      expect((await rep.next()).text).toContain('没有可以撤销的记录');
    });

    it('撤销刚才那条 right after a 新线索 takes back the lead, its customer and contact, not an older follow-up', async () => {
      const rep = await ConsoleClient.open(bot.url, 'liuyang');
      await rep.send('今天跟长江船配通了电话,他们下周来厂里看样');
      const receipt = await rep.nextCard('activity-receipt');
      bot.clock.advance(60_000); // the lead comes a minute later: 刚才那条 is the newer one
      await rep.send('新线索:南京鼎盛船舶设备有限公司,联系人周经理 13912345678,想了解液压舵机,预算80万');
      await rep.next((item) => (item.text ?? item.card?.title ?? '').includes('鼎盛'));
      const lead = await repo(Lead).findOneByOrFail({ tenantId: 'demo', company: '南京鼎盛船舶设备有限公司' });

      await rep.send('撤销刚才那条');
      expect((await rep.next((item) => item.kind === 'text' && item.text!.startsWith('已撤销'))).text).toBe(
        '已撤销刚才登记的线索「南京鼎盛船舶设备有限公司」。',
      );
      expect(await repo(Lead).countBy({ id: lead.id })).toBe(0);
      expect(await repo(Customer).countBy({ id: lead.customerId! })).toBe(0);
      expect((await repo(CardRecord).findOneByOrFail({ id: receipt.id })).state).toBe('open');
    });

    it('撤销刚才瑞丰那条 takes back the newest record about that customer, not the newest of all', async () => {
      const rep = await ConsoleClient.open(bot.url, 'wangfang');
      await rep.send('下午去瑞丰阀门,陈总说合同条款法务还在看');
      const ruifeng = await rep.nextCard('activity-receipt');
      bot.clock.advance(60_000);
      await rep.send('星河新材今天来电问了交期');
      const xinghe = await rep.nextCard('activity-receipt');

      await rep.send('撤销刚才瑞丰那条');
      const closed = await rep.next((item) => item.card?.id === ruifeng.id);
      expect(closed.card!.state).toBe('cancelled');
      const stillOpen = await repo(CardRecord).findOneByOrFail({ id: xinghe.id });
      expect(stillOpen.state).toBe('open');
    });
  });
}
