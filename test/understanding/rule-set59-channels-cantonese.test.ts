import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 59's constructions, probed with sentences of our own: leads that arrive through a channel (WhatsApp进来个新客,
 * 国际站进来个询盘, 1688上有个客人咨询, 群里有个X生私信我, 展会收到的名片, 展位:) or are referred by a customer named with who
 * spoke (老客户X陈总介绍了…), names said with 叫 or recorded for now (先记X), Cantonese 落单 for an order placed, deals
 * won at a price (九七折成交), rivals of furniture hardware, injection machines, kitchen appliances and overseas warehouses.
 */
const customers = [
  { id: 'c1', name: '东莞市恒丰塑胶制品有限公司', aliases: ['恒丰'] },
  { id: 'c2', name: '佛山顺德美居电器有限公司', aliases: ['美居'] },
];
const run = ruleRunner(customers);

describe('a lead arriving through a channel', () => {
  it.each([
    ['WhatsApp进来个新客，迪拜的家居进口商 Desert Home Trading，负责人阿里先生，问铰链价格', 'Desert Home Trading'],
    ['国际站进来个询盘，宝安某蓝牙耳机卖家，还不知道公司名，想做欧洲站', '宝安某蓝牙耳机卖家'],
    ['1688上有个客人咨询灯带，江门做灯饰的，叫江门华晖灯饰厂，想要样品', '江门华晖灯饰厂'],
    ['家电群里有个梁生私信我，他是顺德宝丰电器的老板，想做小家电出口', '顺德宝丰电器'],
    ['五金展收到的名片，苏州做柜体的，叫苏州鼎新家具有限公司，要缓冲铰链', '苏州鼎新家具有限公司'],
    ['灯饰展展位：印尼某照明分销商，公司名还没拿到，采购说要筒灯', '印尼某照明分销商'],
  ])('%s -> %s', (text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
    expect(out.stage).toBe('lead');
  });
  it.each(['有个客人投诉我们的灯带掉色', '恒丰今天进来一批新模具，我下午去看', '美居广交会展台 主办方要求周五前搭完'])(
    '%s is no lead',
    (text) => expect(run(text).intent).not.toBe('create_lead'),
  );
});

describe('a customer referring a new party: the referrer stays out', () => {
  it.each([
    ['老客户恒丰陈总介绍了他朋友的厂，惠州仲恺鑫达五金厂，想换注塑机，联系人吴经理', '惠州仲恺鑫达五金厂'],
    ['老客美居何经理介绍，中山坦洲华润灯具，要500盏投光灯', '中山坦洲华润灯具'],
  ])('%s -> %s', (text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerId).toBeNull();
    expect(out.customerName).toBe(name);
  });
  it('a contact introducing our offer to their boss is no referral', () =>
    expect(run('恒丰陈总介绍给他们老板了，老板觉得可以').intent).not.toBe('create_lead'));
});

describe('the name the rep records for now', () => {
  it('先记X names the lead', () =>
    expect(run('电话进来一个新客户，江门那边一家茶楼，名字还没问到，先记江门某茶楼，要整套炉具').customerName).toBe('江门某茶楼'));
  it('只知道叫X names the lead', () =>
    expect(run('有客人走进展厅：顺德一家新酒店来看厨具，暂时只知道叫大良某酒店，要成套炉具').customerName).toBe('大良某酒店'));
  it('先记个线索 names nothing', () =>
    expect(run('农机展上加了个微信，是宁夏金田农牧的马总，先记个线索').customerName).toBe('宁夏金田农牧'));
});

describe('an order placed or a deal closed is won', () => {
  it.each([
    '美居落单了，燃气灶300套',
    '美居落单啦，总价十二万',
    '美居最后九五折成交，一共二十万',
    '美居最终落了三台250吨',
    '美居第二轮结果出来了，我们拿到了！',
  ])('%s -> won', (text) => expect(run(text).stage).toBe('won'));
  it.each([
    '美居说下个月落单',
    '美居想月底前成交',
    '美居那边落了一场雨，今天没去',
    '我们拿到了他们的图纸，明天报价',
    '美居的招标文件我们拿到了，下周开标',
  ])('%s is not won', (text) => expect(run(text).stage).not.toBe('won'));
});

describe('stage moves, counts and the bot asked about', () => {
  it('改做 asks for the stage', () => {
    const out = run('美居改做商务谈判阶段');
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe('negotiation');
  });
  it('改做方案 is no stage move', () => expect(run('美居要求改做方案了').intent).not.toBe('stage_change'));
  it('deals counted by 张 is a question', () => expect(run('在商务谈判阶段的单有几张？').intent).toBe('query'));
  it('whether the bot can look something up is help', () => expect(run('这个机器人能查逾期的单吗？').intent).toBe('help'));
  it('asking it to look something up is a question', () => expect(run('你能查下逾期的单吗').intent).toBe('query'));
});

describe('a report with the question whether it can be saved attached', () => {
  it('the customer quoted, then the question: a report', () =>
    expect(run('美居那边说“你们价太高，我们已经找了别家”，不再考虑了。这单还有救吗？').intent).toBe('log_activity'));
  it('the question alone asks', () => expect(run('美居那个单子还有救吗').intent).toBe('query'));
});

describe('signals of the trades', () => {
  it.each([
    ['他说给个实价', 'price'],
    ['让我报FOB价', 'price'],
    ['师傅通宵修好', 'after_sales'],
    ['招标延迟到5月', 'churn_risk'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['他们春节备货量大', 'delivery'],
    ['黑五备货要提前', 'delivery'],
    ['设计院推荐了老板电器', 'decision_maker'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('their boss still is the decision maker', () => expect(detectTags('他们老板说下周定')).toContain('decision_maker'));
});

describe('rivals of the trades', () => {
  it.each([
    ['不派人就转用力劲', '力劲'],
    ['价格不高过博创', '博创'],
    ['现在用的东泰铰链', '东泰'],
    ['邀请了海蒂诗一起投', '海蒂诗'],
    ['之前用的悍高拉篮', '悍高'],
    ['不然就用回谷仓', '谷仓'],
    ['设计院推荐了老板电器', '老板电器'],
    ['ERP用的马帮', '马帮'],
  ])('%s -> %s', (text, rival) => {
    expect(findCompetitors(text).some((name) => name.includes(rival))).toBe(true);
    expect(run(`美居${text}`).tags).toContain('competitor');
  });
});
