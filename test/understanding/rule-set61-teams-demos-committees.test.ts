import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 61's constructions, probed with sentences of our own: our own team taking over after the customer's report,
 * 递 as handing in, a customer agreeing to see our demo at a time, a bare 元旦后, our stamped copy sent back, 干嘛 as a
 * question, 有个新的: as a lead, a committee that met, rivals quoted lower and incumbents of its trades.
 */
const run = ruleRunner([{ id: 'c1', name: '远帆国际物流有限公司', aliases: ['远帆'] }]);

describe('our own team opening a clause ends what the customer reported', () => {
  it('售后那边 after their complaint is our promise', () => {
    const out = run('远帆的系统上线了,仓库反馈打印机老卡纸,售后那边24小时内派人上门');
    expect(out.commitment?.due).toBe('2026-03-05T10:15:00+08:00');
  });
  it('their purchasing side after their words stays theirs', () => {
    expect(run('远帆反馈打印机老卡纸,采购那边24小时内派人过来').commitment).toBeNull();
  });
});

describe('递 hands something in', () => {
  it('我们…前要递 is our deadline', () => {
    expect(run('远帆的项目重新招标,我们投标文件下周五前要递').commitment?.due).toBe('2026-03-13T18:00:00+08:00');
  });
  it('快递 is no handing in', () => {
    expect(run('远帆那边,我们的快递周五到').commitment).toBeNull();
  });
});

describe('a customer agreeing to see our demo at a time', () => {
  it('他们同意…看演示 is ours to hold', () => {
    expect(run('远帆嫌贵,我讲了我们的优势,他们同意下周二来看演示').commitment?.due).toBe('2026-03-10T18:00:00+08:00');
  });
  it('a demo they saw, with no agreement and no time, is none', () => {
    expect(run('远帆说上次看演示印象不错').commitment).toBeNull();
  });
});

describe('a holiday with 后 and no day is vague', () => {
  it('元旦后 has no due', () => {
    expect(run('远帆说资金没到位,我元旦后再打个电话', '2026-12-10T10:00:00+08:00').commitment?.due ?? null).toBeNull();
  });
  it('元旦前 is the last day worked before it', () => {
    expect(run('远帆说资金没到位,我元旦前再打个电话', '2026-12-10T10:00:00+08:00').commitment?.due).toBe('2026-12-31T18:00:00+08:00');
  });
});

describe('our copy sent back is a deliverable done', () => {
  it('盖好章寄回去了 closes a promise', () => expect(run('远帆的补充协议盖好章寄回去了').intent).toBe('complete_commitment'));
  it('their copy coming back is no deed of ours', () => expect(run('远帆的补充协议盖好章寄回来了').intent).not.toBe('complete_commitment'));
});

describe('干嘛 asks as 干啥 does', () => {
  it('明天我该干嘛 asks for promises', () => expect(run('明天我该干嘛').intent).toBe('query'));
  it('a report with 干嘛 inside it is none', () => expect(run('远帆问我们干嘛不早说,我明天去解释').intent).not.toBe('query'));
});

describe('有个新的: opens a lead', () => {
  it('有个新的:X', () => {
    const out = run('有个新的:路桥区第三人民医院,要一批输液器,预算8万');
    expect(out.intent).toBe('create_lead');
  });
  it('a new product of a known customer is no lead', () => expect(run('远帆有个新的需求,要加两台叉车').intent).not.toBe('create_lead'));
});

describe('tags', () => {
  it('a committee that met is an approval', () => expect(detectTags('药事委员会昨天开了会,我们的敷料过了')).toContain('approval'));
  it('a committee named with nothing to decide is none', () =>
    expect(detectTags('他们药事委员会的张主任也来了')).not.toContain('approval'));
  it('a rival quoted lower than us is price talk', () => expect(detectTags('说威乐报得比我们还低')).toContain('price'));
  it('交首批 is delivery', () => expect(detectTags('要求月底前交首批3000个')).toContain('delivery'));
  it('首批 of a contract is no delivery', () => expect(detectTags('首批合同签了20万')).not.toContain('delivery'));
  it('staying with the old supplier is churn', () => expect(detectTags('他们说还是用老供应商的')).toContain('churn_risk'));
});

describe('rivals of its trades', () => {
  it.each([
    ['护理部说BD的留置针一直在用', 'BD'],
    ['老板看中了丰田的织机', '丰田'],
    ['纺丝设备他们用的是巴马格', '巴马格'],
  ])('%s names %s', (text, name) => expect(findCompetitors(text)).toContain(name));
  it('a car is no rival', () => expect(findCompetitors('老板开着一辆丰田车来的')).not.toContain('丰田'));
});

describe("a lead's name stops before the work wanted of it", () => {
  it('X的暖通改造 names X', () =>
    expect(run('线索 滨江区第二中学新校区的暖通改造,下周去看现场').customerName).toBe('滨江区第二中学新校区'));
  it('a short name before 的 keeps its words', () => expect(run('线索 江南的空调,下周去看现场').customerName).not.toBe('江南'));
});
