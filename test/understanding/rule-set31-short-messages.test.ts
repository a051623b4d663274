import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { findAmount } from '../../src/understanding/rules/amount';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 31's constructions, probed with sentences of our own: short messages (a loss said bare, a stage changed by
 * its short name, a quote or demo wanted, a test done, take it back, what to do today), goods held up, rivals named as
 * the two in the running or by the same goods cheaper next door, makers named as the goods wanted, a size code switched
 * to, thresholds, leads met at a conference or described as newly built. `now` is Wednesday 2026-03-04.
 */
const run = ruleRunner([
  { id: 'c1', name: '绿源冷链物流有限公司', aliases: ['绿源'] },
  { id: 'c2', name: '恒远精密机械有限公司', aliases: ['恒远'] },
]);

describe('losses said bare or guessed', () => {
  it('a bare loss moves the stage and tags nothing', () => {
    const out = run('绿源那单黄了');
    expect(out.stage).toBe('lost');
    expect(out.tags).not.toContain('churn_risk');
  });
  it('a loss to a rival is churn', () => expect(run('绿源黄了 最后选了海康').tags).toContain('churn_risk'));
  it.each(['这个标估计是丢了', '恒远那单多半是黄了'])('%s: a guessed loss is churn, no stage', (text) => {
    const out = run(text);
    expect(out.tags).toContain('churn_risk');
    expect(out.stage).toBeNull();
  });
});

describe('tags', () => {
  it.each([
    ['配件还没到 我去催一下', 'delivery'],
    ['到了汉堡港 清关被卡了', 'delivery'],
    ['周四装柜 走马士基', 'delivery'],
    ['我两天内把钢构件催到工地', 'delivery'],
    ['不然每吨再降300', 'price'],
    ['下周开专家论证会定方案', 'approval'],
    ['说隔壁那家同型号的便宜一千二', 'competitor'],
  ])('%s → %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['清关方案明天给他们', 'delivery'],
    ['款还没到', 'delivery'],
    ['我两天内把钢构件催到工地', 'after_sales'],
    ['两小时内有人到现场', 'delivery'],
    ['绿源要延期交货', 'churn_risk'],
    ['把交期延期到下个月', 'churn_risk'],
    ['降温3度', 'price'],
    ['论证会下周开', 'approval'],
    ['隔壁办公室也在装修', 'competitor'],
    ['中秋快乐各位老板', 'decision_maker'],
    ['老板们辛苦了', 'decision_maker'],
  ])('%s: no %s', (text, tag) => expect(detectTags(text)).not.toContain(tag));
  it('a project put off is still churn', () => expect(detectTags('项目延期到明年了')).toContain('churn_risk'));
  it('the customer boss is still in play', () => expect(detectTags('他们老板下周来看样')).toContain('decision_maker'));
  it('a greeting to the bosses is no report', () => expect(run('中秋快乐各位老板').intent).toBe('other'));
});

describe('rivals', () => {
  it.each([
    ['院方推荐了我们和松江两家', '松江'],
    ['艾比森报了38万', '艾比森'],
    ['说递四方的头程便宜', '递四方'],
  ])('%s names %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['二手叉车杭叉和合力的都行', '国产的话杭叉的也可以'])('%s: the goods wanted, no rival', (text) =>
    expect(findCompetitors(text)).toEqual([]),
  );
  it('a rival quoting for the same goods still is one', () => expect(findCompetitors('杭叉报价比我们低')).toContain('杭叉'));
  it.each(['想换成P2.5的', '改用A4的纸'])('%s: a size code is no maker', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('short messages', () => {
  it.each([
    ['恒远改谈判', 'negotiation'],
    ['绿源转演示吧', 'demo'],
  ])('%s asks a stage by its short name', (text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });
  it('改需求 is the customer changing what it wants', () => expect(run('恒远改需求了').intent).not.toBe('stage_change'));

  it.each(['恒远要报价', '绿源又要方案了', '恒远要看演示'])('%s: what they want is ours to do', (text) =>
    expect(run(text).commitment).not.toBeNull(),
  );
  it('papers asked in passing are no promise', () => expect(run('新线索:宁波海丰泵阀,采购问有没有现货,要资质').commitment).toBeNull());
  it('a quote again asked of the rep', () => expect(run('恒远孙工说别家便宜 让我再报一次').commitment).not.toBeNull());
  it('a sample demanded by a date', () => expect(run('恒远要求下周五前打样').commitment?.due).toBe('2026-03-13T18:00:00+08:00'));

  it('their samples tested on ours is done', () => expect(run('绿源的水样测完了').intent).toBe('complete_commitment'));
  it('our goods tested at their side is their step', () =>
    expect(run('恒远那边的样件测完了 说还行').intent).not.toBe('complete_commitment'));

  it.each(['帮我撤了', '麻烦删掉'])('%s takes the last record back', (text) => expect(run(text).intent).toBe('undo'));
  it('leaving is no undo', () => expect(run('先撤了').intent).not.toBe('undo'));

  it.each(['我明天干啥', '这周有什么要跟的'])('%s asks for the promises', (text) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('promises');
  });
  it('a deal list pulled, with a stage', () => {
    const out = run('帮我拉一下在方案演示阶段的商机 明早开会用');
    expect(out.intent).toBe('query');
    expect(out.query?.stage).toBe('demo');
  });
  it('pulling someone into a chat is no query', () => expect(run('帮我拉一下孙工进群').intent).not.toBe('query'));
});

describe('amounts and leads', () => {
  it('a threshold that sets off a tender is no amount', () => expect(findAmount('预算大概120万,但财务说超过100万要走招标')).toBe(1200000));
  it('a lead met at a conference, named by its faculty', () => {
    const out = run('在行业会议上认识了华东交通大学机电学院的周老师,他们实验室要采购两台疲劳试验机');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('华东交通大学机电学院');
  });
  it('a lead described as newly built before its name', () => {
    const out = run('同事介绍了个新客户，滨湖区新开的悦来酒店，客房门锁要全换，联系人是王经理');
    expect(out.intent).toBe('create_lead');
    expect(out.customerName).toBe('悦来酒店');
  });
});
