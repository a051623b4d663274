import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { isNegated } from '../../src/understanding/rules/negation';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 42's constructions, probed with sentences of our own: rivals of industrial sewing machines, welding,
 * curtain walls, crop protection and canteen contracting, with longer words that are something else; 特别 (whose 别
 * is no "don't"), work no longer outsourced, the rest of an order put off, and a concessive 贵是贵; promises kept
 * (说好给X的…寄出去了, 发他邮箱了, copies of papers handed over) and a question about the bot's input (能发语音吗).
 */
const run = ruleRunner([
  { id: 'c1', name: '常州恒远机械有限公司', aliases: ['恒远'] },
  { id: 'c2', name: '无锡华信置业有限公司', aliases: ['华信'] },
]);
describe('rivals of the trades', () => {
  it.each([
    ['工厂之前买的都是杰克的平车', '杰克'],
    ['他们在比兄弟和我们的价格', '兄弟'],
    ['重机的花样机交货快', '重机'],
    ['车间那几台松下的焊机该换了', '松下'],
    ['奥太和佳士都报了价', '佳士'],
    ['系统门窗业主想用旭格', '旭格'],
    ['隔壁县那家店主推诺普信', '诺普信'],
    ['食堂之前是索迪斯在做', '索迪斯'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['兄弟们这周辛苦一下', '兄弟'],
    ['他们是兄弟单位，一起采购', '兄弟'],
    ['工地要两台起重机', '重机'],
    ['项目定了心里放松下来了', '松下'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

describe('别 as "don\'t", not as in 特别', () => {
  it('特别关心质保 is a concern raised', () => expect(detectTags('设备科长特别关心质保')).toContain('after_sales'));
  it('特别担心售后 is a concern raised', () => expect(detectTags('主任特别担心售后响应')).toContain('after_sales'));
  it('别提价格 still negates', () => {
    const text = '客户说先别提价格';
    const start = text.indexOf('价格');
    expect(isNegated(text, start, start + 2, true)).toBe(true);
  });
  it('先别谈售后 has no after-sales signal', () => expect(detectTags('他说先别谈售后')).not.toContain('after_sales'));
});

describe('signal words of the trades', () => {
  it.each([
    ['学校说食堂不外包了', 'churn_risk'],
    ['后勤说今年先不外包', 'churn_risk'],
    ['进口的贵是贵，但质量好', 'price'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));

  it.each([
    ['今年先买20台，剩下的等明年预算下来再说', 'churn_risk'],
    ['先做一期，其余的明年再说', 'churn_risk'],
    ['我们的保洁外包了三年', 'churn_risk'],
  ])('%s is not %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));

  it('the whole order put off is still churn', () => expect(detectTags('院长说床等明年预算批了再说')).toContain('churn_risk'));
});

describe('promises kept', () => {
  it.each(['说好给恒远的样品已经寄出去了', '答应王工的报价单做好发他邮箱了', '华信要的营业执照复印件已经交给采购了'])(
    '%s closes a promise',
    (text) => expect(run(text).intent).toBe('complete_commitment'),
  );

  it.each(['恒远王工说好了下周来看样', '华信说复印件他们采购部已经交给财务了'])('%s closes no promise of ours', (text) =>
    expect(run(text).intent).not.toBe('complete_commitment'),
  );
});

describe("the bot's input modes", () => {
  it.each(['能发语音吗', '只能打字吗'])('%s asks for help', (text) => expect(run(text).intent).toBe('help'));
  it('a customer sending voice is no question to the bot', () => expect(run('恒远王工刚发了一段语音说报价收到了').intent).not.toBe('help'));
});

describe('people counted are no amount', () => {
  it.each(['学校三千多学生，食堂想外包', '厂里两千多名员工'])('%s has no amount', (text) => expect(findAmount(text)).toBeNull());
  it('a sum still is one', () => expect(findAmount('食堂一年预算三千万')).toBe(30000000));
});

describe('repair work orders as a feature of the software sold', () => {
  it('维修工单 to be managed is no after-sales worry', () =>
    expect(detectTags('新线索，三个门店，想管库存和维修工单')).not.toContain('after_sales'));
  it('a repair left undone still is one', () => expect(detectTags('设备坏了一直没人来维修')).toContain('after_sales'));
});
