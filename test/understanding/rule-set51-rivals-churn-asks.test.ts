import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 51's constructions, probed with sentences of our own: rivals of generator sets, copiers, steel mills, clear
 * aligners, irrigation and event organisers; churn said as a slim chance, a guessed loss or a wait for next year; the
 * customer's own orders taken; our goods' defects; a price talked down; payment on arrival; slash commands and questions
 * about one's own records; a renewal signed; a rival introduced by 一家…叫X.
 */
const run = ruleRunner([
  { id: 'c1', name: '天衡医药有限公司', aliases: ['天衡医药'] },
  { id: 'c2', name: '宁波北仑冲压件有限公司', aliases: ['北仑冲压'] },
  { id: 'c3', name: '锦程律师事务所', aliases: ['锦程律所'] },
]);

describe('rivals of the trades', () => {
  it.each([
    ['他们只认潍柴的发动机', '潍柴'],
    ['说再这样就换京瓷', '京瓷'],
    ['理光那边给的单张价格是8分', '理光'],
    ['老板说还是用宝钢的', '宝钢'],
    ['拿我们和时代天使在比', '时代天使'],
    ['耐特菲姆直接出局了', '耐特菲姆'],
    ['我们跟新疆天业竞争', '新疆天业'],
    ['励展那边报价又降了5万', '励展'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['今天业主方说有几棵桂花死了', '这是最佳能效的方案'])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('the deal in doubt', () => {
  it.each(['他说柴发基本要选别的了，我们机会不大', '第一名是科勒的代理商，估计要丢', '今年的招标已经过了，只能等明年了'])(
    '%s is churn',
    (text) => expect(detectTags(text)).toContain('churn_risk'),
  );
  it.each(['这单机会很大', '估计要丢东西', '等明年的预算批下来再上二期'])('%s is no churn', (text) =>
    expect(detectTags(text)).not.toContain('churn_risk'),
  );
});

describe("the customer's own orders taken", () => {
  it('他们的订单被越南那边抢了 is no loss of ours', () => {
    const e = run('北仑冲压这个月只要了120吨，问了下是他们的订单被越南那边抢了');
    expect(e.stage).toBeNull();
    expect(e.tags).not.toContain('churn_risk');
  });
  it('the deal taken by a rival still is', () => expect(run('北仑冲压的单子被宝钢抢了').stage).toBe('lost'));
});

describe('signals of the set', () => {
  it.each(['北仑冲压反馈我们冷轧板的冲压开裂率偏高', '两卷表面划伤,客户要求退换'])('%s is after-sales', (text) =>
    expect(detectTags(text)).toContain('after_sales'),
  );
  it('a defect prevented is none', () => expect(detectTags('我们的涂层能防止开裂')).not.toContain('after_sales'));
  it('矿长 names the decision maker', () => expect(detectTags('矿上的李矿长说价格好商量')).toContain('decision_maker'));
  // Sets 20, 28, 69 and 75 label 理事长 without the tag, but most sets since label it with (17 to 10, sets 80–83's tags entry).
  it('a 理事长 is one, as most sets label it', () => expect(detectTags('丰禾的王理事长试飞看完了')).toContain('decision_maker'));
  it('a price talked down is price talk', () => expect(detectTags('合同价从320万谈到了298万')).toContain('price'));
  it('a budget cut, then the figures, is not', () => expect(detectTags('品鉴会预算砍了一半,从40万降到20万')).not.toContain('price'));
  it('paid on arrival is payment, no delivery', () => {
    const tags = detectTags('30%预付，到货验收付60%，尾款10%');
    expect(tags).toContain('payment');
    expect(tags).not.toContain('delivery');
  });
  it('a date of arrival still is delivery', () => expect(detectTags('要求7月中旬到货')).toContain('delivery'));
  it('paid on collection still names the collection', () => expect(detectTags('首付一半,剩下的提车付清')).toContain('delivery'));
});

describe('commands and questions', () => {
  it.each(['/todo 今天', '/TODO', '我上周录了哪些跟进', '北仑冲压的情况给我整体说一下'])('%s is a question', (text) =>
    expect(run(text).intent).toBe('query'),
  );
  it('/todo asks for promises', () => expect(run('/todo 今天').query?.subject).toBe('promises'));
  it('a picture told by the customer is a report', () =>
    expect(run('北仑冲压的王经理把情况给我说了一下，下周要200吨').intent).toBe('log_activity'));
});

describe('a renewal and a sample', () => {
  it('续签合同了 is won', () => expect(run('锦程律所续签合同了，两年').stage).toBe('won'));
  it('不续签了 is no win', () => expect(run('锦程律所不续签了').stage).not.toBe('won'));
  it('样张送到了 is done work', () => expect(run('锦程律所的样张送到了，他们挺满意').intent).toBe('complete_commitment'));
});

describe('a rival introduced by name', () => {
  it('竞争的还有一家…公司叫X is no lead', () => {
    const e = run('天衡医药的学术会议预算45万。竞争的还有一家上海的公司叫励展，价格比我们低一点');
    expect(e.intent).toBe('log_activity');
    expect(e.customerId).toBe('c1');
    expect(e.tags).toContain('competitor');
  });
  it('一家…叫X with no rival word still is', () =>
    expect(run('朋友介绍了一家做医药的公司叫康瑞生物，想办年会').intent).toBe('create_lead'));
});

describe('a hospital known by its city', () => {
  const hospitals = ruleRunner([{ id: 'h1', name: '德阳市口腔医院', aliases: ['德阳口腔'] }]);
  it("another city's 口腔医院 is not it", () => {
    const e = hospitals('记一下：乐山嘉州口腔医院的正畸科，谭主任对隐形矫治有兴趣，下周三过去拜访');
    expect(e.customerId).toBeNull();
    expect(e.customerName).toBe('乐山嘉州口腔医院');
  });
  it('its city with the kind still is', () => expect(hospitals('德阳口腔医院的采购说下周来看样').customerId).toBe('h1'));
});

describe('the amount of a deal', () => {
  it('a part paid after the total leaves the total', () => expect(run('锦程律所合同签了！96万，预付款28.8万已经到账').amount).toBe(960000));
  it('a part paid alone still is the amount', () => expect(run('锦程律所预付款28.8万已经到账').amount).toBe(288000));
  it('a loss they suffered is none', () => expect(run('北仑冲压说停电一次损失好几十万').amount).toBeNull());
});

describe("the team's own reports", () => {
  const team = ruleRunner([{ id: 'h1', name: '江苏汇能数据中心有限公司', aliases: ['汇能'] }]);
  it('a weekly report promised to the manager is no customer promise', () => {
    const e = team('好的孙总，我下午把周报发您');
    expect(e.intent).toBe('other');
    expect(e.commitment).toBeNull();
  });
  it("a project's weekly report for the customer still is", () =>
    expect(team('汇能要我们每周发项目周报给他们，我下午把第一份发过去').commitment).not.toBeNull());
});
