import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 67's constructions, probed with sentences of our own: rivals of northwest drip irrigation and cotton picking
 * named as the trades name them, a village's decision maker and councils, a head's or a bureau's sign-off, a price cut
 * by the mao, goods sent off or leaving the plant, a machine installed, a deal put off to a month, a lead's name after a
 * pipe, and the near misses that must not fire.
 */
const run = ruleRunner([{ id: 'c1', name: '昌吉市丰源农业专业合作社', aliases: ['丰源合作社', '丰源'] }]);

describe('rivals of drip irrigation and cotton picking', () => {
  it.each([
    ['说天业的便宜两毛一米', '天业'],
    ['大禹、天业都投了', '大禹'],
    ['开标了,我们第二,大禹中了', '大禹'],
    ['打算租钵施然的', '钵施然'],
    ['团里去年用的铁建重工的采棉机', '铁建重工'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    '今天业主方说有几棵桂花死了',
    '昨天业务员去了一趟',
    '每天业绩都要报',
    '讲了大禹治水的故事',
    '丝路优选的合同签了',
    '精选的样品寄过去了',
  ])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('decision makers and sign-offs', () => {
  it.each(['村支书说等镇上批完就可以签', '支书带我们看了地'])('%s puts the decision maker in play', (text) =>
    expect(detectTags(text)).toContain('decision_maker'),
  );
  it.each([
    '村委会昨晚开会通过了',
    '村两委开会研究了',
    '设备科说要等院长批',
    '还得老板审批',
    'DR卫健局批了',
    '等镇上批完就签',
    '县里批下来就开工',
  ])('%s is an approval', (text) => expect(detectTags(text)).toContain('approval'));
  it.each([
    '技术方案评审过了,下一步谈商务',
    '技术评审都过了',
    '财政局批了预算',
    '经费要等教育局批下来',
    '等院长批评完再说',
    '老板批发了一车货',
  ])('%s is no approval', (text) => expect(detectTags(text)).not.toContain('approval'));
});

describe('price, delivery, after-sales and churn said in new ways', () => {
  it.each(['天业又降了一毛', '问我们还能不能让', '能不能再让点'])('%s is price talk', (text) =>
    expect(detectTags(text)).toContain('price'),
  );
  it.each(['让我们先把样品寄过去', '能不能让我们先试用'])('%s is no price talk', (text) => expect(detectTags(text)).not.toContain('price'));

  it.each(['滴灌首批货今天发了', '货已经发出去了', '生产部说4月15号能出厂', 'CT装机完成了'])('%s is delivery talk', (text) =>
    expect(detectTags(text)).toContain('delivery'),
  );
  it.each(['货款今天发了', '那批货现在可以发了', '出厂价能不能再低', '出厂检验报告发过来了', '样货发了'])(
    '%s is no delivery talk',
    (text) => expect(detectTags(text)).not.toContain('delivery'),
  );

  it.each(['服务保障方案已经给孙总了'])('%s is after-sales talk', (text) => expect(detectTags(text)).toContain('after_sales'));

  it.each(['合同等8月再说', '等到九月份再定'])('%s puts the deal off', (text) => expect(detectTags(text)).toContain('churn_risk'));
  it.each(['8月交货', '等8月到货了付尾款'])('%s is no churn', (text) => expect(detectTags(text)).not.toContain('churn_risk'));
});

describe('a lead named after a pipe', () => {
  it.each([
    ['新线索|礼县苹果产业协会,赵秘书长对接', '礼县苹果产业协会'],
    ['新线索｜静宁县果业合作社,想做冷库', '静宁县果业合作社'],
    ['新线索 礼县苹果产业协会,赵秘书长对接', '礼县苹果产业协会'],
  ])('%s names %s', (text, name) => expect(run(text).customerName).toBe(name));
  it('a pipe after a known customer names no lead', () => expect(run('丰源合作社|滴灌带样品送到了').customerName).toBeNull());
});
