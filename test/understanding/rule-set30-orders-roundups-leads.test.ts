import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 30's constructions, probed with sentences of our own: a manager's orders to a named rep; round-ups of the day
 * or week item by item; a new lead described by trade or as a development before its name; the morning planned while it is
 * still morning; questions to the bot that open like reports; rivals in bearings, cosmetics OEM, warehouse software,
 * landscaping and broadband, and systems a customer only links ours to. `now` is Wednesday 2026-03-04 10:15 unless said.
 */
const run = ruleRunner([
  { id: 'c1', name: '恒泰包装材料有限公司', aliases: ['恒泰'] },
  { id: 'c2', name: '华盛冷链物流有限公司', aliases: ['华盛冷链', '华盛'] },
  { id: 'c3', name: '东岳化工有限公司', aliases: ['东岳'] },
]);
const MORNING = '2026-03-04T08:20:00+08:00';

describe("a manager's order to a named rep", () => {
  it.each(['老王说恒泰下周签', '小李 明天去华盛冷链送样'])('%s, with no order in it, stays a report', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
  it.each([
    ['刘洋 恒泰那单一定要盯紧 别让人截胡', 'c1'],
    ['张丽 东岳的报价结果出来马上跟我说', 'c3'],
    ['陈浩 华盛冷链怎么丢的 整理一下明天讲', 'c2'],
    ['小刘 恒泰那边别松劲 这周再去一趟', 'c1'],
    ['老陈 东岳的事抓紧 周五前给我个准信', 'c3'],
  ])('%s is an order, about the customer it names', (text, id) => {
    const out = run(text);
    expect(out.intent).toBe('other');
    expect(out.customerId).toBe(id);
    expect(out.commitment).toBeNull();
  });
  it.each([
    // A contact with a title is the customer's, not a colleague.
    '王总 说恒泰那单一定要月底前定',
    // A name with no order after it reports.
    '刘洋 今天陪我去了恒泰 见了采购',
  ])('%s is no order', (text) => expect(run(text).intent).not.toBe('other'));
  it('a tired sign-off that leaves the rest for tomorrow is chit-chat', () => {
    expect(run('跑了一天 累死了 明天再说吧').intent).toBe('other');
    // With a customer's deal in it, it still reports.
    expect(run('恒泰那单 累死了 明天再说吧').intent).toBe('log_activity');
  });
});

describe('round-ups item by item name the first customer', () => {
  it.each([
    ['今日小结:1.东岳 样品测试通过 2.华盛冷链 合同在走流程 3.恒泰 报价已发', 'c3'],
    ['本周进展:华盛 下周二演示;恒泰 老板说再看看', 'c2'],
  ])('%s', (text, id) => {
    const out = run(text);
    expect(out.customerId).toBe(id);
    expect(out.intent).toBe('log_activity');
  });
  it('a plain report naming two keeps the strongest name', () => {
    expect(run('华盛冷链物流的项目跟恒泰一起报了价').customerId).toBe('c2');
  });
  it("the day's plan announced is no question", () => {
    expect(run('今天安排 上午恒泰看现场 下午去东岳送样品', MORNING).intent).toBe('log_activity');
    expect(run('今天安排').intent).toBe('query');
  });
});

describe('a new lead described before its name', () => {
  it.each([
    ['新线索 温州一家做阀门的 温州永固阀门 想换密封件 对接人采购部林经理', '温州永固阀门'],
    ['新线索 湖州有个新盘 叫云栖苑 开发商是湖州华城置业 景观还没定', '湖州华城置业'],
    ['同事推荐 台州有个康养社区项目 开发商叫台州颐和置业 大概500万', '台州颐和置业'],
    ['新线索 同行介绍 金华顺达物流园 要上WMS 老板姓郑', '金华顺达物流园'],
  ])('%s', (text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });
  it('a development described without a marker, its developer named, is a lead', () => {
    const out = run('滨江那边有个新盘 江畔壹号 开发商滨江城建置业 下个月景观招标');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('滨江城建置业');
  });
});

describe('the morning planned while it is still morning', () => {
  it.each([
    ['今天上午去恒泰送样 20套', '2026-03-04T12:00:00+08:00'],
    ['今天上午去东岳看补货的现场', '2026-03-04T12:00:00+08:00'],
  ])('%s said at 08:20 is due at noon', (text, due) => expect(run(text, MORNING).commitment?.due).toBe(due));
  it('a deed done this morning is a report', () => expect(run('今天上午去了恒泰 送了样', MORNING).commitment).toBeNull());
  it('said in the afternoon, the morning is a report', () => {
    expect(run('今天上午去恒泰送样 20套', '2026-03-04T15:00:00+08:00').commitment).toBeNull();
  });
});

describe('questions to the bot that open like reports', () => {
  it.each([
    '东岳那个线索 我明天去拜访 需要带什么资料',
    '华盛那边我是不是答应过月底前给他们什么 记不清了',
    '恒泰这单还有救吗 对方已经签了别家',
  ])('%s asks', (text) => expect(run(text).intent).toBe('query'));
  it('the customer asking it is reported', () => {
    expect(run('东岳王总问我们进场需要带什么资料').intent).not.toBe('query');
  });
});

describe('rivals in bearings, cosmetics OEM, warehouse software, landscaping and broadband', () => {
  it.each([
    ['他们主轴一直对标SKF', ['SKF']],
    ['最后还是用回了哈轴', ['哈轴']],
    ['科丝美诗的报价比我们低', ['科丝美诗']],
    ['园林这块棕榈股份据说报了300', ['棕榈股份']],
    ['门店宽带 联通给了七折', ['联通']],
  ])('%s names %j', (text, rivals) => expect(findCompetitors(text)).toEqual(rivals));
  it.each(['他们的系统要对接金蝶', '接口用用友U8', '要和在用的金蝶ERP打通', '公司以人为本'])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
  it('a package switched to is no rival', () => {
    expect(findCompetitors('包材要换成真空瓶')).toEqual([]);
  });
  it('a bid named as the topic is tender talk', () => {
    expect(detectTags('东岳的标 我们报了200万')).toContain('tender');
    expect(detectTags('今年的目标 200万')).not.toContain('tender');
  });
});
