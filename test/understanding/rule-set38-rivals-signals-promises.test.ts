import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 38's constructions, probed with sentences of our own: rivals of EV chargers, packaging machinery, medical
 * consumables, catering supply, building materials and office software; a customer gone over to a rival said as done
 * (转X了, 选X了) and a project dropped, which are lost; a board's vote, the hospital office's approval, the process gone
 * through; a price cut to a figure and a per-seat price; goods delivered and a rival's recurring stock-outs; a step done
 * ahead of a time just named, the other side's promise, the buyer issuing the tender and a follow-up 再问.
 */
const run = ruleRunner(
  [
    { id: 'c1', name: '衡阳华天快餐连锁', aliases: ['华天'] },
    { id: 'c2', name: '湖州南太湖酒店管理有限公司', aliases: ['南太湖'] },
  ],
  '2026-03-04T10:15:00+08:00',
);

describe('rivals of set 38 trades', () => {
  it.each([
    ['他们说那个站选了特来电的方案', '特来电'],
    ['客户那边用的是星星充电的桩', '星星充电'],
    ['永创也去报过了', '永创'],
    ['下游医院在换蓝帆的手套', '蓝帆'],
    ['现在冻品是美菜在供', '美菜'],
    ['他们现在用的钉钉免费版', '钉钉'],
    ['外墙保温之前用的亚士创能', '亚士创能'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['中亚班列的张总今天见面了', '中亚'],
    ['他们做中亚市场的出口', '中亚'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

describe('lost to a rival, or dropped', () => {
  it.each(['华天 转锅圈了 定了', '南太湖他们说选星星充电了', '华天那个项目不做了'])('%s is lost', (text) =>
    expect(run(text).stage).toBe('lost'),
  );
  it('lost to a rival is churn', () => expect(run('华天 转锅圈了').tags).toContain('churn_risk'));

  it.each(['华天想转锅圈了', '南太湖在考虑选星星充电了', '华天那个项目不做了吗我们还做', '华天说项目还要做'])('%s is not lost', (text) =>
    expect(run(text).stage).not.toBe('lost'),
  );
});

describe('signals', () => {
  it.each([
    ['业委会投票过了', 'approval'],
    ['业主委员会还要投票', 'approval'],
    ['院办批下来了', 'approval'],
    ['刘总说流程走完了', 'approval'],
    ['合伙人会过了 下周签', 'approval'],
    ['敷料降到两块一', 'price'],
    ['一个账号一年680', 'price'],
    ['货已经全部送到工地了', 'delivery'],
    ['美菜最近老断货', 'delivery'],
    ['八月底前必须用上', 'delivery'],
    ['一年85万 分四个季度结', 'payment'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));

  it.each([
    ['业委会今天投票 选了万科物业', 'approval'],
    ['温度降到两度以下', 'price'],
    ['样品已经送到工地实验室了', 'delivery'],
    ['安琪的奶油断货了', 'delivery'],
    ['这个季度结束前再说', 'payment'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
});

describe('promises', () => {
  it('a step done ahead is due by the time just named', () => {
    const out = run('华天的夏总下周一上午来我们冷库参观 我提前把冷库收拾一下');
    expect(out.commitment?.due).toBe('2026-03-09T12:00:00+08:00');
  });
  it('a step done ahead already is no promise', () => expect(run('华天的对账提前做完了').commitment).toBeNull());

  it('the other side promising is no promise of ours', () => expect(run('华天对账做完了 对方承诺五一前打款').commitment).toBeNull());
  it('our own promise still is one', () => expect(run('我承诺华天五一前把发票开好').commitment).not.toBeNull());

  it('the buyer issuing the tender is not our deed; our step after it is', () => {
    const out = run('南太湖新项目招标 下周一发标书 我下周三前跟公司申请保证金');
    expect(out.commitment?.due).toBe('2026-03-11T18:00:00+08:00');
  });

  it('再问 at a time ahead is a follow-up', () =>
    expect(run('华天那边先放一放 下个月初再问').commitment?.due).toBe('2026-04-01T18:00:00+08:00'));
  it('他说下个月再问 is their words', () => expect(run('华天王总说下个月初他再问').commitment).toBeNull());
});

describe('government procurement', () => {
  it.each(['采购走政采云 要在网上比价', '这批走政采'])('%s is tender talk', (text) => expect(detectTags(text)).toContain('tender'));
  it('a purchase alone is none', () => expect(detectTags('采购说下周下单')).not.toContain('tender'));
});

describe('a question with why it is asked', () => {
  it.each(['华天合同发了吗 我忘了', '南太湖的报价发了没 我记不清了'])('%s is a question', (text) => expect(run(text).intent).toBe('query'));
  it.each(['华天报价发了 我忘了说', '华天合同发了 我都忘了这事'])('%s is no question', (text) =>
    expect(run(text).intent).not.toBe('query'),
  );
});

describe('amounts that are not the deal', () => {
  it.each(['特来电单价低我们1.5万', '一桶20L报价二百一十五块'])('%s has no amount', (text) =>
    expect(run(`华天 ${text}`).amount).toBeNull(),
  );
  it.each([
    ['华天一套系统报价35万', 350000],
    ['华天总价低于预期 最后35万', 350000],
  ])('%s is %s', (text, amount) => expect(run(text).amount).toBe(amount));
});

describe('a rival cheapest', () => {
  it('鸿鹄环保最低 names the rival', () => expect(findCompetitors('三家报价 鸿鹄环保最低')).toContain('鸿鹄环保'));
  it('不一定选最便宜的 names none', () => expect(findCompetitors('李处说质量优先 不一定选最便宜的')).toEqual([]));
});

describe('a delay of the goods', () => {
  it('上线时间可能要推到七月 is delivery, no churn', () => {
    const tags = detectTags('信息科要对接his 上线时间可能要推到七月');
    expect(tags).toContain('delivery');
    expect(tags).not.toContain('churn_risk');
  });
  it('the project put off is churn', () => expect(detectTags('项目可能要推到明年')).toContain('churn_risk'));
});

describe('in her words, for her', () => {
  it('说价格可以谈 下周给她寄样品 is our promise', () =>
    expect(run('华天的任护士长说价格可以谈 下周给她寄样品').commitment?.due).toBe('2026-03-09T18:00:00+08:00'));
  it('下周他给她寄样品 is not', () => expect(run('华天的任护士长说下周他给她寄样品').commitment).toBeNull());
});

describe('a lead described, then named', () => {
  it.each([
    ['新线索 宿迁那边有个经销商 泗洪康泰医疗 老板姓孙 想代理我们的输液器', '泗洪康泰医疗'],
    ['新线索 苏州有家做陶瓷的 宏宇陶瓷 想上OA', '宏宇陶瓷'],
  ])('%s names %s', (text, name) => expect(run(text).customerName).toBe(name));
  it('a description with a need after it is not skipped for the need', () =>
    expect(run('新线索 宿迁那边有个经销商 想代理我们的输液器').customerName).not.toBe('想代理我们的输液器'));
});
