import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 43's constructions, probed with sentences of our own: rivals of steel pipes and data-centre air
 * conditioning, a courier that holds a maker's name, how a chiller works (换成磁悬浮), a selection round's 选, a deal
 * that fell through (吹了) and whom it went to; a post named after a service (运维主管), a procurement office (招采办),
 * a quote stamped, a budget approved verb first, a price gap against ours, a deal dragged to next month.
 */
const run = ruleRunner([
  { id: 'c1', name: '常州恒远机械有限公司', aliases: ['恒远'] },
  { id: 'c2', name: '无锡华信置业有限公司', aliases: ['华信'] },
]);

describe('rivals of the trades', () => {
  it.each([
    ['螺旋焊管友发和华岐都会来投', '友发'],
    ['天津友发报的每吨便宜一百', '天津友发'],
    ['热力公司之前一直用新兴铸管的', '新兴铸管'],
    ['机房原来是艾默生的精密空调', '艾默生'],
    ['英维克那边也在报', '英维克'],
    ['价格比现在用的BD能低点就行', 'BD'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['样箱已经寄出了,中通快递', '通快'],
    ['样品走的申通快运', '通快'],
    ['老机组想整体换成磁悬浮。', '磁悬浮'],
    ['想把冷水机组改用风冷的', '风冷'],
    ['透析管路遴选的投标文件要在月底前递交', '投标文件要'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));

  it('a laser maker said alone is still one', () => expect(findCompetitors('他们车间用的通快的激光切割')).toContain('通快'));
  it('whom a lost deal went to is a rival', () => expect(findCompetitors('那个项目丢了,最后给了鑫源管业')).toEqual(['鑫源管业']));
  it('a discount given after a loss is no rival', () => expect(findCompetitors('那个项目丢了,最后给了个折扣')).toEqual([]));
});

describe('a deal that fell through', () => {
  it('吹了 is lost, and churn with the rival it went to', () => {
    const out = run('恒远那个项目吹了,最后给了金洲管道');
    expect(out.stage).toBe('lost');
    expect(out.tags).toEqual(['churn_risk', 'competitor']);
  });
  it('a bare 吹了 is the stage alone', () => expect(run('恒远那个项目吹了').tags).toEqual([]));
  it('the wind blowing is no loss', () => expect(run('恒远仓库顶棚被风吹了').stage).toBeNull());
  it('a fall-through guessed is churn, no stage', () => {
    const out = run('恒远那单估计吹了');
    expect(out.stage).toBeNull();
    expect(out.tags).toContain('churn_risk');
  });
});

describe('signal words in their place', () => {
  it.each([
    ['机房的运维跟不上,经常宕机', 'after_sales'],
    ['下个月开始招采', 'tender'],
    ['合同下周盖章', 'closing_soon'],
    ['裕同拿走了,比我们低0.2块', 'price'],
    ['那家比我们高了300元', 'price'],
    ['王总说要等集团审批,可能要拖到下个月', 'churn_risk'],
    ['上董事会批了采购方案', 'approval'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));

  it.each([
    ['今天跟运维主管孙工开了会', 'after_sales'],
    ['约了运维经理下周见', 'after_sales'],
    ['招采办说价格要再谈', 'tender'],
    ['我明天上午把新报价盖章发过去', 'closing_soon'],
    ['我明天上午把新报价盖章发过去', 'contract'],
    ['技术分比我们高3分', 'price'],
    ['他们的能耗比我们低15%', 'price'],
    ['董事会批了今年的节能改造预算', 'approval'],
    ['尾款拖到下个月付', 'churn_risk'],
  ])('%s is not %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));

  it('the board approving the budget is budget', () => expect(detectTags('董事会批了今年的节能改造预算')).toContain('budget'));
});

describe('what a message is', () => {
  it('安排 with its object is the rep arranging, not a question', () =>
    expect(run('恒远第一批货下周一要到,我明天安排发货,合同原件随货寄').intent).toBe('log_activity'));
  it("a day's 安排 asked for is a question", () => expect(run('我明天有什么安排').intent).toBe('query'));
  it("records held in a colleague's hands are asked for", () => {
    const out = run('黄嘉怡手上在方案演示阶段的单子');
    expect(out.intent).toBe('query');
    expect(out.query).toMatchObject({ subject: 'deals', owner: '黄嘉怡', stage: 'demo' });
  });
  it("something in a colleague's hands told of is a report", () => expect(run('刘洋手上的单子恒远那边签了').intent).toBe('log_activity'));
  it('a contact addressed first, nothing of a deal after, is chit-chat', () =>
    expect(run('高总，五一我值班，有事随时找我').intent).toBe('other'));
  it('a contact addressed first with a promise is a report', () => {
    const out = run('王总，报价我明天上午发您');
    expect(out.intent).toBe('log_activity');
    expect(out.commitment?.due).toBe('2026-03-05T12:00:00+08:00');
  });
  it('a rival out of the running is no deed of ours done', () =>
    expect(run('恒远总经理说方案下周上会,问题不大,那家外地厂已经出局了').intent).toBe('log_activity'));
});

describe('whose deadline and which promise', () => {
  it('papers put on sale are no sending of ours', () => {
    const out = run('恒远那个项目,标书下周一发售。我周日前把资质文件整理好', '2026-03-06T09:15:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-08T18:00:00+08:00');
  });
  it('a paper of ours due by their deadline dates the rep taking it on', () => {
    const out = run('恒远采购办通知,投标文件要在3月27日前递交,标书我来弄', '2026-03-19T17:00:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-27T18:00:00+08:00');
  });
  it('goods due by their deadline are not read as a paper handed in', () => {
    const out = run('恒远说货要在3月27日前到', '2026-03-19T17:00:00+08:00');
    expect(out.commitment).toBeNull();
  });
  it('an ask that names us wins over one read without us', () => {
    const out = run('恒远要无缝管120吨,要求4月20日前到货。他们让我明天中午12点前报价', '2026-04-01T13:20:00+08:00');
    expect(out.commitment?.due).toBe('2026-04-02T12:00:00+08:00');
  });
  it('an ask read without us stands alone', () => {
    const out = run('恒远要无缝管120吨,要求4月20日前到货', '2026-04-01T13:20:00+08:00');
    expect(out.commitment?.due).toBe('2026-04-20T18:00:00+08:00');
  });
});
