import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { stripPlaceOf } from '../../src/understanding/rules/places';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 62's constructions, probed with sentences of our own: rivals of hotpot supply, fertiliser and seeds, hospital
 * IT, motorcycle electronics and liquor distribution; the customer's own partner and whoever else it talks to; a signing
 * put off; the slash command /完成; Sichuan places before a lead's name.
 */
const run = ruleRunner([{ id: 'c1', name: '成都蜀香餐饮管理有限公司', aliases: ['蜀香'] }]);

describe('rivals of the trades', () => {
  it.each([
    ['他们的底料一直是颐海在供', '颐海'],
    ['果农说金正大的肥料效果一般', '金正大'],
    ['想换掉隆平的稻种', '隆平'],
    ['东华给医院报了个低价', '东华'],
    ['酒楼那边改从1919拿货了', '1919'],
    ['郎酒给他们的返利更高', '郎酒'],
    ['点火器他们之前用联电的', '联电'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    ['袁隆平的故事大家都知道', '隆平'],
    ['东华化工的订单下来了', '东华'],
    ['电容要并联电阻', '联电'],
    ['精联电子下周来看样', '联电'],
  ])('%s names no %s', (text, rival) => expect(findCompetitors(text)).not.toContain(rival));
});

describe('the customer’s partner and whoever else it talks to', () => {
  it('他们跟X合作 names their incumbent', () => expect(findCompetitors('客户目前跟华致酒行合作挺久了')).toContain('华致酒行'));
  it('我们跟X合作 is our partner', () => expect(findCompetitors('这次我们跟华致酒行合作做团购')).toEqual([]));
  it('跟X也在谈 names a rival', () => expect(findCompetitors('他们跟宏达也在谈')).toContain('宏达'));
  it('跟王总也在谈 names no one', () => expect(findCompetitors('我们跟王总也在谈')).toEqual([]));
});

describe('price, churn and rivals said without a name', () => {
  it.each([
    ['嫌我们的牛油底料贵', 'price'],
    ['老板还要再压一压', 'price'],
    ['说外地厂家报得比我们低', 'competitor'],
    ['他们暂时不需要租设备了', 'churn_risk'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['客户在贵阳开了新店', 'price'],
    ['货款总共28万,月底交货', 'payment'],
    ['要准备电子病历五级评审', 'approval'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
});

describe('a signing put off is not near', () => {
  it('说下周签 结果又推迟了 is no closing_soon', () => expect(detectTags('蜀香说下周签合同 结果又推迟了')).not.toContain('closing_soon'));
  it('说下周签 is closing_soon', () => expect(detectTags('蜀香说下周签合同')).toContain('closing_soon'));
});

describe('the slash command /完成', () => {
  it('/完成 with a deliverable is a done promise', () => expect(run('/完成 给蜀香王总的样酒送到了').intent).toBe('complete_commitment'));
  it('完成 inside a report is not the command', () => expect(run('蜀香的装修完成一半了，下周去看').intent).not.toBe('complete_commitment'));
});

describe('a Sichuan place before a lead’s name', () => {
  it.each([
    ['綦江的鸿达摩配厂', '鸿达摩配厂'],
    ['广汉连山镇的李家农场', '李家农场'],
    ['新都蔬菜产业园的绿源种植公司', '绿源种植公司'],
  ])('%s -> %s', (text, name) => expect(stripPlaceOf(text)).toBe(name));
  it('a place with a role after 的 stays', () => expect(stripPlaceOf('綦江的采购王经理')).toBe('綦江的采购王经理'));
});
