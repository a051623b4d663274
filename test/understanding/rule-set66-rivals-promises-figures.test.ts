import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 66's constructions, probed with sentences of our own: rivals of coffee machines, semiconductor consumables and
 * cleanrooms, a cleanroom's class and a figure typed apart from 万, a sum paid in parts, a rival's goods weighed as a
 * threat, meetings again and papers given by a deadline, follow-ups said in English, 当天 inside what is asked of us, the
 * stage reported then asked to be set, and questions about one's own to-dos.
 */
const run = ruleRunner([
  { id: 'c1', name: '上海润芯微电子有限公司', aliases: ['润芯'] },
  { id: 'c2', name: '上海栖木联合办公有限公司', aliases: ['栖木'] },
]);

describe('rivals of coffee machines, semiconductor consumables and cleanrooms', () => {
  it.each([
    ['他们现在放的是两台咖博士', '咖博士'],
    ['WMF那家出局了', 'WMF'],
    ['在评估安集的抛光液', '安集'],
    ['说信越的光刻胶货期太长', '信越'],
    ['说亚翔和美埃都来过了', '美埃'],
    ['亚翔集成也在报', '亚翔集成'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([['客户说相信越做越好'], ['平安集团那边的培训也要续']])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
  it('a task of ours also finished names no rival', () => {
    expect(findCompetitors('5台机已经装好了,操作培训也做完了')).toEqual([]);
    expect(detectTags('设备装好了,安装也做好了')).not.toContain('competitor');
  });
});

describe("a cleanroom's class is no money; a figure typed apart from 万 is", () => {
  it.each([['要建一个万级洁净车间 大概600平'], ['十万级的车间']])('%s states no sum', (text) => expect(findAmount(text)).toBeNull());
  it('the sum beside the class still counts', () => expect(findAmount('十万级车间 报价300万')).toBe(3000000));
  it.each([
    ['金额大约 260 万', 2600000],
    ['总价 1.2 亿', 120000000],
  ])('%s is %d', (text, yuan) => expect(findAmount(text)).toBe(yuan));
  it('a count typed apart is still a count', () => expect(findAmount('数量 2 万件')).toBeNull());
});

describe('a sum paid in parts; a rival weighed if we fail them', () => {
  it.each([['签了,款分两次付'], ['设备款分三笔付']])('%s is payment', (text) => expect(detectTags(text)).toContain('payment'));
  it('a build in phases is no payment term', () => expect(detectTags('项目分两期建设')).not.toContain('payment'));
  it.each([['要求5月20日前到厂,不然就考虑发那科的现货'], ['交期再拖否则考虑别家']])('%s is churn', (text) =>
    expect(detectTags(text)).toContain('churn_risk'),
  );
  it.each([['不然就考虑我们的方案'], ['不然就考虑一下']])('%s is no churn', (text) => expect(detectTags(text)).not.toContain('churn_risk'));
});

describe('promises: meeting again, papers by a deadline, follow-ups in English, 当天 in an ask', () => {
  it('meeting their buyer again at an hour', () => {
    expect(run('润芯条款还在磨。明天下午3点跟他们采购再碰').commitment?.due).toBe('2026-03-05T15:00:00+08:00');
    expect(run('润芯周四跟王总再碰个头').commitment?.due).toBe('2026-03-05T18:00:00+08:00');
  });
  it('a meeting held is no promise', () => expect(run('润芯上周跟他们采购碰过了').commitment).toBeNull());
  it.each([
    ['润芯价格谈好了 下周二前给合同', '2026-03-10T18:00:00+08:00'],
    ['润芯价格谈好了 周五前给协议', '2026-03-06T18:00:00+08:00'],
  ])('%s is ours by then', (text, due) => expect(run(text).commitment?.due).toBe(due));
  it('a contract given in their words is theirs', () => expect(run('润芯说下周二前给合同').commitment).toBeNull());
  it.each([
    ['润芯合同法务还在审,我两个工作日后再follow一下', '2026-03-06T18:00:00+08:00'],
    ['润芯那边我明天follow up一下', '2026-03-05T18:00:00+08:00'],
  ])('%s is a follow-up of ours', (text, due) => expect(run(text).commitment?.due).toBe(due));
  it('当天 in what they ask of us is the day just named', () =>
    expect(run('栖木3台机交货定在这周五,店长让我们装完当天给员工做个操作培训').commitment?.due).toBe('2026-03-06T18:00:00+08:00'));
  it('without 当天 the ask has no time', () => {
    const c = run('栖木3台机交货定在这周五,店长让我们装完给员工做个操作培训').commitment;
    expect(c).not.toBeNull();
    expect(c?.due).toBeNull();
  });
});

describe('the stage reported, then asked to be set', () => {
  it('已经进入需求确认, then 帮我改一下阶段, asks for requirement', () => {
    const out = run('润芯已经进入需求确认,帮我改一下阶段');
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe('requirement');
  });
  it('reported alone, it is a report at that stage', () => {
    const out = run('润芯已经进入需求确认了');
    expect(out.intent).toBe('log_activity');
    expect(out.stage).toBe('requirement');
  });
});

describe("questions about one's own to-dos", () => {
  it('帮我看看 names no colleague', () => {
    const q = run('帮我看看还有哪些逾期没完成的承诺').query;
    expect(q?.owner).toBeNull();
    expect(q?.status).toBe('overdue');
  });
  it('a colleague after 帮我看看 still is one', () => expect(run('帮我看看刘洋的商机').query?.owner).toBe('刘洋'));
  it('customers due a follow-up today are the day’s promises', () => {
    const q = run('今天有哪些客户该跟进了').query;
    expect(q?.subject).toBe('promises');
    expect(q?.period).toBe('today');
  });
  it('a list of customers is still deals', () => expect(run('今天有哪些客户').query?.subject).not.toBe('promises'));
});
