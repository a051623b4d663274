import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR } from '../../src/domain/business-calendar';
import { teamLeadMetrics } from '../../src/domain/lead-metrics';
import { addWorkingHours } from '../../src/domain/lead-timers';
import { weeklyPoolDeliveries } from '../../src/flows/lead-pool';
import { loadRuleBook } from '../../src/flows/rule-book';
import { scanLeads } from '../../src/flows/scan-leads';
import { intakeLead, type LeadSubmission } from '../../src/flows/intake-lead';
import { persistEffects } from '../../src/pipeline/effects';
import {
  Activity,
  CardRecord,
  Contact,
  Customer,
  Deal,
  Lead,
  LeadAssignment,
  LeadEscalationRecord,
  Tenant,
  User,
} from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { teamLeadFacts } from '../../src/store/lead-metric-queries';
import { ConsoleClient, type FeedItem } from '../support/console-client';
import { useBot } from '../support/bot-under-test';
import { useLeadApi } from '../support/lead-api';
import type { TestDatabaseFactory } from '../support/databases';

const API_KEY = 'lead-key-for-tests-0123456789';
const HOUR_MS = 3_600_000;
const ruleBook = loadRuleBook('rules');
const followUp = ruleBook.forTenant('demo').leads.followUp;

/** A lead as a rep's 新线索 message hands it to the intake. */
const chatLead = (company: string, budget: number, submitter: User): LeadSubmission => ({
  company,
  contactName: '陈经理',
  phone: '13912345678',
  region: '浙江',
  industry: '模具',
  budget,
  urgency: '急需报价',
  note: null,
  tags: [],
  source: 'chat',
  sourceRef: null,
  submittedBy: submitter.name,
  submitter,
});

/** Lead intake (issue 8) end to end: HTTP API and chat → one intake → cards, taps, the lead scan. */
export function leadIntakeScenarios(makeDatabase: TestDatabaseFactory): void {
  const bot = useBot(makeDatabase);
  const postLead = useLeadApi(bot, API_KEY);
  // The assignment card itself may still be on its way to the feed when the rep taps: wait for the card as the tap left it.
  const closed = (cardId: string | null, state: 'done' | 'cancelled') => (item: FeedItem) =>
    item.card?.id === cardId && item.card.state === state;
  const current = async (leadId: string) =>
    (await bot.dataSource.getRepository(LeadAssignment).find({ where: { leadId }, order: { assignedAt: 'ASC' } })).find(
      (a) => a.returnedAt === null,
    )!;
  const scan = (now: Date) => scanLeads(bot.dataSource, { now, ruleBook, calendarOf: () => DEFAULT_CALENDAR });
  // The scan runs at a future `now`, so its messages wait in the outbox until then: read the cards it wrote.
  const escalationCards = async (leadId: string) =>
    (
      await bot.dataSource
        .getRepository(CardRecord)
        .find({ where: { kind: 'lead-escalation', recipientId: 'liming' }, order: { createdAt: 'ASC' } })
    )
      .filter((record) => record.context.leadId === leadId)
      .map((record) => record.card);

  describe('POST /api/leads', () => {
    it('answers 401 without a key and with a wrong one, and stores nothing', async () => {
      const count = await bot.dataSource.getRepository(Lead).count();
      expect((await postLead({ company: '杭州新光机械有限公司' }, null)).status).toBe(401);
      expect((await postLead({ company: '杭州新光机械有限公司' }, 'wrong-key')).status).toBe(401);
      expect(await bot.dataSource.getRepository(Lead).count()).toBe(count);
    });

    it('answers 400 listing every bad field', async () => {
      const response = await postLead({ company: '', phone: 'abc', budget: -5 });
      expect(response.status).toBe(400);
      const body = (await response.json()) as { fields: { field: string; message: string }[] };
      expect(body.fields.map((f) => f.field).sort()).toEqual(['budget', 'company', 'phone']);
      expect(body.fields.find((f) => f.field === 'budget')!.message).toBe('预算不能为负数');
    });

    it('answers 201 with the lead, its customer, the rep, the score and the reason; the rep gets the card', async () => {
      const zhangwei = await ConsoleClient.open(bot.url, 'zhangwei');
      const wangfang = await ConsoleClient.open(bot.url, 'wangfang');
      const response = await postLead({
        company: '宁波博瑞模具有限公司',
        contactName: '周经理',
        phone: '13911112222',
        region: '浙江',
        industry: '模具',
        budget: 300000,
        urgency: '尽快报价',
        note: '想了解注塑机',
        source: '官网表单',
      });
      expect(response.status).toBe(201);
      const body = (await response.json()) as { leadId: string; customerId: string; assignedTo: string; score: number; reason: string };
      // 浙江 30 + 模具 25 + 30万 (0.6 × 25 = 15) + 尽快 (0.65 × 20 = 13) = 83: the 60–84 rule.
      expect(body.score).toBe(83);
      expect(body.reason).toMatch(/^评分 83\(地域 30\/行业 25\/预算 15\/紧急 13\);.+当前待跟进 \d+ 个,在浙江的 2 名销售中最少$/);
      expect(['zhangwei', 'wangfang']).toContain(body.assignedTo);
      expect(await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', id: body.customerId })).toMatchObject({
        ownerId: null,
        region: '浙江',
      });
      expect(await bot.dataSource.getRepository(Lead).findOneByOrFail({ id: body.leadId })).toMatchObject({
        breakdown: { region: 30, industry: 25, budget: 15, urgency: 13 },
      });

      const card = await (body.assignedTo === 'zhangwei' ? zhangwei : wangfang).nextCard('lead-assignment');
      expect(card.title).toBe('新线索 · 宁波博瑞模具有限公司 · 83分');
      expect(card.fields.find((f) => f.label === '分配理由')?.value).toBe(body.reason);
      expect(card.buttons.map((b) => b.label)).toEqual(['接受', '退回']);
    });

    it('answers 409 with the owner for a known customer (by a close spelling or by phone), notifies the owner, records the event', async () => {
      const owner = await ConsoleClient.open(bot.url, 'zhangwei');
      const byName = await postLead({ company: '浙江华信精密机械设备有限公司', contactName: '赵工' });
      expect(byName.status).toBe(409);
      expect(await byName.json()).toEqual({ duplicateOf: 'cus_huaxin', owner: '张伟' });
      const notice = await owner.nextCard('duplicate-notice');
      expect(notice.title).toBe('你的客户有新动态 · 华信精密机械有限公司');

      const byPhone = await postLead({ company: '博瑞机械', phone: '139-1111-2222' });
      expect(byPhone.status).toBe(409);
      expect(((await byPhone.json()) as { duplicateOf: string }).duplicateOf).toMatch(/^cus_/);
      const recorded = await bot.dataSource.getRepository(Lead).findBy({ tenantId: 'demo', company: '博瑞机械' });
      expect(recorded).toMatchObject([{ duplicateBy: 'phone', customerId: null }]);
    });

    it('a near-miss name (宏大 vs 宏达) is a new lead, not a duplicate', async () => {
      expect((await postLead({ company: '宁波宏达模具有限公司', region: '浙江' })).status).toBe(201);
      expect((await postLead({ company: '宁波宏大模具有限公司', region: '浙江' })).status).toBe(201);
    });
  });

  describe('a lead from chat', () => {
    it('is scored and is the rep’s at once: no 接受, its budget is the deal’s amount, its contact the customer’s; a second submission is 撞单', async () => {
      const clients = { zhangwei: await ConsoleClient.open(bot.url, 'zhangwei'), wangfang: await ConsoleClient.open(bot.url, 'wangfang') };
      await clients.zhangwei.send('新线索:宁波某模具厂,李经理 13812345678,想了解注塑机,预算50万,急需报价');
      const receipt = await clients.zhangwei.next((item) => item.kind === 'text' && item.text!.includes('已登记线索'));
      expect(receipt.text).toBe('已登记线索「宁波某模具厂」,评分 88 分,归你负责,请在 24 小时内跟进。');
      const lead = await bot.dataSource.getRepository(Lead).findOneByOrFail({ tenantId: 'demo', company: '宁波某模具厂' });
      expect(lead).toMatchObject({ source: 'chat', submittedBy: '张伟', phone: '13812345678', region: '浙江', budget: 500000, score: 88 });
      const placed = await current(lead.id);
      expect(placed).toMatchObject({ repId: 'zhangwei', rule: 'submitter', cardId: null });
      expect(placed.acceptedAt).not.toBeNull();
      expect(placed.reason).toBe('评分 88(地域 30/行业 25/预算 20/紧急 13);张伟自己录入的线索,归其负责');
      expect((await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', id: lead.customerId! })).ownerId).toBe(
        'zhangwei',
      );
      expect(await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', customerId: lead.customerId! })).toMatchObject({
        stage: 'lead',
        ownerId: 'zhangwei',
        amount: 500000,
      });
      expect(await bot.dataSource.getRepository(Contact).findBy({ tenantId: 'demo', customerId: lead.customerId! })).toMatchObject([
        { name: '李经理', phone: '13812345678' },
      ]);

      await clients.zhangwei.send('今天给宁波某模具厂李经理打了电话,约了下周去看现场');
      const followUp = await clients.zhangwei.nextCard('activity-receipt');
      expect(followUp.fields.find((f) => f.label === '商机/阶段')?.value).toContain('线索');
      expect((await current(lead.id)).firstTouchAt).not.toBeNull();

      await clients.wangfang.send('新线索:宁波某模具厂,李经理,想买注塑机');
      const duplicate = await clients.wangfang.nextCard('duplicate-notice');
      expect(duplicate.title).toBe('宁波某模具厂 已有负责人');
      expect(duplicate.fields).toEqual([{ label: '负责人', value: '张伟' }]);
    });

    it('is allocated like any other lead when the tenant’s allocation rules say so; 接受 opens the deal with the budget', async () => {
      const rules = ruleBook.forTenant('demo');
      const handedOut = { ...rules, leads: { ...rules.leads, allocation: { ...rules.leads.allocation, submitterKeepsChatLeads: false } } };
      const tenant = await bot.dataSource.getRepository(Tenant).findOneByOrFail({ id: 'demo' });
      const wangfang = await bot.dataSource.getRepository(User).findOneByOrFail({ tenantId: 'demo', id: 'wangfang' });
      const { outcome, effects } = await inTransaction(bot.dataSource, async (em) => {
        const intake = await intakeLead(
          { em, tenant, now: bot.clock.now(), rules: handedOut },
          chatLead('宁波华泰模具厂', 1_200_000, wangfang),
        );
        await persistEffects(em, { tenantId: 'demo', now: bot.clock.now() }, intake.effects);
        return intake;
      });
      expect(outcome.kind).toBe('created');
      expect(JSON.stringify(effects)).toContain('lead-assignment');
      const lead = await bot.dataSource.getRepository(Lead).findOneByOrFail({ tenantId: 'demo', company: '宁波华泰模具厂' });
      const placed = await current(lead.id);
      expect(placed.rule).not.toBe('submitter');
      const rep = await ConsoleClient.open(bot.url, placed.repId!);
      await rep.tap(placed.cardId!, 'accept-lead');
      await rep.next(closed(placed.cardId, 'done'));
      expect(await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', customerId: lead.customerId! })).toMatchObject({
        stage: 'lead',
        ownerId: placed.repId,
        amount: 1_200_000,
      });
    });
  });

  describe('undo of a follow-up', () => {
    it('undoing the first touch moves it to the next remaining follow-up, and undoing that one leaves the lead untouched', async () => {
      const response = await postLead({ company: '宁波永固模具有限公司', region: '浙江', industry: '模具', budget: 300000 });
      const { leadId } = (await response.json()) as { leadId: string };
      const held = await current(leadId);
      const rep = await ConsoleClient.open(bot.url, held.repId!);
      await rep.tap(held.cardId!, 'accept-lead');
      await rep.next(closed(held.cardId, 'done'));

      await rep.send('今天给宁波永固模具有限公司打了电话,客户想先看样品');
      const first = await rep.nextCard('activity-receipt');
      const touchedAt = (await current(leadId)).firstTouchAt;
      expect(touchedAt).not.toBeNull();
      await rep.send('宁波永固模具有限公司回电了,下周约见面');
      const second = await rep.nextCard('activity-receipt');
      expect((await current(leadId)).firstTouchAt).toEqual(touchedAt);

      const undo = async (receiptId: string) => {
        expect((await rep.tap(receiptId, 'undo')).status).toBe(202);
        await rep.next(closed(receiptId, 'cancelled'));
      };
      await undo(first.id);
      const secondActivity = await bot.dataSource
        .getRepository(Activity)
        .findOneByOrFail({ tenantId: 'demo', rawText: '宁波永固模具有限公司回电了,下周约见面' });
      expect((await current(leadId)).firstTouchAt).toEqual(secondActivity.occurredAt);
      await undo(second.id);
      expect((await current(leadId)).firstTouchAt).toBeNull();
    });
  });

  describe('退回, escalations and the pool', () => {
    const newLead = async (company: string) => {
      const response = await postLead({ company, region: '浙江', industry: '模具', budget: 300000 });
      return ((await response.json()) as { leadId: string }).leadId;
    };

    it('退回 re-allocates without that rep and asks why; the reason is kept', async () => {
      const leadId = await newLead('宁波致远模具有限公司');
      const first = await current(leadId);
      const rep = await ConsoleClient.open(bot.url, first.repId!);
      const card = await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ id: first.cardId! });
      await rep.tap(card.id, 'return-lead');
      expect((await rep.next((item) => item.kind === 'text')).text).toContain('退回原因');
      const second = await current(leadId);
      expect(second.repId).not.toBe(first.repId);
      expect(second.reason).toContain('已排除此前退回或被改派的');
      await rep.send('退回原因:客户在宁波北仑,离我太远');
      expect((await rep.next((item) => item.kind === 'text')).text).toBe('已记录退回原因。');
      expect((await bot.dataSource.getRepository(LeadAssignment).findOneByOrFail({ id: first.id })).returnReason).toBe(
        '客户在宁波北仑,离我太远',
      );
    });

    it('not accepted within 4 working hours: the manager gets one card, and reassigns with a tap', async () => {
      const leadId = await newLead('宁波恒信模具有限公司');
      const held = await current(leadId);
      const dueAt = addWorkingHours(held.assignedAt, followUp.acceptWithinWorkingHours, followUp.workingHours, {
        timeZone: 'Asia/Shanghai',
        calendar: DEFAULT_CALENDAR,
      });
      const escalations = () => bot.dataSource.getRepository(LeadEscalationRecord).countBy({ assignmentId: held.id });
      await scan(new Date(dueAt.getTime() - 60_000));
      expect(await escalations()).toBe(0);
      const manager = await ConsoleClient.open(bot.url, 'liming');
      await scan(dueAt);
      await scan(dueAt);
      expect(await escalations()).toBe(1);
      const [card, ...more] = await escalationCards(leadId);
      expect(more).toEqual([]);
      expect(card.title).toBe('线索未接受 · 宁波恒信模具有限公司');
      await manager.tap(card.id, 'reassign-lead');
      expect((await manager.next(closed(card.id, 'done'))).card!.note).toMatch(/^已改派给/);
      const next = await current(leadId);
      expect(next.repId).not.toBe(held.repId);
      expect(await bot.dataSource.getRepository(LeadAssignment).findOneByOrFail({ id: held.id })).toMatchObject({ outcome: 'reassigned' });
    });

    it('accepted but not followed up in 24 hours: the manager hears; untouched for 7 days: back to the pool', async () => {
      const leadId = await newLead('宁波长荣模具有限公司');
      const held = await current(leadId);
      const rep = await ConsoleClient.open(bot.url, held.repId!);
      await rep.tap(held.cardId!, 'accept-lead');
      await rep.next(closed(held.cardId, 'done'));
      const accepted = await current(leadId);
      await scan(new Date(accepted.acceptedAt!.getTime() + followUp.firstTouchWithinHours * HOUR_MS - 60_000));
      expect(await escalationCards(leadId)).toEqual([]);
      await scan(new Date(accepted.acceptedAt!.getTime() + followUp.firstTouchWithinHours * HOUR_MS));
      expect((await escalationCards(leadId)).map((card) => card.title)).toEqual(['线索未跟进 · 宁波长荣模具有限公司']);

      await scan(new Date(held.assignedAt.getTime() + followUp.returnToPoolAfterDays * 24 * HOUR_MS));
      const pooled = await current(leadId);
      expect(pooled).toMatchObject({ repId: null, rule: 'returned_to_pool' });
      expect(await bot.dataSource.getRepository(LeadAssignment).findOneByOrFail({ id: held.id })).toMatchObject({ outcome: 'to_pool' });
      const lead = await bot.dataSource.getRepository(Lead).findOneByOrFail({ id: leadId });
      expect((await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'demo', id: lead.customerId! })).ownerId).toBeNull();
      expect(await bot.dataSource.getRepository(Deal).countBy({ tenantId: 'demo', customerId: lead.customerId! })).toBe(0);

      const tenant = await bot.dataSource.getRepository(Tenant).findOneByOrFail({ id: 'demo' });
      const [delivery] = await weeklyPoolDeliveries(bot.dataSource.manager, tenant);
      expect(delivery.recipientId).toBe('liming');
      expect(JSON.stringify(delivery.effects)).toContain('宁波长荣模具有限公司');
    });

    it('lead metrics count first touches per rep and for the team', async () => {
      const now = bot.clock.now();
      const window = { from: new Date(now.getTime() - HOUR_MS * 24), to: new Date(now.getTime() + HOUR_MS) };
      const reps = ['zhangwei', 'wangfang'];
      const report = teamLeadMetrics(await teamLeadFacts(bot.dataSource.manager, 'demo', reps, window), reps, window);
      expect(report.team.medianHoursToFirstTouch).not.toBeNull();
      expect(report.team.activated).toBe(1);
    });
  });
}
