import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 49's constructions, probed with sentences of our own: a lead that "came in", a lead's trade said before its
 * need, asking the bot how to talk to it, a deal said to be won, deliverables handed over or arrived, a contact named
 * in a report, a fix the customer wants within days, a short meeting of ours, and bus makers as rivals.
 */
const run = ruleRunner([{ id: 'c1', name: '常熟虞山宠物食品有限公司', aliases: ['虞山宠物'] }]);

describe('a lead that came in', () => {
  it.each(['又来个线索，什邡蓥华茶业，想上小袋茶包装机', '来了条新线索，眉山清源茶业，想上装盒机'])('%s registers a lead', (text) =>
    expect(run(text).intent).toBe('create_lead'),
  );
  it('来了个客户参观 is no lead', () => expect(run('来了个客户参观，虞山宠物的人').intent).not.toBe('create_lead'));
});

describe("a lead's trade before its need", () => {
  it('trade then need registers the company', () => {
    const out = run('绵阳丰谷农产品配送有限公司，做农产品配送的，想买10台电动轻卡');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('绵阳丰谷农产品配送有限公司');
  });
  it('a visit to it stays a report', () =>
    expect(run('今天拜访了绵阳丰谷农产品配送有限公司，做农产品配送的，想买10台电动轻卡').intent).toBe('log_activity'));
});

describe('asking the bot how to talk to it', () => {
  it('怎么跟你说才能记跟进 asks for help', () => expect(run('要怎么跟你说才能记一条跟进？').intent).toBe('help'));
  it('怎么跟客户说 asks for a playbook', () => expect(run('虞山宠物嫌贵，要怎么跟客户说？').intent).toBe('query'));
});

describe('a deal said to be won', () => {
  it('这单赢了,阶段改一下 moves it to won', () => {
    const out = run('虞山宠物这单赢了，阶段改一下');
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe('won');
  });
  it('a game won is no deal', () => expect(run('昨天球赛我们赢了').stage).toBeNull());
  it('a question is no report', () => expect(run('虞山宠物这单赢了吗').stage).toBeNull());
});

describe('deliverables handed over or arrived', () => {
  it.each(['虞山宠物要的产能测算表弄好发他们了', '虞山宠物要的设计图今天给到黄科长了', '虞山宠物的试用装今天送到了，质量部已签收'])(
    '%s is done',
    (text) => expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['虞山宠物的试用装明天送到', '虞山宠物的价格给到黄科长了吗'])('%s is not done', (text) =>
    expect(run(text).intent).not.toBe('complete_commitment'),
  );
});

describe('a contact named in a report', () => {
  it('X工是项目对接人 reports', () => {
    const out = run('虞山宠物启动会开完了，对方IT部梁工是项目对接人，我5天内出详细的实施计划');
    expect(out.intent).toBe('log_activity');
    expect(out.commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });
  it('对接人是谁 asks', () => expect(run('虞山宠物的对接人是谁').intent).toBe('query'));
});

describe('a fix the customer wants within days', () => {
  it('要求7天内换掉 is our promise', () =>
    expect(run('虞山宠物的货到了，说有几件有划痕，要求7天内换掉').commitment?.due).toBe('2026-03-11T18:00:00+08:00'));
  it('their own replacement is none', () => expect(run('虞山宠物的货到了，说有几件有划痕，7天内会自己换掉').commitment).toBeNull());
});

describe('a short meeting of ours', () => {
  it('我明早跟财务碰一下 is a promise', () =>
    expect(run('虞山宠物要账期90天，我明早9点半跟财务再碰一下').commitment?.due).toBe('2026-03-05T09:30:00+08:00'));
  it('theirs is none', () => expect(run('虞山宠物说他们明天跟财务再碰一下').commitment).toBeNull());
});

describe('bus makers as rivals', () => {
  it('宇通 is a rival', () => expect(findCompetitors('宇通和金龙客车都在报')).toEqual(expect.arrayContaining(['宇通', '金龙客车'])));
  it('环宇通达 is a company', () => expect(findCompetitors('跨境物流的，叫环宇通达')).toEqual([]));
});

describe("a step up the customer's own line", () => {
  it('their list sent up is theirs, our papers asked for are ours', () =>
    expect(run('虞山宠物下周五前要把供应商名单报给集团，让我们这周三前把最终折扣给他们').commitment?.due).toBe(
      '2026-03-04T18:00:00+08:00',
    ));
  it('我…报给集团 is ours', () => expect(run('虞山宠物的名单我周五前报给集团').commitment).not.toBeNull());
});

describe("a lead's buyer described before the lead's name", () => {
  it('一家CRO公司的采购,X is named X', () =>
    expect(run('今天展会上加了成都一家CRO公司的采购，成都华西康研医药科技，新实验室开张').customerName).toBe('成都华西康研医药科技'));
  it('a surname is no name', () =>
    expect(run('今天展会上加了成都一家CRO公司的采购，姓刘，新实验室开张').customerName).toBe('成都一家CRO公司'));
});

describe('price being negotiated', () => {
  it('在谈价了 is price talk', () => expect(run('虞山宠物那单已经在谈价了').tags).toContain('price'));
  it('谈判 alone is not', () => expect(run('虞山宠物那单帮我改到商务谈判').tags).not.toContain('price'));
  it('没谈价格 is not', () => expect(run('虞山宠物的杨总今天主要聊了技术路线 没谈价格').tags).not.toContain('price'));
});
