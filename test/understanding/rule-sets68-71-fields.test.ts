import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 68–71's constructions for intent, customer, due and amount, probed with sentences of our own: help asked
 * with 不 or 咋弄, chit-chat signed off, a wrong record asked how to take back, work begun or a price cut read as no deed,
 * a bid handed in with its opening ahead, a place said with 的 before a new name, parties counted, a name after its
 * description, month/day dates, our own factory speaking, per-container prices and a budget in 个.
 */
const run = ruleRunner([
  { id: 'c1', name: '南宁恒通物流有限公司', aliases: ['恒通物流', '恒通'] },
  { id: 'c2', name: '柳州华森机械有限公司', aliases: ['华森机械', '华森'] },
]);

describe('help, chit-chat and undo in the forms the sets use', () => {
  it.each([['这个能设提醒不'], ['语音能识别不'], ['怎么把客户列表导出来 咋弄']])('%s asks for help', (text) =>
    expect(run(text).intent).toBe('help'),
  );
  it('a customer asking for a reminder is no help asked', () => {
    expect(run('恒通的李经理问我们系统能不能设提醒,我下周给他演示').intent).not.toBe('help');
  });
  it.each([['今天累了 明天再说吧 兄弟们晚安'], ['周末都去哪玩 我回老家']])('%s is chit-chat', (text) =>
    expect(run(text).intent).toBe('other'),
  );
  it('a deal left for tomorrow is still a report', () => {
    expect(run('恒通说价格明天再说吧').intent).not.toBe('other');
  });
  it('a record said wrong, then asked how to take back, is an undo', () => {
    expect(run('写错了 刚才那条恒通的 不是赢单 还在谈，怎么撤销').intent).toBe('undo');
  });
});

describe('no deed done', () => {
  it.each([['恒通的货架已经开始安装了 我下周去看'], ['华森那边售价都打到九折了 利润很薄']])('%s is a report', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
  it('installed is still done', () => {
    expect(run('恒通的货架已经安装好了').intent).toBe('complete_commitment');
  });
  it('a bid handed in with its opening ahead reports the tender', () => {
    expect(run('华森的投标文件已经交了，周五开标').intent).toBe('log_activity');
  });
  it('a trial truck promised, driven over, is done', () => {
    expect(run('答应恒通的试用车已经开过去了').intent).toBe('complete_commitment');
  });
  it('driving over oneself is no deed done', () => {
    expect(run('我明天开过去看看恒通的仓库').intent).not.toBe('complete_commitment');
  });
  it('a bid handed in alone is done', () => {
    expect(run('华森的投标文件已经交了').intent).toBe('complete_commitment');
  });
});

describe('a new customer named', () => {
  it.each([
    ['新线索:宾阳县的黎塘糖业公司,想换压榨机', '黎塘糖业公司'],
    ['新线索 武鸣镇的陈记米粉作坊 想上一条生产线', '陈记米粉作坊'],
    ['新线索 大化 红水河养殖专业合作社 想买冷库', '大化红水河养殖专业合作社'],
  ])('%s names %s', (text, name) => expect(run(text).customerName).toBe(name));
  it('a person after 的 keeps the name before it', () => {
    expect(run('新线索:宾阳黎塘糖业的王总,想换压榨机').customerName).not.toBe('王总');
  });
  it.each([['今天跑了横县四家糖厂 都说今年不买'], ['宾阳这边几个合作社都在观望']])('%s names no one', (text) =>
    expect(run(text).customerName).toBeNull(),
  );
  it('a party described, then named in a clause of its own', () => {
    expect(run('今天去了南宁一家新开的物流公司，邕江速运，他们老板想换车').customerName).toBe('邕江速运');
  });
});

describe('the rep’s due', () => {
  it.each([
    ['恒通的方案我3/10前发过去', '2026-03-10T18:00:00+08:00'],
    ['华森那边我4/2再去一趟', '2026-04-02T18:00:00+08:00'],
  ])('%s is due %s', (text, due) => expect(run(text).commitment?.due).toBe(due));
  it('a fraction is no date', () => {
    expect(run('恒通说只能先付1/3的货款').commitment).toBeNull();
  });
  it('our factory speaking gives no date of ours', () => {
    expect(run('恒通要求3月20号前到货，我们工厂说最快3月25，我今天下班前再跟工厂协调').commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });
});

describe('figures', () => {
  it.each([
    ['如果运费降到每柜8千 全年的货都给我们', null],
    ['他们一车最多2500块', null],
    ['预算大概80个左右', 800000],
    ['预算差不多两百个', 2000000],
  ])('%s is %s', (text, amount) => expect(findAmount(text)).toBe(amount));
  it('things counted after 预算 are no money', () => {
    expect(findAmount('预算只够买80个摄像头')).toBeNull();
  });
});
