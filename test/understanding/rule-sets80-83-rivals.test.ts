import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 80–83's rivals, probed with sentences of our own. Precision: what a rival's position holds that is no name
 * (an amount, an expectation, a wait, a request, goods quoted, a time, us, a country before the name, an administrative
 * level), a carrier our goods went out by, a maker the rep says is no rival of ours, a system linked to, a part fitted,
 * a line named by what it packs. Recall: the old machine is X's, X's price set against ours, insisted on (就要X的,
 * 点名要X或者Y的) or dropped (就不考虑X了), X's agent or people at the customer, X's offer, X's machine already in, X cutting
 * its price again or delivering late, a Latin tool used now, a CJK maker with its model, asked beside us, dearer by so
 * much, its goods out of stock or failing, weighed with a model or its agent between.
 */
const run = ruleRunner([{ id: 'c1', name: '宏远重工有限公司', aliases: ['宏远'] }]);

describe('a rival read from its position', () => {
  it.each([
    ['他们车间的老机器是金城的 用了十年了', '金城'],
    ['说博远的翻新机价格只有我们新机的一半', '博远'],
    ['我们的报价只有凯瑞的一半 他还是犹豫', '凯瑞'],
    ['宏远的采购说空压机就要阿特拉斯的', '阿特拉斯'],
    ['说泰科的代理在压价 每台让了五千', '泰科'],
    ['Bosch的人也来过了 给了样机', 'Bosch'],
    ['说瑞丰给他们出了个以旧换新补贴', '瑞丰'],
    ['说正大的那套已经装好了 这单没戏', '正大'],
    ['说海诺又降价了 每吨少两百', '海诺'],
    ['听说永明这周又延迟发货了', '永明'],
    ['他们目前用Teams 开会经常掉线', 'Teams'],
    ['以前一直用台塑8250 这次想试试我们的', '台塑'],
    ['客户问了东亿和我们 还没定', '东亿'],
    ['客户问了我们和东亿', '东亿'],
    ['说华信贵三千多 还是我们划算', '华信'],
    ['说万达化工的料缺货 问我们有没有', '万达化工'],
    ['说顺兴的切割机老是断丝', '顺兴'],
    ['我们的料比金星9100好', '金星'],
    ['比龙腾的代理便宜了一百五', '龙腾'],
    ['蒋总说只要交期能保证 就不考虑宏达了', '宏达'],
    ['他厂里有一台金陵的旧机 想折价', '金陵'],
    ['说Lark功能不够 想换一套', 'Lark'],
    ['SAP和浪潮也在抢 不好做', '浪潮'],
    ['说国家电网也来谈过', '国家电网'],
  ])('%s → %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });
});

describe('names cut to the maker', () => {
  it.each([
    ['说是德国的Kuka在报', ['Kuka']],
    ['他原来用的是德国金马的二手机', ['金马']],
    ['三家在比：我们、九州还有长城', ['九州', '长城']],
    ['说顺达年底给他们的返点比我们高', ['顺达']],
  ])('%s → %j', (text, rivals) => {
    expect(run(text).competitors).toEqual(rivals);
  });
});

describe('the same positions holding no rival', () => {
  it.each([
    '我讲四十八万最低了 不能再少',
    '他报二十五万最低了',
    '这次结果比预料的好',
    '比预期的好',
    '目前等待中标公示 公示完签合同',
    '他们嫌贵让再便宜点',
    '电机和减速机都报了',
    '县里前年装的那批坏了没人修',
    '想换成租我们的',
    '样品已经发货了 德邦物流 明天到',
    '他们的纸箱是找外面一家厂做的,跟我们没冲突',
    '他们运输用的是京东物流,跟我们没关系',
    '需要与其供应商国药控股的系统对接',
    '这次还想配隆基的组件 我们的泵没问题',
    '想上一条小罐茶包装线',
    '锅炉就要不锈钢的',
    '锅炉就要进口的',
    '就不考虑二手了',
    '他有一台数控的旧机',
    '材料又降价了',
    '客户的人也来过了',
    '比去年贵了一些',
    '老板嫌牛肉贵 一斤贵了两块',
    '现在用excel记账',
    '他们就要含税的',
    '今年就不考虑扩产了',
    '以前一直用国标8级',
    '他们现在用AI 做设计',
  ])('%s', (text) => {
    expect(findCompetitors(text)).toEqual([]);
  });
});

describe('别家 said as not looked for', () => {
  it('暂时没找别家 fires no competitor tag', () => {
    expect(run('宏远说暂时没找别家 下周再聊').tags).not.toContain('competitor');
  });
  it('在找别家 does', () => {
    expect(run('宏远说在找别家比价').tags).toContain('competitor');
  });
});
