import { describe, expect, it } from 'vitest';
import type { Query } from '../../src/understanding/extraction';
import type { SignalTag } from '../../src/domain/signals';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/** Team talk, questions that read like reports, and done work in plain words (blind set 22), probed with sentences of our own. */

const run = ruleRunner([
  { id: 'c1', name: '宏达模具有限公司', aliases: ['宏达'] },
  { id: 'c2', name: '长青食品有限公司', aliases: ['长青'] },
]);

/** The question's fields that are set, after checking it is read as a question. */
function asked(text: string): Partial<Query> {
  const out = run(text);
  expect([text, out.intent]).toEqual([text, 'query']);
  const { subject, customerId, owner, status, stage, period } = out.query!;
  return Object.fromEntries(Object.entries({ subject, customerId, owner, status, stage, period }).filter(([, v]) => v !== null));
}

describe('talk to the team, and thanks to a colleague, are never recorded', () => {
  it.each([
    '各位下午好 今天大家拜访顺利',
    '这周大家都辛苦了,周五晚上一起吃个饭',
    '周末了,大家记得把本周的拜访都补录一下',
    '谢谢王经理帮忙👍 我回头照这个改',
    '感谢领导指点,明白了',
    // Longer than a greeting, but it names no customer, contact, signal or promise.
    '今天展会上人山人海,逛得脚都酸了',
  ])('%s -> other', (text) => expect(run(text)).toMatchObject({ intent: 'other', commitment: null, customerId: null }));

  it.each([
    ['谢谢宏达王总的支持,合同下周签', 'log_activity'],
    ['大家好,宏达的报价已经发过去了', 'complete_commitment'],
    ['李经理说他们大家都觉得价格偏高', 'log_activity'],
    // A visit told of, to a company named in a form not read as one, is still a report.
    ['今天去了常州恒远精密,做滚针的,聊了一个钟头', 'log_activity'],
    ['今天拜访了苏州精工机械有限公司,聊了半小时', 'log_activity'],
  ])('%s carries a customer or a signal -> %s', (text, intent) => expect(run(text).intent).toBe(intent));
});

describe('questions that read like reports (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['明天我要跑哪些事', { subject: 'promises' }],
    ['我这周回款了多少钱', { subject: 'metrics', period: 'this_week' }],
    ['这个月组里回款情况怎么样', { subject: 'metrics', period: 'this_month' }],
    ['我们组这周的待办完成率', { subject: 'metrics', period: 'this_week' }],
    ['宏达上次给的折扣是多少来着', { subject: 'timeline', customerId: 'c1' }],
    ['长青的样品当时是寄给谁的来着', { subject: 'timeline', customerId: 'c2' }],
    ['长青现在还有人跟吗', { subject: 'owner', customerId: 'c2' }],
    ['宏达之前有其他同事跟过吗', { subject: 'owner', customerId: 'c1' }],
    ['张磊上周跟了哪些客户', { subject: 'timeline', owner: '张磊', period: 'last_week' }],
    ['这种一直压价的客户一般怎么推', { subject: 'playbook' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it.each<[string, Partial<Query>]>([
    // Near misses: a subject named beside 来着 keeps it; a list or a customer's money is no metric; 跟进过 is the timeline.
    ['长青的联系人叫什么来着', { subject: 'contacts', customerId: 'c2' }],
    ['宏达这单是谁的', { subject: 'owner', customerId: 'c1' }],
    ['哪些客户这个月要回款', { subject: 'deals', period: 'this_month' }],
    ['宏达的回款情况', { subject: 'deal_status', customerId: 'c1' }],
    ['宏达上周有人跟进过吗', { subject: 'timeline', customerId: 'c1', period: 'last_week' }],
    ['帮我看看哪些客户两周没跟了', { subject: 'deals', status: 'silent' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it('a report of money signed stays a report', () => {
    expect(run('宏达今天签了,38万')).toMatchObject({ intent: 'log_activity', stage: 'won', amount: 380000 });
  });
});

describe('done work in plain words (own wording)', () => {
  it.each([
    '宏达要的库存我核完了,够发两批',
    '长青的培训大纲发给刘经理了',
    '样衣和色卡寄给他们采购了',
    '已经答复长青质量部了,可以按月结',
    '宏达投标文件写完了,就差盖章',
  ])('%s -> complete_commitment', (text) => expect(run(text).intent).toBe('complete_commitment'));

  it('an appointment made is done, and the visit it sets is the new promise', () => {
    expect(run('宏达的陈经理约好了,明天下午去厂里', '2026-03-04T10:15:00+08:00')).toMatchObject({
      intent: 'complete_commitment',
      commitment: { due: '2026-03-05T18:00:00+08:00' },
    });
  });

  it.each([
    // Agreed with someone: the agreement is reported.
    '跟宏达陈经理约好了 明天下午去厂里看看',
    // A visit done, a promise made after it: a report with the promise.
    '长青去过了,老板说下周给答复,我答应周五前出方案',
    // Their call, our reaction: no earlier promise kept.
    '宏达打电话说设备又报警了,我已经让师傅过去了',
    // Written, handed over later.
    '长青的标书写完了,明天上午发给李工',
  ])('%s -> log_activity', (text) => expect(run(text).intent).toBe('log_activity'));

  it('their deed sent to us is not ours', () => expect(run('长青说他们把样品寄给我们了').intent).not.toBe('complete_commitment'));
});

describe('a needs survey held is the requirement stage (own wording)', () => {
  it.each(['长青的需求调研做完了', '今天给宏达做了需求访谈,要上三条产线'])('%s -> requirement', (text) =>
    expect(run(text)).toMatchObject({ intent: 'log_activity', stage: 'requirement' }),
  );
  it.each(['下周去长青做需求调研', '宏达的需求调研还没做完'])('%s -> no stage', (text) => expect(run(text).stage).toBeNull());
});

describe('tags: an add-on priced, an order placed soon, a supplier, a part of the offer cut (own wording)', () => {
  it.each<[SignalTag, string]>([
    ['price', '周末施工要另外加价'],
    ['price', '多加一个展柜要多少钱'],
    ['closing_soon', '对方说下周三前下PO'],
    ['closing_soon', '采购讲月底前下订单'],
    ['delivery', '供货要稳定,不能断'],
    ['churn_risk', '项目整个砍掉了'],
    ['churn_risk', '培训那块先不做了'],
  ])('%s fires on %s', (tag, text) => expect(detectTags(text)).toContain(tag));

  it.each<[SignalTag, string]>([
    ['closing_soon', '上周已经下PO了'],
    ['delivery', '他们想换个包材供货商'],
    ['delivery', '年度备货合同今天寄回来了'],
    ['churn_risk', '让我们把安装那部分砍掉'],
    ['churn_risk', '培训那块先不做了,只买设备'],
  ])('no %s in %s', (tag, text) => expect(detectTags(text)).not.toContain(tag));
});

describe('rivals by their offer, as the incumbent bought from, as bidders; people replaced are no rival (own wording)', () => {
  it.each([
    ['采购说凯德给的价格比我们低两个点', ['凯德']],
    ['老板讲恒新给他们的条件更好', ['恒新']],
    ['他们之前一直拿的百利,想换一家', ['百利']],
    ['这次比选,远景和恒通都报了', ['远景', '恒通']],
  ])('%s -> %j', (text, rivals) => expect(run(text).competitors).toEqual(rivals));

  it.each(['长青那边换了新厂长,采购先停一停', '宏达换了采购负责人', '宏达王总给的价格底线是80万', '竞争对手有三家,名字还不知道'])(
    '%s names no rival',
    (text) => expect(run(text).competitors).toEqual([]),
  );
});

describe('promises said without 我: answering him, presenting to them, checking with our side (own wording)', () => {
  const at = '2026-03-04T10:15:00+08:00';
  it.each([
    ['宏达问能不能再让两个点,我得跟公司请示,后天下午回他', '2026-03-06T18:00:00+08:00'],
    ['长青下周给他们做demo讲一下新配方', '2026-03-09T18:00:00+08:00'],
    ['宏达的技术协议发过来了,条款里要求两小时响应,明天找售后部评估一下', '2026-03-05T18:00:00+08:00'],
  ])('%s -> due %s', (text, due) => expect(run(text, at).commitment?.due).toBe(due));

  // He comes back: he is the subject.
  it('长青采购说他明天回来再定 -> no promise', () => expect(run('长青采购说他明天回来再定', at).commitment).toBeNull());
  // Someone speaking, not a paper: what he does next is his; our promise is what he asked for.
  it('宏达王总要求下周五前交样,他明天找财务评估一下 -> due at his deadline', () =>
    expect(run('宏达王总要求下周五前交样,他明天找财务评估一下', at).commitment?.due).toBe('2026-03-13T18:00:00+08:00'));
});

describe('a new company introduced by what it makes; a district said alone; a deposit (own wording)', () => {
  it.each([
    ['刚加了个微信,常州恒远精密轴承,做滚针的,采购说想换供应商', '常州恒远精密轴承'],
    ['朋友介绍个客户:园区金湖花园小区,600多户,物业年底到期', '金湖花园小区'],
  ])('%s -> lead %s', (text, name) => expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name, stage: 'lead' }));

  it.each(['今天去了常州恒远精密,做滚针的,聊了一个钟头', '老张,做五金的,我们一起吃了个饭'])('%s registers no lead', (text) =>
    expect(run(text).intent).not.toBe('create_lead'),
  );

  it('a bid deposit is not the deal’s worth', () => {
    expect(run('宏达的招标公告出来了,预算金额160万元,投标保证金3万元').amount).toBe(1600000);
    expect(run('长青这单合同金额45万,质保金5%').amount).toBe(450000);
  });
});

describe('done work in plain words: goods handed over, an answer given, papers all in hand (blind set 24, own wording)', () => {
  it.each([
    '宏达的三台注塑机已经交付了,现场签了验收单',
    '长青那批冷柜已经交货了',
    '宏达的延保政策答复周经理了,他说再考虑',
    '长青要的运费方案回复李总了',
    '宏达投标要的资质证书都齐了',
    '长青的备案材料已经凑齐了',
  ])('%s is a done promise', (text) => expect(run(text).intent).toBe('complete_commitment'));

  it.each([
    ['a first batch of a supply that goes on', '长青的第一批货已经交货了,下个月开始每月送'],
    ['a handover ahead', '宏达的注塑机下周就交付了'],
    ['their papers in hand', '长青说他们的手续都齐了,下周签'],
    ['their answer to someone', '宏达的王总答复周经理了,说再等等'],
  ])('not done by the rep: %s (%s)', (_why, text) => expect(run(text).intent).toBe('log_activity'));
  it('asked whether it was answered', () => expect(run('宏达的延保答复周经理了吗').intent).toBe('query'));
});

describe('questions voice-typed without a mark, records shown, thanks for an approval (own wording)', () => {
  it.each([
    '宏达那份报价批了没 现在什么情况',
    '长青的合同签了没 现在到哪一步了',
    '我这周还有啥要跟的',
    '公海里还有多少没分出去的',
    '本月谁的客户超过十天没拜访的,给我列一下',
    '长青的资料给我看下,开票信息也要',
  ])('%s is a question', (text) => expect(run(text).intent).toBe('query'));

  it('a question voice-typed reports no stage', () => {
    const out = run('宏达合同签了没 现在啥进度');
    expect(out.stage).toBeNull();
    expect(out.tags).toEqual([]);
  });

  it.each(['谢谢李总,那个折扣申请批得太及时了', '感谢周经理 价格审批帮了大忙'])('%s is chit-chat', (text) =>
    expect(run(text).intent).toBe('other'),
  );

  it.each(['宏达合同签了 现在走付款流程', '谢谢王总,宏达的价格批下来了,我下午发过去', '长青那边没什么问题的'])(
    '%s is still a report',
    (text) => expect(['query', 'other']).not.toContain(run(text).intent),
  );
});
