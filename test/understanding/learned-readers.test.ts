import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../src/understanding/rule-extractor';
import {
  gramsOf,
  LEARNED_READERS,
  readsAsLead,
  SHIPPED_READERS,
  tagLikelihoods,
  weighTags,
  type LearnedReaders,
} from '../../src/understanding/rules/learned-readers';
import { DEFAULT_TRAINING, HELD_OUT_FILES, trainReaders, type LabelledText } from '../../src/understanding/learned-training';
import { loadChangedCopy } from './word-file-copy';

/** The learned second readers (the rival, churn and price tags; a new lead): grams, weighing, training, the shipped file. */

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** A hand-made model: 别家 and 换掉 speak for a rival, 满意 against; price is not weighed; 碰到 speaks for a lead. */
const MODEL: LearnedReaders = {
  version: 1,
  note: 'test',
  trainedOn: ['test'],
  longestGram: 2,
  keepAbove: 0.05,
  addAbove: 0.6,
  weighed: [{ tag: 'competitor', bias: -2, weights: { 别家: 20, 换掉: 15, 满意: -30 } }],
  lead: { bias: -2, weights: { 碰到: 20 } },
  leadAbove: 0.7,
};

describe('grams', () => {
  it('folds width, case and the digits of a figure, and marks the ends', () => {
    const grams = gramsOf('ＡＢ报38万', 2);
    expect(grams).toEqual(expect.arrayContaining(['^a', 'ab', 'b报', '报0', '0万', '万$']));
    expect(gramsOf('报45万', 2)).toContain('0万');
    expect(new Set(grams).size).toBe(grams.length);
  });
});

describe('weighing the rules’ tags', () => {
  it('adds a weighed tag the rules missed when the model finds it likely', () => {
    expect(weighTags(MODEL, '别家报得更低', [], [])).toEqual(['competitor']);
  });

  it('drops a rule’s tag the model all but rules out, and keeps one it merely doubts', () => {
    expect(weighTags(MODEL, '客户很满意', ['competitor'], [])).toEqual([]);
    expect(tagLikelihoods(MODEL, '客户来电').get('competitor')).toBeGreaterThan(0.05);
    expect(weighTags(MODEL, '客户来电', ['competitor'], [])).toEqual(['competitor']);
  });

  it('leaves settled tags as the rules have them, and tags it does not weigh alone', () => {
    expect(weighTags(MODEL, '客户很满意', ['competitor'], ['competitor'])).toEqual(['competitor']);
    expect(weighTags(MODEL, '别家报得更低', [], ['competitor'])).toEqual([]);
    expect(weighTags(MODEL, '客户很满意', ['price'], [])).toEqual(['price']);
    expect(weighTags(MODEL, '别家报得更低', ['price'], [])).toEqual(['price', 'competitor']);
  });
});

describe('reading a report as a lead', () => {
  it('only when the lead model finds it likely', () => {
    expect(readsAsLead(MODEL, '在展会上碰到一个做门窗的老板')).toBe(true);
    expect(readsAsLead(MODEL, '今天去华信送了样品')).toBe(false);
  });
});

describe('training', () => {
  const examples: LabelledText[] = [
    ...['别家报价低', '别家也来了', '他们想换掉现在的', '别家送了样品', '换掉老供应商'].map((text) => ({
      text,
      tags: ['competitor' as const],
      lead: false,
    })),
    ...['客户很满意', '明天送样品', '合同下周签', '付款到了', '报价发了'].map((text) => ({ text, tags: [], lead: false })),
    ...['碰到一个新老板', '展会上碰到个厂'].map((text) => ({ text, tags: [], lead: true })),
  ];
  const training = { ...DEFAULT_TRAINING, tags: ['competitor' as const], minMessages: 2, epochs: 30 };

  it('learns the grams that speak for a tag and for a lead, the same way every run', () => {
    const readers = trainReaders(examples, training);
    expect(trainReaders(examples, training)).toEqual(readers);
    const model = { ...MODEL, ...readers };
    expect(tagLikelihoods(model, '听说别家降价了').get('competitor')).toBeGreaterThan(0.6);
    expect(tagLikelihoods(model, '客户说很满意').get('competitor')).toBeLessThan(0.3);
    expect(readers.lead.weights['碰到']).toBeGreaterThan(0);
  });

  it('ships no gram seen in fewer messages than asked', () => {
    const [{ weights }] = trainReaders(examples, training).weighed;
    expect(weights).toHaveProperty('别家');
    expect(weights).not.toHaveProperty('降价');
  });
});

describe('the shipped model (words/learned-readers.json)', () => {
  it('learned every labelled file but the held-out ones, which exist', () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl'));
    for (const held of HELD_OUT_FILES) expect(files).toContain(held);
    expect(SHIPPED_READERS.trainedOn).toEqual(files.filter((name) => !HELD_OUT_FILES.includes(name)).sort());
  });

  it('weighs the rival, churn and price tags only', () => {
    expect(SHIPPED_READERS.weighed.map((m) => m.tag)).toEqual(DEFAULT_TRAINING.tags);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('learned-readers.json', LEARNED_READERS, (file) => (file.weighed = []))).toThrow(
      /learned-readers\.json[^]*weighed/,
    );
    expect(() => loadChangedCopy('learned-readers.json', LEARNED_READERS, (file) => (file.version = 2))).toThrow(
      /learned-readers\.json[^]*version/,
    );
    expect(() =>
      loadChangedCopy('learned-readers.json', LEARNED_READERS, (file) => {
        const weighed = file.weighed as unknown[];
        weighed.push(weighed[0]);
      }),
    ).toThrow(/learned-readers\.json[^]*weighed twice/);
  });

  it('reads a party met and described with no marker as a lead, and takes no lead from the rules', () => {
    const input = { id: 't', now: '2026-03-04T10:15:00+08:00', sender: { id: 'u', name: '张伟' }, customers: [], text: '' };
    const met = '在汨罗碰到一个做再生稻的种粮大户周老板想上三台烘干机说先加个微信后面再聊';
    expect(extractByRules({ ...input, text: met }, { learnedReaders: false }).intent).toBe('log_activity');
    expect(extractByRules({ ...input, text: met }).intent).toBe('create_lead');
    expect(extractByRules({ ...input, text: '新线索:江门华兴铝业,要换挤压机' }).intent).toBe('create_lead');
    expect(extractByRules({ ...input, text: '今天去华信见了王总,聊了下周试机的安排' }).intent).toBe('log_activity');
  });

  it('reads a rival the rules cannot name, in the extraction', () => {
    const input = { id: 't', now: '2026-03-04T10:15:00+08:00', sender: { id: 'u', name: '张伟' }, customers: [], text: '' };
    const text = '王总说坤泰那边报的比我们每台便宜八千,让我们再考虑下价格';
    expect(extractByRules({ ...input, text }, { learnedReaders: false }).tags).not.toContain('competitor');
    expect(extractByRules({ ...input, text }).tags).toContain('competitor');
  });
});
