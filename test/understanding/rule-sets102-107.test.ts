import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/**
 * General forms found on sets 102–107, probed with sentences of our own: a price per piece with the goods counted
 * beside it, and the figures that are no price of ours; 往前挪一步 and 有个新单位; deeds done said plainly.
 */

const run = ruleRunner([
  { id: 'c1', name: '华信精密机械有限公司', aliases: ['华信'] },
  { id: 'c2', name: '绍兴天元纺织印染有限公司', aliases: ['天元'] },
]);

describe('a price per piece with the goods counted elsewhere is the sum of the order', () => {
  it.each([
    ['要30台 单价报的4.5万', 1_350_000],
    ['客户要两台切割机 单价报了42万一台', 840_000],
    ['订了5000个礼盒 单价3块6', 18_000],
    ['定下来了 1.2万一套 共15套 下周签', 180_000],
    ['8所学校 每所6万 先做试点', 480_000],
    ['600户的小区 单价控制在1.1万一户以内的方案他们要', null],
  ])('%s -> %s', (text, amount) => expect(findAmount(text)).toBe(amount));

  it.each([
    ['two counts leave open which is priced', '回流泵6台 搅拌器12台 单价都按3.5万报'],
    ['a price they want is no price of ours', '要800盒 单价想压到30块'],
    ['what they use over a year is no order', '他们一年用量大概400吨 报价1.2万一吨'],
    ['an hour talked is no count of goods', '聊了一个多小时 报价1.6万一台'],
  ])('no sum: %s (%s)', (_why, text) => expect(findAmount(text)).toBeNull());

  it('a day of the week before a customer is no figure (周四万盛催合同)', () => {
    expect(findAmount('本周计划:周三回访 周四万盛催合同')).toBeNull();
  });

  it('a daily sample volume is no money', () => {
    expect(findAmount('他们现在一天样本量三千多 要求两台互为备份')).toBeNull();
  });
});

describe('moves, leads and deeds said plainly', () => {
  it.each(['华信往前挪一步', '天元可以往前挪一步了', '华信需求都确认完了 往前挪一步吧'])('a move to the next stage: %s', (text) =>
    expect(run(text)).toMatchObject({ intent: 'stage_change', customerId: expect.any(String) }),
  );

  it.each([
    ['有个新单位 嘉善的 魏塘中学 想换直饮水', '魏塘中学'],
    ['湖州那边有个新单位 长兴县人民医院 要做净化', '长兴县人民医院'],
  ])('有个新单位 marks a lead: %s -> %s', (text, name) =>
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name, stage: 'lead' }),
  );

  it('a lead whose name is not known yet has none, not the words that say so', () => {
    expect(run('有个新单位 朋友说城西一个在建的医院 还不知道叫啥')).toMatchObject({ intent: 'create_lead', customerName: null });
  });

  it.each([
    '华信技术标初稿好了',
    '天元 样品寄出去啦',
    '华信补充条款发孙科长了',
    '天元 报价给陈小姐了',
    '报价那个事办完了 华信的',
    '华信的业绩材料整理好了 已经给王总送过去',
  ])('a deed done: %s', (text) => expect(run(text).intent).toBe('complete_commitment'));

  it.each([
    ['a call nobody took', '天元 找不到人 打了两次电话都没接 是不是不想做了'],
    ['talked over with them', '跟天元郑经理商量好了 报价降3个点 明天上午发给他'],
  ])('no deed done: %s (%s)', (_why, text) => expect(run(text).intent).toBe('log_activity'));
});

describe('when a promise is due', () => {
  const due = (text: string, now = '2026-11-12T16:45:00+08:00') => run(text, now).commitment?.due ?? null;

  it('a visit this morning, then who was seen, is done: the promise after it is the one due', () => {
    expect(due('今天上午去华信 跟设备部王工看了现场 我答应周五前出个方案', '2026-11-09T09:10:00+08:00')).toBe('2026-11-13T18:00:00+08:00');
  });

  it.each([
    ['华信 技术标好了 商务标还在算 明天中午前定稿', '2026-11-13T12:00:00+08:00'],
    ['天元的效果图还在赶 周一能给到', '2026-11-16T18:00:00+08:00'],
    ['华信的标书做得差不多了 还差两份证书 下周二上午前补齐', '2026-11-17T12:00:00+08:00'],
  ])('work of ours in hand, then when it is finished: %s', (text, at) => expect(due(text)).toBe(at));

  it.each([
    ['their deadline two clauses after the ask', '华信王工说让我们出个完整方案 含安装和培训 下周三之前', '2026-11-18T18:00:00+08:00'],
    ['a deadline said with 吧', '天元刘工来电 让我们先出个初步方案 10天内吧', '2026-11-22T18:00:00+08:00'],
    ['a new quote after a price cut asked', '华信说贵了 要我们再让2个点 下周一前重新报', '2026-11-16T18:00:00+08:00'],
  ])('%s: %s', (_why, text, at) => expect(due(text)).toBe(at));

  it.each([
    [
      'the earliest of two promises is the next one due',
      '下周一下午两点半去华信做演示 我周五前把演示环境准备好',
      '2026-11-13T18:00:00+08:00',
    ],
    [
      'a day before the event named just before',
      '天元交流会定了 11月20号下午两点半 我提前一天把PPT给王工过目',
      '2026-11-19T18:00:00+08:00',
    ],
    ['an hour gone today is on the day named before it', '下周一 华信签合同 我上午十点带合同过去', '2026-11-16T10:00:00+08:00'],
    [
      'telling them is the rep speaking, not reported speech',
      '天元王工问能不能派人驻场 我说行 3天内把人安排好告诉他',
      '2026-11-15T18:00:00+08:00',
    ],
    ['striving by a time is a promise', '华信嫌贵 我周一前跟公司再争取一下', '2026-11-16T18:00:00+08:00'],
  ])('%s: %s', (_why, text, at) => expect(due(text)).toBe(at));

  it.each([
    ['a hope with no time', '我们争取拿下三成'],
    ['a price stated', '华信汇报完了 下周学校上会 报价36万8'],
  ])('no promise: %s (%s)', (_why, text) => expect(run(`华信 ${text}`).commitment).toBeNull());

  it('a price cut asked, with no deadline, is no promise', () => {
    expect(run('天元采购说价格太高 要我们再降3个点').commitment).toBeNull();
  });
});

describe('who a message is about', () => {
  it.each([
    ['线索:丰县 做苹果的 丰源果蔬专业合作社 想上分选线', '丰源果蔬专业合作社'],
    ['线索:朋友推荐 虎门镇 恒达五金 做拉手的', '恒达五金'],
    ['线索 嘉善一个做家具的 叫什么森林木业 展会上碰到的', '森林木业'],
    ['线索:江宁区疾控下个月要采购一批试剂', '江宁区疾控'],
    ['昨天在宿迁一个饭局上碰着宿迁市绿源农业开发有限公司的王总 他们想上冷库', '宿迁市绿源农业开发有限公司'],
  ])('the lead named: %s -> %s', (text, name) => expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: name }));

  it.each([
    '线索 丰县一个种苹果的合作社 名字回头再问',
    '线索 沭阳县 朋友介绍的 做花木的一个公司 还没见着人',
    '线索 城南有个民办幼儿园 老板想上系统 名字叫啥我让小王去问',
  ])('a lead with no name to go by is still a lead, with none: %s', (text) =>
    expect(run(text)).toMatchObject({ intent: 'create_lead', customerName: null }),
  );

  it('a company name opening with a word that also joins names (和睦, 协和) keeps it', () => {
    expect(run('和美口腔医院现场看完了 要两台牙椅').customerName).toBe('和美口腔医院');
  });

  it('whose a customer is, asked with its deal after the name', () => {
    expect(run('江南管业那单现在谁负责').customerName).toBe('江南管业');
  });
});

describe('signals said plainly', () => {
  const tags = (text: string) => run(text).tags;
  it.each([
    ['churn_risk', '天元的王工说新厂房的不一定用我们了'],
    ['churn_risk', '华信张总看了对比 说还要再琢磨琢磨'],
    ['approval', '华信党政联席会通过了 下周签'],
    ['approval', '天元楼主任说要报院长'],
    ['after_sales', '华信 响应24小时可以 价格维持原价'],
    ['after_sales', '天元电机的事跟厂里沟通好了 免费换'],
  ])('%s: %s', (tag, text) => expect(tags(text)).toContain(tag));

  it.each([
    ['our product won, not a rival', '华信 电芯外箱中标了 中标金额800万', ['competitor', 'churn_risk']],
    ['one of our options chosen, not a rival', '天元叶总选了三层加厚的方案 下周签', ['competitor', 'churn_risk']],
  ])('%s: %s', (_why, text, absent) => {
    for (const tag of absent) expect(tags(text)).not.toContain(tag);
  });
});

describe('questions said plainly', () => {
  it.each([
    ['这个月组里拜访率怎么样', 'metrics'],
    ['/沉默', 'deals'],
  ])('%s asks about %s', (text, subject) => expect(run(text)).toMatchObject({ intent: 'query', query: { subject } }));

  it('a report that opens with a lead marker and names none is a lead still, with no name', () => {
    expect(run('新客户 华信介绍的 他们同行 也要无菌外箱')).toMatchObject({ intent: 'create_lead' });
  });
});

describe('more of sets 102-107, said plainly', () => {
  it('their ask, in their words, of ours for them by a deadline is the rep’s promise', () => {
    expect(run('天元 打样客户满意 张总说要3个工作日内把正式报价给他', '2026-11-11T09:20:00+08:00').commitment).toEqual({
      action: '把正式报价给他',
      due: '2026-11-16T18:00:00+08:00',
    });
  });

  it('going there at a time right after their words is the rep’s plan', () => {
    expect(run('华信 老板说要快递袋和纸箱 下周过去看看', '2026-11-16T14:20:00+08:00').commitment?.due).toBe('2026-11-23T18:00:00+08:00');
  });

  it('a station is a party of its own (金清污水站去看了)', () => {
    expect(run('城东污水站去看了 站长姓郑 要两套一体化泵站').customerName).toBe('城东污水站');
  });

  it('a company the rep does not have, asked about by its deal, is named', () => {
    expect(run('金山这单现在卡在哪')).toMatchObject({ intent: 'query', customerId: null, customerName: '金山' });
  });
});

describe('sets 108-109, said plainly', () => {
  it.each([
    ['线索:城西街道有个老小区叫桂花苑 物业想换门禁', '桂花苑'],
    ['线索 火车站那边有栋写字楼叫天和大厦 刚换了物业公司 想换门禁', '天和大厦'],
    ['线索 东区那边有个民办的启明外国语学校在建 明年招生', '启明外国语学校'],
  ])('a party described, then named: %s -> %s', (text, name) => expect(run(text).customerName).toBe(name));

  it('a span of time before our company is no company (质保3年公司批了)', () => {
    expect(run('质保3年公司批了 已经跟杨队长讲了').customerName).toBeNull();
  });

  it('a visit already made dates nothing; the promise after it is due', () => {
    expect(run('华信周经理昨天下午约我去看了地库 我答应周三前出个初步方案', '2026-11-16T09:20:00+08:00').commitment?.due).toBe(
      '2026-11-18T18:00:00+08:00',
    );
  });

  it('an hour then 点做 is the hour, not Cantonese how (十点做演示)', () => {
    expect(run('华信约了后天上午十点做演示', '2026-11-16T09:50:00+08:00').commitment?.due).toBe('2026-11-18T10:00:00+08:00');
  });

  it('moving in to install after a signing is what we owe (下周一进场装)', () => {
    expect(run('天元合同签了 首付30% 下周一进场装', '2026-11-18T09:20:00+08:00').commitment?.due).toBe('2026-11-23T18:00:00+08:00');
  });
});
