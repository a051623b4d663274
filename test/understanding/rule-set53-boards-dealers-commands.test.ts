import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 53's constructions, probed with sentences of our own: slash commands (/查), a message opening on 有个客户
 * with a new company named, purchase committees and leading groups deciding, rivals of compressors, valves and
 * pneumatics, threats to drop us and dealers taking less, a result that comes out on a day, travel by air, first
 * meetings and calls, a board's choice of us, and a customer whose name holds a tag word (锡山维修).
 */
const run = ruleRunner([
  { id: 'c1', name: '南通宏达机械有限公司', aliases: ['宏达机械', '宏达'] },
  { id: 'c2', name: '锡山汽修服务有限公司', aliases: ['锡山汽修'] },
]);

describe('/查 asks', () => {
  it('/查 with a customer is a question about it', () => {
    const out = run('/查 宏达机械');
    expect(out.intent).toBe('query');
    expect(out.customerId).toBe('c1');
  });
  it('a report that mentions checking is no question', () =>
    expect(run('宏达机械查了一下储气罐,有点漏气,我明天过去').intent).not.toBe('query'));
});

describe('有个客户 opening a message, with a new company named, is a lead', () => {
  it.each([
    '有个客户,无锡那边的,无锡恒鑫包装材料有限公司,想换变频空压机,设备部陆工对接',
    '有个客户是盐城的 盐城富达铸造有限公司 老板姓许 想先试两台干燥机',
  ])('%s', (text) => {
    const out = run(text);
    expect(out.intent).toBe('create_lead');
    expect(out.stage).toBe('lead');
  });
  it('a customer of ours opening so is a report', () => expect(run('有个客户说宏达机械的空压机又漏油了').intent).not.toBe('create_lead'));
});

describe('a purchase committee or leading group as approval', () => {
  it.each(['下一步要走他们的采购委员会', '采购委员会的结果出来了,没通过', '要上集团招采领导小组', '采购委员会比价结果下来了'])(
    '%s',
    (text) => expect(detectTags(text)).toContain('approval'),
  );
  it('a review we hold with them online is no sign-off', () =>
    expect(detectTags('周五跟他们技术部做个线上评审')).not.toContain('approval'));
  it('a committee named with nothing to decide is none', () => expect(detectTags('他们采购委员会的王主任也在')).not.toContain('approval'));
  it('a tendering leading group is who decides, no tender', () => expect(detectTags('招采领导小组开会定了')).not.toContain('tender'));
  it('a technical bid is the tender', () => expect(detectTags('技术标明天开')).toContain('tender'));
});

describe('rivals of compressors, valves and pneumatics', () => {
  it.each([
    ['他们现场气缸都是亚德客的', '亚德客'],
    ['调节阀原来用费希尔', '费希尔'],
    ['螺杆机这块寿力报得低', '寿力'],
    ['最后纽威中了', '纽威'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it('开山 as a founder is no rival', () => expect(findCompetitors('他是这个行业的开山鼻祖')).toEqual([]));
  it('让再便宜点 names no rival', () => expect(findCompetitors('对方嫌贵 让再便宜点')).toEqual([]));
  it('our cross-reference list against a rival is our deliverable done', () =>
    expect(run('宏达要的SMC替换型号对照表已经发过去了').intent).toBe('complete_commitment'));
});

describe('threats to drop us and taking less as churn', () => {
  it.each(['他们说再漏油就考虑换掉我们', '不给账期就换', '下半年可能要减量', '以后要看看别家的'])('%s', (text) =>
    expect(detectTags(text)).toContain('churn_risk'),
  );
  it.each(['让我们要么跟价要么减量', '不换就行了,修一下还能用', '他们要换掉旧的干燥机'])('%s is no churn', (text) =>
    expect(detectTags(text)).not.toContain('churn_risk'),
  );
  it('a fault counted this week is after-sales', () => expect(detectTags('冷干机这个月坏了三次')).toContain('after_sales'));
});

describe('promises: a result coming out, travel, a reply owed', () => {
  it('a result out next week is their event, no promise', () => expect(run('宏达的评审结果下周出').commitment).toBeNull());
  it('our result out next week is ours', () => expect(run('宏达那边我下周出测试结果').commitment).not.toBeNull());
  it('飞 to a city is the rep going there', () =>
    expect(run('宏达湖北的分厂要改造,我下周三飞武汉').commitment?.due).toBe('2026-03-11T18:00:00+08:00'));
  it('a plane named is no trip', () => expect(run('宏达的飞机库要配空压机').commitment).toBeNull());
  it('a reply owed to the speaker by their day is ours', () =>
    expect(run('宏达张总说价格到位就签,最晚周五给他答复').commitment?.due).toBe('2026-03-06T18:00:00+08:00'));
  it('a review held with their department at a time is ours', () =>
    expect(run('宏达方案发了,下周一跟他们设备部做个线上评审').commitment?.due).toBe('2026-03-09T18:00:00+08:00'));
});

describe('stages: a first meeting or call, a board choosing us', () => {
  it.each(['宏达第一次碰面,聊了储气罐', '宏达第一次电话沟通,要截止阀'])('%s is contact', (text) => expect(run(text).stage).toBe('contact'));
  it('a second meeting is no first contact', () => expect(run('宏达第二次碰面,聊了储气罐').stage).toBeNull());
  it('a board decided and chose us: won', () => expect(run('宏达董事会昨天开会定了,空压站改造选我们').stage).toBe('won'));
  it('chosen with the signing still ahead: not yet won', () => expect(run('宏达那单定了,选了我们,下周签合同').stage).not.toBe('won'));
  it('us or a rival still weighed: not won', () => expect(run('宏达会上定了,选我们还是选纽威下周再说').stage).not.toBe('won'));
});

describe('a customer whose name holds a tag word', () => {
  it('锡山汽修 ordering filters is no after-sales worry', () =>
    expect(run('锡山汽修的滤芯订单下了,2万').tags).not.toContain('after_sales'));
  it('a repair they ask of us still is', () => expect(run('锡山汽修说上次那台要上门维修').tags).toContain('after_sales'));
});

describe('a new lead named with its contact', () => {
  it('the company, not its department head, is the lead', () =>
    expect(run('/线索 苏州工业园区的苏州久盛精密有限公司,设备部严部长,要两台无油机').customerName).toBe('苏州久盛精密有限公司'));
});

describe('goods handed over with 已经', () => {
  it('with the payment after it, the deal goes on', () => expect(run('宏达的机子已经交付了,尾款说月底付').intent).toBe('log_activity'));
  it('alone, the deed is done', () => expect(run('宏达的机子已经交付了').intent).toBe('complete_commitment'));
});
