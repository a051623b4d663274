import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/domain/chinese-numerals';
import { findAmount } from '../../src/understanding/rules/amount';
import { detectTags } from '../../src/understanding/rules/signals';
import { matchCustomer } from '../../src/understanding/rules/customer-match';
import { normalizeText } from '../../src/understanding/rules/text';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { extractByRules } from '../../src/understanding/rule-extractor';
import type { ExtractionInput } from '../../src/understanding/extraction';

describe('chinese numerals', () => {
  it.each([
    ['五十万', 500000],
    ['一百二十万', 1200000],
    ['1.5亿', 150000000],
    ['两千三', 2300],
    ['3千5', 3500],
    ['一百零五', 105],
    ['十五', 15],
    ['一万五', 15000],
    ['三千五百万', 35000000],
    ['一亿二千万', 120000000],
  ])('%s = %d', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it('rejects non-numerals', () => expect(parseChineseNumber('华信')).toBeNull());
});

describe('amount', () => {
  it.each([
    ['预算120万左右', 1200000],
    ['大概50w的量', 500000],
    ['金额38.6万', 386000],
    ['80k', 80000],
    ['3千块', 3000],
    ['12000元', 12000],
    ['八十多万', 800000],
    ['一个亿', 100000000],
    ['1.5亿', 150000000],
    ['一百二十万以内', 1200000],
    ['总价¥386,500', 386500],
    ['合同￥1,250,000', 1250000],
  ])('%s -> %d', (text, value) => expect(findAmount(text)).toBe(value));

  it('takes the latest figure of a revision', () => {
    expect(findAmount('报价从60万降到52万')).toBe(520000);
    expect(findAmount('总价三十六万 对方想降到三十二万 我说最多让到三十四万')).toBe(340000);
  });

  it.each([
    '3000W光纤激光切割机一台',
    '年产2万件',
    '年用量2万件 单价大概80块',
    '便宜了2万',
    '差了6万多',
    '别家低8个点',
    '预付30%',
    '138xxxx5521',
    '十几万',
  ])('no money in %s', (text) => expect(findAmount(text)).toBeNull());

  it.each(['换三台55kw的水泵', '22kva的变压器两台', '上了一台90kW的冷水机组'])(
    'a power figure typed in lower case is no money: %s',
    (text) => expect(findAmount(text)).toBeNull(),
  );

  it('keeps the deal figure next to a power figure', () => {
    expect(findAmount('3000W光纤激光切割机一台,合同金额86万,预付30%')).toBe(860000);
  });
});

describe('signal tags and negation', () => {
  it.each([
    ['客户没提价格', []],
    ['暂时不谈预算', []],
    ['不担心售后', []],
    ['售后没有顾虑 主要担心价格', ['price']],
    ['价格不是问题 主要看交货速度', ['delivery']],
    ['我们没有竞争对手', []],
    ['这次没提到交期 只是问了售后', ['after_sales']],
  ])('%s -> %j', (text, tags) => expect(detectTags(text).sort()).toEqual(tags));

  it('a negative word that carries the signal still fires', () => {
    expect(detectTags('院里资金没批下来')).toEqual(['budget']);
    expect(detectTags('老板还没拍板')).toEqual(['decision_maker']);
    expect(detectTags('对我们的产品没兴趣')).toEqual(['churn_risk']);
  });

  it('follows the labelling conventions', () => {
    expect(detectTags('预算批了')).toEqual(['budget']);
    expect(detectTags('领导已经批了')).toEqual(['approval']);
    expect(detectTags('中标金额二百六十万')).toEqual(['tender']);
    expect(detectTags('王总说可以')).toEqual([]);
    expect(detectTags('他们老板也来')).toEqual(['decision_maker']);
    expect(detectTags('我明天跟老板申请一下')).toEqual([]);
    expect(detectTags('这周五去签合同').sort()).toEqual(['closing_soon', 'contract']);
    expect(detectTags('30%预付 60%发货前 10%质保金')).toEqual(['payment']);
    expect(detectTags('换成进口的太贵了 还是用我们的')).toEqual(['price']);
  });
});

describe('competitors', () => {
  it('finds known brands, tenant brands and introduced names', () => {
    expect(findCompetitors('伺服电机用的汇川,在比我们的价格')).toEqual(['汇川']);
    expect(findCompetitors('他们最后选了蓝鲸', [])).toEqual(['蓝鲸']);
    expect(findCompetitors('对比了星河和我们', ['星河'])).toEqual(['星河']);
    expect(findCompetitors('觉得我们的系统比小鹅通贵太多')).toEqual(['小鹅通']);
    expect(findCompetitors('比去年贵了')).toEqual([]);
  });

  it('finds rivals by what the customer does with them', () => {
    expect(findCompetitors('付经理比较倾向诺力和杭叉,我们价格没优势')).toEqual(['诺力', '杭叉']);
    expect(findCompetitors('蒸烤箱想用乐信的,其他可以用我们的')).toEqual(['乐信']);
    expect(findCompetitors('对方拿碧水源的方案来压价')).toEqual(['碧水源']);
    expect(findCompetitors('他倾向我们,老板倾向于国产,工艺路线他们倾向MBR')).toEqual([]);
  });
});

const customers: ExtractionInput['customers'] = [
  { id: 'c1', name: '无锡华信精密机械有限公司', aliases: ['华信精密'] },
  { id: 'c2', name: '杭州华鑫数控设备有限公司', aliases: [] },
  { id: 'c3', name: '宁波宏达模具有限公司', aliases: ['宏达'] },
  { id: 'c4', name: '杭州华信达包装有限公司', aliases: ['华信达'] },
  { id: 'c5', name: '常州天力传动设备有限公司', aliases: [] },
];
const match = (text: string): string | null | undefined => matchCustomer(normalizeText(text), customers)?.customerId;

describe('customer matching', () => {
  it('matches full names, aliases, partial names and dropped suffixes', () => {
    expect(match('无锡华信精密机械有限公司来电')).toBe('c1');
    expect(match('华信精密的王总')).toBe('c1');
    expect(match('华信达那边')).toBe('c4');
    expect(match('天力传动的合同')).toBe('c5');
    expect(match('宏达模具')).toBe('c3');
  });

  it('matches behind a leading city', () => {
    expect(match('杭州华鑫的数控车床')).toBe('c2');
  });

  it('matches a homophone typo', () => {
    expect(match('宏大那边说再看看')).toBe('c3');
    expect(match('天立的样机')).toBe('c5');
  });

  it('refuses to guess between two equally close candidates', () => {
    // 华新 sounds like both 华信 and 华鑫.
    expect(match('华新那边的王总')).toBeNull();
  });

  it('finds nothing when no customer is named', () => {
    expect(matchCustomer('今天跑了三家钣金厂', customers)).toBeNull();
  });
});

const input = (text: string, now = '2026-03-04T10:15:00+08:00'): ExtractionInput => ({
  id: 't',
  now,
  sender: { id: 'u', name: '张伟' },
  customers,
  text,
});

describe('a correction names the right one; caps and rates are no deal amount (own wording)', () => {
  it('the customer said instead of the one denied', () => {
    expect(match('不是华信精密,是华信达')).toBe('c4');
    expect(match('是宏达不是华信精密')).toBe('c3');
  });
  it('a denied customer named alone is still the one named', () => expect(match('这条不是宏达的')).toBe('c3'));
  it.each([
    ['合同额是86万不是68万', 860000],
    ['不是68万,是86万', 860000],
    ['授信总额3000万,单笔额度200万以内', 30000000],
    ['保洁每天1200元,一年合同43万', 430000],
  ])('%s -> %d', (text, amount) => expect(findAmount(text)).toBe(amount));
  it.each(['单笔金额不超过50万', '每笔限额20万', '驻场每天1500元'])('%s -> no amount', (text) => expect(findAmount(text)).toBeNull());
});

describe('intents', () => {
  it.each([
    ['你好', 'help'],
    ['怎么用?', 'help'],
    ['怎么添加新线索', 'help'],
    ['好的 收到👌', 'other'],
    ['谢谢 辛苦了', 'other'],
    ['收到 我马上处理', 'other'],
    ['我有哪些逾期的商机', 'query'],
    ['宏达现在什么阶段', 'query'],
    ['今天有什么待办', 'query'],
    ['新线索:苏州力拓精密,联系人张总', 'create_lead'],
    ['宏达可以进入商务谈判了', 'stage_change'],
    ['宏达改成丢单', 'stage_change'],
    ['答应天力的样品已经寄出去了', 'complete_commitment'],
    ['宏达已经签了,合同金额86万', 'log_activity'],
    ['宏达那单丢了', 'log_activity'],
  ])('%s -> %s', (text, intent) => expect(extractByRules(input(text)).intent).toBe(intent));

  it('reported outcomes set the stage; only requests are stage_change', () => {
    expect(extractByRules(input('宏达已经签了')).stage).toBe('won');
    expect(extractByRules(input('宏达那单丢了')).stage).toBe('lost');
    expect(extractByRules(input('宏达那单丢了')).tags).toEqual([]);
    expect(extractByRules(input('宏达推到方案演示阶段')).stage).toBe('demo');
  });

  it('a new lead carries its name as written and stage lead', () => {
    const out = extractByRules(input('新线索:马鞍山金域置业,工程部陈经理,要采购一批瓷砖,大概50w的量'));
    expect(out).toMatchObject({ intent: 'create_lead', customerId: null, customerName: '马鞍山金域置业', stage: 'lead', amount: 500000 });
  });

  it('queries carry no tags; only the rep’s promises are commitments', () => {
    expect(extractByRules(input('帮我查下宏达的合同什么时候到期')).tags).toEqual([]);
    expect(extractByRules(input('宏达王总说下周一给答复')).commitment).toBeNull();
    expect(extractByRules(input('宏达月底签约')).commitment).toBeNull();
    expect(extractByRules(input('宏达的报价我周五前发过去')).commitment?.due).toBe('2026-03-06T18:00:00+08:00');
  });

  it('a done promise has no commitment unless a new one is made', () => {
    expect(extractByRules(input('宏达的方案已经发过去了')).commitment).toBeNull();
    const out = extractByRules(input('宏达要的保养清单整理好了 下周一我再上门讲解一下'));
    expect(out.intent).toBe('complete_commitment');
    expect(out.commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });
});

describe('general rules found by the blind set', () => {
  it('price: a quote in any aspect (报了价, 报过价)', () => {
    expect(detectTags('西门子和ABB都报了价')).toEqual(['price']);
    expect(detectTags('之前报过价')).toEqual(['price']);
  });

  it('payment: instalments named by position', () => {
    expect(detectTags('下个月初要付首期款')).toEqual(['payment']);
    expect(detectTags('二期款等验收后再说')).toEqual(['payment']);
    expect(detectTags('首期工程下半年开工')).toEqual([]);
  });

  it('closing_soon: after a strictly future anchor 签了 is modal, after a past one it is not', () => {
    expect(detectTags('王总同意下周签了')).toEqual(['closing_soon']);
    expect(detectTags('上周签了')).toEqual([]);
  });

  it('negation: the speaker may stand between topic and negator', () => {
    expect(detectTags('货期他们不担心 主要嫌单价太高')).toEqual(['price']);
    expect(detectTags('交期客户没提')).toEqual([]);
  });

  it('negation: an instruction not to act on the topic', () => {
    expect(detectTags('还没立项 先别报价')).toEqual(['budget']);
    expect(detectTags('不用走招标')).toEqual([]);
    expect(detectTags('暂不上会')).toEqual([]);
  });

  it('competitors: dental implant, reducer and textile machinery brands', () => {
    expect(findCompetitors('说士卓曼的便宜不少')).toEqual(['士卓曼']);
    expect(findCompetitors('关节模组现在用的哈默纳科')).toEqual(['哈默纳科']);
    expect(findCompetitors('现在也在看立信的')).toEqual(['立信']);
  });

  const more: ExtractionInput['customers'] = [
    ...customers,
    { id: 'c6', name: '开封宋都酒业有限公司', aliases: [] },
    { id: 'c7', name: '湖州市中医院', aliases: ['湖中医'] },
  ];
  const run = (text: string) => extractByRules({ ...input(text), customers: more });

  it('customer: place plus a shortened core still names the customer', () => {
    expect(matchCustomer('湖州中医那边的信息科', more)?.customerId).toBe('c7');
  });

  it('intent: lead markers with a count, stage marking, help and counting questions', () => {
    expect(run('新增一个线索 泉州万家福超市 采购部蔡经理').intent).toBe('create_lead');
    expect(run('宏达标记丢单').intent).toBe('stage_change');
    expect(run('你能帮我做什么').intent).toBe('help');
    expect(run('我这个月签了几单').intent).toBe('query');
    expect(run('我本月跟进了多少客户').intent).toBe('query');
  });

  it('intent: the customer name and rivals’ deeds are no done promise', () => {
    // 宋都 holds the adverb 都; the rivals, not the rep, 报了价.
    expect(run('宋都酒业约了今天3点半见面 我带合同过去').intent).toBe('log_activity');
    expect(run('宏达那边西门子和ABB都报了价 我明天把对比表发过去').intent).toBe('log_activity');
    expect(run('宏达的报价都发过去了').intent).toBe('complete_commitment');
  });

  it('commitment: 写 and 接待 are actions; a clause-final 跟 is following up', () => {
    expect(run('宏达的标书我周日写完').commitment?.due).toBe('2026-03-08T18:00:00+08:00');
    expect(run('宏达这个项目下月初再跟').commitment?.due).toBe('2026-04-01T18:00:00+08:00');
    expect(run('宏达那边我月底再跟一下').commitment?.due).toBe('2026-03-31T18:00:00+08:00');
  });

  it('commitment: attending the customer’s event takes its time; other follow-ups do not', () => {
    expect(run('宏达他们总经理下周一来参观 我负责接待').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
    // 来我们厂 is where they come, not us as the subject: the visit's day is the reception's.
    expect(run('宏达王总下周二来我们厂参观,我负责安排接待').commitment).toEqual({ action: '安排接待', due: '2026-03-10T18:00:00+08:00' });
    expect(run('让我们下周一前把最终报价发过去').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
    expect(run('宏达刘护士长说周一上午有空 我过去做培训').commitment?.due).toBe('2026-03-09T12:00:00+08:00');
    expect(run('宏达说下周三给答复 我再跟进一下').commitment).toMatchObject({ due: null });
  });

  it('commitment: a deliverable the customer asks for is not the rep’s promise', () => {
    expect(run('宏达那边下周要一台折弯机的报价').commitment).toBeNull();
    expect(run('宏达下周要给他们报价').commitment).not.toBeNull();
  });
});

describe('general rules found by the second blind set', () => {
  const run = (text: string, now?: string) => extractByRules(input(text, now));

  it('stage requests: 进 as a move verb, short stage names, moving back', () => {
    expect(run('宏达可以进谈判了')).toMatchObject({ intent: 'stage_change', customerId: 'c3', stage: 'negotiation' });
    expect(run('宏达进商务谈判吧')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
    expect(run('宏达进演示')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
    expect(run('退回需求确认')).toMatchObject({ intent: 'stage_change', stage: 'requirement' });
    expect(run('改回方案演示')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
    expect(run('宏达的阶段改回方案演示')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
    expect(run('我明天跟进一下宏达的需求').intent).toBe('log_activity');
  });

  it('queries: what a deal still lacks, and counting any past period', () => {
    for (const text of ['宏达还差什么', '宏达缺什么', '宏达现在什么阶段']) {
      expect(run(text)).toMatchObject({ intent: 'query', customerId: 'c3' });
    }
    expect(run('这周有哪些合同要到期')).toMatchObject({ intent: 'query', tags: [] });
    expect(run('上个月我签了几单')).toMatchObject({ intent: 'query', stage: null });
  });

  it('evidence with only a customer is a report on that customer', () => {
    expect(run('宏达演示方式:远程')).toMatchObject({ intent: 'log_activity', customerId: 'c3' });
    expect(run('宏达痛点:1.换模慢 2.能耗高')).toMatchObject({ intent: 'log_activity', customerId: 'c3' });
  });

  // A longer sign-off is chit-chat; handing over and arrival are done promises.
  it.each([
    ['辛苦了 今天就到这吧 晚安', 'other'],
    ['宏达的演示账号开好了 发给他们了', 'complete_commitment'],
    ['给宏达的样品今天送到了', 'complete_commitment'],
    // Done deliverables without 完成: documents by 书, drawings by 图, a session given (上完了).
    ['宏达的承重计算书已经给到客户了', 'complete_commitment'],
    ['宏达的需求规格书昨天已经交了', 'complete_commitment'],
    ['宏达的操作培训今天下午上完了', 'complete_commitment'],
    ['宏达的布局图画好了,已经微信发给孔工', 'complete_commitment'],
  ])('intent: %s -> %s', (text, intent) => expect(run(text).intent).toBe(intent));

  it.each([
    ['宏达往前推一步,到商务谈判', 'negotiation'],
    ['宏达这单没了,帮我关成丢单', 'lost'],
  ])('a stage asked for: %s -> %s', (text, stage) => expect(run(text)).toMatchObject({ intent: 'stage_change', stage }));

  // A demo done, a signed contract returned.
  it.each([
    ['宏达的方案演示今天做完了', 'demo'],
    ['宏达的合同今天寄回来了', 'won'],
  ])('reported stage: %s -> %s', (text, stage) => expect(run(text).stage).toBe(stage));

  it('tags: 一点 is not percentage points; phasing of works is not instalments; 开始用 needs an object', () => {
    expect(detectTags('能耗比他们高一点')).toEqual([]);
    expect(detectTags('别家低8个点').sort()).toEqual(['competitor', 'price']);
    expect(detectTags('分三期建设')).toEqual([]);
    expect(detectTags('分三期付款')).toEqual(['payment']);
    expect(detectTags('下学期才开始用')).toEqual([]);
    expect(detectTags('院里决定用联影了')).toEqual(['churn_risk']);
  });

  it('negation: 倒是没提 and a decision not to tender', () => {
    expect(detectTags('价格倒是没提')).toEqual([]);
    expect(detectTags('这个项目不走招标 直接谈')).toEqual([]);
  });

  it('competitors: the incumbent supplier and the other side of a comparison', () => {
    expect(findCompetitors('之前用的是 那个 中涂化工的 效果一般')).toEqual(['中涂化工']);
    expect(findCompetitors('现在用的是人工的')).toEqual([]);
    expect(findCompetitors('他们在对比我们和客如云')).toEqual(['客如云']);
  });

  it('amount: an annual fee is the deal value', () => {
    expect(findAmount('我报的是每年四十二万')).toBe(420000);
    expect(findAmount('每台三千块')).toBeNull();
  });

  it('commitment: an appointment ahead, 把/备 actions, the rep’s narrative going on', () => {
    expect(run('宏达下周一下午两点约了李总 谈一下报价').commitment?.due).toBe('2026-03-09T14:00:00+08:00');
    expect(run('宏达下个月初要交付 我3天内把设备备齐').commitment?.due).toBe('2026-03-07T18:00:00+08:00');
    expect(run('宏达 24小时内 给他们回复维修方案').commitment?.due).toBe('2026-03-05T10:15:00+08:00');
    expect(run('宏达那边我回去跟公司商量一下 后天上午给答复').commitment?.due).toBe('2026-03-06T12:00:00+08:00');
    expect(run('宏达的单子下周三下午去他们厂里谈合同细节').commitment?.due).toBe('2026-03-11T18:00:00+08:00');
    expect(run('宏达已经确认用我们了 下周签').commitment).toBeNull();
  });
});

describe('general rules found by the third blind set', () => {
  const run = (text: string, now?: string) => extractByRules(input(text, now));

  it('lead name: named after a description (叫X), and a place written with 的 is not part of it', () => {
    expect(run('新线索 温州瑞安有个做阀门的叫华通阀门厂 联系人周总').customerName).toBe('华通阀门厂');
    expect(run('新线索 东营有家炼化厂叫东岳石化 设备部宋工').customerName).toBe('东岳石化');
    expect(run('今天在展会上认识了嘉兴一家做汽配的,叫嘉丰精工,录个线索').customerName).toBe('嘉丰精工');
    expect(run('有个新客户,六安的皖西路桥工程公司,他们项目经理赵工要租旋挖钻').customerName).toBe('皖西路桥工程公司');
    expect(run('新线索 宁海精工 他们有个项目叫智能仓').customerName).toBe('宁海精工');
  });

  it('queries: status questions and a closing request to look something up', () => {
    for (const text of ['宏达现在啥情况', '宏达卡在哪一步', '宏达的质保金什么时候退,帮我查一下']) {
      expect(run(text)).toMatchObject({ intent: 'query', customerId: 'c3', tags: [] });
    }
  });

  it('a done deliverable is named up to the done clause, not in a later promise', () => {
    expect(run('宏达的对账单已经发给他们财务了').intent).toBe('complete_commitment');
    expect(run('宏达的报价二十六万八,已经发给校办了').intent).toBe('complete_commitment');
    expect(run('宏达的需求已经确认了,我下周二给他们演示').intent).toBe('log_activity');
  });

  it('tags: 不考虑X了 is churn, a delayed delivery is not, 月付 is a payment term', () => {
    expect(detectTags('今年不考虑换货架了')).toEqual(['churn_risk']);
    expect(detectTags('货架交货要延期一周')).toEqual(['delivery']);
    expect(detectTags('采购推迟到六月')).toEqual(['churn_risk']);
    expect(detectTags('问能不能月付')).toEqual(['payment']);
  });

  it('competitors: a brand starting with a digit, the other side of 跟X在比, a habitual supplier', () => {
    expect(findCompetitors('说比3shape便宜不少')).toEqual(['3shape']);
    expect(findCompetitors('冷藏车项目跟中集在比 对方价格低5%')).toEqual(['中集']);
    expect(findCompetitors('他们张总说用惯了德司达的')).toEqual(['德司达']);
    expect(findCompetitors('跟客户在比价')).toEqual([]);
    expect(findCompetitors('跟我们比一比')).toEqual([]);
  });
});

describe('general rules found by the fourth blind set', () => {
  const run = (text: string, now?: string) => extractByRules(input(text, now));

  it('customer: a county-level city is a leading place, so a shared core is ambiguous', () => {
    const pair = [
      { id: 'm5', name: '温岭恒泰电机有限公司', aliases: ['恒泰电机'] },
      { id: 'm7', name: '温州恒泰阀门有限公司', aliases: ['恒泰阀门'] },
    ];
    expect(matchCustomer('恒泰这单拖了半年了', pair)?.customerId).toBeNull();
    expect(matchCustomer('温岭恒泰的电机', pair)?.customerId).toBe('m5');
  });

  it('negation: 没问题 is not 没问 (did not ask)', () => {
    expect(detectTags('他说合同条款没问题了这周五可以签').sort()).toEqual(['closing_soon', 'contract']);
    expect(detectTags('客户没问价格')).toEqual([]);
  });

  it('tags: 不想换 is churn unless doubly negated; 排产 alone is no delivery term', () => {
    expect(detectTags('老板说不想换系统了').sort()).toEqual(['churn_risk', 'decision_maker']);
    expect(detectTags('不是不想做 是预算还没批下来')).toEqual(['budget']);
    expect(detectTags('月底前付预付款,付完就排产')).toEqual(['payment']);
  });

  it('competitors: a longer rival name in a comparison, never a brand inside a new lead’s name', () => {
    expect(findCompetitors('说我们的锻压机比济南二机床贵了二十万')).toEqual(['济南二机床']);
    expect(findCompetitors('比原先的报价贵')).toEqual([]);
    expect(run('有个新线索 苏州立信会计师事务所 想上OA系统').competitors).toEqual([]);
  });

  it('intent: 干嘛 asks for help; finished work and a reply given are done; a titled contact speaking is a report', () => {
    expect(run('你能干嘛').intent).toBe('help');
    expect(run('答应宏达的配件已经换好了').intent).toBe('complete_commitment');
    expect(run('宏达的排产确认好了,已经回复客户').intent).toBe('complete_commitment');
    expect(run('宏达的王总说下周能签,今天把技术参数都确认了').intent).toBe('log_activity');
  });

  it('commitment: 持续跟进 is an ongoing promise without a due', () => {
    expect(run('宏达的订单推迟到四月 说是资金没到位 我持续跟进').commitment).toEqual({ action: '持续跟进', due: null });
  });
});

describe('general rules found by the fourteenth blind set (probed with other sentences)', () => {
  const run = (text: string) => extractByRules(input(text));

  it('stage requests: verb and direction, one-character verbs read as words, the field then its value, a report then 标记一下', () => {
    expect(run('宏达这单挪回需求确认')).toMatchObject({ intent: 'stage_change', stage: 'requirement' });
    expect(run('宏达直接跳到商务谈判')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
    expect(run('宏达可以标赢单了')).toMatchObject({ intent: 'stage_change', stage: 'won' });
    expect(run('宏达这单算赢单吧')).toMatchObject({ intent: 'stage_change', stage: 'won' });
    expect(run('宏达的阶段往前挪,到方案演示')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
    expect(run('宏达商机更新下阶段:商务谈判')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
    expect(run('宏达这单丢了,标记一下')).toMatchObject({ intent: 'stage_change', stage: 'lost' });
    expect(run('宏达 进 商务 谈判 吧')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
    expect(run('宏达 → 商务谈判')).toMatchObject({ intent: 'stage_change', stage: 'negotiation' });
    expect(run('麻烦把宏达那单推一下,到方案演示')).toMatchObject({ intent: 'stage_change', stage: 'demo' });
    expect(run('宏达这单输给汇川了,关掉吧')).toMatchObject({ intent: 'stage_change', stage: 'lost' });
    expect(run('宏达还需要准备什么材料才能进入下一阶段').intent).toBe('query');
    expect(run('宏达招标丢单了').intent).toBe('log_activity');
    expect(run('宏达客户要改需求').intent).toBe('log_activity');
  });

  it('undo and help in plain words', () => {
    for (const text of ['上条消息取消', '撤回撤回 点错了', '说错了,刚才那条不是宏达的,撤一下', '刚那条是误操作'])
      expect(run(text).intent).toBe('undo');
    expect(run('你好呀 机器人').intent).toBe('help');
  });

  it('done deeds with the customer reaction, and deeds that are someone else’s', () => {
    expect(run('宏达的样板间搭好了,王经理来看过,说颜色要再调').intent).toBe('complete_commitment');
    expect(run('宏达的屏已经换好了,王总说响应挺快').intent).toBe('complete_commitment');
    expect(run('宏达的演示做完了,王总很满意')).toMatchObject({ intent: 'log_activity', stage: 'demo' });
    expect(run('宏达的刘工来电话,说图纸改好了,让我两小时内确认').intent).toBe('log_activity');
    expect(run('宏达的安全阀出了问题').intent).toBe('log_activity');
  });

  it('what the customer asks of us is our promise, voice typed too', () => {
    expect(run('宏达要求我们三天内提供资质文件').commitment?.due).toBe('2026-03-07T18:00:00+08:00');
    expect(run('宏达 对方 要 我们 72小时内 给 报价').commitment?.due).toBe('2026-03-07T10:15:00+08:00');
    expect(run('宏达 那边 打电话 说 钱 批下来了 让我 明天 上午 把 合同 发过去').commitment?.due).toBe('2026-03-05T12:00:00+08:00');
    expect(run('宏达的需求我两天内给个方案').commitment?.due).toBe('2026-03-06T18:00:00+08:00');
    expect(run('我跟宏达说好了下周一之前出方案').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
    expect(run('宏达 周四 下午 两点 视频 会议 我 主讲').commitment?.due).toBe('2026-03-05T14:00:00+08:00');
    expect(run('宏达让我先别报价,等他们内部定了再说').commitment).toBeNull();
  });

  it('churn: put off with words between, switching only to a rival', () => {
    expect(run('宏达老板说等下半年立项再说').tags).toContain('churn_risk');
    expect(run('宏达的项目可能要推到下半年').tags).toContain('churn_risk');
    expect(run('宏达说上线时间要推到九月').tags).not.toContain('churn_risk');
    expect(run('宏达想换成400万像素的摄像头').tags).not.toContain('churn_risk');
    expect(run('宏达想换供应商,嫌现在的太贵').tags).not.toContain('churn_risk');
  });

  it('approval by bodies that decide, not by a person agreeing', () => {
    expect(run('宏达董事会已经通过了我们的方案').tags).toEqual(['approval']);
    expect(run('宏达总经理已经同意了').tags).toEqual(['decision_maker']);
    expect(run('我说回去请示一下').tags).toEqual([]);
  });

  it('a company with what it wants is a lead; a team notice is chit-chat', () => {
    expect(run('刚接到电话,合肥星源智能科技有限公司要做一套MES')).toMatchObject({
      intent: 'create_lead',
      customerName: '合肥星源智能科技有限公司',
    });
    expect(run('今天拜访了合肥星源智能科技有限公司,他们要做MES').intent).toBe('log_activity');
    expect(run('大家今天辛苦了 开门红').intent).toBe('other');
    for (const text of [
      '/线索 苏州博瑞电子 李经理',
      '【新线索】无锡远航船舶配件有限公司 刘总',
      '线索一条:扬州中天钢构,想上MES',
      '来了个询价的 南京金陵石化 要报价',
    ])
      expect(run(text).intent).toBe('create_lead');
    expect(run('/线索 本周')).toMatchObject({ intent: 'query', query: { subject: 'leads', owner: null, period: 'this_week' } });
  });
});
