import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 45's constructions, probed with sentences of our own: long field reports with a price bargained to a
 * figure, figures that are not money (锭, 包 as "including"), rivals of yarn, flavours, access control, servers and
 * hospital beds, a figure in kVA no rival, the bid presented (讲标), the contract's sign-off route (走合同审批), a titled
 * 总监 speaking, a fault 出了, a customer's ask naming its papers at length, and how to make the bot remind.
 */
const run = ruleRunner([{ id: 'c1', name: '锦华纺织有限公司', aliases: ['锦华'] }]);

describe('a price bargained to a figure', () => {
  it.each(['王总砍到47万，付款想月结', '今天谈下来191万包运费', '最后谈到49.8万', '比一开始168万让了13万'])('%s is price talk', (text) =>
    expect(detectTags(text)).toContain('price'),
  );
  it.each(['预算压到35万，让我重新出配置', '金额从380万砍到210万', '集团预算先按900万批，后来又压到820万', '交期压到下周'])(
    '%s is no price talk',
    (text) => expect(detectTags(text)).not.toContain('price'),
  );
});

describe('figures that are not money', () => {
  it('2万锭 is a mill size', () => expect(findAmount('今年新上2万锭产线')).toBeNull());
  it('191万包运费 is the price including freight', () => expect(findAmount('压到185万，今天谈下来191万包运费')).toBe(1910000));
  it('3000包 counts bags', () => expect(findAmount('每月要3000包')).toBeNull());
  it('换成60kVA的 names no rival', () => expect(findCompetitors('想把UPS换成60kVA的')).toEqual([]));
});

describe('rivals of the trades', () => {
  it.each([
    ['他说这个价魏桥也能做', '魏桥'],
    ['现在用的爱普的香精', '爱普'],
    ['他们用惯的ZKTeco考勤机', 'ZKTeco'],
    ['超聚变报得更低', '超聚变'],
    ['考察了我们和康辉两家', '康辉'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([
    ['我们跟康辉旅行社订了团', '康辉'],
    ['这单总算看到曙光了', '曙光'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

describe('signal words of set 45', () => {
  it.each([
    ['我们下周三去讲标', 'tender'],
    ['上批涤纶低弹丝染色不匀,退了3吨', 'after_sales'],
    ['客户退了两箱回来', 'after_sales'],
    ['他们倾向换过去', 'churn_risk'],
    ['客户要求下周一前第一台塔吊进场', 'delivery'],
    ['下周一走合同', 'closing_soon'],
    ['4月中能下单', 'closing_soon'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['李总倾向我们', 'churn_risk'],
    ['马经理下周一走合同审批', 'closing_soon'],
    ['估计4月中才能下单', 'closing_soon'],
    ['CTO李总和运维郑经理都见了', 'after_sales'],
    ['IT孙工说备件可以先买几块硬盘', 'after_sales'],
    ['我今天下午4点前赶到厂里', 'delivery'],
    ['我这周五前把施工进场计划发给物业', 'delivery'],
  ])('%s is not %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('运维反映有一台报错 is still after-sales talk', () => expect(detectTags('运维反映有一台报错')).toContain('after_sales'));
  it('首批货要4月10号前到厂 is still delivery', () => expect(detectTags('首批50吨要4月10号前到厂')).toContain('delivery'));
});

describe('deeds and asks in long reports', () => {
  it('财务总监说已经报给董事长 is their step, not a done promise', () =>
    expect(run('锦华财务总监说已经报给董事长，走完审批估计两周').intent).toBe('log_activity'));
  it('报价已经发给陈总了 is still a done promise', () => expect(run('锦华的报价已经发给陈总了').intent).toBe('complete_commitment'));
  it('出了液压故障 is a fault, no deliverable made', () =>
    expect(run('锦华的设备上周出了液压故障，我答应今晚把应急维修流程发给他').intent).toBe('log_activity'));
  it('a customer ask naming its papers at length is our promise', () =>
    expect(run('锦华周总要求3个工作日内把设备资质和司机证件发过去').commitment?.action).toContain('发过去'));
  it('怎么让机器人提醒我跟进客户 asks for help', () => expect(run('怎么让机器人提醒我跟进客户？').intent).toBe('help'));
  it('怎么让客户尽快回款 is no question about the bot', () => expect(run('怎么让锦华尽快回款').intent).not.toBe('help'));
});
