import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 72-75's signal tags other than the rival, probed with sentences of our own: a loss told as our rank behind a
 * winner named, a deal handed to a rival (转给X, 还是找原来的X), a delay denied, a part of the offer cut; price talk said
 * as a round of comparison, a requote or a cut in points; goods late at port or customs, or come in part; the customer's
 * own business (their goods dearer, their clients, their own tender or win) kept from price, tender and delivery; sign-offs
 * by a head office or a 班子会, and our own side's asking kept from them.
 */
const run = ruleRunner([
  { id: 'c1', name: '黔南恒丰建材有限公司', aliases: ['恒丰建材'] },
  { id: 'c2', name: '赤峰草原乳业有限公司', aliases: ['草原乳业'] },
]);
const tags = (text: string) => detectTags(text);

describe('churn told by the form of the words', () => {
  it.each([['恒丰建材开标了 我们第二 第一是东方机械 唉'], ['草原乳业比选结果出来了,咱们排第二,第一名是北方冷链']])(
    '%s, ranked behind a winner, is churn',
    (text) => expect(tags(text)).toContain('churn_risk'),
  );
  it('ranked second with hope said after it is no churn', () => {
    expect(tags('恒丰建材开标了 我们第二 第一是东方机械 王总说还有议价环节')).not.toContain('churn_risk');
  });
  it.each([['郑总一直没回 微信也不回 感觉要凉'], ['方案发了两周 电话都不接']])('%s is churn', (text) =>
    expect(tags(text)).toContain('churn_risk'),
  );
  it('a room that does not cool is no churn', () => {
    expect(tags('恒丰建材的空调一直不凉 让我们去看看')).not.toContain('churn_risk');
  });
  it('a delay denied is no churn, a delay is', () => {
    expect(tags('草原乳业说改造项目可能不推迟了 让我下周出方案')).not.toContain('churn_risk');
    expect(tags('草原乳业说改造项目推迟到明年')).toContain('churn_risk');
  });
  it('a part of the service cut is no churn, the project cut is', () => {
    expect(tags('恒丰建材续签没问题 服务内容砍掉绿化养护')).not.toContain('churn_risk');
    expect(tags('恒丰建材的项目砍掉了')).toContain('churn_risk');
  });
  it.each([['恒丰建材最后还是转给三一了 说价格差不多'], ['草原乳业嫌我们贵 可能还是找原来的三一']])(
    '%s hands the deal to a rival: churn',
    (text) => expect(run(text).tags).toContain('churn_risk'),
  );
  it('a paper handed to their finance is no churn', () => {
    expect(run('恒丰建材的报价单王工转给财务了').tags).not.toContain('churn_risk');
  });
});

describe('price talk', () => {
  it.each([
    ['对方直接降了十几个点'],
    ['他们说还要跟别家再比一轮价'],
    ['采购说预算压到135w了 让我们按这个数重新报'],
    ['老板拍板了 就按我们上次报的'],
    ['听说那家报得太高'],
  ])('%s is price talk', (text) => expect(tags(text)).toContain('price'));
  it.each([['让我们重新报名'], ['尾款还差30%没付']])('%s is no price talk', (text) => expect(tags(text)).not.toContain('price'));
  it('the customer raising the price of its own goods is not our price', () => {
    expect(tags('恒丰建材说他们的水泥今年提价了 出厂价涨了10% 对我们的量没影响')).not.toContain('price');
    expect(tags('恒丰建材说他们的欧洲客户一直在压价 单价压到1.2美金了')).not.toContain('price');
  });
  it('a price found fine by us is no worry', () => {
    expect(tags('草原乳业选了别家 价格我们没问题 是嫌我们交期慢')).not.toContain('price');
  });
});

describe('delivery', () => {
  it.each([['上个月那票到港晚了五天'], ['第一批货海关查验 耽误了四天'], ['8台车到了4台 剩下的要延期'], ['标中了 下周一进场交接']])(
    '%s is delivery talk',
    (text) => expect(tags(text)).toContain('delivery'),
  );
  it.each([['先拿20吨试卖 现款现货'], ['付款改成预付30 到货60 验收10'], ['系统上线后用户反馈报表太慢']])('%s is no delivery talk', (text) =>
    expect(tags(text)).not.toContain('delivery'),
  );
  it('a share paid on delivery with its days is still read as before', () => {
    expect(tags('到货30天内付款')).toContain('payment');
  });
});

describe("the customer's own tender and win", () => {
  it.each([
    ['他们自己在搞牛肉招标 给超市供货的 跟我们没关系'],
    ['他们自己的管网改造工程在招标 忙得不行'],
    ['比亚迪那个标他们中了 要开始备料'],
  ])('%s is no tender of ours', (text) => {
    expect(tags(text)).not.toContain('tender');
    expect(tags(text)).not.toContain('delivery');
  });
  it('their tender we bid for is a tender', () => {
    expect(tags('他们在搞招标 我们准备投')).toContain('tender');
  });
  it.each([['洗扫车答疑截止到13号'], ['招标答疑会今天开的']])('%s is tender talk', (text) => expect(tags(text)).toContain('tender'));
});

describe('sign-offs and who signs', () => {
  it.each([['合同越南总部批下来了'], ['采购计划报上去了 还没批'], ['压路机那单要上班子会']])('%s is an approval', (text) =>
    expect(tags(text)).toContain('approval'),
  );
  it.each([['老板约我周二去厂里 带上报价'], ['让我们再让点 我今天下午请示完回他'], ['我们要降价得领导批']])(
    '%s is no approval of theirs',
    (text) => expect(tags(text)).not.toContain('approval'),
  );
  it('their contact reporting to the boss puts the boss in play; ours does not', () => {
    expect(tags('韩工挺满意,说回去跟老板汇报')).toContain('decision_maker');
    expect(tags('我跟老板汇报一下')).not.toContain('decision_maker');
  });
  it('orders to start flowing are no close to come', () => {
    expect(tags('佳宏接受了报价 下周开始下单')).not.toContain('closing_soon');
    expect(tags('佳宏说下周下单')).toContain('closing_soon');
  });
});

describe('payment and after-sales', () => {
  it('money still partly out is payment talk', () => {
    expect(tags('饲料款还有一部分没回 会计说月底前打过来')).toContain('payment');
  });
  it('a fix of ours demanded within a span is after-sales; work on the offer is not', () => {
    expect(tags('用户反馈报表太慢 要求我们一周内优化好')).toContain('after_sales');
    expect(tags('要求我们一周内把方案优化好')).not.toContain('after_sales');
  });
});
