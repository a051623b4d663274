import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 39's constructions, probed with sentences of our own: rivals of garment accessories, machine tools, boilers
 * and rooftop solar; a measure (2.3MW) and how low our price goes (单价最低) that name no rival; money late said in the
 * next clause; business given elsewhere (就给别家做了); a volume price, a price worked out again, goods handed over on
 * schedule, a decider signing on a day; a bare stage name asked for (丢单吧); a status asked with 了 (什么情况了).
 */
const run = ruleRunner([
  { id: 'c1', name: '绍兴明洲食品有限公司', aliases: ['明洲'] },
  { id: 'c2', name: '宁波万润电子有限公司', aliases: ['万润'] },
]);

describe('rivals of the trades', () => {
  it.each([
    ['客户说拉链要YKK的', 'YKK'],
    ['他们现在扣子用的浔兴', '浔兴'],
    ['五轴他们之前一直找牧野的代理', '牧野'],
    ['导热油炉那边菲斯曼也在报', '菲斯曼'],
    ['屋顶光伏正泰安能也来谈过', '正泰安能'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it('a measure (2.3MW) holds no 3M', () => expect(findCompetitors('屋顶能装2.3MW')).not.toContain('3M'));
  it('3M by itself is still the maker', () => expect(findCompetitors('他们一直用的3M的胶带')).toContain('3M'));
  it('单价最低 is how low the price goes, no rival', () => expect(findCompetitors('树脂扣单价最低能做到9分')).toEqual([]));
  it('a rival still cheapest is named', () => expect(findCompetitors('三家里,宏信最便宜')).toContain('宏信'));
});

describe('churn, price, delivery and closing', () => {
  it('money late in the next clause is payment, no churn', () => {
    const tags = detectTags('上个月的服务费还没回款,拖了45天了');
    expect(tags).toContain('payment');
    expect(tags).not.toContain('churn_risk');
  });
  it.each(['工期可能要拖到8月', '交货可能要拖到8月'])('%s is the delivery late, no churn', (text) => {
    const tags = detectTags(text);
    expect(tags).toContain('delivery');
    expect(tags).not.toContain('churn_risk');
  });
  it('the project put off is churn', () => expect(detectTags('项目可能要拖到8月')).toContain('churn_risk'));
  it('the deal dragging is still churn', () => expect(detectTags('这单又拖了两个月了,一直没定')).toContain('churn_risk'));

  it('business given to another firm is churn', () =>
    expect(detectTags('让我们周三之前给个最终价,不然就给别家做了')).toContain('churn_risk'));
  it('work we did for another firm is no churn', () => expect(detectTags('这种阀块我们之前给别家做过')).not.toContain('churn_risk'));

  it.each(['批量价明天报过去', '重新算了价,他们基本认可'])('%s is price talk', (text) => expect(detectTags(text)).toContain('price'));
  it('goods handed over on schedule are the delivery', () => expect(detectTags('首批货已经按期交了')).toContain('delivery'));

  it('the decider signing on a day is closing', () => expect(detectTags('等他们老板周五回来拍板签字')).toContain('closing_soon'));
  it('a sign-off with no day is not', () => expect(detectTags('等他们老板回来拍板签字')).not.toContain('closing_soon'));
  it('签字 alone is still an internal sign-off', () => expect(detectTags('周五院长签字')).not.toContain('closing_soon'));
});

describe('stage asked by its name, status asked with 了', () => {
  it.each([
    ['明洲那个,丢单吧', 'lost'],
    ['明洲那单,那就赢单吧', 'won'],
  ])('%s asks for %s', (text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });
  it.each(['明洲估计要丢单吧?', '明洲已经丢单了'])('%s asks for no move', (text) => expect(run(text).intent).not.toBe('stage_change'));

  it.each(['万润那个派遣项目什么情况了', '万润啥情况了'])('%s is a status question', (text) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('deal_status');
  });
  it('a situation told is no question', () => expect(run('万润那边我去看了,情况了解了').intent).not.toBe('query'));
});

describe('leads after a bracketed marker or a zone, and prices sent', () => {
  it.each([
    ['【线索】滨海工业区 宏远针纺，老板有意向搞自发自用', '宏远针纺'],
    ['/新建线索 上虞经开区 润丰化工，想把保洁外包', '润丰化工'],
    ['新线索 苏州工业园区 星海电子 想做安保外包', '星海电子'],
  ])('%s names the lead %s', (text, name) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe(name);
  });
  it('a zone committee is still the name', () => expect(run('新线索 高新区管委会 想做安保外包').customerName).toBe('高新区管委会'));
  it('a bracket in the middle is no marker', () => expect(run('明洲那边问了【线索】的事').intent).not.toBe('create_lead'));

  it('a volume price sent is a deliverable done', () => expect(run('明洲批量价发了，王工说收到').intent).toBe('complete_commitment'));
  it('a volume price asked for is not', () => expect(run('明洲让我周四前报个批量价').intent).not.toBe('complete_commitment'));

  it('a threat of work done elsewhere is no deed done', () =>
    expect(run('明洲让我们周三之前给个最终价，不然就给别家做了').intent).not.toBe('complete_commitment'));
  it('a quote revised is still one', () => expect(run('明洲的报价改好了').intent).toBe('complete_commitment'));

  it.each(['明洲的回款催回来了', '明洲五轴的事回复了，能接，他们下周会把图纸发过来'])('%s is a task done', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['明洲的回款还没催回来', '明洲的回款催了好几次了', '他们五轴的事回复了吗'])('%s is no task done', (text) =>
    expect(run(text).intent).not.toBe('complete_commitment'),
  );
});
