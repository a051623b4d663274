import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 76-79's signal tags other than the rival, probed with sentences of our own: churn said as a bid lost with its
 * winner named (没中 X中了, 我们第二 X第一), what we supply no longer needed, the works stopped, an order or the purchase's
 * budget to be cut, a contact stalling again and again, 感觉悬 and 先缓缓; and the near misses kept from it (a service
 * late, a term of the offer dropped, a rival found fault with after a switch, a challenge to the result planned).
 */
const run = ruleRunner([
  { id: 'c1', name: '唐山华冶钢铁有限公司', aliases: ['华冶钢铁'] },
  { id: 'c2', name: '寿光绿田蔬菜合作社', aliases: ['绿田'] },
]);
const tags = (text: string) => detectTags(text);

describe('churn: a bid lost with its winner named', () => {
  it.each([['华冶钢铁那个标公示了 没中 东方机械中了'], ['绿田的比选没中,北方农资那边中标了'], ['华冶钢铁开标了 我们第三 东方机械第一']])(
    '%s is churn',
    (text) => expect(tags(text)).toContain('churn_risk'),
  );
  it.each([
    ['华冶钢铁那个标没中 我们也没太投入'],
    ['华冶钢铁开标了 我们第二 东方机械第一 差了0.5分 我去问问能不能质疑'],
    ['华冶钢铁开标了 我们第二 第一名的报价还没公示'],
  ])('%s is no churn', (text) => expect(tags(text)).not.toContain('churn_risk'));
});

describe('churn: the need gone, the works stopped, the order cut', () => {
  it.each([
    ['华冶钢铁说明年自己建制氧站 我们的氧气以后就用不上了'],
    ['绿田说以后不需要我们的滴灌带了'],
    ['华冶钢铁的二期全停了'],
    ['绿田说今年菜价不好 订单可能要砍三成'],
    ['华冶钢铁效益差 明年的检修预算恐怕要压缩'],
  ])('%s is churn', (text) => expect(tags(text)).toContain('churn_risk'));
  it.each([
    ['华冶钢铁的高炉停机了 让我们派人去看'],
    ['绿田说我们的种子很好 他们不需要换了'],
    ['华冶钢铁的预算砍了一成 让我们重新出方案'],
    ['绿田用量要减一半 价格再降两个点才继续合作'],
  ])('%s is no churn', (text) => expect(tags(text)).not.toContain('churn_risk'));
});

describe('churn: stalling, a feeling of doubt, put off', () => {
  it.each([
    ['华冶钢铁的李科长每次都说还在研究'],
    ['绿田的王理事长总说在考虑 问就是再等等'],
    ['华冶钢铁一直没回消息 感觉悬'],
    ['绿田说资金紧 大棚的事先缓缓'],
  ])('%s is churn', (text) => expect(tags(text)).toContain('churn_risk'));
  it.each([['华冶钢铁的老板在考虑两家 看谁的资质齐'], ['绿田的货期要三周 很悬 我今晚跟厂里确认'], ['华冶钢铁的吊灯要悬挂在大厅中间']])(
    '%s is no churn',
    (text) => expect(tags(text)).not.toContain('churn_risk'),
  );
});

describe('no churn: a service late, a term dropped, the rival being left', () => {
  it('a repair late against the promised response is after-sales, not the deal dragging', () => {
    const t = tags('华冶钢铁的除尘器坏了 说好4小时响应 这次拖了一天 很不满');
    expect(t).toContain('after_sales');
    expect(t).not.toContain('churn_risk');
  });
  it('a deposit waived is a term of the offer, no deal cancelled', () => {
    expect(tags('绿田要求账期延长到90天 还要取消保证金')).not.toContain('churn_risk');
    expect(tags('绿田说这次采购取消了')).toContain('churn_risk');
  });
  it('a switch away from a rival found fault with is no churn of ours', () => {
    expect(run('华冶钢铁想换个牌子 嫌西门子的售后慢 让我们下周去讲方案').tags).not.toContain('churn_risk');
  });
});

describe('delivery', () => {
  it.each([
    ['绿田要求苗子3月5号前到'],
    ['华冶钢铁的配件下周一前必须到场'],
    ['合同签了 月底前交首批20台'],
    ['绿田说现在的物流老是送晚 想换一家'],
    ['那批设备原定上月底到位 现在还没影'],
    ['华冶钢铁那批钢格板总算交齐了'],
    ['合同这周签 30天交货没问题吧'],
  ])('%s is delivery talk', (text) => expect(tags(text)).toContain('delivery'));
  it.each([
    ['我明天下午3点前到'],
    ['绿田的样品昨天到厂了 在做检测'],
    ['入库资料下周一前交齐'],
    ['资金原定上月到位 现在还没批'],
    ['我们方案要突出运行成本低'],
    ['交期他们没问题'],
  ])('%s is no delivery talk', (text) => expect(tags(text)).not.toContain('delivery'));
});

describe('price', () => {
  it.each([['进了商务谈判 王总那边要谈价了'], ['我们按每吨1800报的价'], ['quotation发过去了'], ['听说东方机械报得很低']])(
    '%s is price talk',
    (text) => expect(tags(text)).toContain('price'),
  );
  it.each([['今天没谈价格 先看样'], ['他们今年利润不好 钢材价格一直在跌'], ['项目预算报的是80万']])('%s is no price talk', (text) =>
    expect(tags(text)).not.toContain('price'),
  );
});

describe('after-sales', () => {
  it.each([['绿田说发芽率不行 要求我们派技术员过去看'], ['到货后发现有三箱破损']])('%s is after-sales talk', (text) =>
    expect(tags(text)).toContain('after_sales'),
  );
  it.each([['想让我们给他们维修班组做个培训'], ['合同就剩质量索赔那条没定']])('%s is no after-sales worry', (text) =>
    expect(tags(text)).not.toContain('after_sales'),
  );
});

describe('tender', () => {
  it.each([['华冶钢铁那个除尘的标开了 我们第三'], ['那个标我们跟省建联合投的']])('%s is tender talk', (text) =>
    expect(tags(text)).toContain('tender'),
  );
  it.each([['绿田在给县里的示范园项目投标 最近很忙'], ['华冶钢铁的新厂房正在招标施工单位 跟我们没什么关系']])(
    '%s is no tender of ours',
    (text) => expect(tags(text)).not.toContain('tender'),
  );
  it('our own bid beside theirs is still ours', () => {
    expect(tags('绿田在给县里的项目投标 我们也报名了')).toContain('tender');
  });
});

describe('approval', () => {
  it.each([['换供应商要他们李总点头'], ['采购说最后得老板点头']])('%s is a sign-off pending', (text) =>
    expect(tags(text)).toContain('approval'),
  );
  it.each([['质保期的事我回去跟公司请示一下'], ['他们几个项目都在等规划审批']])('%s is no sign-off on the purchase', (text) =>
    expect(tags(text)).not.toContain('approval'),
  );
});

describe('payment and a near signing', () => {
  it.each([['绿田那批滴灌带的款又拖了一个月']])('%s is payment talk', (text) => expect(tags(text)).toContain('payment'));
  it.each([['试用期一个月结束了 反馈不错'], ['他们想上一套称重结算软件']])('%s is no payment term', (text) =>
    expect(tags(text)).not.toContain('payment'),
  );
  it.each([['中标了 合同两周内签'], ['他们说5月第一周签合同'], ['合同6月下旬签']])('%s is a signing near', (text) =>
    expect(tags(text)).toContain('closing_soon'),
  );
  it.each([['合同签了两周了'], ['合同12周内交货']])('%s is no signing near', (text) => expect(tags(text)).not.toContain('closing_soon'));
});
