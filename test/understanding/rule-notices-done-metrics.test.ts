import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { findAmount } from '../../src/understanding/rules/amount';
import { leadName } from '../../src/understanding/rules/new-customer';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 27's constructions, probed with sentences of our own: a notice to the whole team, deeds done in plain words
 * (shipped, fixed at their place, asked around, sent off), colleagues ranked, an ask inside the customer's words, and
 * figures that are no deal's worth. `now` is Wednesday 2026-03-04.
 */

const run = ruleRunner([
  { id: 'c1', name: '绿源冷链物流有限公司', aliases: ['绿源'] },
  { id: 'c2', name: '恒远精密机械有限公司', aliases: ['恒远'] },
]);

describe('a notice to the whole team is not a report', () => {
  it.each(['@所有人 明早8点半开晨会,各自把拜访计划带上', '@all 周一下午部门周会,记得带电脑'])('%s -> other', (text) =>
    expect(run(text)).toMatchObject({ intent: 'other', commitment: null }),
  );
  it('a customer named in it keeps it a report', () =>
    expect(run('@所有人 绿源的冷库项目周五开评审会,我带工程师过去').intent).toBe('log_activity'));
  it('their meeting told of is a report', () => expect(run('恒远的周会我旁听了,他们准备明年换设备').intent).toBe('log_activity'));
});

describe('done deeds in plain words', () => {
  it.each([
    '恒远要的两箱试用刀片今天已经发货了',
    '绿源冷库门封条漏冷,下午已经上门处理好了',
    '绿源的物业问过了,可以在楼顶装',
    '返利细则已经发过去了',
  ])('%s -> complete_commitment', (text) => expect(run(text).intent).toBe('complete_commitment'));
  it.each([
    ['their side having shipped', '绿源说他们那边已经发货了'],
    ['a contact who asked', '王总问过了,什么时候能到货'],
    ['asked whether it was asked', '绿源的物业问过了吗'],
    ['sent to us', '恒远说返利细则已经发过来了'],
  ])('%s is no done promise', (_, text) => expect(run(text).intent).not.toBe('complete_commitment'));
});

describe('colleagues ranked or counted are metrics', () => {
  const query = (text: string) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    return out.query!;
  };
  it('whose figures are at the bottom', () => expect(query('本月谁的业绩垫底').subject).toBe('metrics'));
  it('follow-ups counted with the one fewest', () =>
    expect(query('这周大家跟进了多少次,谁最少')).toMatchObject({ subject: 'metrics', period: 'this_week' }));
  it('a customer’s follow-ups counted are its timeline', () => expect(query('绿源这个月跟了几次').subject).toBe('timeline'));
  it('everyone is no owner', () => expect(query('看下每个人的完成率').owner).toBeNull());
  it('whose customer it is stays the owner', () => expect(query('恒远是谁的客户').subject).toBe('owner'));
});

describe('promises', () => {
  it('asked to go over a paper again next week', () =>
    expect(run('恒远采购说预算批了 让我下周把报价重新过一遍').commitment?.due).toBe('2026-03-09T18:00:00+08:00'));
  it('asked for a projection, no date', () =>
    expect(run('绿源厂长对储能挺感兴趣,让我先出个投资测算').commitment).toMatchObject({ due: null }));
  it('in their words, sent to the speaker by a date: ours', () =>
    expect(run('恒远王总说要加两台冷柜,下周三前给他发个报价单').commitment?.due).toBe('2026-03-11T18:00:00+08:00'));
  it('in their words, sent to us: theirs', () => expect(run('恒远王总说下周三前给我发个清单').commitment).toBeNull());
  it('picking up their boss who comes to see our site: at that day', () =>
    expect(run('绿源老板周五过来看我们苏州的样板库 我开车去接').commitment?.due).toBe('2026-03-06T18:00:00+08:00'));
});

describe('signals', () => {
  it.each([
    ['恒远的保洁合同要报董事长批', 'approval'],
    ['绿源说冷库售后一直没人管,要换供应商', 'churn_risk'],
    ['老板听了别家的条件,有点动摇', 'churn_risk'],
    ['帐期想要60天', 'payment'],
    ['绿源签了年框,一年大概两百万', 'contract'],
  ] as const)('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it('a change of supplier with no neglect of ours is no churn', () =>
    expect(detectTags('他们想换供应商,现在那家货期老拖')).not.toContain('churn_risk'));
  it('energy management contracting is a model, not a contract', () =>
    expect(detectTags('老板想做合同能源管理模式')).not.toContain('contract'));
  it('our own report to our boss is no approval of theirs', () => expect(detectTags('我下午把报价报给老板看看')).not.toContain('approval'));
});

describe('rivals and figures', () => {
  it('module makers compared', () => expect(findCompetitors('他们在比较晶科和晶澳的组件')).toEqual(['晶科', '晶澳']));
  it('a pet-food maker', () => expect(findCompetitors('之前一直拿的皇家,这次想试试国产的')).toEqual(['皇家']));
  it('a hotel named 皇家 is no rival', () => expect(findCompetitors('住在皇家酒店,明早去店里')).toEqual([]));
  it('what they pay for power is not the deal', () => expect(findAmount('一年电费六百多万,想装光伏')).toBeNull());
  it('the project’s total is', () => expect(findAmount('光伏项目总价六百多万')).toBe(6000000));
  it('a threshold that sets off a tender is not the deal', () => expect(findAmount('采购额超过五十万就要走招标')).toBeNull());
  it('a cap on the budget is', () => expect(findAmount('预算不超过五十万')).toBe(500000));
  it('things counted are not money', () => expect(findAmount('量大概三十万个')).toBeNull());
  it('个 between a figure and its unit is read over', () => expect(findAmount('一年大概3个亿的量')).toBe(300000000));
});

describe('a lead referred as a new deal', () =>
  it('the name after 介绍了个新单:', () => expect(leadName('朋友介绍了个新单:宁波明州眼科医院,要做净化')).toBe('宁波明州眼科医院')));
