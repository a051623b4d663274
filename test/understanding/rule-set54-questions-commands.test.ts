import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 54's constructions, probed with sentences of our own: questions to the bot said as yes-or-no (是不是…了?),
 * as a standing asked for (啥状态), as who on their side does a job (管X的是谁, 叫什么来着) or who of us dealt with them
 * (谁对接的); a customer's how-to question relayed in a report; lead markers; a to-do checked off; promises said with
 * 再打, 赶出来, 这两天 or a paper the customer wants within hours; 第一时间 as no hour; A-not-A questions as no negation.
 */
const run = ruleRunner([
  { id: 'c1', name: '宁波远帆国际物流有限公司', aliases: ['远帆'] },
  { id: 'c2', name: '苏州天工精密机械有限公司', aliases: ['天工精密'] },
]);

describe('questions to the bot', () => {
  it.each([
    ['远帆是不是已经到方案演示了?', 'deal_status', 'demo'],
    ['天工精密那个产线项目目前什么状态', 'deal_status', null],
    ['答应天工精密的东西还有什么没做完', 'promises', null],
    ['远帆以前谁对接的', 'owner', null],
    ['天工精密负责设备的是谁', 'contacts', null],
    ['远帆的仓储经理叫什么来着', 'contacts', null],
    ['政府项目一般怎么提前布局?', 'playbook', null],
  ])('%s asks for %s', (text, subject, stage) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe(subject);
    expect(out.query?.stage).toBe(stage);
  });
  it.each([
    '远帆王总问是不是已经到方案演示了,我说下周安排',
    '天工精密说目前的状态还不错,下周二我去签字',
    '远帆刘经理问答应他们的东西还有什么没做完,我说周五前全部补齐',
  ])('%s is a report of their question', (text) => expect(run(text).intent).toBe('log_activity'));
  it.each(['远帆王总问决策人是谁', '远帆采购问对接的是谁', '远帆刘经理问之前谁对接的'])(
    '%s reports their question, whatever it names',
    (text) => expect(run(text).intent).toBe('log_activity'),
  );
  it.each(['我问下远帆的决策人是谁', '远帆的对接人是谁'])('%s is the rep asking', (text) => expect(run(text).intent).toBe('query'));
  it('whose deal it is stays the owner question', () => expect(run('远帆现在跟进的是谁').query?.subject).toBe('owner'));
});

describe('a how-to question relayed is a report, not help', () => {
  it('the customer asked how to use it', () => {
    const out = run('远帆仓库那边问系统怎么用，我约了周四上午上门培训');
    expect(out.intent).toBe('log_activity');
    expect(out.customerId).toBe('c1');
    expect(out.commitment?.due).toBe('2026-03-05T12:00:00+08:00');
  });
  it.each(['请问怎么用?', '我想问下这个怎么用'])('%s is the rep asking for help', (text) => expect(run(text).intent).toBe('help'));
});

describe('lead markers', () => {
  it.each(['录一条线索 嘉兴南湖纺织有限公司 要做仓储系统', '有个新单子 绍兴柯桥印染有限公司 要30台烘干机'])(
    '%s registers a lead',
    (text) => {
      const out = run(text);
      expect(out.intent).toBe('create_lead');
      expect(out.stage).toBe('lead');
    },
  );
  it('a new order from a known customer is no lead', () => expect(run('远帆又下了个新单子,30个柜').intent).not.toBe('create_lead'));
});

describe('a to-do checked off', () => {
  it.each(['把给远帆报价那个待办标记完成', '天工精密那条承诺勾掉吧'])('%s is a done promise', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it('a deal marked lost is a stage move', () => expect(run('远帆标记丢单').intent).toBe('stage_change'));
});

describe('promises said tersely', () => {
  it('a call again at an hour tomorrow morning', () => {
    const out = run('远帆电话一直没人接，明早10点再打', '2026-03-04T17:00:00+08:00');
    expect(out.commitment?.due).toBe('2026-03-05T10:00:00+08:00');
  });
  it('a paper rushed out tonight, the customer’s notice being theirs', () => {
    const out = run('天工精密采购处已经发了询价函，今晚把报价单赶出来');
    expect(out.intent).toBe('log_activity');
    expect(out.commitment?.due).toBe('2026-03-04T18:00:00+08:00');
  });
  it('work promised for the next few days, with no date', () => {
    const out = run('远帆王总问要不要走招标，我这几天整理份资质给他');
    expect(out.commitment).not.toBeNull();
    expect(out.commitment?.due).toBeNull();
  });
  it('a paper the customer wants within hours', () =>
    expect(run('天工精密问售后响应时间，对方要48小时内给个质保承诺书').commitment?.due).toBe('2026-03-06T10:15:00+08:00'));
  it('我们这几天在忙展会 is no promise', () => expect(run('远帆先放一放，我们这几天在忙展会').commitment).toBeNull());
});

describe('第一时间 tells no hour', () => {
  it('a reply at once once the schedule is out', () =>
    expect(run('远帆问什么时候能到货，我说排期出来第一时间通知他').commitment?.due ?? null).toBeNull());
  it('一点 is still an hour', () => expect(run('远帆约了明天下午一点去他们仓库').commitment?.due).toBe('2026-03-05T13:00:00+08:00'));
});

describe('signals', () => {
  it.each([
    ['王总问这个项目要不要走招标', 'tender'],
    ['他们在想需不需要上会', 'approval'],
    ['刘经理问这周能不能把合同签了', 'closing_soon'],
    ['月底争取把协议签掉', 'closing_soon'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['也没说要不要招标', 'tender'],
    ['这个项目不走招标', 'tender'],
    ['问这周能不能过来看看合同', 'closing_soon'],
  ])('%s is no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('谈到最后一轮 is negotiation; a tender’s last round is not', () => {
    expect(run('远帆谈到最后一轮了，他们还想再降3个点').stage).toBe('negotiation');
    expect(run('远帆比选我们进了最后一轮').stage).toBeNull();
  });
});
