import { describe, expect, it } from 'vitest';
import type { CardKind } from '../../cards/card';
import { localWeekStart } from '../../src/domain/business-calendar';
import { formatForPeople } from '../../src/domain/business-time';
import { Activity, BreachAlert, CardRecord, Commitment, Deal, Handover, OutboxItem } from '../../src/store/entities';
import { ConsoleClient } from '../support/console-client';
import { useBot } from '../support/bot-under-test';
import type { TestDatabaseFactory } from '../support/databases';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const ZONE = 'Asia/Shanghai';

/** Issue 18 through the console: the numbers a manager reads, and what a manager's alert lets them do. */
export function cardWordingScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);
  const cards = (recipientId: string, kind: CardKind) => bot.dataSource.getRepository(CardRecord).findBy({ recipientId, kind });
  /** The worker handles a tap on its own time: wait until the stored card shows the outcome. */
  const settled = async (cardId: string, done: (record: CardRecord) => boolean) => {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const record = await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ id: cardId });
      if (done(record)) return record;
      if (Date.now() > deadline) throw new Error(`card ${cardId} did not settle: ${JSON.stringify(record.card)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  describe('逾期 is one number', () => {
    it('the briefing’s 逾期商机 is the answer to 有哪些逾期的商机', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      const run = await manager.post('/console/api/jobs/manager-briefing/run', { tenantId: 'demo' });
      expect(run.status).toBe(200);
      const briefing = await manager.nextCard('briefing-manager');
      const overdue = briefing.fields.find((f) => f.label === '逾期商机')!.value;
      const count = Number(/^(\d+) 个\(昨日新增 \d+ 个\)$/.exec(overdue)![1]);
      expect(count).toBeGreaterThan(0);
      await manager.send('有哪些逾期的商机');
      const answer = await manager.nextCard('query-result');
      expect(answer.subtitle).toBe(`共 ${count} 个`);
    });
  });

  describe('动作闭环率', () => {
    it('keeps a promise done early, and drills down to the missed promises with their due and done times', async () => {
      const now = bot.clock.now();
      // Due times inside this week and at least two hours ago, so every promise is judged.
      const due = (hoursAgo: number) =>
        new Date(Math.max(now.getTime() - hoursAgo * HOUR_MS, localWeekStart(now, ZONE).getTime() + 60_000));
      const promise = (id: string, action: string, dueAt: Date, doneAt: Date | null) => ({
        id,
        tenantId: 'demo',
        customerId: 'cus_huaxin',
        dealId: null,
        activityId: null,
        ownerId: 'zhangwei',
        action,
        dueAt,
        doneAt,
        createdAt: new Date(dueAt.getTime() - DAY_MS),
      });
      const early = due(5);
      const late = due(6);
      const open = due(3);
      await bot.dataSource
        .getRepository(Commitment)
        .insert([
          promise('cmt_early', '发送测试报告', early, new Date(early.getTime() - 2.5 * HOUR_MS)),
          promise('cmt_late', '发送最终报价', late, new Date(late.getTime() + 3 * HOUR_MS)),
          promise('cmt_open', '安排现场演示', open, null),
        ]);
      const manager = await ConsoleClient.open(bot.url, 'liming');
      await manager.send('团队健康度');
      const health = await manager.nextCard('briefing-manager');
      expect(health.title).toBe('本周团队健康度');
      expect(health.fields.find((f) => f.label === '动作闭环率')!.value).toMatch(/^\d+%\(上周 .+\)$/);
      await manager.tap(health.id, 'drill:closure');
      const page = await manager.nextCard('briefing-manager');
      expect(page.title).toMatch(/^动作闭环率 · 第 1\/\d+ 页$/);
      const lines = page.fields.map((f) => `${f.label} — ${f.value}`);
      const at = (date: Date) => formatForPeople(date, ZONE);
      expect(lines).toContain(
        `华信精密机械有限公司 — 张伟 · 发送最终报价 · 截止 ${at(late)} · ${at(new Date(late.getTime() + 3 * HOUR_MS))} 完成(晚 3 小时)`,
      );
      expect(lines).toContain(`华信精密机械有限公司 — 张伟 · 安排现场演示 · 截止 ${at(open)} · 未完成`);
      expect(lines.join('\n')).not.toContain('发送测试报告');
      await bot.dataSource.getRepository(Commitment).delete(['cmt_early', 'cmt_late', 'cmt_open']);
    });
  });

  describe('a manager’s overdue alert', () => {
    it('names the rep and the deal, and its buttons are a manager’s: none is recorded as the rep’s follow-up', async () => {
      const manager = await ConsoleClient.open(bot.url, 'liming');
      const scanned = await manager.post('/console/api/jobs/overdue-scan/run', {
        tenantId: 'demo',
        at: new Date(bot.clock.now().getTime() + 10 * DAY_MS).toISOString(),
      });
      expect(scanned.status).toBe(200);
      const alerts = (await cards('liming', 'overdue-alert')).filter((c) => c.state === 'open');
      expect(alerts.length).toBeGreaterThanOrEqual(2);
      const [remind, handOver] = alerts;
      const label = (record: CardRecord, name: string) => record.card.fields.find((f) => f.label === name)?.value;
      for (const alert of [remind, handOver]) {
        expect(alert.card.buttons.map((b) => b.label)).toEqual(['提醒销售', '转给他人', '我来跟进']);
        expect(label(alert, '负责人')).toMatch(/^(张伟|王芳|刘洋)$/);
        expect(label(alert, '商机')).toBeTruthy();
        expect(alert.card.awaitsDecision).toBe(true);
      }
      const activitiesBefore = await bot.dataSource.getRepository(Activity).count();

      // 提醒销售: the rep gets a 跟进提醒 card; the alert says who was reminded.
      const remindedDeal = await bot.dataSource
        .getRepository(Deal)
        .findOneByOrFail({ tenantId: 'demo', id: String(remind.context.dealId) });
      const rep = await ConsoleClient.open(bot.url, remindedDeal.ownerId);
      await manager.tap(remind.id, 'remind-rep');
      const reminded = await settled(remind.id, (r) => r.state !== 'open');
      expect(reminded.card.note).toMatch(new RegExp(`^已提醒${label(remind, '负责人')} · 李明 · `));
      expect((await rep.nextCard('rep-nudge')).title).toBe('李明 提醒你跟进 1 个商机');
      expect(
        await bot.dataSource.getRepository(BreachAlert).findOneByOrFail({ breachKey: String(remind.context.breachKey) }),
      ).toMatchObject({
        resolution: 'rep_reminded',
        resolvedBy: 'liming',
      });

      // 转给他人: the alert lists the other reps; the deal goes to the one picked, and both reps hear.
      await manager.tap(handOver.id, 'hand-over');
      const choices = await settled(handOver.id, (r) => r.card.buttons.some((b) => b.actionId.startsWith('hand-to:')));
      const owner = String(
        (await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', id: String(handOver.context.dealId) })).ownerId,
      );
      const pick = choices.card.buttons.find((b) => b.actionId.startsWith('hand-to:'))!;
      expect(pick.actionId).not.toBe(`hand-to:${owner}`);
      const next = pick.actionId.slice('hand-to:'.length);
      const newOwner = await ConsoleClient.open(bot.url, next);
      await manager.tap(handOver.id, pick.actionId);
      const handed = await settled(handOver.id, (r) => r.state !== 'open');
      expect(handed.card.note).toMatch(new RegExp(`^已${pick.label} · 李明 · `));
      expect(
        (await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', id: String(handOver.context.dealId) })).ownerId,
      ).toBe(next);
      expect((await newOwner.next((item) => item.kind === 'text')).text).toMatch(/^李明把「.+」转给你跟进/);
      // The transfer is on the customer's timeline: who decided, from whom, to whom, what moved.
      expect(await bot.dataSource.getRepository(Handover).findBy({ tenantId: 'demo' })).toEqual([
        expect.objectContaining({ fromUserId: owner, toUserId: next, byUserId: 'liming', what: expect.stringMatching(/1 个商机/) }),
      ]);

      // Nothing above was a follow-up of anyone's, and nobody was asked what they followed up.
      expect(await bot.dataSource.getRepository(Activity).count()).toBe(activitiesBefore);
      const told = await bot.dataSource.getRepository(OutboxItem).findBy({ tenantId: 'demo', recipientId: 'liming' });
      expect(JSON.stringify(told.map((o) => o.message))).not.toContain('跟进了什么');
    });
  });
}
