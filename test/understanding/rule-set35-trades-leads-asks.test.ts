import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { findAmount } from '../../src/understanding/rules/amount';
import { leadName } from '../../src/understanding/rules/new-customer';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

const run = ruleRunner([
  { id: 'c1', name: '沈阳北方乳业有限公司', aliases: ['北方乳业'] },
  { id: 'c2', name: '武汉楚天花园宴会厅', aliases: ['楚天'] },
]);

/**
 * Blind set 35's constructions, probed with sentences of our own: questions by a record's status or what was followed
 * up, replies to the manager and a night out as chit-chat, goods handed over or CVs pushed as a deed done, and rivals of its trades (fasteners, commercial kitchens,
 * solar water heaters, refrigerated trucks, hotel software, recruitment) known by name alone.
 */
describe('rivals of set 35 trades known by name', () => {
  it.each([
    ['客户说伍尔特的膨胀螺丝更好装', '伍尔特'],
    ['后厨主管比较认德玛仕', '德玛仕'],
    ['教育局那边对四季沐歌印象很好', '四季沐歌'],
    ['车队长在看冰熊的车', '冰熊'],
    ['老板说隔壁客栈装的绿云', '绿云'],
    ['人事说BOSS直聘上招得更快', 'BOSS直聘'],
  ])('%s -> %s', (text, rival) => {
    expect(findCompetitors(text)).toContain(rival);
  });

  it.each([
    ['客户在东明县有个分厂', '东明'],
    ['今天上午他们的订单来了 200套', '订单来了'],
    ['晚上请客户在银都酒店吃饭', '银都'],
    ['客户要我们出外服务方案', '外服'],
  ])('%s names no rival %s', (text, name) => {
    expect(findCompetitors(text)).not.toContain(name);
  });
});

describe('questions, chit-chat and deeds done', () => {
  it.each([
    ['北方乳业这周跟进了些啥', 'query'],
    ['我手上哪些客栈一个月没联系了', 'query'],
    ['好的老板，我马上去办', 'other'],
    ['收到领导', 'other'],
    ['昨晚陪客户喝醉了 改天再说吧哈哈', 'other'],
    ['楚天的设备全部交付了 验收单签好了', 'complete_commitment'],
    ['北方乳业的4台车交付完了', 'complete_commitment'],
    ['北方乳业的10份简历都推过去了', 'complete_commitment'],
  ])('%s -> %s', (text, intent) => {
    expect(run(text).intent).toBe(intent);
  });

  it.each([
    // Someone's boss in a report, a deal named after the reply.
    ['好的,老板说下周签', 'other'],
    ['好的老板 北方乳业那单我明天去谈 报价35万', 'other'],
    // A handover followed by the customer's words or the payment reports the deal going on.
    ['北方乳业的车今天交付了,对方说质保期内坏了要包换', 'complete_commitment'],
    ['楚天的设备全部交付了,尾款要走审批', 'complete_commitment'],
    // Put off to later is no deed.
    ['北方乳业的签约推到下周了', 'complete_commitment'],
    // A status word in a report, or in the customer's question, asks the bot nothing.
    ['北方乳业两周没跟进了 明天去一趟', 'query'],
    ['北方乳业问哪些批次过期了', 'query'],
  ])('%s is not %s', (text, intent) => {
    expect(run(text).intent).not.toBe(intent);
  });
});

describe('a lead described by its kind, then called', () => {
  it.each([
    ['朋友介绍的 海边一家民宿 叫蓝月湾客栈 老板想上小程序', '蓝月湾客栈'],
    ['新线索:城南的一家婚礼堂叫百合宴会中心,联系人刘经理', '百合宴会中心'],
    ['新线索 有家做汽配的 叫嘉丰精工', '嘉丰精工'],
  ])('%s -> %s', (text, name) => {
    expect(leadName(text)).toBe(name);
  });

  it('still needs a place or a company word after 一个', () => {
    expect(leadName('新线索 一个朋友叫我去看看 城东的华星超市')).not.toMatch(/^我/);
  });
});

describe('the lowest we go, and a claim settled', () => {
  it.each([
    ['报了35w 他们嫌贵 我们最多让到33', 330000],
    ['总价48万 老板说可以降到45', 450000],
    ['索赔的事谈妥了 赔了两万货损 明年再加4台车 总价80万', 800000],
  ])('%s -> %d', (text, amount) => {
    expect(findAmount(text)).toBe(amount);
  });

  it.each([
    // No figure with a unit before: a bare number is no money.
    ['最多让到33', null],
    // A share or a count conceded is no price.
    ['报了35万 折扣最多让到8折', 350000],
    ['报了35万 账期降到30天', 350000],
    // A claim paid is no deal.
    ['上批货坏了 赔了三万', null],
  ])('%s -> %s', (text, amount) => {
    expect(findAmount(text)).toBe(amount);
  });

  it('reads a claim as after-sales, a compensation clause of the contract as contract talk', () => {
    expect(detectTags('客户要索赔 说冷机半路停了')).toContain('after_sales');
    expect(detectTags('海之味索赔的事谈妥了 赔偿了两万')).toContain('after_sales');
    expect(detectTags('合同条款里写了违约赔偿')).not.toContain('after_sales');
    expect(detectTags('法务在审合同 对货损赔偿那条有异议')).not.toContain('after_sales');
    expect(detectTags('赔偿责任上限他们要改成合同额的一倍')).not.toContain('after_sales');
  });
});

describe('an ask of ours, then when it goes back to them', () => {
  it.each([
    ['北方乳业的孙经理说别家便宜，让我们重新报一版，明天上午给他', '2026-03-05T12:00:00+08:00'],
    ['北方乳业的张经理说我们贵了，让我再降点，明天给他回话', '2026-03-05T18:00:00+08:00'],
  ])('%s -> due %s', (text, due) => {
    expect(run(text).commitment?.due).toBe(due);
  });

  it.each([
    // Their reply to us by a time is theirs.
    '北方乳业的张经理说让我们再等等，他明天给我们回话',
    // A price cut asked for is no deed of ours with a time.
    '北方乳业的陈经理说价格太高 要我们再降3个点',
  ])('%s is no promise of ours', (text) => {
    expect(run(text).commitment).toBeNull();
  });
});

describe('a threat to switch to a named rival', () => {
  it('is churn', () => {
    expect(run('北方乳业说再出问题就换冰熊的').tags).toContain('churn_risk');
  });
  it.each(['北方乳业说冰熊的车不行 就换掉冰熊的', '北方乳业说实在不行就换个型号'])('%s is no churn', (text) => {
    expect(run(text).tags).not.toContain('churn_risk');
  });
});

describe('churn that is not ours', () => {
  it.each(['北方乳业新线的转向架螺栓重新比选 下周三截标', '北方乳业之前用的冰熊 合同到期不续了 想换我们'])('%s is no churn', (text) => {
    expect(run(text).tags).not.toContain('churn_risk');
  });
  it('still reads a customer not renewing with us, and turning to a rival', () => {
    expect(run('北方乳业合同到期不续了').tags).toContain('churn_risk');
    expect(run('北方乳业转向冰熊了').tags).toContain('churn_risk');
    expect(run('北方乳业新线的转向架螺栓重新比选').competitors).toEqual([]);
  });
});

describe('a signing this month', () => {
  it('is near', () => {
    expect(detectTags('老板说方案合适这个月就能签')).toContain('closing_soon');
    expect(detectTags('本月争取签')).toContain('closing_soon');
  });
  it.each(['这个月签了3单', '本月已经签过了'])('%s is not near', (text) => {
    expect(detectTags(text)).not.toContain('closing_soon');
  });
});

describe('candidates put forward as a promise', () => {
  it('reads CVs pushed by a time as ours', () => {
    expect(run('北方乳业要招两个司机 我周五前推5份简历').commitment).toEqual({
      action: '推5份简历',
      due: '2026-03-06T18:00:00+08:00',
    });
  });
  it('CVs they push to us are theirs', () => {
    expect(run('北方乳业说他们周五前推5份简历给我们').commitment).toBeNull();
  });
});

describe('a total as a bare figure', () => {
  it.each([
    ['两年套餐一共7600，首年已付', 7600],
    ['一共7600台', null],
    ['一共300人', null],
    ['一共12', null],
  ])('%s -> %s', (text, amount) => {
    expect(findAmount(text)).toBe(amount);
  });
});

describe('a repair done and goods needed by a date', () => {
  it.each([
    ['洗碗机已经修好了 换了个加热管', 'after_sales'],
    ['新食堂明年开学前要用', 'delivery'],
  ])('%s -> %s', (text, tag) => {
    expect(detectTags(text)).toContain(tag);
  });
  it.each([
    ['门口的路修好了 车能进厂了', 'after_sales'],
    ['以前要用现金 现在能转账', 'delivery'],
  ])('%s is not %s', (text, tag) => {
    expect(detectTags(text)).not.toContain(tag);
  });
});

describe('钱 as a surname', () => {
  it('is no budget before a title or 批量', () => {
    expect(detectTags('人事部的钱主管 要批量招普工')).not.toContain('budget');
  });
  it('still reads money approved', () => {
    expect(detectTags('钱批下来了 下周就能下单')).toContain('budget');
  });
});

describe('a handover ahead', () => {
  it('is no deed done', () => {
    expect(run('北方乳业的车下周就交付了').intent).not.toBe('complete_commitment');
  });
});

describe('a contact detail to be changed', () => {
  it('is an edit, not a report', () => {
    expect(run('把北方乳业的联系电话改成138xxxx6621').intent).toBe('other');
  });
  it('a term changed at their request is a report', () => {
    expect(run('北方乳业要求账期从60天改成120天').intent).toBe('log_activity');
  });
});
