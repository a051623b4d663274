import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 56's constructions, probed with sentences of our own: long reports by managers where a deed is said as the
 * deal's background, deals going cold said softly (领导换人了, 先等他们消息), bids lost to a winner left unnamed, topics
 * not yet raised (价格还没开始谈, 报价先不用给), money that is a threshold or a cap, project phases, and rivals of its trades.
 */
const run = ruleRunner([{ id: 'c1', name: '江城精密机械有限公司', aliases: ['江城'] }]);

describe('a deed said as the deal’s background is no promise kept', () => {
  it.each([
    '江城那边分管领导调走了，项目要重新梳理。方案之前已经发过了，先等他们消息。',
    '江城的改造项目又推了，我们去年就做了方案，报了88万，估计要重新报。',
    '江城的招标延期了，投标文件我们已经准备好了，先放着。',
  ])('%s is a report', (text) => expect(run(text).intent).toBe('log_activity'));
  it.each(['江城要的检测报告之前就发了', '江城的报价已经发过去了，王总说再比一比', '江城的标书准备好了，明早寄出去了'])(
    '%s is still a done deed',
    (text) => expect(run(text).intent).toBe('complete_commitment'),
  );
});

describe('soft cold phrases fire churn_risk', () => {
  it.each([
    '孙经理说他们领导换人了，新来的要重新规划',
    '原来对接的副院长调走了，新院长还没见着',
    '他们换了新局长，项目要重新评估',
    '让我们等通知，先等他们消息',
    '这个项目先往后放放',
  ])('%s -> churn_risk', (text) => expect(detectTags(text)).toContain('churn_risk'));
  it.each(['他们HR负责人换人了，新的对接人是王经理', '等他们消息确认了我就发合同', '领导换了个会议室开会'])('%s is no churn', (text) =>
    expect(detectTags(text)).not.toContain('churn_risk'),
  );
});

describe('a bid lost to a winner left unnamed', () => {
  it('中标的是一家本地公司 -> competitor and churn_risk', () => {
    const tags = detectTags('标丢了，中标的是本地一家集成商');
    expect(tags).toContain('competitor');
    expect(tags).toContain('churn_risk');
  });
  it('our own win names no rival', () => expect(detectTags('中标的是我们，下周签合同')).not.toContain('competitor'));
  it('the award notice in hand is the bid won', () => expect(run('江城的中标通知书今天拿到了').stage).toBe('won'));
  it('ranked first is not yet won', () => expect(run('江城开标了 我们第一 等中标通知书').stage).toBeNull());
});

describe('topics not yet raised, and sign-offs that are not the purchase', () => {
  it.each([
    ['价格他们没细谈', 'price'],
    ['价格还没开始谈', 'price'],
    ['报价先不用给', 'price'],
    ['这个月审批走不完，不急着签', 'closing_soon'],
    ['等模板到了再走我们的合同评审', 'approval'],
    ['园区企业代表也参与评审', 'approval'],
    ['建议分两期做，先做大堂', 'payment'],
    ['下周给一个分期实施方案', 'payment'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it.each([
    ['价格谈了三轮', 'price'],
    ['他们周四开管理层会议定供应商', 'approval'],
    ['这周能签', 'closing_soon'],
    ['要求分三期付款', 'payment'],
    ['总价从最初的300万调到了270万', 'price'],
    ['操作培训不够，想让我们再派人培训一次', 'after_sales'],
    ['9月15号前必须切换完', 'delivery'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it('a total that follows the quantity is no price', () =>
    expect(detectTags('数量从100台加到150台，总价从45万调到66万')).not.toContain('price'));
});

describe('money that is a threshold, a difference, a rival’s or a cap', () => {
  it('purchases above a figure as a class are no amount', () =>
    expect(findAmount('所有30万以上的采购都要总经理审批,下个月再谈')).toBeNull());
  it('a difference of not quite a figure is no amount', () => expect(findAmount('中标价260万，第二名差了不到3万')).toBe(2600000));
  it('a rival going down to a figure is its quote', () =>
    expect(findAmount('最终价格66万，蔡司那边最后也降到了70万', ['蔡司'])).toBe(660000));
  it('a cap said with 最多 is the amount', () => expect(run('江城让我们重新报个价，预算比去年少，最多60万').amount).toBe(600000));
  it('a figure more than another is still a difference', () => expect(findAmount('比上次多5万')).toBeNull());
});

describe('rivals of the trades, and names that are none', () => {
  it.each([
    ['对手大概率是亚龙', '亚龙'],
    ['天煌的报价低一些', '天煌'],
    ['他们上会定了雪人', '雪人'],
    ['现在用的是三体云', '三体云'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['三亚亚龙湾的酒店', '参数建议他说会转给招标代理', '厂里现在还是冲床，效率低', '园区企业代表也参与评审'])(
    '%s names no rival',
    (text) => expect(findCompetitors(text)).toEqual([]),
  );
});

describe('questions said tersely', () => {
  it('谁跟江城 asks whose it is', () => {
    const out = run('谁跟江城');
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('owner');
  });
  it('线索池 asks for the leads', () => expect(run('线索池').query?.subject).toBe('leads'));
});
