import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractByRules } from '../../src/understanding/rule-extractor';
import { gramsOf, shippedTagModel, TAG_MODEL, tagLikelihoods, weighTags, type TagModel } from '../../src/understanding/rules/learned-tags';
import { DEFAULT_TRAINING, HELD_OUT_FILES, trainTagModel, type TagExample } from '../../src/understanding/tag-training';
import { loadChangedCopy } from './word-file-copy';

/** The learned second reader of the rival, churn and price tags: its grams, its weighing, its training, the shipped file. */

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** A hand-made model: 别家 and 换掉 speak for a rival, 满意 against; price is not weighed. */
const MODEL: TagModel = {
  version: 1,
  note: 'test',
  trainedOn: ['test'],
  longestGram: 2,
  keepAbove: 0.05,
  addAbove: 0.6,
  weighed: [{ tag: 'competitor', bias: -2, weights: { 别家: 20, 换掉: 15, 满意: -30 } }],
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

describe('training', () => {
  const examples: TagExample[] = [
    ...['别家报价低', '别家也来了', '他们想换掉现在的', '别家送了样品', '换掉老供应商'].map((text) => ({
      text,
      tags: ['competitor' as const],
    })),
    ...['客户很满意', '明天送样品', '合同下周签', '付款到了', '报价发了'].map((text) => ({ text, tags: [] })),
  ];
  const training = { ...DEFAULT_TRAINING, tags: ['competitor' as const], minMessages: 2, epochs: 30 };

  it('learns the grams that speak for a tag, the same way every run', () => {
    const weighed = trainTagModel(examples, training);
    expect(trainTagModel(examples, training)).toEqual(weighed);
    const model = { ...MODEL, weighed };
    expect(tagLikelihoods(model, '听说别家降价了').get('competitor')).toBeGreaterThan(0.6);
    expect(tagLikelihoods(model, '客户说很满意').get('competitor')).toBeLessThan(0.3);
  });

  it('ships no gram seen in fewer messages than asked', () => {
    const [{ weights }] = trainTagModel(examples, training);
    expect(weights).toHaveProperty('别家');
    expect(weights).not.toHaveProperty('降价');
  });
});

describe('the shipped model (words/tag-model.json)', () => {
  it('learned every labelled file but the held-out ones, which exist', () => {
    const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.jsonl'));
    for (const held of HELD_OUT_FILES) expect(files).toContain(held);
    expect(shippedTagModel().trainedOn).toEqual(files.filter((name) => !HELD_OUT_FILES.includes(name)).sort());
  });

  it('weighs the rival, churn and price tags only', () => {
    expect(shippedTagModel().weighed.map((m) => m.tag)).toEqual(DEFAULT_TRAINING.tags);
  });

  it('a malformed copy is refused, naming the file and the key', () => {
    expect(() => loadChangedCopy('tag-model.json', TAG_MODEL, (file) => (file.weighed = []))).toThrow(/tag-model\.json[^]*weighed/);
    expect(() => loadChangedCopy('tag-model.json', TAG_MODEL, (file) => (file.version = 2))).toThrow(/tag-model\.json[^]*version/);
    expect(() =>
      loadChangedCopy('tag-model.json', TAG_MODEL, (file) => {
        const weighed = file.weighed as unknown[];
        weighed.push(weighed[0]);
      }),
    ).toThrow(/tag-model\.json[^]*weighed twice/);
  });

  it('reads a rival the rules cannot name, in the extraction', () => {
    const input = { id: 't', now: '2026-03-04T10:15:00+08:00', sender: { id: 'u', name: '张伟' }, customers: [], text: '' };
    const text = '王总说坤泰那边报的比我们每台便宜八千,让我们再考虑下价格';
    expect(extractByRules({ ...input, text }, { learnedTags: false }).tags).not.toContain('competitor');
    expect(extractByRules({ ...input, text }).tags).toContain('competitor');
  });
});
