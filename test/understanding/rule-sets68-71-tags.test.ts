import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind sets 68-71's signal tags other than the rival, probed with sentences of our own: a loss to a winner the word lists
 * do not know, told by the verb that hands the deal over (输给了X, 给了X, 切给X, 还是选X, X中了 with us ranked second), a
 * deal put off or given up said with verbs the rules did not know (往后拖, 挪到明年, 暂时不买了, 基本做不了了), and the
 * customer's own business (their suppliers, their clients, their own bids) kept from price, tender and delivery.
 */
const run = ruleRunner([
  { id: 'c1', name: '勐腊胶业有限公司', aliases: ['勐腊胶业'] },
  { id: 'c2', name: '绿野牧业有限公司', aliases: ['绿野牧业'] },
]);
const tags = (text: string) => detectTags(text);

describe('a loss to a winner named by the verb, the name unknown', () => {
  it.each([
    ['绿野牧业开标了 咱们第二 输给了东郊机械 差了不到三万'],
    ['勐腊胶业那边丢了 压铸壳体给了南山精工'],
    ['勐腊胶业丢了,黄总最后还是用的北江电机原厂件'],
    ['绿野牧业 对比表发过去了 他们说还是选华林 便宜'],
  ])('%s is lost and churn', (text) => {
    const out = run(text);
    expect(out.stage).toBe('lost');
    expect(out.tags).toContain('churn_risk');
  });
  it("a win reported with us ranked second is another's (X中了 我们排第二)", () => {
    const out = run('勐腊胶业开标了 桂山橡机中了 我们排第二');
    expect(out.stage).toBe('lost');
    expect(out.tags).toContain('churn_risk');
  });
  it('the bid settled, then given away in the next clause (定标了 给了X)', () => {
    const out = run('绿野牧业 挤奶机 定标了 给了东牧 差了一百多万');
    expect(out.stage).toBe('lost');
    expect(out.tags).toEqual(expect.arrayContaining(['churn_risk', 'tender']));
  });
  it('a loss with no winner named stays the stage alone', () => {
    expect(run('勐腊胶业开标了 我们第二 没中').tags).not.toContain('churn_risk');
  });
  it('going back to their own old way is no rival (还是用回纸质本子)', () => {
    expect(run('勐腊胶业改成丢单吧，老板说还是用回纸质本子记账').tags).not.toContain('churn_risk');
  });
  it("a loss of an earlier round is not this deal's (上次输给X)", () => {
    const out = run('绿野牧业明年还会重新招标 到时候记得叫上我们 上次输给东牧主要是价格');
    expect(out.stage).toBeNull();
    expect(out.tags).not.toContain('churn_risk');
  });
  it('picking among our own options is no loss (最后还是选A方案)', () => {
    expect(run('绿野牧业最后还是选A方案').stage).not.toBe('lost');
  });
});

describe('a deal put off or given up, said with a verb of moving it later or away', () => {
  it.each([
    ['客户说先不急 等汛期过了再说'],
    ['他们说等旺季过去再看'],
    ['东亚糖业 这单怕是要黄'],
    ['集团要统一用别的系统,这边可能用不了了'],
    ['房东不同意装光伏，这个项目基本做不了了'],
    ['几家家具厂的VOC设备都想往后拖'],
    ['瓷砖进货都在往后压'],
    ['实训楼家具挪到明年了'],
    ['所以这学期暂时不买新设备了'],
    ['万顺粮贸 确定不搞了'],
    ['何总说先看看别家的方案再说'],
    ['孙经理说调角器支架下半年切给拓普了'],
  ])('%s is churn', (text) => expect(tags(text)).toContain('churn_risk'));
  it.each([
    ['工期可能要往后拖一个月'],
    ['这期进度款要缓一缓再付'],
    ['今天喝多了 明天再说吧'],
    ['一台先试 要是好用明年再上四台'],
    ['之前暂停的那个项目要重新启动'],
    ['喔趣到期不续了，6月开始换我们的'],
    ['要黄油香精和乳化剂两块'],
    ['那台设备可能用不了了'],
    ['采购说如果他们保证不了交货，就切给我们'],
  ])('%s is no churn', (text) => expect(tags(text)).not.toContain('churn_risk'));
});

describe("the customer's own business is not ours", () => {
  it.each([
    ['他们的越南供货商都在涨价'],
    ['他们自己在给一家药企做检测项目，药企那边压价压得厉害'],
    ['他们在给业主做整体报价，业主嫌总价太高'],
    ['价格的事一句没提'],
    ['凤凰湾这边还没到谈价钱的阶段'],
  ])('%s is no price', (text) => expect(tags(text)).not.toContain('price'));
  it.each([['他们的供应商报价比我们低'], ['说报价每台一百三十五万']])('%s is price', (text) => expect(tags(text)).toContain('price'));
  it.each([
    ['普瑞茶叶他们自己在投一个德国连锁超市的标,问我们能不能提供资料附在标书里'],
    ['品牌方最近在搞供应商招标，新锐自己也在投'],
    ['他们自己这两天在投长城的标 挺忙'],
  ])('%s is no tender of ours', (text) => expect(tags(text)).not.toContain('tender'));
  it('their own bid beside ours is a tender (他们自己在投, 我们也投)', () => {
    expect(tags('他们自己在投一汽的标，我们也准备投')).toContain('tender');
  });
  it('their own supply bid is no delivery (他们自己在投…的供货标)', () => {
    expect(tags('王经理说他们自己在投三亚一个商超的供货标')).not.toContain('delivery');
  });
});

describe('other tags said in new ways', () => {
  it.each([
    ['局务会下周开,过了就挂网招标', 'approval'],
    ['昌宁农业局的局务会过了', 'approval'],
    ['今年有农机补贴', 'budget'],
    ['说下个月贷款能批下来', 'budget'],
    ['要是再降5w 今天就能定', 'price'],
    ['每平米能不能再让两块', 'price'],
    ['刀总同意1.15万一柜', 'price'],
    ['运费谈下来了，一车次2800', 'price'],
    ['车价能接受，就是首付压力大', 'price'],
    ['首批30台下月交', 'delivery'],
    ['问能不能按季度付', 'payment'],
    ['绿野牧业 定标了', 'tender'],
  ])('%s is %s', (text, tag) => expect(tags(text)).toContain(tag));
  it.each([
    ['想找我们报个备件价', 'after_sales'],
    ['预算的事张科长说先不谈', 'budget'],
    ['去年我们那批PU皮有色差，当时已经赔过了', 'after_sales'],
    ['前年投诉过售后响应慢，不过那是前任代理商的事', 'after_sales'],
    ['第一批瓷砖的货款还没到', 'delivery'],
    ['售后工程师多久能到', 'delivery'],
    ['我下月初再去一趟.', 'price'],
    ['要定标准的流程', 'tender'],
  ])('%s is no %s', (text, tag) => expect(tags(text)).not.toContain(tag));
  it('a past fault still sore is after-sales (去年那批有色差,这次还要注意)', () => {
    expect(tags('去年那批有色差，这次还要注意')).toContain('after_sales');
  });
});
