import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 76–79's constructions for intent, customer and the query subjects, probed with sentences of our own: a new
 * party met (认识了一个新货主), newly opened and named in a word of its own, introduced by 有个叫X的 or asked to be filed
 * (建个档), a new enquiry (新询盘); a county heading a customer's name, a customer's short form inside another company's
 * name; a document or report done, goods given to a courier, a paper sent to the rep, a deed as the time of what follows,
 * a send asked of us; /查 with a customer alone, 谁在负责, 聊到哪了, 要办的, N周没动了, 把X的… as whose records.
 */
const run = ruleRunner([
  { id: 'c1', name: '青岛远航船舶管理有限公司', aliases: ['远航船管', '远航'] },
  { id: 'c2', name: '莒南县绿源果蔬冷藏有限公司', aliases: ['绿源果蔬'] },
  { id: 'c3', name: '潍坊华丰化工有限公司', aliases: ['华丰化工', '华丰'] },
]);

describe('a new party introduced in running text is a lead', () => {
  it.each([
    ['今天在港口认识了一个新货主，烟台鑫达水产，做冻虾出口的，刘经理说下个月有几票货', '烟台鑫达水产'],
    ['展厅碰到个客户，临沂金穗面粉厂的赵总，想换包装线', '临沂金穗面粉厂'],
    ['开发区新开了一家物流公司 日照顺捷通物流 有十几台冷藏车', '日照顺捷通物流'],
    ['城北有个叫丰泰养殖场的想订一批饲料，联系人孙经理', '丰泰养殖场'],
    ['帮我建个档：沂水宏达木业，做胶合板的，老板姜总', '沂水宏达木业'],
    ['有个新询盘 青岛海润食品 要发一批冷冻鸡爪到日本', '青岛海润食品'],
  ])('%s', (text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
    expect(out.stage).toBe('lead');
  });
  it('meeting a known customer is a report', () => {
    expect(run('今天认识了华丰化工新来的采购刘经理，聊了聊明年的量').intent).toBe('log_activity');
  });
  it('meeting a friend is no lead', () => {
    expect(run('周末认识了一个做外贸的朋友，聊得挺好').intent).not.toBe('create_lead');
  });
  it('a person introduced by 有个叫 is no lead', () => {
    expect(run('华丰有个叫王明的采购一直在问价格').intent).toBe('log_activity');
  });
});

describe('which customer is named', () => {
  it('a county alone, another company after it, names no customer', () => {
    const out = run('莒南那边又一家，莒南县鑫旺果品公司，库不够用，想让我们看看');
    expect(out.customerId).toBeNull();
    expect(out.customerName).toBe('莒南县鑫旺果品公司');
  });
  it('the county with the customer’s own name still names it', () => {
    expect(run('莒南县绿源果蔬的冷库今天验收了').customerId).toBe('c2');
  });
  it('a county bureau or hospital is named by its county alone', () => {
    const withBodies = ruleRunner([
      { id: 'b1', name: '临朐县农业农村局', aliases: ['临朐农业局'] },
      { id: 'b2', name: '依安县人民医院', aliases: [] },
      { id: 'c2', name: '莒南县绿源果蔬冷藏有限公司', aliases: ['绿源果蔬'] },
    ]);
    expect(withBodies('临朐那边的补贴指标下来了，股长说能分给我们四台').customerId).toBe('b1');
    expect(withBodies('依安的设备科说招标文件下周挂网').customerId).toBe('b2');
    expect(withBodies('莒南那边今年苹果收成一般').customerId).toBeNull();
  });
  it('a short form inside another company’s name is that company', () => {
    const out = run('码头新开了一家船管公司 青岛恒远航达船管 管着四条散货船');
    expect(out.customerId).toBeNull();
    expect(out.customerName).toBe('青岛恒远航达船管');
  });
  it('a short form after a verb is the customer', () => {
    expect(run('把远航船管推进到方案演示').customerId).toBe('c1');
    expect(run('给远航公司的报价已经发过去了').customerId).toBe('c1');
  });
});

describe('done or not', () => {
  it.each([['华丰要的接口文档补发完了 王工确认收到'], ['给华丰刘总的汇报做完了，他挺认可'], ['远航要的那批滤芯已经发顺丰了 单号下午发你']])(
    '%s is a done promise',
    (text) => expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each([
    ['远航的船期表已经发我了，我周三前把报价发给他们'],
    ['华丰报价发了以后 刘总说比别家贵一点 还要再看'],
    ['华丰刘总说预算批下来了，让我们5.20前把两版方案都发过去'],
  ])('%s reports, nothing of ours done', (text) => expect(run(text).intent).toBe('log_activity'));
});

describe('query subjects', () => {
  it('/查 with a customer alone opens its archive, with a subject that subject', () => {
    expect(run('/查 华丰化工').query?.subject).toBe('archive');
    expect(run('/查 华丰化工 联系人').query?.subject).toBe('contacts');
  });
  it('who is handling a customer asks its owner', () => {
    expect(run('远航这个单子谁在负责').query?.subject).toBe('owner');
  });
  it('how far a talk got asks the timeline', () => {
    expect(run('上回跟华丰聊到哪了').query?.subject).toBe('timeline');
  });
  it('what is to be handled today asks the promises', () => {
    expect(run('今天有什么要办的').query).toMatchObject({ subject: 'promises', period: 'today' });
  });
  it('deals untouched for weeks are silent', () => {
    expect(run('看看李娜手上有哪些单子三周没动了').query).toMatchObject({ owner: '李娜', status: 'silent' });
  });
  it('a colleague after 把 owns the records', () => {
    expect(run('把陈晨这周要签的单子拉出来').query?.owner).toBe('陈晨');
    expect(run('把这周要签的单子拉出来').query?.owner).toBeNull();
  });
});

describe('amount', () => {
  it('doses or birds counted are no money', () => {
    expect(run('华丰今年要的疫苗大概80万羽份，价格按去年的走').amount).toBeNull();
  });
  it('a company’s yearly turnover is no deal figure, its order is', () => {
    expect(run('新线索：日照鑫粮贸易公司，年流水两三个亿，想上套仓储软件').amount).toBeNull();
    expect(run('华丰年流水两个亿，这单软件报了45万').amount).toBe(450000);
  });
  it('a figure after a rival’s quote in a clause of its own is ours', () => {
    expect(run('华丰刘经理说别家也报了，最后谈下来62万整').amount).toBe(620000);
    expect(run('华丰说别家报了58万').amount).toBeNull();
  });
  it('the earlier figure recalled after the final one is no revision', () => {
    expect(run('远航合同签了，最终金额186万（原来报的198万，让了12万）').amount).toBe(1860000);
    expect(run('远航原来报的198万，今天谈到186万签了').amount).toBe(1860000);
  });
});

describe('near misses kept', () => {
  it('a year’s spend through us is the deal', () => {
    expect(run('华丰的差旅归我们了，预计一年机票酒店流水500万').amount).toBe(5000000);
  });
  it('how far a talk went, step by step, is where the deal stands', () => {
    expect(run('华丰聊到哪一步了').query?.subject).toBe('deal_status');
  });
});
