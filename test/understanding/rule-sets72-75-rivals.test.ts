import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 72–75's rivals, probed with sentences of our own: a name no brand list holds is a rival as the subject of
 * a supplier's act (X那边报低了两毛, X的方案便宜四十万, X也给他们演示过, X直接降了十几个点, X能4个月交, X最近交期老是延,
 * X做的…出了质量问题) or as the object of the customer's supplier relation (现在走X, 现在在X打样, 对现在的X意见很大,
 * X的已经在用了, 跟X接触, X那部分也换成我们的), beside the same positions holding the customer's own client, a person,
 * a cost, a procedure, goods or us.
 */
const run = ruleRunner([{ id: 'c1', name: '创威电子有限公司', aliases: ['创威电子'] }]);

describe('a rival as the subject of a supplier act', () => {
  it.each([
    ['李总嫌我们单价高,华兴玻璃那边报低了两毛', '华兴玻璃'],
    ['他们老板说雷诺那边报低了三毛', '雷诺'],
    ['说宁波水表那边一只才报280 我们报320', '宁波水表'],
    ['说恒通那边一台才报45万', '恒通'],
    ['他们嫌长 说马士基报的30天', '马士基'],
    ['对方嫌贵 说宝马格二手的才四十来万', '宝马格'],
    ['客户说久吾的方案便宜四十万', '久吾'],
    ['说金田的方案便宜二十万', '金田'],
    ['郑总问得很细 曙光数创也给他们演示过', '曙光数创'],
    ['颗粒机丢了 楚天直接降了十几个点', '楚天'],
    ['听说瑞德又降了两个点', '瑞德'],
    ['钟总嫌我们交货期太长,安德里茨能4个月交', '安德里茨'],
    ['说嘉立创最近交期老是延', '嘉立创'],
    ['瑞源王总又联系我了,江苏神通的阀门内漏', '江苏神通'],
    ['那边 就是天润做的2.5MW风机齿轮箱出了质量问题', '天润'],
    ['新宇做的冷库出了质量问题', '新宇'],
    ['第一中标候选人是诺亚 我们第二', '诺亚'],
    ['另外钛米那边在降价挽留', '钛米'],
    ['孙主任说日立那边的维保合同6月到期 到期不续了', '日立'],
    ['可能要上两台维特根的铣刨机或者我们的', '维特根'],
  ])('%s → %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });
});

describe('a rival as the object of the customer supplier relation', () => {
  it.each([
    ['做蓝牙音箱的锐声电子 现在走DHL 每月空运三吨左右', 'DHL'],
    ['他们现在走FedEx', 'FedEx'],
    ['他们软硬结合板现在在深南打样 良率不稳定', '深南'],
    ['他们的板子现在都在嘉立创打 量小价格便宜', '嘉立创'],
    ['王主任私下说他们对现在的开元物业意见很大', '开元物业'],
    ['他们对现在的恒安物业很不满意', '恒安物业'],
    ['他们说钛米的已经在用了 效果还行', '钛米'],
    ['陈总同意整线都用我们的 劲拓那部分也换成我们的回流焊', '劲拓'],
    ['技术参数明显是照着福龙马写的', '福龙马'],
    ['听说他们在跟久吾高科接触 价格压得很低', '久吾高科'],
    ['比他们现在用的力劲省电三成', '力劲'],
  ])('%s → %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });
});

describe('rivals in lists and weighings', () => {
  it.each([
    ['优声科技新产线 ASM和Yamaha都问过了', ['ASM', 'Yamaha']],
    ['我们和诺亚都满足 钛米的不满足', ['诺亚', '钛米']],
    ['三峡银行的UPS在走比选,三家:我们、科华、伊顿,报名截止下周一', ['科华', '伊顿']],
    ['邀请了我们、中外运和嘉里三家 标书13号截止', ['中外运', '嘉里']],
    ['开标了 三家 我们 诺亚 还有一家优必选', ['诺亚', '优必选']],
    ['二期比选下周二 我们跟鼎捷 黑湖一起', ['鼎捷', '黑湖']],
    ['他们在比选 纽威 远大 还有我们 三家', ['纽威', '远大']],
    ['要先比一比中联环境和福龙马的', ['中联环境', '福龙马']],
    ['他们说还要跟楚天再比一轮价', ['楚天']],
    ['彻底黄了 他们跟宇通重工签了框架', ['宇通重工']],
  ])('%s → %j', (text, rivals) => {
    expect(findCompetitors(text)).toEqual(rivals);
  });
});

describe('the same positions holding no rival', () => {
  it.each([
    '我们报320',
    '初步报价210万,他们嫌贵',
    '一开始报108万,最后谈到100万',
    '本来报的二百三十万 最后砍到二百一十五万',
    '码垛线两套报价136万',
    '我们报38.5万,下周一前给个正式汇报一下',
    '王总报的30天',
    '他们说二手的才四十来万',
    '新机的才三十万',
    '我们也给他们演示过',
    '小王也给他们演示过',
    '成本直接降了两个点',
    '良率降了5%',
    '每套降了12块',
    '按校长要求让了3个点',
    '海运能30天到货',
    '我们交期老是拖',
    '物流最近交期老是延',
    '我们做的齿轮箱出了问题',
    '之前做的出了问题',
    '现在走流程',
    '现在走局里审批',
    '现在走海运',
    '处方粮现在走得蛮好',
    '他们说样品现在走顺丰',
    '他们现在在车间打样',
    '现在都在网上买',
    '他们对现在的价格意见很大',
    '院长对现在的配送商不太满意',
    '把桶装水换掉',
    '想把窑炉的温控全部换掉',
    '想把多媒体教室全换掉',
    '参数是照着国标写的',
    '我们和客户都满足',
    '他们在跟领导谈',
    '他们在跟总部对接',
    '参数和价格都问过了',
    '张总和李工都问过了',
    '样机的已经在用了',
    '要上两台新的或者我们的',
    '他们说想换成模块化的',
  ])('%s → none', (text) => {
    expect(findCompetitors(text)).toEqual([]);
  });

  it("the customer's own client, whose tender it bids in, is no rival", () => {
    expect(findCompetitors('他们自己在投一个比亚迪的标 中了才会给我们下单')).toEqual([]);
    expect(findCompetitors('比亚迪那个标他们中了 要开始备料')).toEqual([]);
    expect(findCompetitors('比亚迪的报价比我们低')).toEqual(['比亚迪']);
  });

  it('the customer in a supplier position is the customer', () => {
    expect(run('创威电子那边报低了两毛').competitors).toEqual([]);
    expect(run('创威电子也给他们演示过').competitors).toEqual([]);
  });
});
