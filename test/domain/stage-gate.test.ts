import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/domain/deal-evidence';
import { evaluateGate, gatePasses, type DealFacts } from '../../src/domain/stage-gate';
import { loadRuleBook } from '../../src/flows/rule-book';

const rules = loadRuleBook('rules').forTenant('demo');
const facts = (over: Partial<DealFacts> = {}): DealFacts => ({ contacts: [], evidence: [], followUps: 0, ...over });
const missingOf = (stage: Parameters<typeof evaluateGate>[1], f: DealFacts) =>
  evaluateGate(rules, stage, f).missing.map((m) => m.requirement);
const letter = (fromFile: boolean, covers: Extract<Evidence, { kind: 'document' }>['covers']): Evidence => ({
  kind: 'document',
  document: 'confirmation_letter',
  fromFile,
  fileName: fromFile ? '确认函.pdf' : null,
  covers,
});

describe('stage gates of the default rules', () => {
  describe('初步接触 contact', () => {
    const chain = [
      { name: '李工', role: 'user' as const },
      { name: '赵经理', role: 'influencer' as const },
      { name: '王总', role: 'decision_maker' as const },
    ];

    it('passes with three people covering 使用人/影响人/决策人 and a reported conversation', () => {
      const gate = evaluateGate(rules, 'contact', facts({ contacts: chain, followUps: 1 }));
      expect(gatePasses(gate)).toBe(true);
      expect(gate.done.map((d) => d.requirement)).toEqual(['decision_chain', 'conversation_summary']);
    });

    it('names the missing role when a buying role is absent', () => {
      const gate = evaluateGate(rules, 'contact', facts({ contacts: [chain[0], chain[2], { name: '钱工', role: 'user' }], followUps: 1 }));
      expect(gate.missing).toEqual([{ requirement: 'decision_chain', text: expect.stringContaining('还缺影响人') }]);
    });

    it('does not count people whose role is unknown toward the three', () => {
      const gate = evaluateGate(
        rules,
        'contact',
        facts({ contacts: [...chain.slice(0, 2), { name: '孙经理', role: null }], followUps: 1 }),
      );
      expect(gate.missing[0].text).toContain('目前2人');
    });

    it('misses the first-conversation summary when no conversation was reported', () => {
      expect(missingOf('contact', facts({ contacts: chain }))).toEqual(['conversation_summary']);
    });
  });

  describe('需求确认 requirement', () => {
    const form: Evidence = { kind: 'document', document: 'requirement_form', fromFile: true, fileName: '需求确认单.jpg', covers: [] };

    it('passes with three distinct pain points and the signed form as a file', () => {
      const pains: Evidence[] = [
        { kind: 'pain_points', points: ['换模慢', '能耗高'] },
        { kind: 'pain_points', points: ['能耗高', '售后响应慢'] },
      ];
      expect(gatePasses(evaluateGate(rules, 'requirement', facts({ evidence: [...pains, form] })))).toBe(true);
    });

    it('counts pain points without duplicates, and says how many there are', () => {
      const gate = evaluateGate(rules, 'requirement', facts({ evidence: [{ kind: 'pain_points', points: ['换模慢', '换模慢'] }, form] }));
      expect(gate.missing).toEqual([{ requirement: 'pain_points', text: '客户痛点(至少3个):目前1个' }]);
    });

    it('a form only mentioned in words is not the signed form', () => {
      const said: Evidence = { ...form, fromFile: false, fileName: null };
      expect(missingOf('requirement', facts({ evidence: [{ kind: 'pain_points', points: ['a', 'b', 'c'] }, said] }))).toEqual(['document']);
    });
  });

  describe('方案演示 demo', () => {
    it('passes with the demo form and customer feedback keywords', () => {
      const evidence: Evidence[] = [
        { kind: 'demo_form', form: 'remote' },
        { kind: 'customer_feedback', keywords: ['界面清楚'] },
      ];
      expect(gatePasses(evaluateGate(rules, 'demo', facts({ evidence })))).toBe(true);
    });

    it('lists both when nothing was recorded', () => {
      expect(missingOf('demo', facts())).toEqual(['demo_form', 'customer_feedback']);
    });
  });

  describe('商务谈判 negotiation', () => {
    const quote: Evidence = { kind: 'quote_round', round: 2, competitors: ['力士乐'] };
    const sensitivity: Evidence = { kind: 'price_sensitivity', level: 'high', reason: '预算被砍' };

    it('passes with a quote round naming a competitor, a reasoned price sensitivity and a complete confirmation letter', () => {
      const evidence = [quote, sensitivity, letter(true, []), letter(false, ['payment_terms', 'delivery_period', 'acceptance_criteria'])];
      expect(gatePasses(evaluateGate(rules, 'negotiation', facts({ evidence })))).toBe(true);
    });

    it('a quote round with no competitor named is not enough', () => {
      const gate = evaluateGate(rules, 'negotiation', facts({ evidence: [{ ...quote, competitors: [] }] }));
      expect(gate.missing.find((m) => m.requirement === 'quote_rounds')?.text).toContain('未写竞品名称');
    });

    it('a price sensitivity without a reason is not enough', () => {
      const gate = evaluateGate(rules, 'negotiation', facts({ evidence: [{ ...sensitivity, reason: null }] }));
      expect(gate.missing.find((m) => m.requirement === 'price_sensitivity')?.text).toContain('还缺原因');
    });

    it('names the terms a confirmation letter does not state yet', () => {
      const gate = evaluateGate(rules, 'negotiation', facts({ evidence: [quote, sensitivity, letter(true, ['payment_terms'])] }));
      expect(gate.missing).toEqual([{ requirement: 'document', text: expect.stringContaining('未写明交期、验收标准') }]);
    });

    it('terms stated in words still need the letter itself as a file', () => {
      const gate = evaluateGate(
        rules,
        'negotiation',
        facts({ evidence: [quote, sensitivity, letter(false, ['payment_terms', 'delivery_period', 'acceptance_criteria'])] }),
      );
      expect(gate.missing[0].text).toContain('还没收到照片或文件');
    });
  });

  it('a stage without rules (线索) has nothing to check', () => {
    expect(evaluateGate(rules, 'lead', facts())).toEqual({ done: [], missing: [], met: [] });
  });
});
