import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/chooser';
import { cutPoint } from '../../src/understanding/first-part';
import { ANSWER, completion, fakeLlm, INPUT, llmConfig, useFakeLlm, type CompletionRequest } from './fake-llm';

useFakeLlm();

const CTX = { tenantId: 'corp_1' };
/** A report whose last sentence, which the cap cuts through, names a tender and an amount. */
const HEAD = `${INPUT.text}。`;
const TAIL = '另外华信下个月要走招标流程,预算80万。';
const LONG = { ...INPUT, text: HEAD + TAIL };
const CAP = HEAD.length + 5;

describe('where a long message is cut', () => {
  it('keeps a message up to the cap whole', () => {
    expect(cutPoint('今天拜访了华信。', 8)).toBeNull();
    expect(cutPoint('今天拜访了华信。', 100)).toBeNull();
  });

  it('cuts after the last sentence that ends within the cap', () => {
    expect(cutPoint('拜访华信。王总担心售后!我明天发方案', 15)).toBe('拜访华信。王总担心售后!'.length);
    expect(cutPoint('报价12.5万. 明天再谈', 9)).toBe('报价12.5万.'.length);
  });

  it('cuts at the cap when no sentence ends within it, never inside an emoji', () => {
    expect(cutPoint('今天拜访华信王总聊了方案', 6)).toBe(6);
    expect(cutPoint('今天拜访华😀信', 6)).toBe(5);
  });
});

describe('understanding a message longer than the cap', () => {
  it('the rules read only the first part', async () => {
    const understanding = createUnderstanding({ llm: null, maxChars: CAP });

    const whole = await createUnderstanding({ llm: null }).understand(LONG, CTX);
    const result = await understanding.understand(LONG, CTX);

    expect(whole.extraction).toMatchObject({ amount: 800000, tags: expect.arrayContaining(['tender']) });
    expect(result.cutAt).toBe(HEAD.length);
    expect(result.extraction).toMatchObject({ customerId: 'cus_101', amount: null, tags: ['after_sales'] });
  });

  it('the model is sent only the first part', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(200, completion(ANSWER));
    const understanding = createUnderstanding({ llm: llmConfig(), maxChars: CAP });

    const result = await understanding.understand(LONG, CTX);

    expect(result).toMatchObject({ source: 'llm', cutAt: HEAD.length });
    const message = bodies[0].messages.at(-1)!.content;
    expect(message).toContain(HEAD);
    expect(message).not.toContain('另外');
  });

  it('a message within the cap is not marked as cut', async () => {
    const result = await createUnderstanding({ llm: null, maxChars: CAP }).understand(INPUT, CTX);
    expect(result.cutAt).toBeUndefined();
  });
});
