import { describe, expect, it } from 'vitest';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { detectTags } from '../../src/understanding/rules/signals';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 52's constructions, probed with sentences of our own: English words reps mix in (budget, tender, bid, rate,
 * boss, approval, framework agreement, ETA, pls move到X), formal numbered reports that say 本人 for I and 将于 for will,
 * and rivals of shoes and apparel OEM, canned food, aesthetic lasers and municipal lighting.
 */
const run = ruleRunner([{ id: 'c1', name: '远帆国际物流有限公司', aliases: ['远帆'] }]);

describe('English words fire the tags they name', () => {
  it.each([
    ['他们说budget有限', 'budget'],
    ['Q3 tender下周一截止', 'tender'],
    ['我们要交bid', 'tender'],
    ['问我们all-in rate', 'price'],
    ['客户boss说下周签', 'decision_maker'],
    ['PO还要走internal approval', 'approval'],
    ['framework agreement今天签了', 'contract'],
    ['这票货ETA晚了3天', 'delivery'],
  ])('%s -> %s', (text, tag) => expect(detectTags(text)).toContain(tag));
  it.each([
    ['对方是一家corporate客户', 'price'],
    ['他们的embossed logo要改', 'decision_maker'],
    ['说明书forbidden词要删', 'tender'],
    ['下个月开始出货量会翻倍', 'delivery'],
  ])('%s is no %s (a Latin word matches whole, 出货量 is volume)', (text, tag) => expect(detectTags(text)).not.toContain(tag));
});

describe('English verbs that move a deal', () => {
  it.each([
    ['远帆 pls move到商务谈判stage', 'negotiation'],
    ['远帆 move to 方案演示', 'demo'],
    ['远帆年度合约已签，pls update成赢单', 'won'],
  ])('%s asks for %s', (text, stage) => {
    const out = run(text);
    expect(out.intent).toBe('stage_change');
    expect(out.stage).toBe(stage);
  });
  it('a move of goods is no stage move', () => expect(run('远帆 pls move那批货到二号仓').intent).not.toBe('stage_change'));
});

describe('本人 in a formal report is the rep', () => {
  it.each([
    '远帆跟进：本人将于明日上午前提供成分对比说明。',
    '远帆：对方表示下周一前确认，本人将于下周一下午致电跟进确认结果。',
    '远帆项目：本人计划下周三再次拜访周总。',
  ])('%s is a promise with a time', (text) => expect(run(text).commitment?.due).not.toBeNull());
  it('本人 inside someone else’s words is no promise of ours', () => expect(run('远帆说他们的负责人本人下周才回来').commitment).toBeNull());
});

describe('rivals of the trades', () => {
  it.each([
    ['对方同时在与申洲接洽', '申洲'],
    ['林家铺子同类罐头供价比我方低', '林家铺子'],
    ['科里已经有一台科医人的了', '科医人'],
    ['第一名是三思', '三思'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));
  it.each(['这事要三思而后行', '请再三思考一下'])('%s names no rival', (text) => expect(findCompetitors(text)).toEqual([]));
});

describe('questions about the bot itself', () => {
  it.each(['这个bot能识别英文吗？', '这个可以直接说话吗 我发语音它能听懂吗', '请问如何在系统中为已有客户补充联系人信息？'])(
    '%s is help',
    (text) => expect(run(text).intent).toBe('help'),
  );
  it.each(['他们能直接说话吗', '远帆说他们能识别我们的产品', '哈哈 我就试试你能不能听懂'])('%s is no help', (text) =>
    expect(run(text).intent).not.toBe('help'),
  );
});
