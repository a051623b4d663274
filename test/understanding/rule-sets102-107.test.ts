import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/**
 * General forms found on sets 102–107, probed with sentences of our own: a price per piece with the goods counted
 * beside it, and the figures that are no price of ours; 往前挪一步 and 有个新单位; deeds done said plainly.
 */

const run = ruleRunner([
  { id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'c2', name: '绍兴天元纺织印染有限公司', aliases: ['天元'] },
]);

describe('a price per piece with the goods counted elsewhere is the sum of the order', () => {
  it.each([
    ['要30台 单价报的4.5万', 1_350_000],
    ['客户要两台切割机 单价报了42万一台', 840_000],
    ['订了5000个礼盒 单价3块6', 18_000],
    ['定下来了 1.2万一套 共15套 下周签', 180_000],
    ['8所学校 每所6万 先做试点', 480_000],
    ['600户的小区 单价控制在1.1万一户以内的方案他们要', null],
  ])('%s -> %s', (text, amount) => expect(findAmount(text)).toBe(amount));

  it.each([
    ['two counts leave open which is priced', '回流泵6台 搅拌器12台 单价都按3.5万报'],
    ['a price they want is no price of ours', '要800盒 单价想压到30块'],
    ['what they use over a year is no order', '他们一年用量大概400吨 报价1.2万一吨'],
    ['an hour talked is no count of goods', '聊了一个多小时 报价1.6万一台'],
  ])('no sum: %s (%s)', (_why, text) => expect(findAmount(text)).toBeNull());

  it('a day of the week before a customer is no figure (周四万盛催合同)', () => {
    expect(findAmount('本周计划:周三回访 周四万盛催合同')).toBeNull();
  });

  it('a daily sample volume is no money', () => {
    expect(findAmount('他们现在一天样本量三千多 要求两台互为备份')).toBeNull();
  });
});

describe('moves, leads and deeds said plainly', () => {
  it.each(['华信往前挪一步', '天元可以往前挪一步了', '华信需求都确认完了 往前挪一步吧'])('a move to the next stage: %s', (text) =>
    expect(run(text)).toMatchObject({ intent: 'stage_change', customerId: expect.any(String) }),
  );

  it.each([
    ['有个新单位 嘉善的 魏塘中学 想换直饮水', '魏塘中学'],
    ['湖州那边有个新单位 长兴县人民医院 要做净化', '长兴县人民医院'],
  ])('有个新单位 marks a lead: %s -> %s', (text, name) =>
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name, stage: 'lead' }),
  );

  it('a lead whose name is not known yet has none, not the words that say so', () => {
    expect(run('有个新单位 朋友说城西一个在建的医院 还不知道叫啥')).toMatchObject({ intent: 'create_lead', customerName: null });
  });

  it.each([
    '华信技术标初稿好了',
    '天元 样品寄出去啦',
    '华信补充条款发孙科长了',
    '天元 报价给陈小姐了',
    '报价那个事办完了 华信的',
    '华信的业绩材料整理好了 已经给王总送过去',
  ])('a deed done: %s', (text) => expect(run(text).intent).toBe('complete_commitment'));

  it.each([
    ['a call nobody took', '天元 找不到人 打了两次电话都没接 是不是不想做了'],
    ['talked over with them', '跟天元郑经理商量好了 报价降3个点 明天上午发给他'],
  ])('no deed done: %s (%s)', (_why, text) => expect(run(text).intent).toBe('log_activity'));
});
