import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 60's constructions, probed with sentences of our own: a northern team selling to state-owned plants, bureaus,
 * hospitals, schools and mines: a tender's steps (资格预审, 中标公示, 第一候选人), a budget approved by the finance bureau
 * (预算批复, 财政评审), payment milestones named after the goods arriving, and the public-sector software rivals.
 */
const run = ruleRunner([
  { id: 'c1', name: '承德市第二人民医院', aliases: ['承德二院'] },
  { id: 'c2', name: '济宁矿业集团有限公司', aliases: ['济宁矿业'] },
]);

describe('a rival named as the award winner or first candidate is our loss', () => {
  it.each([
    '承德二院开标了，我们排第三，中标的是东软',
    '济宁矿业评标结果出来了，第一候选人是梅安森',
    '承德二院 公示了 中标候选人第一是卫宁',
    '济宁矿业去年就定了天地科技，我们白跑了',
  ])('%s -> lost, churn, competitor', (text) => {
    const out = run(text);
    expect(out.stage).toBe('lost');
    expect(out.tags).toEqual(expect.arrayContaining(['churn_risk', 'competitor']));
  });
  it.each(['听说承德二院定了东软，还没正式公布', '承德二院这单基本没戏了，据说定了创业慧康'])('%s is hearsay: no stage', (text) =>
    expect(run(text).stage).toBeNull(),
  );
  it('a rival still ahead of us is no loss yet', () => expect(run('济宁矿业还在评标，梅安森也投了').stage).toBeNull());
});

describe('the tender steps and how they end', () => {
  it.each(['济宁矿业的资格预审下周截止', '承德二院资审材料交了'])('%s -> tender', (text) => expect(detectTags(text)).toContain('tender'));
  it('资格预审没过 is lost', () => expect(run('承德二院资格预审没过，类似业绩差一个').stage).toBe('lost'));
  it('资格预审过了 is still open', () => expect(run('承德二院资格预审过了，下周开标').stage).toBeNull());
  it.each(['济宁矿业中标公示结束了，等通知书', '承德二院我们中标的公示期已经结束了'])('%s -> won', (text) =>
    expect(run(text).stage).toBe('won'),
  );
  it('the publicity still running is not won yet', () => expect(run('承德二院中标公示还有两天').stage).toBeNull());
  it('a stamped acceptance report is no signing', () => expect(run('承德二院验收报告盖好章了，下周开票').stage).toBeNull());
  it('a stamped contract still is', () => expect(run('承德二院合同盖好章了').stage).toBe('won'));
});

describe('a vendor track record a tender asks for is no sales metric', () => {
  it('业绩不够 in a report is a report', () => expect(run('承德二院要求三个类似业绩，我们业绩不够').intent).toBe('log_activity'));
  it('our own metric asked is a query', () => expect(run('这个月我的业绩怎么样').intent).toBe('query'));
});

describe('a budget approved by the finance side is no sign-off on the purchase', () => {
  it.each(['济宁矿业预算批复下来了，320万', '承德二院财政评审完了，预算定了'])('%s -> budget, no approval', (text) => {
    const tags = detectTags(text);
    expect(tags).toContain('budget');
    expect(tags).not.toContain('approval');
  });
  it.each(['承德二院的采购要上院务会', '济宁矿业上面同意继续做了', '方案要等领导签字'])('%s -> approval', (text) =>
    expect(detectTags(text)).toContain('approval'),
  );
});

describe('payment milestones', () => {
  it('到货付60% is payment, no delivery', () => {
    const tags = detectTags('合同定了到货付60%，验收后付30%');
    expect(tags).toContain('payment');
    expect(tags).not.toContain('delivery');
  });
  it('goods arriving late is the delivery', () => expect(detectTags('设备下周到货')).toContain('delivery'));
  it('按进度该付40% is payment', () => expect(detectTags('一期完工按进度该付40%')).toContain('payment'));
  it('该付出的努力 is none', () => expect(detectTags('该付出的努力都付出了')).not.toContain('payment'));
});

describe('northern public-sector rivals and partners', () => {
  it.each([
    ['现在用的是和利时的DCS', '和利时'],
    ['威海那边卫宁和创业慧康都来了', '卫宁'],
    ['瓦斯监控他们用的精英数智', '精英数智'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['这次跟迈瑞合作投标', '我们和东软联合投标'])('%s is a partner, no rival', (text) => expect(findCompetitors(text)).toEqual([]));
  it('a rival met beside us is still one', () => expect(findCompetitors('开标时跟东软碰上了')).toContain('东软'));
});

describe('a drag now over and the rep looking again are no churn', () => {
  it('拖了三个月的项目终于批了', () => expect(detectTags('拖了三个月的项目终于批了')).not.toContain('churn_risk'));
  it('这单又拖了 is churn', () => expect(detectTags('这单又拖了两个月')).toContain('churn_risk'));
  it('让我再看看方案 is our work', () => expect(detectTags('他让我再看看方案能不能拆开')).not.toContain('churn_risk'));
  it('客户说再看看 is churn', () => expect(detectTags('客户说再看看')).toContain('churn_risk'));
});

describe('reports and commands of this set', () => {
  it.each(['承德二院需求基本清楚了', '济宁矿业已完成需求调研'])('%s -> requirement', (text) => expect(run(text).stage).toBe('requirement'));
  it('needs still being surveyed are not', () => expect(run('济宁矿业下周做需求调研').stage).toBeNull());
  it('a to-do closed is a promise done', () => expect(run('承德二院的报价早发了，帮我把那条待办关掉').intent).toBe('complete_commitment'));
  it('reminders switched off are no promise done', () => expect(run('把待办提醒关掉').intent).not.toBe('complete_commitment'));
  it('a status asked to be checked is a query', () => expect(run('济宁矿业评标结果出来了没？帮我查一下状态').intent).toBe('query'));
});

describe('a lead put in the pool and a longer correction taken back', () => {
  it('放线索池里 registers a lead', () => {
    const out = run('沧州市运河区人民医院要上HIS，还在论证，先放线索池里');
    expect(out.intent).toBe('create_lead');
    expect(out.stage).toBe('lead');
    expect(out.customerName).toBe('沧州市运河区人民医院');
  });
  it('asking what is in the pool is a query', () => expect(run('线索池里现在有哪些').intent).toBe('query'));
  it('a correction ending in 撤了 is an undo', () =>
    expect(run('承德二院那条说错了 不是下周开标 是下个月 刚才那条帮我撤了').intent).toBe('undo'));
  it('a mistake told without taking anything back is a report', () =>
    expect(run('上次跟承德二院说错了参数，今天重新发了一版').intent).not.toBe('undo'));
});

describe("an earlier round's winner is the incumbent, no loss of this deal", () => {
  it.each(['济宁矿业这次要招标,标书下周出来,去年中标的是天地科技', '承德二院上一轮中标单位是东软,这次我们重新投'])(
    '%s -> no stage',
    (text) => expect(run(text).stage).toBeNull(),
  );
  it("this round's winner is still our loss", () => expect(run('承德二院开标了,中标的是东软').stage).toBe('lost'));
});
