import { describe, expect, it } from 'vitest';
import { LEAD_RULE_DEFAULTS } from '../../src/domain/lead-rules';
import { scoreLead, scoreText } from '../../src/domain/lead-scoring';
import { parseLeadText } from '../../src/domain/lead-text';
import { extractByRules } from '../../src/understanding/rule-extractor';
import { loadRuleBook } from '../../src/flows/rule-book';
import { parseRulesFile } from '../../src/domain/stage-rules';

const MESSAGE = '新线索:宁波某模具厂,李经理 13812345678,想了解注塑机,预算50万,急需报价';
const extract = (text: string) =>
  extractByRules({ id: 'l', now: '2026-03-02T10:15:00+08:00', sender: { id: 'zhangwei', name: '张伟' }, customers: [], text });
const scoring = LEAD_RULE_DEFAULTS.scoring;
const lead = { company: '宁波某模具厂', region: '浙江', industry: '注塑', budget: 500_000, urgencyText: '急需报价', tags: [] };

describe('reading a lead message', () => {
  it('finds phone, region, industry and urgency in the words', () => {
    expect(parseLeadText(MESSAGE)).toEqual({ phone: '13812345678', region: '浙江', industry: '注塑', urgency: '急需报价' });
  });

  it('takes the budget from the extraction, whatever way it is written', () => {
    expect(extract(MESSAGE).amount).toBe(500_000);
    expect(extract('新线索:宁波海天精工,预算80k').amount).toBe(80_000);
    expect(extract('新线索:宁波海天精工,预算五十万').amount).toBe(500_000);
    expect(extract('新线索:宁波海天精工,预算1.5亿').amount).toBe(150_000_000);
  });

  it('finds nothing it was not told', () => {
    expect(parseLeadText('新线索:某公司')).toEqual({ phone: null, region: null, industry: null, urgency: null });
  });
});

describe('lead score', () => {
  it('scores the example lead 88: region 30, industry 25, budget 50万 → 0.8 × 25, 急需 → 0.65 × 20', () => {
    const score = scoreLead(lead, scoring, ['浙江', '江苏']);
    expect(score).toEqual({ total: 88, parts: { region: 30, industry: 25, budget: 20, urgency: 13 } });
    expect(scoreText(score)).toBe('评分 88(地域 30/行业 25/预算 20/紧急 13)');
  });

  it('gives no region points where no rep works, none for an unstated budget, and the strongest urgency signal', () => {
    const score = scoreLead({ ...lead, region: '广东', budget: null, urgencyText: '急需', tags: ['closing_soon'] }, scoring, ['浙江']);
    expect(score.parts).toEqual({ region: 0, industry: 25, budget: 0, urgency: 20 });
  });

  it('reads its weights from the rules file, and the default file spells out the built-in defaults', () => {
    expect(loadRuleBook('rules').forTenant('demo').leads).toEqual(LEAD_RULE_DEFAULTS);
  });

  it('refuses weights that do not add up to 100, and unknown keys, naming the key', () => {
    const weights = { ...scoring, weights: { region: 50, industry: 25, budget: 25, urgency: 20 } };
    expect(() => parseRulesFile('rules/acme.json', { leads: { scoring: weights } })).toThrow(
      'rules/acme.json: leads.scoring.weights: the four weights must add up to 100',
    );
    expect(() => parseRulesFile('rules/acme.json', { leads: { allocation: { ...LEAD_RULE_DEFAULTS.allocation, topscore: 1 } } })).toThrow(
      'leads.allocation.topscore: unknown key',
    );
  });
});
