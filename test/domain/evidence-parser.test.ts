import { describe, expect, it } from 'vitest';
import { parseEvidence, statedReason } from '../../src/domain/evidence-parser';
import { TEXT_LENGTHS } from '../../src/domain/value-limits';

describe('evidence statements in chat', () => {
  it.each([
    [
      '决策链:李工使用人,赵经理影响人,王总拍板',
      [
        {
          kind: 'decision_chain',
          people: [
            { name: '李工', role: 'user' },
            { name: '赵经理', role: 'influencer' },
            { name: '王总', role: 'decision_maker' },
          ],
        },
      ],
    ],
    ['痛点:1.换模慢 2.能耗高 3.售后响应慢', [{ kind: 'pain_points', points: ['换模慢', '能耗高', '售后响应慢'] }]],
    ['演示方式:远程', [{ kind: 'demo_form', form: 'remote' }]],
    ['今天做了现场演示', [{ kind: 'demo_form', form: 'onsite' }]],
    ['客户反馈:界面清楚,担心培训', [{ kind: 'customer_feedback', keywords: ['界面清楚', '担心培训'] }]],
    ['第二轮报价,竞品是力士乐', [{ kind: 'quote_round', round: 2, competitors: ['力士乐'] }]],
    ['价格敏感度高,因为预算被砍', [{ kind: 'price_sensitivity', level: 'high', reason: '预算被砍' }]],
    [
      '确认函:付款分三期,交期60天,验收按技术协议',
      [
        {
          kind: 'document',
          document: 'confirmation_letter',
          fromFile: false,
          fileName: null,
          covers: ['payment_terms', 'delivery_period', 'acceptance_criteria'],
        },
      ],
    ],
  ])('reads %s', (text, expected) => {
    expect(parseEvidence(text)).toEqual(expected);
  });

  it('reads several labelled statements in one message, each up to the next label', () => {
    expect(parseEvidence('永盛演示方式:现场,客户反馈:节能认可,担心价格')).toEqual([
      { kind: 'demo_form', form: 'onsite' },
      { kind: 'customer_feedback', keywords: ['节能认可', '担心价格'] },
    ]);
  });

  it('adds competitors the extractor found to a quote round', () => {
    expect(parseEvidence('第3轮报价了', ['派克'])).toEqual([{ kind: 'quote_round', round: 3, competitors: ['派克'] }]);
  });

  it('cuts a 300-character name in a decision chain to what the contacts keep', () => {
    expect(parseEvidence(`决策链:${'王'.repeat(300)}拍板`)).toEqual([
      { kind: 'decision_chain', people: [{ name: '王'.repeat(TEXT_LENGTHS.personName), role: 'decision_maker' }] },
    ]);
  });

  it('finds nothing in an ordinary follow-up', () => {
    expect(parseEvidence('今天跟华信王总聊了液压泵升级,他担心售后响应')).toEqual([]);
  });
});

describe('reasons and gap questions', () => {
  it.each([
    ['华信丢了,客户选了力士乐', '客户选了力士乐'],
    ['华信丢单原因:预算被砍', '预算被砍'],
    ['华信阶段调到需求确认,因为客户要重新评估', '客户要重新评估'],
    ['华信丢了', null],
  ])('the reason in %s is %s', (text, reason) => {
    expect(statedReason(text)).toBe(reason);
  });
});
