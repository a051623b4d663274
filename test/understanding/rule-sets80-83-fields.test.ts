import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 80–83's constructions for intent, due and amount, probed with sentences of our own: the goods' date said after
 * a signing (合同签了…5月20号前交货) as what we owe, but not a date named as a term, their requirement or a forecast; power
 * and tea bags counted (55千瓦, 三万泡); a rival two typed clauses before a price; what the bot can look up or do.
 */
const run = ruleRunner([
  { id: 'c1', name: '泉州恒达石材有限公司', aliases: ['恒达石材', '恒达'] },
  { id: 'c2', name: '漳州绿野农机合作社', aliases: ['绿野农机', '绿野'] },
]);

describe('the goods due after a signing are our promise', () => {
  it.each([
    ['恒达合同签了 48万 预付三成 5月20号前交货', '2026-05-20T18:00:00+08:00'],
    ['绿野那单今天签下来了,两台插秧机,下周五送到', '2026-03-13T18:00:00+08:00'],
    ['恒达合同已经回签了，总价36万，月底前装好调试完', '2026-03-31T18:00:00+08:00'],
  ])('%s', (text, due) => {
    expect(run(text).commitment?.due).toBe(due);
  });
  it.each([
    '恒达合同签了 48万 交货时间5月20号前',
    '绿野合同签了,李社长说5月20号前要到货',
    '恒达合同签了，预计下月初交货',
    '恒达合同签了，首批下月初交货',
    '恒达说下周签合同，5月20号前交货',
  ])('%s', (text) => {
    expect(run(text).commitment).toBeNull();
  });
});

describe('amount', () => {
  it('power and counted goods are no money', () => {
    expect(run('恒达想上一台75千瓦的桥切机').amount).toBeNull();
    expect(run('绿野一个月要包两万泡的茶包').amount).toBeNull();
    expect(run('恒达这台75千瓦的，报了32万').amount).toBe(320000);
  });
  it('a rival two clauses back quotes nothing', () => {
    expect(run('恒达说效果比西门子好 下周走内部审批 合同按32.5w签').amount).toBe(325000);
    expect(run('恒达那边西门子也去报过了 报的30万').amount).toBeNull();
  });
});

describe('asking what the bot can do is help', () => {
  it.each(['你都能帮我查哪些东西', '这个机器人能帮我干些啥', '这里怎么报新线索啊'])('%s', (text) => {
    expect(run(text).intent).toBe('help');
  });
  it.each(['恒达问我们能帮他们做些啥改造', '恒达王总问怎么报价比较合适'])('%s', (text) => {
    expect(run(text).intent).not.toBe('help');
  });
});

describe('ten days of a month after a signing hold us to no day', () => {
  it('下个月中旬交货', () => expect(run('恒达合同签了 48万 下个月中旬交货安装').commitment).toBeNull());
});

describe('intent', () => {
  it('said wrong, then the record it was in, is an undo', () => {
    expect(run('说错了 刚才那条不是恒达 是恒大').intent).toBe('undo');
    expect(run('写错了，上一条不是绿野是绿源').intent).toBe('undo');
    expect(run('恒达说错了地址 下午重新发了定位给我').intent).not.toBe('undo');
  });
  it('figures pushed for are the scene of a report, no metric asked', () => {
    expect(run('月底赶业绩 恒达王总说再让两个点就先付四十万').intent).toBe('log_activity');
    expect(run('我这个月业绩多少').intent).toBe('query');
  });
  it('a deed to be done within today is ahead, not done', () => {
    expect(run('恒达要看样 我说今天之内把样板寄出').intent).toBe('log_activity');
    expect(run('恒达要的样板两天内寄出').intent).toBe('log_activity');
    expect(run('恒达要的样板今天寄出了').intent).toBe('complete_commitment');
  });
});

describe("southern Fujian's counties and towns head names: alone they name no customer", () => {
  const fujian = ruleRunner([
    { id: 'f1', name: '安溪感德茗香茶业有限公司', aliases: ['茗香'] },
    { id: 'f2', name: '南安水头宏辉石业有限公司', aliases: ['宏辉'] },
  ]);
  it('the place alone', () => {
    expect(fujian('今天去安溪的路上堵了一个多小时').customerId).toBeNull();
    expect(fujian('水头这边好几家石材厂都在观望').customerId).toBeNull();
  });
  it('the place with the name', () => {
    expect(fujian('下午去安溪茗香看了包装线').customerId).toBe('f1');
    expect(fujian('水头宏辉王总说月底再定').customerId).toBe('f2');
  });
});
