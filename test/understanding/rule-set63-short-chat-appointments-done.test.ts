import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 63's constructions, probed with sentences of our own: a Hubei/Hunan team's short chat messages; rivals of
 * steel structures, water meters, lenses, auto parts and logistics; meetings set by the customer at an hour, events of
 * ours moved or said without 我, deeds done in two words (标书递了), metrics asked of a colleague, and 推 before a stage.
 */
const run = ruleRunner([{ id: 'c1', name: '岳阳恒达机电设备有限公司', aliases: ['恒达'] }]);

describe('rivals of the new trades', () => {
  it.each([
    ['恒达的厂房钢构 中建钢构也在报', '中建钢构'],
    ['水务局说三川的表在做试点', '三川'],
    ['他们在比法雷奥的方案', '法雷奥'],
    ['仓配这块京东物流在抢', '京东物流'],
    ['密封件现在用凌云的', '凌云'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    ['我们去三川镇拜访了客户', '三川'],
    ['他真是壮志凌云', '凌云'],
    ['样品用京东寄过去了', '京东'],
  ])('%s names no %s', (text, rival) => expect(findCompetitors(text)).not.toContain(rival));
  it('a deal marked lost to a rival is churn', () => expect(run('恒达改丢单吧,给中建钢构了').tags).toContain('churn_risk'));
});

describe('price words of these trades', () => {
  it.each(['年降谈到了2%', '东南网架报得比我们低'])('%s is price', (text) => expect(detectTags(text)).toContain('price'));
  it.each(['他们的能耗比我们低', '年底降温了'])('%s is no price', (text) => expect(detectTags(text)).not.toContain('price'));
});

describe('meetings and events of ours said without 我', () => {
  it.each([
    ['恒达刘总约周二下午3点去车间看', '2026-03-10T15:00:00+08:00'],
    ['恒达陈总约周五上午9点公司见', '2026-03-06T09:00:00+08:00'],
    ['恒达设计院李工 下周一上午碰方案', '2026-03-09T12:00:00+08:00'],
    ['恒达 下周二下午2点半产品交流', '2026-03-10T14:30:00+08:00'],
    ['恒达投标文件做好了 后天封标', '2026-03-06T18:00:00+08:00'],
    ['恒达报名交了,标书下周五前要递', '2026-03-13T18:00:00+08:00'],
    ['恒达演示推到下周一了', '2026-03-09T18:00:00+08:00'],
    ['恒达王经理要报价单,让周四前给', '2026-03-05T18:00:00+08:00'],
  ])('%s is our promise due %s', (text, due) => expect(run(text).commitment?.due).toBe(due));
  it.each([
    '恒达刘总约周二过来参观',
    '恒达刘总约周二下午3点来我们厂',
    '恒达他们把演示推到下周一了',
    '恒达他们的标书下周五前要递',
    '恒达说周四前给我们答复',
  ])('%s is no promise of ours', (text) => expect(run(text).commitment).toBeNull());
});

describe('deeds done in a few words', () => {
  it.each(['恒达投标文件递了', '恒达方案汇报完了', '恒达付款条款回复过去了', '恒达折扣放案做好了'])('%s is a promise kept', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['恒达投标文件下周递', '恒达方案下周汇报'])('%s is no deed done', (text) =>
    expect(run(text).intent).not.toBe('complete_commitment'),
  );
});

describe('metrics asked, stages asked and reported', () => {
  it.each(['刘明这个月回款咋样', '这周的拜访量排个名'])('%s asks for metrics', (text) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('metrics');
    expect(out.tags).toEqual([]);
  });
  it('可以推 before a stage asks for it', () => {
    const out = run('恒达可以推商务谈判了');
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe('negotiation');
  });
  it('在推 before a stage is work under way', () => expect(run('恒达还在推商务谈判').intent).not.toBe('stage_change'));
  it('a demo done and judged is the demo stage', () => expect(run('恒达演示做完 王总挺满意').stage).toBe('demo'));
  it('a demo done with no verdict moves no stage', () => expect(run('恒达演示做完 下周出报价').stage).toBeNull());
  it('pairs of lenses are no money', () => expect(run('恒达下单了 首批2万副').amount).toBeNull());
  it('the contact named after 对接人 reports a meeting', () => {
    const out = run('恒达第一次见面,对接人钱工');
    expect(out.intent).toBe('log_activity');
    expect(out.stage).toBe('contact');
  });
  it('who the contact is, asked, is a question', () => expect(run('恒达的对接人是谁').intent).toBe('query'));
});
