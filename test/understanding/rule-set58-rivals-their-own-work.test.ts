import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 58's constructions, probed with sentences of our own: rivals of paints, forklifts, warehouse robots and IT
 * hardware named in English after a full stop, the customer's own work (deliveries to its customers, its own price, a
 * customs sign-off) that is no signal of our deal, 比选 that chooses no one, and the unnamed incumbent.
 */
const run = ruleRunner([{ id: 'c1', name: '远帆涂装工程有限公司', aliases: ['远帆'] }]);

describe('rivals of the trades', () => {
  it.each([
    ['船东指定了佐敦', '佐敦'],
    ['他们一直用的国际牌', '国际牌'],
    ['方案要对标PPG', 'PPG'],
    ['Kansai也来报价了', 'Kansai'],
    ['仓库里都是Toyota的车', 'Toyota'],
    ['老板去看了极智嘉的展厅', '极智嘉'],
    ['Geek+的交付周期太长', 'Geek+'],
    ['优必选那边也在试点', '优必选'],
    ['方案评审通过了。Dell那边也在跑测试', 'Dell'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['设备功率2.3MW', '关西地区的仓库', '换了承包商,新来的采购嫌贵'])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
});

describe('the unnamed incumbent', () => {
  it('现有供应商 is a rival', () => expect(detectTags('厂长说现有供应商用着挺顺手')).toContain('competitor'));
  it.each(['没有现有供应商,第一次采购', '他们不会换别家'])('%s fires no competitor', (text) =>
    expect(detectTags(text)).not.toContain('competitor'),
  );
  it('不会换别家 is no churn', () => expect(detectTags('他们说不会换别家')).not.toContain('churn_risk'));
});

describe('the customer’s own work is no signal of our deal', () => {
  it.each([
    ['这周在忙给他们大客户发货', 'delivery'],
    ['财务在催下游回款', 'payment'],
    ['他们最近在忙自己产品降价的事', 'price'],
    ['他们给经销商的出厂价要上调', 'price'],
    ['在忙一批出口货的海关审批', 'approval'],
    ['翻出去年已经履行完的维保合同查编号', 'contract'],
  ])('%s fires no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it.each([
    ['他们催我们这单的交货', 'delivery'],
    ['财务说预付款下周打', 'payment'],
    ['他们嫌我们价格高', 'price'],
    ['合同在走审批', 'approval'],
  ])('%s still fires %s', (text, tag) => expect(detectTags(text)).toContain(tag));
});

describe('words of the set', () => {
  it.each([
    ['资金到位了,9月份发标', 'tender'],
    ['我答应周三前送到', 'delivery'],
    ['服务费压到80k以内', 'price'],
    ['先放放,过完年再说', 'churn_risk'],
    ['对方说再等等不急', 'churn_risk'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['软件开发标准要统一', 'tender'],
    ['样品月底前要送到他们仓库', 'delivery'],
    ['他们维修车间的刘工找我', 'after_sales'],
    ['价格他们没怎么压', 'price'],
    ['我们再等等他们的回款', 'churn_risk'],
  ])('%s fires no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('比选了 is a way of buying, no choice made', () => {
    const out = run('远帆今年的油漆采购改成比选了,三家在比');
    expect(out.stage).toBeNull();
    expect(out.tags).not.toContain('churn_risk');
    expect(out.tags).toContain('tender');
  });
  it('选了 a rival still is lost to it', () => expect(run('远帆最后选了佐敦').tags).toContain('churn_risk'));
});

describe('promises of the set', () => {
  it('a date written month.day before 前 is that day', () =>
    expect(run('远帆演示做完了,我3.20前把对比报告补上').commitment?.due).toBe('2026-03-20T18:00:00+08:00'));
  it('a figure with a dot is no date', () =>
    expect(run('远帆那批漆3.5万左右,我下周再去').commitment?.due).not.toBe('2026-03-05T18:00:00+08:00'));
  it('a quote asked for after what is to be quoted is our action', () =>
    expect(run('远帆问每吨底漆多少钱,让我报一下').commitment?.action).toBeTruthy());
  it('asked not to quote is none', () => expect(run('远帆说每吨多少钱先不用报').commitment).toBeNull());
});

describe('a deliverable of ours they got, or answered to them, is the promise kept', () => {
  it.each(['远帆的报价单刘经理已经收到了', '远帆的合同修改意见已经回给他们'])('%s is done', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['远帆他们的方案我们已经收到了', '远帆的订单刘经理已经收到了', '远帆的报价单刘经理已经收到了吗'])('%s is not', (text) =>
    expect(run(text).intent).not.toBe('complete_commitment'),
  );
});
