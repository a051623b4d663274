import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../src/understanding/rule-extractor';
import type { Query } from '../../src/understanding/extraction';

const CUSTOMERS = [
  { id: 'cus_huaxin', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'cus_tianyuan', name: '绍兴天元纺织印染有限公司', aliases: ['天元'] },
  { id: 'cus_wu', name: '吴江丝绸有限公司', aliases: ['吴江丝绸'] },
];
const extract = (text: string) =>
  extractByRules({ id: 'q', now: '2026-03-04T10:15:00+08:00', sender: { id: 'zhangwei', name: '张伟' }, customers: CUSTOMERS, text });
const asked = (text: string): Partial<Query> => {
  const extraction = extract(text);
  expect([text, extraction.intent]).toEqual([text, 'query']);
  const { subject, customerId, owner, status, stage, period } = extraction.query!;
  return Object.fromEntries(Object.entries({ subject, customerId, owner, status, stage, period }).filter(([, v]) => v !== null));
};

describe('what a question asks (the query object)', () => {
  it.each<[string, Partial<Query>]>([
    ['华信的客户档案', { subject: 'archive', customerId: 'cus_huaxin' }],
    ['天元这个客户应该怎么谈,有没有话术', { subject: 'playbook', customerId: 'cus_tianyuan' }],
    ['华信下一步该怎么推进', { subject: 'playbook', customerId: 'cus_huaxin' }],
    ['华信的联系人有哪些', { subject: 'contacts', customerId: 'cus_huaxin' }],
    ['华信的决策链', { subject: 'contacts', customerId: 'cus_huaxin' }],
    ['华信最近聊过什么', { subject: 'timeline', customerId: 'cus_huaxin' }],
    ['天元上次拜访是什么时候', { subject: 'timeline', customerId: 'cus_tianyuan' }],
    ['华信是谁在跟', { subject: 'owner', customerId: 'cus_huaxin' }],
    ['天元这单归谁', { subject: 'owner', customerId: 'cus_tianyuan' }],
    ['华信还差什么', { subject: 'deal_status', customerId: 'cus_huaxin' }],
    ['华信现在什么阶段', { subject: 'deal_status', customerId: 'cus_huaxin' }],
    ['刘洋的商机有哪些', { subject: 'deals', owner: '刘洋' }],
    ['看看吴静手上的单子', { subject: 'deals', owner: '吴静' }],
    ['有哪些逾期的商机', { subject: 'deals', status: 'overdue' }],
    ['团队有哪些沉默的商机', { subject: 'deals', status: 'silent' }],
    ['本周要签的单子有哪些', { subject: 'deals', status: 'closing', period: 'this_week' }],
    ['在方案演示的有哪些', { subject: 'deals', stage: 'demo' }],
    ['商务谈判阶段的商机有几个', { subject: 'deals', stage: 'negotiation' }],
    ['这个月赢单的有哪些', { subject: 'deals', status: 'won', period: 'this_month' }],
    ['我有哪些承诺没完成', { subject: 'promises', status: 'open' }],
    ['我今天要做什么', { subject: 'promises', period: 'today' }],
    ['我的待办', { subject: 'promises' }],
    ['有哪些逾期的承诺', { subject: 'promises', status: 'overdue' }],
    ['线索池里有哪些线索', { subject: 'leads' }],
    ['团队健康度怎么样', { subject: 'metrics' }],
    ['这周激活率多少', { subject: 'metrics', period: 'this_week' }],
    ['刘佳上周丢了几单', { subject: 'deals', owner: '刘佳', status: 'lost', period: 'last_week' }],
    ['王磊有几单已经超时了?', { subject: 'deals', owner: '王磊', status: 'overdue' }],
    ['华信这个月都跟了些什么', { subject: 'timeline', customerId: 'cus_huaxin', period: 'this_month' }],
  ])('%s', (text, expected) => {
    expect(asked(text)).toEqual(expected);
  });

  it('a customer named as a possessive is not a colleague (吴江丝绸的商机)', () => {
    expect(asked('吴江丝绸的商机有哪些')).toEqual({ subject: 'deal_status', customerId: 'cus_wu' });
  });
});

describe('commands and corrections', () => {
  it.each(['撤销刚才那条', '刚才那条记错了', '刚刚发的说错了', '/undo', '帮我撤回上一条', '记错了,怎么撤回'])('%s is undo', (text) => {
    expect(extract(text).intent).toBe('undo');
  });

  it.each(['/help', '/帮助', '你好', '怎么用'])('%s is help', (text) => {
    expect(extract(text).intent).toBe('help');
  });
});

describe('reports stay reports, and nothing is guessed', () => {
  it.each([
    '今天跟华信王总聊了话术培训的安排,他们想下周来参观',
    '拜访了天元,李经理说还差一份需求确认单',
    '华信的联系人李工今天来电,问交期',
  ])('%s is a follow-up, not a question', (text) => {
    expect(extract(text).intent).toBe('log_activity');
  });

  it.each([['今天下午去拜访了一个新客户,聊得不错,下周再约'], ['上午见了个新客户,感觉挺有意向的']])(
    '%s names no customer: nothing is registered under a phrase',
    (text) => {
      const extraction = extract(text);
      expect(extraction.intent).not.toBe('create_lead');
      expect(extraction.customerName).toBeNull();
      expect(extraction.customerId).toBeNull();
    },
  );

  it('线索:X公司… registers a lead; X改一下阶段,到商务谈判 asks for that stage', () => {
    expect(extract('线索:宁波海天精工,李经理,想了解注塑机,预算50万')).toMatchObject({
      intent: 'create_lead',
      customerName: '宁波海天精工',
    });
    expect(extract('华信改一下阶段,到商务谈判')).toMatchObject({ intent: 'stage_change', stage: 'negotiation', customerId: 'cus_huaxin' });
  });
});

describe('who decides, and whether anyone followed up (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['天元那边到底谁能拍板', { subject: 'contacts', customerId: 'cus_tianyuan' }],
    ['华信采购这块谁做主', { subject: 'contacts', customerId: 'cus_huaxin' }],
    ['吴江丝绸上周有人跟进过吗', { subject: 'timeline', customerId: 'cus_wu', period: 'last_week' }],
    ['天元最近有没有人联系过', { subject: 'timeline', customerId: 'cus_tianyuan' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it('a report of who decided stays a report', () => {
    expect(extract('今天见了华信王总,采购的事他能拍板,下周看样品').intent).toBe('log_activity');
  });
});

describe('a to-do list named as a noun (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['明天我要办的事', { subject: 'promises' }],
    ['今天要跟的事情', { subject: 'promises', period: 'today' }],
  ])('%s', (text, query) => {
    expect(asked(text)).toEqual(query);
    expect(extract(text).commitment).toBeNull();
  });
});

describe('a colleague’s lost deals and lead pool, records fetched, corrections of a figure or a customer (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['郑雨桐丢掉的单子有哪些', { subject: 'deals', owner: '郑雨桐', status: 'lost' }],
    ['陈嘉怡线索池里有几条没动过的', { subject: 'leads', owner: '陈嘉怡', status: 'silent' }],
    ['调一下方志远本周的跟进记录', { subject: 'timeline', owner: '方志远', period: 'this_week' }],
    ['周明这周拜访了哪些客户', { subject: 'timeline', owner: '周明', period: 'this_week' }],
    ['我的线索里还有哪些没跟的', { subject: 'leads', status: 'silent' }],
    ['今年丢掉的单子列一下', { subject: 'deals', status: 'lost' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it.each(['刚才那条金额少打了个零', '刚刚记的华信多写了一个0,撤回'])('%s is undo', (text) => expect(extract(text).intent).toBe('undo'));

  it('a correction keeps the figure and customer said instead', () => {
    const out = extract('刚才那条记错了,是天元不是华信,金额是45万不是54万');
    expect([out.intent, out.customerId, out.amount]).toEqual(['undo', 'cus_tianyuan', 450000]);
  });
});

describe('how to go on with a customer, and the team’s activity (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['华信接下来怎么打', { subject: 'playbook', customerId: 'cus_huaxin' }],
    ['天元这个客户该怎么打 对手一直在压价', { subject: 'playbook', customerId: 'cus_tianyuan' }],
    ['这个月组里的活跃度如何', { subject: 'metrics', period: 'this_month' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it('paying (打款) is not how to go on', () => expect(extract('华信财务问怎么打款').intent).not.toBe('query'));
});

describe('咋 asks as 怎么 does, and who decides asked at the end (blind set 20, own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['天元这种一直拖款的客户咋办', { subject: 'playbook', customerId: 'cus_tianyuan' }],
    ['华信下一步咋推进', { subject: 'playbook', customerId: 'cus_huaxin' }],
    ['华信采购那块到底谁说了算', { subject: 'contacts', customerId: 'cus_huaxin' }],
    ['天元的联系人捋一下,最后谁说了算', { subject: 'contacts', customerId: 'cus_tianyuan' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it.each(['华信说咋样都行,下周来看样', '华信王总问我们咋收费', '还不清楚天元谁说了算,下周再去摸一摸', '天元王总问到底谁说了算'])(
    '%s stays a report',
    (text) => expect(extract(text).intent).toBe('log_activity'),
  );
});

describe('a record called up, the rep asking whether he has done it, two questions around a recalled fact (blind set 24, own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['帮我把华信的资料都调出来看看', { subject: 'archive', customerId: 'cus_huaxin' }],
    ['把天元调出来我看下', { subject: 'archive', customerId: 'cus_tianyuan' }],
    ['麻烦把天元上周的跟进记录翻出来', { subject: 'timeline', customerId: 'cus_tianyuan', period: 'last_week' }],
    ['华信的样品我是不是还没寄?', { subject: 'promises', customerId: 'cus_huaxin' }],
    ['我是不是忘了给天元回电话?', { subject: 'promises', customerId: 'cus_tianyuan' }],
    ['天元的合同盖章了没?之前说在走法务,现在什么情况', { subject: 'deal_status', customerId: 'cus_tianyuan' }],
    ['华信的预算批了吗?之前说月底,现在到哪一步了', { subject: 'deal_status', customerId: 'cus_huaxin' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));

  it.each([
    ['the rep called it up and read it', '我把华信的合同调出来看了,条款没问题'],
    ['called up to send on', '把天元的报价单调出来发给王总'],
    ['the customer asked it', '华信问我是不是还没发货?'],
    ['the customer asked both', '天元王总问合同签了没?现在什么进度'],
  ])('a report: %s (%s)', (_why, text) => expect(extract(text).intent).toBe('log_activity'));
});

describe('a colleague named beside the customer, anyone’s deals in a status (own wording)', () => {
  it.each<[string, Partial<Query>]>([
    ['孙悦的华信现在什么情况', { subject: 'deal_status', customerId: 'cus_huaxin', owner: '孙悦' }],
    ['马骏上周跟天元聊了些什么', { subject: 'timeline', customerId: 'cus_tianyuan', owner: '马骏', period: 'last_week' }],
    ['华信的联系人有哪些,高原那边问清楚没', { subject: 'contacts', customerId: 'cus_huaxin', owner: '高原' }],
    ['上次跟天元聊了些啥', { subject: 'timeline', customerId: 'cus_tianyuan' }],
    ['我跟华信聊过什么', { subject: 'timeline', customerId: 'cus_huaxin' }],
    ['谁的商机逾期了', { subject: 'deals', status: 'overdue' }],
    ['谁的单子一个月没跟进了', { subject: 'deals', status: 'silent' }],
    ['华信这单是谁的', { subject: 'owner', customerId: 'cus_huaxin' }],
  ])('%s', (text, query) => expect(asked(text)).toEqual(query));
});

describe('whose is a company the rep does not have: its name as written, so the answer can say (own wording)', () => {
  it.each([
    ['金华的江南管业是谁在跟', '江南管业'],
    ['帮我查下宁波那个海天塑机是谁负责的', '海天塑机'],
    ['问一下嘉兴恒远化纤归谁', '嘉兴恒远化纤'],
    ['海宁皮革城的二期项目是谁在跟 我有熟人', '海宁皮革城'],
    ['东莞宏达五金系边个跟紧?', '东莞宏达五金'],
  ])('%s → %s', (text, name) => expect([asked(text).subject, extract(text).customerName]).toEqual(['owner', name]));
  it.each(['这单是谁在跟', '我们组的客户都是谁在跟', '华信是谁在跟'])('no new name: %s', (text) =>
    expect(extract(text).customerName).toBeNull(),
  );
});
