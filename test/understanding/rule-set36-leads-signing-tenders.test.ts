import { describe, expect, it } from 'vitest';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 36's constructions, probed with sentences of our own: a lead written after 线索-, referred as 介绍的一家, named
 * after where it is (a 城 district, a 新区's new drug maker), after its kind (民宿), called after an English kind (一家CRO叫X)
 * or written with its project (X在建项目); getting ready to sign by a time, and a tender's bid opening, as no promise.
 */
const run = ruleRunner([
  { id: 'c1', name: '杭州绿源物业管理有限公司', aliases: ['绿源', '绿源物业'] },
  { id: 'c2', name: '苏州恒通仓储有限公司', aliases: ['恒通', '恒通仓储'] },
]);

describe('new leads: where and what they are, then their name', () => {
  it.each([
    ['线索-锦江国际大厦(写字楼)刚交付,物业还没定保安公司', '锦江国际大厦'],
    ['开发区介绍的一家,宁波华星精密,要装全厂wifi,周五去看现场', '宁波华星精密'],
    ['线索: 苏州未来科学城 凌云光电,新租了两层办公室,要配工位', '凌云光电'],
    ['线索 南京江北新区新药企 康华生物 要建实验室', '康华生物'],
    ['线索:莫干山新开的民宿 竹里山居,12间房,要装宽带', '竹里山居'],
    ['线索 张江一家CDMO叫瑞科医药,要采购培养箱,联系人王经理', '瑞科医药'],
    ['线索:嘉兴华远化工在建项目,需要一批球阀,设备部李工', '嘉兴华远化工'],
  ])('%s -> %s', (text, name) => {
    const r = run(text);
    expect(r.intent).toBe('create_lead');
    expect(r.customerName).toBe(name);
  });

  it('near misses: a referral of a plan, a project that is the name, a place with no name after it', () => {
    expect(run('给王总介绍了方案,他说下周再聊').intent).not.toBe('create_lead');
    expect(run('线索:城东物流园项目,总包是中建八局,要做围挡').customerName).not.toBe('城东物流园');
    expect(run('线索 南京江北新区新药企 要建实验室 下周去看看').customerName).not.toBe('要建实验室');
  });
});

describe('getting ready to sign, and a tender opening, are no promise', () => {
  it.each(['恒通价格谈妥了,准备下周签合同,总价46万', '绿源维保框架协议5.6万,准备月底前签'])('%s -> no commitment', (text) => {
    expect(run(text).commitment).toBeNull();
  });

  it('the rep going to sign is still the rep’s', () => {
    expect(run('恒通那边谈妥了,我明天去签合同').commitment?.due).not.toBeNull();
  });

  it('a bid opening lends its day to no plan of ours', () => {
    expect(run('绿源保洁外包的招标文件买了,5月12号开标,我们打算报一年148万').commitment?.due ?? null).toBeNull();
  });

  it('the rep’s own time still counts after a bid opening', () => {
    expect(run('绿源5月12号开标,我下周一把标书送过去').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });
});

describe('times that are the customer’s, not lent to the rep’s next clause', () => {
  it('the tender papers out on a day', () => {
    expect(run('绿源保洁外包走公开招标,预算260万,标书下周出。我这边先跟总部沟通授权').commitment?.due ?? null).toBeNull();
  });

  it('near miss: the rep’s own paper by a day is still the rep’s', () => {
    expect(run('绿源招标公告出来了,标书我下周一前做完').commitment?.due).toBe('2026-03-09T18:00:00+08:00');
  });

  it('their condition, then the rep saying it can be done', () => {
    expect(run('恒通想回到我们这边,但要保证货期一周以内,我说可以从杭州仓发').commitment?.due ?? null).toBeNull();
  });

  it('near miss: the reply with a time of its own keeps it', () => {
    expect(run('恒通问能不能先试用一台,我说没问题,明天下午两点送过去').commitment?.due).toBe('2026-03-05T14:00:00+08:00');
  });
});

describe('printing consumables rivals known by name', () => {
  it.each(['恒通试用了我们的油墨,色差比杭华小', '恒通说富士的版材也有问题,想重新谈'])('%s -> competitor', (text) => {
    expect(run(text).tags).toContain('competitor');
  });

  it('near miss: 富士康 is a contract manufacturer, not the plate maker', () => {
    expect(run('绿源物业接了富士康园区的保洁,想问我们报价').tags).not.toContain('competitor');
  });
});

describe('today’s to-dos by command, a typed 那些, a bid lost after its opening', () => {
  it('/今日 asks for today’s promises', () => {
    const r = run('/今日');
    expect(r.intent).toBe('query');
    expect(r.query).toMatchObject({ subject: 'promises', period: 'today' });
  });

  it('…有那些 closing a message asks which', () => {
    expect(run('在需求确认阶段的单子有那些').intent).toBe('query');
  });

  it('near miss: 那些 with a noun after it is no question', () => {
    expect(run('绿源说有那些问题要我们下周一前整改').intent).not.toBe('query');
  });

  it('opened, ranked, not won: lost', () => {
    expect(run('恒通的标开标了 我们排第三 没中').stage).toBe('lost');
  });

  it('near miss: a rival that did not win is no loss of ours', () => {
    expect(run('恒通的投标结果出来了 我们中标了 中标金额312万 舍弗勒也投了没中').stage).not.toBe('lost');
  });
});

describe('delivery and payment terms', () => {
  it('a share paid on delivery is payment, not delivery talk', () => {
    const tags = run('恒通价格谈妥了,预付30% 到货60% 尾款10%').tags;
    expect(tags).toContain('payment');
    expect(tags).not.toContain('delivery');
  });

  it('near miss: goods arriving on a day are still delivery talk', () => {
    expect(run('恒通的货下周三到货,我过去盯安装').tags).toContain('delivery');
  });

  it('goods later than agreed are delivery talk', () => {
    expect(run('绿源的货比约定晚了两天,王总不太高兴').tags).toContain('delivery');
  });

  it('a fee not yet paid is payment talk; near miss: a fee quoted is not', () => {
    expect(run('恒通二季度的服务费还没付,下周一我再去问').tags).toContain('payment');
    expect(run('恒通问服务费怎么算,我下周一报过去').tags).not.toContain('payment');
  });
});
