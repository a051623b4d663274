import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { leadName } from '../../src/understanding/rules/new-customer';
import { detectTags } from '../../src/understanding/rules/signals';
import { RULES_ALONE, ruleRunner } from './rule-runner';

/**
 * Blind set 48's constructions, probed with sentences of our own: rivals of small appliances, tea, cross-border ERP and
 * payments, a threat to move the business said as a condition, hope given up, export payment terms, price out of play,
 * leads described before their name, figures of power and speed, a 。 between figures, deeds with a deadline ahead and a
 * stage reported as reached.
 */
const run = ruleRunner([{ id: 'c1', name: '锦华纺织有限公司', aliases: ['锦华'] }]);

describe('rivals of the trades', () => {
  it.each([
    ['新宝的报价比我们低5%', '新宝'],
    ['不然就考虑换艺福堂', '艺福堂'],
    ['ERP先用店小秘的', '店小秘'],
    ['现在用的是万里汇收款', '万里汇'],
    ['说五洲新春的轴承批量出了质量问题', '五洲新春'],
    ['现在用的是上标的，交期老拖', '上标'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['包装上要贴上标签', '家里刚添了个新宝宝', '周末去西湖边走走'])('%s names no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
});

describe('a threat to move the business, said as a condition', () => {
  it.each([
    '锦华刘老板说要压价8个点，不然就分一半量给东明',
    '锦华林工说改不好就用盛虹的了',
    '锦华说明前龙井每斤再降50，不然就考虑换艺福堂',
  ])('%s is churn', (text) => expect(run(text).tags).toContain('churn_risk'));
  it('锦华说3天内把资质发过去，不然就找三一的租赁商 is no churn', () =>
    expect(run('锦华说3天内把资质发过去，不然就找三一的租赁商').tags).not.toContain('churn_risk'));
  // The learned reader reads 不然就用 as a threat here, though what would be used is ours.
  it('锦华说不然就用我们的新款 is no churn', () =>
    expect(run('锦华说不然就用我们的新款', undefined, RULES_ALONE).tags).not.toContain('churn_risk'));
});

describe('the deal given up or put aside', () => {
  it.each(['这单先放着，别抱太大希望', '老板娘没什么兴趣', '说今年先不折腾了', '价格再不让，我们真没法选你们'])('%s is churn', (text) =>
    expect(detectTags(text)).toContain('churn_risk'),
  );
  it.each(['样品先放着备用', '对这个方案很有兴趣', '我们排第二，还有机会'])('%s is no churn', (text) =>
    expect(detectTags(text)).not.toContain('churn_risk'),
  );
});

describe('signals of an export deal', () => {
  it.each(['客户要LC 90天', '我们一般只做即期', '付款T/T 30%定金', '信用证付款谈不拢'])('%s is payment talk', (text) =>
    expect(detectTags(text)).toContain('payment'),
  );
  it('HPLC names no letter of credit', () => expect(detectTags('药科检测 HPLC demo约了下周二')).not.toContain('payment'));
  it('大货价 is price talk', () => expect(detectTags('让我们报一下5个色各5000米的大货价')).toContain('price'));
  it.each(['价格不敏感', '试用期3个月，通过了再谈价格'])('%s is no price talk', (text) => expect(detectTags(text)).not.toContain('price'));
  it('下周再谈价格 still is', () => expect(detectTags('下周再谈价格')).toContain('price'));
  it('打样评审过了 is no approval', () => expect(detectTags('今天打样评审过了')).not.toContain('approval'));
  it('方案要上会评审 is one', () => expect(detectTags('方案要上会评审')).toContain('approval'));
  it('their stocking plan cut is no delivery', () => expect(detectTags('他们618的备货计划砍了')).not.toContain('delivery'));
  it('goods to stock ahead is', () => expect(detectTags('让我们先备货')).toContain('delivery'));
});

describe('a lead described before its name', () => {
  it.each([
    ['新客户!义乌的小商品出口商,恒途贸易,做瑜伽服的', '恒途贸易'],
    ['新客户:宁波的户外家具厂,森野家居,想做线上', '森野家居'],
    ['新线索:温州一家酒店用品批发商,瓯江酒店用品,要采购电热水壶', '瓯江酒店用品'],
    ['记个线索,慈溪的一家小家电厂,好帮手电器,要不锈钢螺丝', '好帮手电器'],
    ['记个线索:余姚做小家电的康帅电器,要开模具', '康帅电器'],
  ])('%s -> %s', (text, name) => expect(leadName(text)).toBe(name));
  it('a description without a name after it is kept whole', () =>
    expect(leadName('新线索:恒鑫染料有限公司,在上虞化工园区,想做废水处理')).toBe('恒鑫染料有限公司'));
});

describe('figures that are not money', () => {
  it('功率要做到150W is power', () => expect(findAmount('功率要做到150W,出厂价不能超过45块')).toBeNull());
  it('转速2万转 is speed', () => expect(findAmount('要求转速2万转以上')).toBeNull());
  it('预算3万 after a power is money', () => expect(findAmount('功率1500W,预算3万')).toBe(30000));
  it('a sentence stop before a figure', () => expect(findAmount('电话也不接了。17.6万挂了快三个月')).toBe(176000));
  it('a sentence stop after a figure', () => expect(findAmount('合同金额164.5万。5个工作日内发合同')).toBe(1645000));
  it('a decimal point stays one', () => expect(findAmount('合同金额164.5万')).toBe(1645000));
});

describe('deeds and stages', () => {
  it.each(['锦华的样布周一4点前我把快递寄出', '锦华要的色样我答应4月1号前都寄过去'])('%s is a promise ahead', (text) =>
    expect(run(text).intent).toBe('log_activity'),
  );
  it('锦华的样布已经寄出了 is done', () => expect(run('锦华的样布已经寄出了').intent).toBe('complete_commitment'));
  it('现在进入商务阶段 reports the stage', () => {
    const r = run('锦华技术方案认可了，现在进入商务谈判阶段，卡在价格上');
    expect(r.intent).toBe('log_activity');
    expect(r.stage).toBe('negotiation');
  });
  it('进入商务谈判吧 asks for it', () => expect(run('锦华进入商务谈判吧').intent).toBe('stage_change'));
});
