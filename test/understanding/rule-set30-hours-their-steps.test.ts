import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { detectTags } from '../../src/understanding/rules/signals';
import { resolveDue } from '../../src/understanding/rules/due';
import { ruleRunner } from './rule-runner';

/**
 * Set 30's leftovers, probed with sentences of our own: an appointment's hour said after 约了 (after whom it is with, or
 * after the day someone named), the customer's side's next step after they tried our goods or come to us, days already
 * past (昨晚), a day's plan part by part, the rep asking a colleague before answering, 好几个 and 卡在哪 inside reports.
 * `now` is Wednesday 2026-03-04 10:15.
 */
const run = ruleRunner([
  { id: 'c1', name: '绿源冷链物流有限公司', aliases: ['绿源'] },
  { id: 'c2', name: '恒远精密机械有限公司', aliases: ['恒远'] },
]);
const due = (text: string, at?: string) => run(text, at).commitment?.due ?? null;

describe('an appointment hour said after 约了', () => {
  it('the hour after whom the meeting is with', () =>
    expect(due('今天去绿源拜访 约了仓储部的赵经理 两点半')).toBe('2026-03-04T14:30:00+08:00'));
  it('the hour on the day someone named before', () =>
    expect(due('恒远刘总说周五有空 约了上午十点去讲方案')).toBe('2026-03-06T10:00:00+08:00'));
  it('an hour with its own day keeps it', () =>
    expect(due('恒远刘总说周五有空 约了下周一上午十点去讲方案')).toBe('2026-03-09T10:00:00+08:00'));
  it('with no day before, the hour is today', () => expect(due('约了下午三点去恒远讲方案')).toBe('2026-03-04T15:00:00+08:00'));
  it('an hour that is no appointment takes no day from before', () =>
    expect(due('恒远刘总说周五有空 我下午三点先把方案发过去')).toBe('2026-03-04T15:00:00+08:00'));
});

describe("the customer's side's next step", () => {
  it('a report after they tried our goods is theirs', () =>
    expect(run('绿源的样机到了 他们质检的孙工当场试用了 下周出检测报告').commitment).toBeNull());
  it('our own report after their trial stays ours', () =>
    expect(due('绿源的样机到了 孙工当场试用了 我下周出检测报告')).toBe('2026-03-09T18:00:00+08:00'));
  it('a visit of theirs lends its day to nothing they do here', () =>
    expect(due('恒远王总周五要来公司 看样机 我周四前把样机调好')).toBe('2026-03-05T18:00:00+08:00'));
  it('receiving them still takes the day of their visit', () =>
    expect(due('恒远王总周五要来公司 我负责接待')).toBe('2026-03-06T18:00:00+08:00'));
  it('their answer next week after our quote went last night is no promise', () =>
    expect(run('恒远的报价昨晚发了 总价12万 王总说下周给答复').commitment).toBeNull());
});

describe('days already past', () => {
  const now = DateTime.fromISO('2026-03-04T10:15:00+08:00', { setZone: true });
  it.each(['昨晚发了', '昨天去过了', '前天寄的'])('%s is before now', (text) =>
    expect(resolveDue(text, now)!.toMillis()).toBeLessThan(now.toMillis()),
  );
  it('提前天数 is no day', () => expect(resolveDue('提前天数不够', now)).toBeNull());
});

describe("plans and the rep's next steps", () => {
  it("a day plan's first part is due at its time, whatever its verb", () =>
    expect(due('今天安排 上午园区看苗木 下午去恒远交标书', '2026-03-04T08:00:00+08:00')).toBe('2026-03-04T12:00:00+08:00'));
  it('asking a colleague first, then answering them tomorrow', () =>
    expect(due('恒远要求加一条违约金 我问下法务 明天回他')).toBe('2026-03-05T18:00:00+08:00'));
  it('having asked is no promise', () => expect(run('恒远要求加一条违约金 我问了法务 说可以加').commitment).toBeNull());
  it('what the rep agreed to put in the next paper', () =>
    expect(due('恒远问能不能分两批交 我说可以 下周一报价里一起体现')).toBe('2026-03-09T18:00:00+08:00'));
  it('a developer named is no sending', () =>
    expect(due('城东有个新项目 开发商恒远置业 下个月初招标 我下周去拜访')).toBe('2026-03-09T18:00:00+08:00'));
  it('answering about a matter this morning is a plan', () =>
    expect(due('今天上午回复绿源退货的事', '2026-03-04T08:30:00+08:00')).toBe('2026-03-04T12:00:00+08:00'));
  it('their answer this morning, done, is none', () =>
    expect(run('绿源今天上午回复了退货的事', '2026-03-04T09:30:00+08:00').commitment).toBeNull());
  it('a plan given by a deadline in a round-up', () =>
    expect(due('今日小结:1.绿源 王经理确认用顺丰,周五前给方案不变 2.恒远 报价已发', '2026-03-04T18:30:00+08:00')).toBe(
      '2026-03-06T18:00:00+08:00',
    ));
});

describe("more of the rep's promises and deeds", () => {
  it('the hour said later on the same day sharpens a bare today', () =>
    expect(due('恒远催货 我今天跟车间确认排产 4点前给他回话', '2026-03-04T08:30:00+08:00')).toBe('2026-03-04T16:00:00+08:00'));
  it('an hour on another day does not', () =>
    expect(due('我今天跟车间确认排产 明天4点前给他回话', '2026-03-04T08:30:00+08:00')).toBe('2026-03-04T18:00:00+08:00'));
  it('going to a meeting today, said in the morning, reports the day', () =>
    expect(run('绿源的方案上周发了 今天去开会 他们董事会通过了', '2026-03-04T10:00:00+08:00').commitment).toBeNull());
  it('会 of intent still plans', () => expect(due('今天会去绿源一趟', '2026-03-04T09:00:00+08:00')).toBe('2026-03-04T18:00:00+08:00'));
  it('their visit to a base of ours, received by the rep', () =>
    expect(due('恒远董事长月底要来我们苏州基地参观 我负责安排')).toBe('2026-03-31T18:00:00+08:00'));
  it.each(['要我们配合出技术参数', '让我们先报个资格预审材料'])('%s is asked of us', (text) =>
    expect(run(`绿源王经理回电话了 ${text}`).commitment).not.toBeNull(),
  );
  it('a sample sent off is done', () => expect(run('恒远的新样今天上午寄出了 顺丰 明天到').intent).toBe('complete_commitment'));
  it('an invitation sent out is no sample', () => expect(run('恒远的展会邀请函发出了吗').intent).not.toBe('complete_commitment'));
});

describe('leads described before their name', () => {
  it('a call from a party described by kind, then its bare name and its need', () => {
    const out = run('刚接个电话 城西那边锦绣花园的物业公司 锦绣物业 想做监控改造');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('锦绣物业');
  });
  it('a party described by trade that came to us', () => {
    const out = run('有个做冷冻食品的客户找过来 嘉兴鲜达食品 想租冷库');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('嘉兴鲜达食品');
  });
  it('a call from a known customer is no lead', () => expect(run('刚接个电话 绿源的王经理 想改交期').intent).not.toBe('create_lead'));
});

describe('questions inside reports', () => {
  it('好几个客户 is many, not how many', () => {
    const out = run('有家同行最近在本地打价格战 好几个客户都在问');
    expect(out.intent).toBe('log_activity');
  });
  it('几个客户 at the end still asks', () => expect(run('这周新增了几个客户').intent).toBe('query'));
  it('卡在哪 as what a talk is about', () => expect(run('恒远 下午想去一趟 跟王主任当面聊聊 卡在哪').intent).toBe('log_activity'));
  it('卡在哪 asked alone', () => expect(run('恒远卡在哪').intent).toBe('query'));
});

describe('tags', () => {
  it.each([
    ['剩下的按成本价给', 'price'],
    ['新领导要重新审一遍', 'approval'],
    ['分三期付款', 'payment'],
    ['周三开会定了 由我们来做', 'approval'],
  ])('%s → %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['甲方资金链出问题了 项目停了', 'budget'],
    ['五个门店分两期上线', 'payment'],
  ])('%s: no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('资金 itself is still budget', () => expect(detectTags('资金还没到位')).toContain('budget'));
});
