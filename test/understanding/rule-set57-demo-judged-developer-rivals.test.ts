import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 57's constructions, probed with sentences of our own: a presentation judged by a named person (the demo held),
 * a development named after a lead marker with its developer after it, a tender not held, rivals of door hardware and
 * enterprise Wi-Fi, a showing put off, and a known customer's first visit of the season.
 */
const run = ruleRunner([{ id: 'c1', name: '远帆国际物流有限公司', aliases: ['远帆'] }]);
const fresh = ruleRunner([]);

describe('a presentation then a named person judging it is the demo held', () => {
  it.each(['远帆的演示做了,刘总很满意', '远帆方案讲完了,信息部何主任比较认可', '远帆方案看完了,采购总监钱总说再比比'])(
    '%s -> demo, a report',
    (text) => {
      const out = run(text);
      expect(out.stage).toBe('demo');
      expect(out.intent).toBe('log_activity');
    },
  );
  it.each(['远帆方案讲完了', '远帆方案讲完了 协会秘书处挺认可', '远帆方案改完了,刘总说下周看'])('%s is no demo', (text) =>
    expect(run(text).stage).toBeNull(),
  );
});

describe('a development named after the marker: its developer is the lead', () => {
  it.each([
    ['【新线索】莆田海悦府项目,开发商是莆田海悦置业,采购部王经理,600套门锁', '莆田海悦置业'],
    ['新线索:汕头滨江花园,开发商汕头滨江地产,800套五金', '汕头滨江地产'],
  ])('%s -> %s', (text, name) => expect(fresh(text).customerName).toBe(name));
  it('a maker named after the marker stays the lead', () =>
    expect(fresh('新线索:汕头滨江五金厂,开发商汕头滨江地产的供应商').customerName).toBe('汕头滨江五金厂'));
});

describe('tags', () => {
  it.each([
    ['远帆的标丢了', 'tender'],
    ['远帆项目推迟了', 'churn_risk'],
    ['远帆的设备坏了要维修', 'after_sales'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['远帆说二期直接续单不招标了', 'tender'],
    ['远帆的演示推迟到下周了,下雨飞不了', 'churn_risk'],
    ['潮州鸿运汽车维修中心想进一批刹车片', 'after_sales'],
    ['中华三好学生评选', 'competitor'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it.each(['远帆说今年要招标', '远帆要不要招标还没定'])('%s still is tender', (text) => expect(detectTags(text)).toContain('tender'));
  it('a bare 不 before a worry keeps it (不涨价 is price talk)', () => expect(detectTags('学校要求我们不涨价')).toContain('price'));
});

describe('rivals', () => {
  it.each([
    ['老板定了用华三', '华三'],
    ['现在用的TP-Link扛不住', 'TP-Link'],
    ['嫌诺托的执手太贵', '诺托'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it('a rival named fires the tag', () => expect(run('远帆想换掉现在的TP-Link').tags).toContain('competitor'));
  it.each(['门锁和把手这次要走比选', '电机去年换了两次'])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('a first visit of the season is no first contact', () => {
  it('年后第一次去 is a known customer visited again', () => expect(run('远帆年后第一次去,张总说今年要做高端系列').stage).toBeNull());
  it('第一次去 is the first contact', () => expect(run('远帆第一次去,张总说今年要做高端系列').stage).toBe('contact'));
});
