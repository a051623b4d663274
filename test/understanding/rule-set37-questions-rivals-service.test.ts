import { describe, expect, it } from 'vitest';
import { detectTags } from '../../src/understanding/rules/signals';
import { findCompetitors } from '../../src/understanding/rules/competitors';
import { ruleRunner } from './rule-runner';

/**
 * Blind set 37's constructions, probed with sentences of our own: questions asked by which ones (有哪几个), by a good one
 * (有啥好的话术), by how far (跟到什么程度), by why nothing moves (怎么还没动静) and by how to bid (怎么打比较稳); a rival
 * kept (继续用X); a service call (要我们派人去看); a price per ton; a deliverable handed to a contact (报价给潘经理了); a bench
 * test done at their side and a contract revised round after round, which are no promise kept.
 */
const run = ruleRunner([
  { id: 'c1', name: '常州恒远机械有限公司', aliases: ['恒远'] },
  { id: 'c2', name: '无锡华信置业有限公司', aliases: ['华信'] },
]);

describe('questions', () => {
  it.each([
    ['王磊手上要签的有哪几个', 'deals'],
    ['这种嫌贵的客户有什么好的说法', null],
    ['客户总说别家便宜 这种情况有啥好的话术', 'playbook'],
    ['恒远现在谈到什么程度了', 'deal_status'],
    ['华信那单怎么还没动静', 'deal_status'],
    ['恒远这个标怎么打比较稳', 'playbook'],
    ['我这周有那些要跟的', 'promises'],
  ])('%s is a question (%s)', (text, subject) => {
    const out = run(text);
    expect(out.intent).toBe('query');
    if (subject) expect(out.query?.subject).toBe(subject);
  });

  it.each([
    '王总说没有什么好的办法',
    '恒远说他们那边还没动静，我明天再去催一下',
    '华信那个标我们打得很稳，报价已经发了',
    '恒远要求做到什么程度我们就做到什么程度，王总说了',
  ])('%s is no question', (text) => expect(run(text).intent).not.toBe('query'));
});

describe('rivals kept and service calls', () => {
  it.each([
    ['客户决定继续用DHL了', 'DHL'],
    ['他们还是继续找顺泰 说习惯了', '顺泰'],
  ])('%s -> %s', (text, rival) => expect(findCompetitors(text)).toContain(rival));

  it.each([
    ['他们继续用回原来那家', '回原来'],
    ['继续用人工打包', '人工打包'],
    ['以后继续用我们的', '我们'],
  ])('%s names no rival %s', (text, name) => expect(findCompetitors(text)).not.toContain(name));

  it.each(['上次那批染料有色花，要我们派人去看', '要我们48小时内派人上门维修'])('%s is after-sales', (text) =>
    expect(detectTags(text)).toContain('after_sales'),
  );
  it.each(['要我们派人驻场培训一周', '明天年检 要我们派人到场'])('%s is no after-sales call', (text) =>
    expect(detectTags(text)).not.toContain('after_sales'),
  );

  it('a price per ton is price talk', () => expect(detectTags('吨价明天报给他们')).toContain('price'));
});

describe('done promises', () => {
  it.each(['恒远的报价给王经理了', '华信的吨价报给李工了', '报价单给张总了，单价38'])('%s is a promise kept', (text) =>
    expect(run(text).intent).toBe('complete_commitment'),
  );
  it.each(['恒远台架试验做完了 数据比别家好 接下来走采购审批', '华信合同条款来回改了三轮，违约金还没谈拢', '报价给王经理了吗'])(
    '%s is no promise kept',
    (text) => expect(run(text).intent).not.toBe('complete_commitment'),
  );
  it('our own check done still is', () => expect(run('恒远的验货做完了').intent).toBe('complete_commitment'));
});

describe('a textile district before a lead', () => {
  it('柯桥的 is where the lead is, not its name', () =>
    expect(run('新线索：柯桥的宏达数码印花厂，想换助剂，联系人蒋经理').customerName).toBe('宏达数码印花厂'));
});

describe('a camera resolution and an owner recalled', () => {
  it('400万像素 is a resolution, no amount', () => expect(run('恒远要把监控全换成400万像素的').amount).toBeNull());
  it('400万的监控项目 is still money', () => expect(run('恒远的监控项目400万').amount).toBe(4000000));
  it('谁在管 asks whose record it is', () => {
    const out = run('恒远那个代理合同谁在管来着');
    expect(out.intent).toBe('query');
    expect(out.query?.subject).toBe('owner');
  });
});
