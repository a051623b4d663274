import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 64's constructions, probed with sentences of our own: rivals of PV glass, copper, automotive connectors,
 * pharmaceutical distribution and security named as the trades name them, signals negated or reversed beside the ones
 * that fire, protocols signed, deeds sent over, tasks owed by a deadline and a time inside what the rep checks.
 */
const run = ruleRunner([
  { id: 'c1', name: '南昌华亿光伏有限公司', aliases: ['华亿'] },
  { id: 'c2', name: '马鞍山金田精密铸造有限公司', aliases: ['金田精密'] },
]);

describe('rivals of the five trades', () => {
  it.each([
    ['华亿说福莱特的3.2玻璃降了两毛', '福莱特'],
    ['客户那边凯盛也在报', '凯盛'],
    ['听说铜陵有色给了更低的加工费', '铜陵有色'],
    ['他们电磁线一直用楚江的', '楚江'],
    ['安费诺的连接器交期拖了一个月', '安费诺'],
    ['说TE的端子贵了两成', 'TE'],
    ['中航光电也来交流过', '中航光电'],
    ['医院现在的配送商是华东医药', '华东医药'],
    ['上药和国药都在争这个医共体', '上药'],
    ['卫生院原来是江西南华在配', '江西南华'],
    ['安徽华源断货好几次了', '安徽华源'],
    ['参数是照着天地伟业写的', '天地伟业'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each([['线上药店这块他们自己做'], ['展厅想做个彩虹色的灯带'], ['今年各厂的TEU运价都在涨']])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
  it('a customer whose name holds a copper maker is no rival', () => {
    expect(run('金田精密说下周要50吨铜杆').competitors).toEqual([]);
  });
});

describe('what follows 竞品 or 换成 is a name only when it is one', () => {
  it.each([['不是竞品的原因,是预算砍了'], ['有没有竞品还不清楚'], ['想把摄像头全部换成4K的']])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
  it('a rival said after 竞品 still is one', () => expect(findCompetitors('竞品是海康')).toContain('海康'));
  it('a rival said not to be the cause is no rival signal', () => expect(detectTags('丢了,不是竞品的原因')).not.toContain('competitor'));
  it('a rival in play still is', () => expect(detectTags('丢了,竞品压价太狠')).toContain('competitor'));
});

describe('a resolution is no sum of money', () => {
  it('换成4K的 is the goods', () => expect(findAmount('想全部换成4K的,问我们能不能做')).toBeNull());
  it('8k a month is money', () => expect(findAmount('维保费每个月8k')).toBe(8000));
});

describe('signals negated or reversed fire nothing; the same words said fire', () => {
  it.each([
    ['采购说交期不是主要问题', 'delivery'],
    ['他们说价格也不是什么问题', 'price'],
    ['价格和结算方式都还没谈', 'payment'],
    ['他们今年没有预算压力', 'budget'],
    ['之前的暂停取消了,下月恢复供货', 'churn_risk'],
    ['这回不砍价了,只要货快', 'price'],
    ['听说今年地铁招标少,他们产能过剩', 'tender'],
    ['付款条款他们不让步', 'contract'],
    ['我们要款到发货,他们要月结', 'delivery'],
    ['第一批到货后发现有划痕', 'delivery'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it.each([
    ['采购说交期是主要问题', 'delivery'],
    ['结算方式他们要月结', 'payment'],
    ['预算还没批下来', 'budget'],
    ['项目暂停了', 'churn_risk'],
    ['他们又在压价', 'price'],
    ['下个月公开招标', 'tender'],
    ['合同条款还在改', 'contract'],
    ['他们那边供不上货了', 'delivery'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));
});

describe('stages: a protocol signed, a customer gone', () => {
  it.each([
    ['华亿的供货协议签好了', 'won'],
    ['华亿的合同今天签完了', 'won'],
    ['华亿今年不跟我们做了,换了别家', 'lost'],
  ])('%s is %s', (text, stage) => expect(run(text).stage).toBe(stage));
  it.each([['华亿的技术协议签好了,下周谈商务'], ['华亿说再涨价就不跟我们做了'], ['华亿下周签供货协议']])(
    '%s is neither won nor lost',
    (text) => expect(['won', 'lost']).not.toContain(run(text).stage),
  );
});

describe('deeds sent over or on the road are done; a task owed by a deadline is not', () => {
  it.each([['华亿要的阶梯价已经报过去了'], ['华亿那边样板带过去了'], ['华亿那批玻璃今天发车了'], ['华亿的商务标已经搞定了']])(
    '%s is a done promise',
    (text) => expect(run(text).intent).toBe('complete_commitment'),
  );
  it('a task owed by a deadline is a promise due then', () => {
    const out = run('华亿的比选,3月12号前得把资质文件交了');
    expect(out.intent).not.toBe('complete_commitment');
    expect(out.commitment?.due).toBe('2026-03-12T18:00:00+08:00');
  });
  it('a signing next week is no promise of ours', () => expect(run('华亿领导同意了,下周签配送协议').commitment).toBeNull());
  it('our payment terms held are no promise', () => expect(run('华亿要60天账期,我们要款到发货').commitment).toBeNull());
});

describe('a time inside what the rep checks is not when the deed is due', () => {
  it('the reply is due in two hours, not the goods in two weeks', () => {
    expect(run('华亿的事我去跟工厂确认能不能两周内交货,2小时内回复他们').commitment?.due).toBe('2026-03-04T12:15:00+08:00');
  });
  it('a time said before the check still is its due', () => {
    expect(run('华亿的事我三小时内跟工厂确认能不能排').commitment?.due).toBe('2026-03-04T13:15:00+08:00');
  });
});

describe('help and chit-chat', () => {
  it('how to add a contact to a customer is help', () => expect(run('怎么给客户加个联系人?').intent).toBe('help'));
  it('the price of a customer is no help', () => expect(run('华亿要怎么给他们加价?').intent).not.toBe('help'));
  it('the team meeting asked about is chit-chat', () => expect(run('下午周会在哪开来着').intent).toBe('other'));
  it('a customer asked about with 来着 is a question', () => expect(run('华亿的联系人叫啥来着').intent).toBe('query'));
});
