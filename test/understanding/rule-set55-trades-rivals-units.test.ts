import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { RULES_ALONE, ruleRunner } from './rule-runner';

/**
 * Blind set 55's constructions, probed with sentences of our own: rivals of dental imaging and implants, environmental
 * monitoring and lab reagents; parts the customer wants fitted (not rivals); sums written with thousands separators after
 * the sum's name; unit prices said after the figure; a tender no longer held; a machine replaced; a Monday's reply.
 */
const run = ruleRunner([{ id: 'c1', name: '远帆环境科技有限公司', aliases: ['远帆'] }]);

describe('rivals of the trades', () => {
  it.each([
    ['诊所那边也在看朗视的', '朗视'],
    ['种植体他们用Osstem的多', 'Osstem'],
    ['聚光也来投了', '聚光'],
    ['先河报得比我们低', '先河'],
    ['试剂他们一直从阿拉丁拿', '阿拉丁'],
    ['这次GEA也报了', 'GEA'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    ['舞台上的聚光灯坏了', '聚光'],
    ['这个项目在本市开先河', '先河'],
    ['批文是国药准字', '国药'],
    ['排放要达到超低排放标准', '达到超'],
    ['客户倾向以租代购', '以租代购'],
  ])('%s names no rival %s', (text, rival) => expect(findCompetitors(text)).not.toContain(rival));
});

describe('a part the customer wants fitted is no rival', () => {
  it.each(['王总想用华为逆变器', '组件倾向隆基', '电池指定用宁德的'])('%s', (text) => expect(findCompetitors(text)).toEqual([]));
  it('the same maker weighed as a whole offer is a rival', () => expect(findCompetitors('正泰也在报,比我们便宜')).toContain('正泰'));
});

describe('a maker’s own service names no new company', () => {
  it('原来三菱原厂在保 in a new lead keeps 三菱 as the rival', () => {
    const out = run('新线索 西湖商务大厦 8台梯 原来三菱原厂在保 物业周经理联系的我');
    expect(out.competitors).toContain('三菱');
  });
});

describe('sums and unit prices', () => {
  it.each([
    ['设备款2,480,000,分两期', 2480000],
    ['合同金额3,150,000,下周付首款', 3150000],
  ])('%s -> %d', (text, amount) => expect(findAmount(text)).toBe(amount));
  it.each(['报价4.5w一台 他们嫌贵', '单价报的¥420,他们要到400', '单价谈到198一套'])('%s is a unit price, no amount', (text) =>
    expect(findAmount(text)).toBeNull(),
  );
  it('a bare small figure after a sum name is no money', () => expect(findAmount('货款3期付')).toBeNull());
  it('a unit price per watt is price talk', () => expect(detectTags('对方3.1一瓦还包运维')).toContain('price'));
});

describe('signals of the set', () => {
  it.each([
    ['想谈长协价', 'price'],
    ['他们说维护费不能涨', 'price'],
    ['上个月断供了两次', 'delivery'],
    ['得业主投票通过才能动', 'approval'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['今年电费降了 回本慢了', 'price'],
    ['钱从维修资金里出', 'after_sales'],
    ['区里今年不统一招标了', 'tender'],
    ['他们不公开招标', 'tender'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('招标 said plainly still fires', () => expect(detectTags('区里今年统一招标')).toContain('tender'));
});

describe('a machine replaced is no switch to a rival', () => {
  it('想换台 a machine, rivals weighed after, is no churn', () =>
    expect(run('远帆周总想换台监测仪,聚光的也在看').tags).not.toContain('churn_risk'));
  // The learned reader doubts this switch (most 换X的 in unseen text are to goods or the customer's own machines).
  it('想换台 with the rival at once is churn', () =>
    expect(run('远帆周总想换台聚光的', undefined, RULES_ALONE).tags).toContain('churn_risk'));
});

describe('a Monday’s reply', () => {
  it('我周一回复 is due Monday', () =>
    expect(run('远帆 我周一回复', '2026-03-20T11:15:00+08:00').commitment?.due).toBe('2026-03-23T18:00:00+08:00'));
  it('每周三回 is how often, no Wednesday', () =>
    expect(run('远帆 我们每周三回上门巡检', '2026-03-20T11:15:00+08:00').commitment?.due ?? null).not.toBe('2026-03-25T18:00:00+08:00'));
});

describe('ahead of a date by a count of days', () => {
  it('提前一天 before a named date is the day before', () =>
    expect(run('远帆的设备4月10号到厂,我提前一天过去做培训', '2026-03-20T11:15:00+08:00').commitment?.due).toBe(
      '2026-04-09T18:00:00+08:00',
    ));
  it('提前 with no count is by that date', () =>
    expect(run('远帆的设备4月10号到厂,我提前过去做培训', '2026-03-20T11:15:00+08:00').commitment?.due).toBe('2026-04-10T18:00:00+08:00'));
});

describe('replacing faulty goods is our promise', () => {
  it('我N天内换好 is a promise', () =>
    expect(run('远帆 有5台尺寸不对,我两天内换好', '2026-03-20T11:15:00+08:00').commitment?.due).toBe('2026-03-22T18:00:00+08:00'));
  it('换好了 is done, no promise', () => expect(run('远帆 那5台我已经换好了').commitment).toBeNull());
});

describe('a quote for goods they want is asked of us', () => {
  it('想要X的报价 closing the clause', () => expect(run('远帆 采购科刘经理想要两种滤膜的报价').commitment).not.toBeNull());
  it('the quote they want weighed is no ask', () => expect(run('远帆 刘经理想要的报价比去年低').commitment).toBeNull());
});

describe('papers and trial units handed over, work in hand', () => {
  it.each(['远帆 COA和SDS都发给品管部了', '远帆的试用机今天送到了'])('%s is a done promise', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['远帆 COA下周发', '远帆 标书在做了'])('%s is not done', (text) => expect(run(text).intent).not.toBe('complete_commitment'));
});
