import { describe, expect, it } from 'vitest';
import { findAmount } from '../../src/understanding/rules/amount';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 41's constructions, probed with sentences of our own: rivals of LED lighting, tea and snacks, injection
 * molds, elevator parts, truck leasing and smart hotel locks, with longer words that are something else; work they
 * want finished by their deadline (要求…前必须完成, 必须…前给他们装完, 要求月底前开班).
 */
const run = ruleRunner([
  { id: 'c1', name: '常州恒远机械有限公司', aliases: ['恒远'] },
  { id: 'c2', name: '无锡华信置业有限公司', aliases: ['华信'] },
]);

describe('rivals of the trades', () => {
  it.each([
    ['车库原来用的欧普的灯管', '欧普'],
    ['他们超市进的是良品铺子的货', '良品铺子'],
    ['银宝山新报的模具便宜', '银宝山新'],
    ['货车他们打算找狮桥租', '狮桥'],
    ['酒店前台说亚萨合莱也来谈了', '亚萨合莱'],
    ['扶梯的事通力和康力都来谈过', '通力'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['两家公司通力合作', '通力'],
    ['他们老板是耶鲁大学毕业的', '耶鲁'],
    ['这个方案对他们有很大益处', '大益'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));
});

describe('work they want finished by their deadline', () => {
  it.each([
    ['恒远王工要求首批样件5月8号前必须完成', '2026-05-08T18:00:00+08:00'],
    ['华信新楼开盘，门禁必须4月10号前给他们装完', '2026-04-10T18:00:00+08:00'],
    ['恒远人事说新员工培训要求月底前开班', '2026-03-31T18:00:00+08:00'],
  ])('%s is our promise due %s', (text, due) => expect(run(text).commitment?.due).toBe(due));

  it.each(['恒远开学前要上线', '华信说他们8月底前要完成上线', '恒远那个标中了 9月底前要全部安装完'])('%s is no promise of ours', (text) =>
    expect(run(text).commitment).toBeNull(),
  );
});

describe('signal words of the trades', () => {
  it.each([
    ['客户下周一就要提车', 'delivery'],
    ['物业说门禁月底前给他们装好', 'delivery'],
    ['方案要上他们月度例会过一下', 'approval'],
    ['办公室租下来，要押一付三', 'payment'],
    ['货车不租了，改买新的', 'churn_risk'],
    ['老板说改造今年不动了', 'churn_risk'],
    ['我们报的是12.5万，他说贵', 'price'],
  ])('%s is %s', (text, tag) => expect(detectTags(text)).toContain(tag));

  it.each([
    ['维保部何主管说试用效果挺好', 'after_sales'],
    ['对方是做维保的公司', 'after_sales'],
    ['把你那边的报价模板发我一份', 'price'],
    ['我们报的30天工期他嫌长', 'price'],
    ['车子今天动不了，明天再看', 'churn_risk'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
});

describe('a new lead named after its city and a place within it', () => {
  it.each([
    ['新客户 青岛崂山的海韵茶社，老板想进一批茶叶', '海韵茶社'],
    ['有个新客户 三亚亚龙湾的椰风度假酒店想换门锁', '椰风度假酒店'],
  ])('%s -> %s', (text, name) => expect(run(text).customerName).toBe(name));

  it('keeps a company named with its city and a possessive role after it', () =>
    expect(run('新线索 杭州华信的采购王经理想要报价').customerName).not.toBe('采购王经理'));
});

describe('a meeting they made with us', () => {
  it('恒远王总约了下周二聊培训方案 is ours to keep', () =>
    expect(run('恒远王总约了下周二聊培训方案').commitment?.due).toBe('2026-03-10T18:00:00+08:00'));
  it('恒远王总约了供应商下周二谈 is theirs', () => expect(run('恒远王总约了供应商下周二谈').commitment).toBeNull());
});

describe("a rival's quote said with 才报", () => {
  it('我们报12万，对方说银宝山新才报9万 -> ours', () => expect(findAmount('我们报12万，对方说银宝山新才报9万', ['银宝山新'])).toBe(120000));
  it('才报了9万 with no rival named is ours', () => expect(findAmount('模具这次才报了9万')).toBe(90000));
});

describe('a training outline sent', () => {
  it('恒远的培训大纲发王总了 is a promise done', () => expect(run('恒远的培训大纲发王总了').intent).toBe('complete_commitment'));
  it('恒远王总说大纲还要改 is no deed of ours', () => expect(run('恒远王总说大纲还要改').intent).not.toBe('complete_commitment'));
});
