import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { leadName } from '../../src/understanding/rules/new-customer';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 65's constructions, probed with sentences of our own: rivals of truck tyres, flour milling and hospital
 * disinfection named as the trades name them, the warranty's 三包, goods wanted in use by a day, a close said as settled
 * by a near time or the contract gone through by then, a head of theirs meeting to decide, our own boss asked, a signing
 * put off in the same breath, a tender's track record, goods handed over with 已, papers sent by mail, a plan to be
 * submitted again, and a lead described before it is named.
 */
const run = ruleRunner([{ id: 'c1', name: '潍坊鲁通物流有限公司', aliases: ['鲁通'] }]);

describe('rivals of tyres, flour milling and disinfection', () => {
  it('a maker weighed against by 比 still is one', () => expect(findCompetitors('比恒锐的贵')).toContain('恒锐'));
  it.each([
    ['车队现在用的三角轮胎跑高速磨得快', '三角轮胎'],
    ['他们一直用玲珑的', '玲珑'],
    ['米其林给的价低一截', '米其林'],
    ['布勒的磨粉机太贵了', '布勒'],
    ['嫌正昌的设备售后太慢', '正昌'],
    ['另外一家是利尔康', '利尔康'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    ['画个三角形的标识'],
    ['请客户去米其林三星餐厅吃饭'],
    ['样机小巧玲珑'],
    ['牧羊犬在厂区里'],
    ['觉得聚氨酯板比岩棉的好'],
    ['玻璃棉比岩棉便宜'],
  ])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('signals said in new ways fire; their near-misses do not', () => {
  it.each([
    ['要的三包政策说明已经发过去了', 'after_sales'],
    ['有一条胎鼓包了,要求三包', 'after_sales'],
    ['他们要求6月开海前必须能用', 'delivery'],
    ['开学前要能用', 'delivery'],
    ['3月中旬要第一批货', 'delivery'],
    ['说下个月初就能定下来', 'closing_soon'],
    ['这个月底就能定下来', 'closing_soon'],
    ['刘工说月底前把合同走完', 'closing_soon'],
    ['要等院长开会定', 'approval'],
    ['老板下周开会研究', 'approval'],
  ])('%s fires %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['街道查门前三包', 'after_sales'],
    ['以前要能用就行', 'delivery'],
    ['定下来再说', 'closing_soon'],
    ['原定上周五签约推迟了', 'closing_soon'],
    ['签约又推迟了', 'closing_soon'],
    ['回头请示下我们老板', 'approval'],
    ['我们老板下周开会定', 'approval'],
  ])('%s fires no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('a signing near, not put off, still is', () => expect(detectTags('下周五签约')).toContain('closing_soon'));
  it('their sign-off asked still is', () => expect(detectTags('还要请示他们集团')).toContain('approval'));
});

describe("a tender's track record is no metric asked", () => {
  it('the years and the work done name a qualification', () => {
    expect(run('鲁通这次是公开招标,标书要求三年以上仓储改造业绩,我们符合,2月10号开标').intent).toBe('log_activity');
  });
  it('施工业绩 is one too', () => expect(run('鲁通的标要求施工业绩,我们符合').intent).not.toBe('query'));
  it('our own figures asked still are a question', () => expect(run('我这个月的业绩是多少').intent).toBe('query'));
});

describe('deeds done said tersely', () => {
  it('goods handed over with 已 and signed for', () => {
    expect(run('鲁通50条工程胎已交货,张经理签收了').intent).toBe('complete_commitment');
  });
  it('a first batch of a supply that goes on is the deal under way', () => {
    expect(run('鲁通第一批已交货,下个月开始每月走货').intent).toBe('log_activity');
  });
  it('papers sent by mail', () => expect(run('鲁通的设备清单和布局图昨晚发邮件了').intent).toBe('complete_commitment'));
  it('a mail still to send is no deed', () => expect(run('鲁通的设备清单明天发邮件').intent).not.toBe('complete_commitment'));
});

describe('a plan to be submitted again is our promise', () => {
  it('把方案重新报一下, asked by them with a time', () => {
    const r = run('鲁通老板说资金到位了,让我们下周把方案重新报一下');
    expect(r.commitment?.action).toContain('报一下');
    expect(r.commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });
  it('old goods written off is none', () => expect(run('鲁通下周把旧设备报废').commitment).toBeNull());
});

describe('a lead described, then named', () => {
  it('a kind of school before its name', () => expect(leadName('/lead 新乡一家驾校 豫北驾培中心 要租30台电脑')).toBe('豫北驾培中心'));
  it('described with its need, then named with its suffix', () => {
    expect(leadName('新线索!泰安一家民营医院想租电脑,泰山仁康医院,大概150台')).toBe('泰山仁康医院');
  });
  it('described only, it stays as described', () => expect(leadName('新线索!泰安一家民营医院想租电脑,大概150台')).toContain('一家'));
});
