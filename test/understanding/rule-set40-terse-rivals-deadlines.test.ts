import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 40's constructions, probed with sentences of our own: rivals of pumps, cabinets, cold storage, pharmacy
 * software and school PCs; terse signal words (掉单, 低的价, 估价, 上次的价, 校董会, 进场施工); a rival's quote compared
 * (X报的…比我们低15%) and a fee quoted (搭建费…已报); work at their site to be finished by their deadline (要求…前搭完,
 * 前必须切换完); a drawing asked for (要3D效果图) then its day; a time and 见; 提前 borrowing no date; a clause ending in
 * 中了 and a framework agreement signed are the deal won.
 */
const run = ruleRunner([
  { id: 'c1', name: '常州恒远机械有限公司', aliases: ['恒远'] },
  { id: 'c2', name: '无锡华信置业有限公司', aliases: ['华信'] },
]);

describe('rivals of the trades', () => {
  it.each([
    ['水厂那几台格兰富的泵用了十年了', '格兰富'],
    ['他们说威乐的泵漏水', '威乐'],
    ['这次比选有志邦和金牌厨柜', '志邦'],
    ['冰山报的冷库便宜一截', '冰山'],
    ['药房现在用的是英克的系统', '英克'],
    ['机房那批是清华同方的电脑', '清华同方'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['这只是冰山一角', '冰山'],
    ['两个车间要连成一片', '连成'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

describe('terse signal words', () => {
  it.each([
    ['估计要掉单', 'churn_risk'],
    ['对方给了个很低的价', 'price'],
    ['先给个初步方案和估价', 'price'],
    ['还是按上次的价', 'price'],
    ['校董会月底开会定', 'approval'],
    ['下周进场施工', 'delivery'],
    ['冰山给他们报的冷库比我们低15%', 'price'],
    ['搭建费18.6万(含灯光地毯)已报', 'price'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));

  it.each([
    ['标记丢单', 'churn_risk'],
    ['冰山的冷库能耗比我们低15%', 'price'],
    ['搭建费还没算', 'price'],
    ['上周刚完工', 'delivery'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
});

describe('deadlines of theirs for our work, and meetings', () => {
  it.each([
    ['恒远要求10月13号前搭完展台', '2026-10-13T18:00:00+08:00'],
    ['华信王经理说系统很急，6月1号前必须切换完', '2026-06-01T18:00:00+08:00'],
    ['恒远 展会 要3D效果图 周五前给', '2026-03-06T18:00:00+08:00'],
    ['恒远 拍板的是他们董事长 下周一见', '2026-03-09T18:00:00+08:00'],
    ['恒远下周出招标公告,我们得提前把资质文件备好,3个工作日内整理完', '2026-03-09T18:00:00+08:00'],
  ])('%s is our promise due %s', (text, due) => expect(run(text).commitment?.due).toBe(due));

  it.each(['恒远开学前要上线', '晚安 明天见', '华信说他们8月底前必须用上'])('%s is no promise of ours', (text) =>
    expect(run(text).commitment).toBeNull(),
  );
});

describe('a bid won and an agreement signed', () => {
  it.each(['恒远中了！中标价196.8万', '华信的框架协议董事长签字了'])('%s is won', (text) => expect(run(text).stage).toBe('won'));
  it.each(['恒远那边他们选中了另一个方案', '华信的标，志邦中了'])('%s is not won', (text) => expect(run(text).stage).not.toBe('won'));
});
