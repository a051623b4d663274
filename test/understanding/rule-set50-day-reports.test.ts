import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';

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
