import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { findContacts } from '../../src/understanding/rules/contacts';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 44's constructions, probed with sentences of our own: rivals of pharma cold chain, water treatment, property
 * management and commercial kitchens, and rivals seen by what they do (我们和X都在聊, 最后跟X签了); prices moved from one
 * figure to another; an incumbent not renewed; questions about what colleagues signed, names and phone numbers; leads
 * newly opened; a solution presented; a term granted; work for the team's own meeting; chief engineers and head chefs.
 */
const run = ruleRunner([
  { id: 'c1', name: '广州粤香楼餐饮有限公司', aliases: ['粤香楼'] },
  { id: 'c2', name: '成都天府软件园二期业主委员会', aliases: ['软件园二期'] },
  { id: 'c3', name: '青岛德美纸业有限公司', aliases: ['德美'] },
]);

describe('rivals of the trades and by what they do', () => {
  it.each([
    ['他们最后跟顺丰医药签了三年', '顺丰医药'],
    ['要和国药物流的方案对比一下', '国药物流'],
    ['竞争对手是威立雅', '威立雅'],
    ['他们现在用的碧桂园服务,年底到期', '碧桂园服务'],
    ['隔壁店用的华帝商用便宜两成', '华帝商用'],
    ['老板说跟我们和亿高都在聊', '亿高'],
    ['他们最后还是跟海天签了', '海天'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['想找做超低温运输的供应商'],
    ['跟我们和设计院都在等批复'],
    ['他们最后跟我们签了三年'],
    ['最后跟王总签了框架协议'],
    ['营收过亿高端客户多'],
  ])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));

  it('a loss to a rival they signed with is churn', () => {
    const out = run('粤香楼那单丢了,他们最后跟华帝商用签了');
    expect(out.stage).toBe('lost');
    expect(out.tags).toEqual(['churn_risk', 'competitor']);
  });
});

describe('prices moved from one figure to another', () => {
  it.each([['物业费能不能从2.8降到2.5'], ['老板松口了,62.8万降到58万'], ['单价从120调到110']])('%s is price talk', (text) =>
    expect(detectTags(text)).toContain('price'),
  );
  it.each([['预算从300万压到200万'], ['先做一期,金额从380万砍到210万'], ['数量加了,总价从45万调到58万'], ['温度从25降到18']])(
    '%s is no price talk',
    (text) => expect(detectTags(text)).not.toContain('price'),
  );
});

describe('an incumbent not renewed', () => {
  it('原来那家物业到期不续了 is an opening, no churn', () =>
    expect(detectTags('原来那家物业6月份到期不续了,业主在找新的物业公司')).not.toContain('churn_risk'));
  it('之前合作的X不续约了 is no churn', () => expect(detectTags('之前合作的冰熊不续约了')).not.toContain('churn_risk'));
  it('their own contract not renewed is churn', () => expect(detectTags('原来的合同到期不续了')).toContain('churn_risk'));
});

describe('questions', () => {
  it('what a colleague signed this week', () => {
    const out = run('许静这周签了哪些单');
    expect(out.intent).toBe('query');
    expect(out.stage).toBeNull();
    expect(out.query).toMatchObject({ subject: 'deals', owner: '许静', status: 'won', period: 'this_week' });
  });
  it('what the team signed last week', () =>
    expect(run('上周物业组都签了哪些').query).toMatchObject({ subject: 'deals', owner: null, status: 'won', period: 'last_week' }));
  it('a signing reported is no question', () => expect(run('粤香楼这周签了,62.8万').intent).toBe('log_activity'));

  it('a name and a phone number asked', () =>
    expect(run('软件园二期业委会主任叫啥，电话多少').query).toMatchObject({ subject: 'contacts', customerId: 'c2' }));
  it('a name told by the customer is a report', () => expect(run('软件园二期王总说他们新主任叫张伟,下周来').intent).toBe('log_activity'));

  it.each([
    ['孙磊最近跟进了哪些客户', '孙磊'],
    ['马晓燕那几个快签的单子现在什么情况', '马晓燕'],
  ])('%s is about %s', (text, owner) => expect(run(text).query?.owner).toBe(owner));
  it('怎么 before a customer is no colleague', () => expect(run('怎么跟粤香楼老板谈EMC模式？').query?.owner).toBeNull());
  it('promises not kept are open', () => expect(run('我还有几个承诺没兑现').query).toMatchObject({ subject: 'promises', status: 'open' }));
});

describe('leads newly opened', () => {
  it('a new restaurant that wants a kitchen is a lead', () => {
    const out = run('刚接到个电话，珠海新开的海悦轩酒楼要配整套后厨，负责人是邓老板');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('海悦轩酒楼');
  });
  it('a restaurant visited is no lead', () => expect(run('今天去了海悦轩酒楼,他们要配合我们调试').intent).not.toBe('create_lead'));
  it.each([
    ['登记个线索，嘉善的富达五金，一年电费300多万', '富达五金'],
    ['线索：德清新开的民宿 云栖山房，要装全屋wifi', '云栖山房'],
    ['线索：杭州新开的民宿 云栖山房，要装全屋wifi', '云栖山房'],
  ])('%s -> %s', (text, name) => expect(run(text).customerName).toBe(name));
});

describe('a solution presented', () => {
  it.each([['粤香楼今天给厂长汇报了MBR方案,厂长认可'], ['粤香楼的深冷方案今天讲了,技术总监挺认可'], ['粤香楼的方案给信息部讲完了']])(
    '%s is the demo held',
    (text) => expect(run(text).stage).toBe('demo'),
  );
  it.each([['粤香楼的方案我给领导汇报了'], ['粤香楼的方案给杨经理讲过了,他要报总经理'], ['粤香楼明天给厂长汇报方案']])(
    '%s is no demo',
    (text) => expect(run(text).stage).toBeNull(),
  );
});

describe('promises', () => {
  it('a term granted lends no due', () =>
    expect(run('周末配送没问题，账期我得回去申请，24小时内给答复', '2026-03-10T19:30:00+08:00').commitment?.due).toBe(
      '2026-03-11T19:30:00+08:00',
    ));
  it('our people invited along keep the time', () =>
    expect(run('德美那边 设备科说资金批下来了 下周想约我们技术去现场对接', '2026-03-12T15:30:00+08:00').commitment?.due).toBe(
      '2026-03-16T18:00:00+08:00',
    ));
  it('work for the team meeting is chit-chat', () => expect(run('收到罗总，例会材料我已经准备好了').intent).toBe('other'));
  it('a customer deliverable after an acknowledgement is still done', () =>
    expect(run('收到罗总，粤香楼的报价已经发过去了').intent).toBe('complete_commitment'));
});

describe('chief engineers and head chefs', () => {
  it('周总工 is an influencer', () => expect(findContacts('周总工提了三个问题')).toEqual([{ name: '周总工', role: 'influencer' }]));
  it('陈总厨 is a user', () => expect(findContacts('行政总厨陈总厨说价格得总经理定')).toEqual([{ name: '陈总厨', role: 'user' }]));
  it('王总工作 is 王总', () => expect(findContacts('王总工作很忙')).toEqual([{ name: '王总', role: 'decision_maker' }]));
});
