import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';

/**
 * Blind set 34's constructions, probed with sentences of our own: a lease's handover and rent, a price pointed at or
 * held, a signing with its time said after it, a go-live long past, a pause that is over, and rivals named by the
 * business handed to them, by the award, by the incumbent pointed at, by a threat to buy elsewhere and by how they quoted.
 */
describe('tags of leases, prices, signings, go-lives and pauses', () => {
  it.each([
    ['托盘租赁那边下周一提箱', 'delivery'],
    ['嫌我们交箱太慢', 'delivery'],
    ['叉车的阶梯租金方案明天发', 'price'],
    ['客户问租金怎么算', 'price'],
    ['问还是不是上次那个价', 'price'],
    ['按新的数量重新保价', 'price'],
    ['法务看完就签 预计月底', 'closing_soon'],
  ])('%s -> %s', (text, tag) => {
    expect(detectTags(text)).toContain(tag);
  });

  it.each([
    ['全年租金80万左右', 'price'],
    ['上个月租金还欠着', 'price'],
    ['客服系统上线半年了 最近偶尔卡顿', 'delivery'],
    ['搁置的冷库项目又活了 老板让重新报', 'churn_risk'],
    ['合同已经签 大概下周开工', 'closing_soon'],
  ])('%s is not %s', (text, tag) => {
    expect(detectTags(text)).not.toContain(tag);
  });

  it('still reads a go-live to come and a pause not over', () => {
    expect(detectTags('系统下个月上线')).toContain('delivery');
    expect(detectTags('冷库项目暂停了')).toContain('churn_risk');
  });
});

describe('rivals named by what happened to the business', () => {
  it.each([
    ['那批托盘他们转给Loscam了', 'Loscam'],
    ['评审结果出来 给了绿源检测 我们输了', '绿源检测'],
    ['说之前合作的新锐那边响应太慢', '新锐'],
    ['价格再不降 不然就买华扬的', '华扬'],
    ['说金杯报得便宜', '金杯'],
    ['现在用的盖雅排班老出错', '盖雅'],
  ])('%s -> %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });

  it.each([
    ['把这个客户转给小刘跟进', '小刘'],
    ['商机转到需求确认', '需求确认'],
    ['师傅换了新滤芯', '新滤芯'],
    ['想换个便宜点的厂家', '想换个'],
    ['想把桌椅换成实木的', '实木'],
    ['不然就用我们的', '我们'],
  ])('%s names no rival %s', (text, name) => {
    expect(findCompetitors(text)).not.toContain(name);
  });
});
