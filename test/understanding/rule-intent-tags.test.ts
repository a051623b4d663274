import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/** General rules found by blind sets 16 and 17, probed with sentences of our own. */

const run = ruleRunner([
  { id: 'c1', name: '宏达模具有限公司', aliases: ['宏达'] },
  { id: 'c2', name: '长青食品有限公司', aliases: ['长青'] },
]);

describe('price: a stated total is the amount, a bargained one is price talk', () => {
  it.each([
    ['宏达签了,合同总价66万,首付两成', false],
    ['长青的总价大约30万,下周上会', false],
    ['宏达这边总价压到58万,再低就亏了', true],
    ['长青说总价能接受,就是交期要快', true],
    ['我明天把含税总价报给长青', true],
  ])('%s -> price %s', (text, price) => expect(detectTags(text).includes('price')).toBe(price));
});

describe('stage: outcomes in plain words, and losses that are not the deal', () => {
  it.each([
    ['宏达的评标结果出来了,我们中了', 'won'],
    ['长青那个标终于中了', 'won'],
    ['宏达昨天晚上在酒店签的,一共三台', 'won'],
    ['长青的采购合同董事长签字了', 'won'],
    ['长青这单到最后也没保住', 'lost'],
    ['宏达的模具最后还是给了西门子', 'lost'],
    ['长青的需求这次基本问清楚了', 'requirement'],
    ['宏达的demo今天做完了', 'demo'],
  ])('%s -> %s', (text, stage) => expect(run(text).stage).toBe(stage));

  it.each([
    '去宏达路上手机丢了,只能明天再约',
    '长青的报价单小数点丢了一位,我重新发',
    '宏达的样品被物流弄丢了,再寄一份',
    '长青说甲方指定了西门子,我们再争取一下',
    '宏达在走流程,领导签字就能下单,金额按30万',
  ])('%s -> no outcome', (text) => expect(run(text).stage).toBeNull());
});

describe('tags: absent bosses, supply deals, switching back, deals in doubt', () => {
  it.each([
    ['去长青拜访,他们老板今天不在,只见了采购', []],
    ['宏达老板不在意交期', ['decision_maker']],
    ['长青的两年供货合计40万', []],
    ['宏达问能不能下周三前先发一批货', ['delivery']],
    ['长青的系统他们希望月底能开通', ['delivery']],
    ['宏达说用着不顺手,想改回以前的供应商', ['churn_risk', 'competitor']],
    ['长青这单有点悬,好几天不回', ['churn_risk']],
    ['宏达的尾款有点悬', ['payment']],
    ['去年推迟的那批货现在可以发了', []],
    ['长青的采购合同总经理签字了', ['contract', 'decision_maker']],
    ['宏达的方案还要上他们的投资决策委员会', ['approval']],
    ['对面报了个特别低的价', ['price']],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));
});

describe('rivals seen by what they do', () => {
  it.each([
    ['长青说有一家叫恒锐的便宜不少', '恒锐'],
    ['宏达说金联也来报价了', '金联'],
    ['长青说飞达那边降价了', '飞达'],
    ['宏达觉得比他们之前用的科林还好用', '科林'],
    ['长青最后定了东升的,我们没戏了', '东升'],
    ['宏达说博凯的设备他们一直用着', '博凯'],
  ])('%s -> %s', (text, rival) => expect(run(text).competitors).toContain(rival));

  it('a kind of product switched to is no rival', () => {
    expect(run('宏达想把釉面砖换成通体砖').competitors).toEqual([]);
    expect(run('长青要把油性的换成水性的').tags).not.toContain('churn_risk');
  });
});

describe('a lead described in passing', () => {
  it('met and described by trade, then named', () => {
    expect(run('周末喝喜酒认识了一个做冷链物流的,苏州吴江的顺骋物流,想上温控系统')).toMatchObject({
      intent: 'create_lead',
      customerName: '顺骋物流',
      stage: 'lead',
    });
  });

  it('a company on the phone, who called, then what it wants', () => {
    expect(run('下午来了个电话,合肥恒达精密机械有限公司,技术部刘工,想买两台激光切割机')).toMatchObject({
      intent: 'create_lead',
      customerName: '合肥恒达精密机械有限公司',
    });
    expect(run('今天拜访了合肥恒达精密机械有限公司,刘工想买激光切割机').intent).toBe('log_activity');
  });
});

describe('done deliverables in plain words', () => {
  it.each([
    '宏达要的交期答复已经邮件发给王经理了',
    '长青的回话已经给了,他们说可以',
    '宏达的打样今天寄过去了',
    '长青门店的地板样品铺好了,店长说效果不错',
    '上次说的延保我申请下来了,已经告诉王总',
  ])('%s -> complete_commitment', (text) => expect(run(text).intent).toBe('complete_commitment'));

  it.each(['宏达那边把我们的样品测完了,说效果一般', '长青的样品快递给弄丢了,只能重寄'])('%s -> log_activity', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
});

describe('questions and what they ask', () => {
  it.each([
    ['长青的基本情况给我看下', 'archive'],
    ['宏达是做什么的?', 'archive'],
    ['长青下一步我们该怎么弄', 'playbook'],
    ['宏达上个月拜访过几次', 'timeline'],
    ['这周我还有什么没做完的', 'promises'],
    ['长青那边我还欠他们啥', 'promises'],
    ['周婷上周签了几单?', 'deals'],
    ['小王这个月拜访了几家客户', 'metrics'],
  ])('%s -> query %s', (text, subject) => expect(run(text)).toMatchObject({ intent: 'query', query: { subject } }));

  it('a count of deals in a report is no question, nor the customer asking for papers', () => {
    expect(run('宏达这个月签了好几单').intent).toBe('log_activity');
    expect(run('长青他们要一份资质文件和两家老客户的联系方式').intent).toBe('log_activity');
  });

  it('the stage asked to change with none named; a traffic jam is chit-chat', () => {
    expect(run('帮我改一下阶段')).toMatchObject({ intent: 'stage_change', stage: null });
    expect(run('下班路上堵了一个多小时')).toMatchObject({ intent: 'other' });
  });
});

describe('tags: bids, stamps on other papers, wishes to sign', () => {
  it.each([
    ['他们要我们的资质去投市三院的标', ['tender']],
    ['委托书已经盖章寄给长青了', []],
    ['宏达的合同已经盖章了', ['contract']],
    ['长青说明年想签个长期协议', ['contract']],
    ['让我们明天重新报一版价', ['price']],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));

  it('the award papers name no rival', () => {
    expect(run('宏达的标我们中了,明天上午去拿中标通知书').competitors).toEqual([]);
  });
});

describe('reports that look like counts or signings', () => {
  it('a few customers visited is a report; a paper signed for is no win', () => {
    expect(run('今天拜访了几家客户,都在观望').intent).toBe('log_activity');
    expect(run('宏达昨天签的送货单有问题').stage).toBeNull();
  });
});

describe('probes against over-reach of the new rules', () => {
  it.each([
    ['长青说原材料降价了', []],
    ['宏达的颜色最后定了白色的', []],
  ])('%s -> rivals %j', (text, rivals) => expect(run(text).competitors).toEqual(rivals));

  it('a signature awaited on a purchase is approval (on the contract named before it, the signing); a person described by trade is no lead', () => {
    expect(detectTags('采购申请还要院长签字')).toContain('approval');
    expect(detectTags('合同还要院长签字')).not.toContain('approval');
    expect(detectTags('周五前赶出来有点悬')).not.toContain('churn_risk');
    expect(run('展会上认识了一个做外贸的朋友,聊得不错').intent).not.toBe('create_lead');
  });
});

describe('features, topics set aside, orders to come', () => {
  it.each([
    ['主要要做合同管理和回款提醒两个模块', []],
    ['他们先上报价模块', []],
    ['品牌暂时不考虑,先看参数', []],
    ['价格不降就不考虑了', ['churn_risk', 'price']],
    ['说月底前下第一单', ['closing_soon']],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));
});

describe('stage moves asked about, and the stage after the one reported (own wording)', () => {
  it.each([['宏达那单进入方案演示了吗?', 'demo'], ['长青的项目推到商务谈判了没有']])(
    '%s is a question about the deal',
    (text, stage = 'negotiation') => {
      const out = run(text);
      expect(out.intent).toBe('query');
      expect(out.query).toMatchObject({ subject: 'deal_status', stage });
    },
  );

  it('asking leave to move (可以…了吗) still asks for the move', () => {
    expect(run('宏达可以推到商务谈判了吗?')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
  });

  it.each([
    ['长青方案演示做完了,往下推一步吧', 'negotiation'],
    ['宏达的需求都对清楚了,推进到下个阶段', 'demo'],
  ])('%s -> the stage after the reported one', (text, stage) => {
    expect(run(text)).toMatchObject({ intent: 'stage_change', stage });
  });
});

describe('our stamped copy sent off is a deliverable; theirs back is the signing (own wording)', () => {
  it.each(['宏达的采购合同我们盖完章快递出去了', '长青的合同已盖章寄过去了,等他们回签'])('%s -> done promise, no stage', (text) => {
    expect(run(text)).toMatchObject({ intent: 'complete_commitment', stage: null });
  });

  it('the copy coming back stamped is still won', () => {
    expect(run('长青的合同盖好章寄回来了')).toMatchObject({ intent: 'log_activity', stage: 'won' });
  });
});

describe('goods brought to the customer are a delivery done; fun with colleagues is chit-chat (own wording)', () => {
  it.each([
    { text: '宏达订的刀具已经送到他们车间了', intent: 'complete_commitment' },
    { text: '长青的两箱包材按时送到仓库了,仓管签收', intent: 'complete_commitment' },
    // Their own goods arriving, in their words, are not ours.
    { text: '长青说他们的原料已经送到了', intent: 'log_activity' },
    { text: '晚上和同事们一起唱K 小张跑调跑到姥姥家了', intent: 'other' },
    { text: '哈哈哈 老王今天把自己锁车外面了 笑死我了', intent: 'other' },
    // A customer in it makes it a report.
    { text: '中午跟宏达的采购吃饭,哈哈哈,他说下个月要补货', intent: 'log_activity' },
  ])('$text -> $intent', ({ text, intent }) => expect(run(text)).toMatchObject({ intent }));
});

describe('made ready but handed over later is not done yet (own wording)', () => {
  it.each(['宏达的报价单我已经做好了,明天上午带过去', '长青要的彩页已经印好了,下午寄给他们'])('%s -> a report with a promise', (text) => {
    const out = run(text);
    expect(out.intent).toBe('log_activity');
    expect(out.commitment).not.toBeNull();
  });

  it('made ready and handed over is done', () => {
    expect(run('宏达的报价单已经做好了,刚发给采购').intent).toBe('complete_commitment');
  });
});

describe('farms and co-operatives are organisations a lead can be (own wording)', () => {
  it.each([
    ['老客户介绍了一个,五常金禾水稻种植合作社,想要三台插秧机', '五常金禾水稻种植合作社'],
    ['新客户 绥化丰源家庭农场 要两台植保无人机', '绥化丰源家庭农场'],
    ['有个人想订饲料搅拌机，赤峰草原红牧场的王场长，同事推荐的', '赤峰草原红牧场'],
  ])('%s -> a lead named %s', (text, name) => {
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name, stage: 'lead' });
  });
});

describe('a board agreeing, an exclusive supply deal, a person replaced (own wording)', () => {
  it.each([
    ['他们董事会已经同意引进这条线', ['approval']],
    ['长青想跟我们签两年的独家供货', []],
    ['宏达谈的是五年独家供货', []],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));

  it.each(['宏达的采购经理换了新的,下周去认识一下', '长青厂长换成新来的了'])('%s names no rival', (text) =>
    expect(run(text).competitors).toEqual([]),
  );
});

describe('signing once something else is done, with no time, is not near (own wording)', () => {
  it.each([
    ['等他们财务把预算调整完就签', ['budget']],
    ['等样品测试通过就能签', []],
    ['等法务看完,下周就能签', ['closing_soon', 'contract']],
    ['条款都谈好了,马上就签', ['closing_soon', 'contract']],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));
});

describe('a deal word mistyped by voice is still read (own wording)', () => {
  it('合铜 is the contract, and the summary keeps what was typed', () => {
    const out = run('宏达的合铜已经发过去了');
    expect(out).toMatchObject({ intent: 'complete_commitment', tags: ['contract'] });
    expect(out.summary).toBe('宏达的合铜已经发过去了');
  });
});

describe('a move toward a stage suggested with 往…推 (own wording)', () => {
  it.each([
    ['宏达这单可以往方案演示推了吧,需求都清楚了', 'demo'],
    ['长青往商务谈判挪一下', 'negotiation'],
  ])('%s asks for the move', (text, stage) => expect(run(text)).toMatchObject({ intent: 'stage_change', stage }));

  it('work toward it under way is no request', () => expect(run('长青我们正在往商务谈判推进').intent).not.toBe('stage_change'));
});

describe('stages in the words of a trade: a nomination, a proof of concept, a round of talks (own wording)', () => {
  it.each([
    ['宏达的转向节项目今天定点了', 'won'],
    ['长青那个项目我们拿到定点了', 'won'],
    ['宏达的POC做完了,识别率达标', 'demo'],
    ['长青第二轮商务谈判,对方压价很狠', 'negotiation'],
    ['宏达商务谈判第一轮结束,付款方式还没谈拢', 'negotiation'],
  ])('%s -> %s', (text, stage) => expect(run(text).stage).toBe(stage));

  it.each(['宏达说下周发定点通知', '长青的项目还没定点', '宏达的POC下周开始', '长青技术交流第一轮'])('%s -> no stage', (text) =>
    expect(run(text).stage).toBeNull(),
  );
});

describe('应 as a surname, not the end of 供应/反应 (own wording)', () => {
  it('sent to 应总 is done', () => expect(run('宏达的报价单已发应总邮箱').intent).toBe('complete_commitment'));
  it.each(['长青的供应总监下周来', '宏达对报价的反应总体不错'])('%s names no 应总', (text) =>
    expect(run(text).contacts.map((c) => c.name)).not.toContain('应总'),
  );
});

describe('the /阶段 command, a demo held (搞了一场), hardship chit-chat, a quote of 零 (blind set 20, own wording)', () => {
  it.each([
    ['/阶段 宏达 商务谈判', 'negotiation'],
    ['/stage 长青 需求确认', 'requirement'],
  ])('%s -> stage_change %s', (text, stage) => expect(run(text)).toMatchObject({ intent: 'stage_change', stage }));

  it.each(['昨天在长青厂里搞了一场产线演示,效果不错', '上周给宏达组织了一次线上演示'])('%s reports demo', (text) =>
    expect(run(text).stage).toBe('demo'),
  );
  it('a demo wanted is not held', () => expect(run('宏达下周想搞一场演示').stage).toBeNull());

  it.each(['今天淋了一身雨 好惨', '外面下雨跑了一天,全身湿透'])('%s is chit-chat', (text) => expect(run(text).intent).toBe('other'));
  it('rain with a customer and a delivery is a report', () => expect(run('下雨天宏达的货没法卸,交货推到周五').intent).toBe('log_activity'));

  it.each([
    ['对手给他们报了零首付', true],
    ['竞品报了0利率', true],
    ['我们和两家对手都报了名', false],
  ])('%s -> price %s', (text, price) => expect(detectTags(text).includes('price')).toBe(price));
});

describe('the price after a cut, an order issued, the stage a deal is at now (blind set 24, own wording)', () => {
  it.each([
    ['谈下来了,最后98万,比原来报的110万少了12万', 980000],
    ['成交价36万,比上次报的40万低', 360000],
    ['比对手报的150万便宜,我们报了138万', 1380000],
    ['价格比较合理,合同62万', 620000],
  ])('%s -> %d', (text, amount) => expect(findAmount(text)).toBe(amount));

  it.each([
    ['长青的PO下来了,二十台', 'won'],
    ['宏达的采购订单终于下来了', 'won'],
  ])('%s -> %s', (text, stage) => expect(run(text).stage).toBe(stage));
  it.each(['长青说等PO下来了再排产', '宏达的订单还没下来'])('%s is no win', (text) => expect(run(text).stage).toBeNull());

  it.each([
    ['宏达那单现在商务谈判阶段了', 'negotiation'],
    ['长青目前是需求确认阶段', 'requirement'],
  ])('%s asks to set %s', (text, stage) => expect(run(text)).toMatchObject({ intent: 'stage_change', stage }));
  it.each([
    ['asked', '宏达现在是商务谈判阶段吗'],
    ['a report that goes on', '长青那个项目我们已经进入商务谈判阶段了,对方在压价'],
  ])('not a request: %s (%s)', (_why, text) => expect(run(text).intent).not.toBe('stage_change'));
});
