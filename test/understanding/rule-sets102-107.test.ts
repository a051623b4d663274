import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';

/**
 * General forms found on sets 102–107, probed with sentences of our own: a price per piece with the goods counted
 * beside it, and the figures that are no price of ours.
 */

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
