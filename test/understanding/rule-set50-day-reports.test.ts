import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';

/**
 * Blind set 50's constructions, probed with sentences of our own: what reps type at the end of the day, with the rivals
 * of warehouse racking, business travel, phone accessories and bakery ingredients.
 */
describe('rivals of the trades', () => {
  it.each([
    ['最后还是给了德马泰克', '德马泰克'],
    ['老板嫌音飞报价高', '音飞'],
    ['他们现在用携程商旅', '携程商旅'],
    ['在看美团企业版', '美团企业版'],
    ['安克的货走得好', '安克'],
    ['现在主要拿倍思和图拉斯', '倍思'],
    ['想把黄油从总统换成我们的', '总统'],
    ['嫌我们比安佳贵', '安佳'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['陈总统一安排下周的培训', '说携程美团房态同步很方便', '住的总统套房'])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
});

describe('signals said the day-report way', () => {
  it.each(['采购说服务费太高', '他们嫌管理费偏高'])('%s is price talk', (text) => expect(detectTags(text)).toContain('price'));
  it('维修费太高 is the cost of repairs, no price talk', () => expect(detectTags('旧设备维修费太高')).not.toContain('price'));
  it.each(['对价格没多问', '预算他们没怎么提'])('%s is no topic in play', (text) => expect(detectTags(text)).toEqual([]));
  it('价格多问了几句 still is', () => expect(detectTags('价格多问了几句')).toContain('price'));
  it('等他们走合同流程 is approval', () => expect(detectTags('等他们走合同流程')).toContain('approval'));
  it('合同发过去了 is no approval', () => expect(detectTags('合同发过去了')).not.toContain('approval'));
  it('旭日的标投了 is tender', () => expect(detectTags('旭日的标投了')).toContain('tender'));
  it('目标投入不大 is no tender', () => expect(detectTags('目标投入不大')).not.toContain('tender'));
});
