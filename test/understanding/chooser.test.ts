import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { createUnderstanding, type LlmUsage, type UnderstandingOptions } from '../../src/understanding/chooser';
import { extractByRules } from '../../src/understanding/rule-extractor';
import type { Logger } from '../../src/log';
import { ANSWER, completion, fakeLlm, INPUT, llmConfig, TOKENS, useFakeLlm } from './fake-llm';

useFakeLlm();

const CTX = { tenantId: 'corp_1' };
const BY_RULES = extractByRules(INPUT);

function setUp(overrides: Partial<UnderstandingOptions> = {}) {
  const usages: LlmUsage[] = [];
  const understanding = createUnderstanding({ llm: llmConfig(), onUsage: (u) => void usages.push(u), ...overrides });
  return { understanding, usages };
}

describe('understanding chooser', () => {
  it('no LLM configured: rules only, no fallbackReason, no usage, no request', async () => {
    const { understanding, usages } = setUp({ llm: null });

    const result = await understanding.understand(INPUT, CTX);

    expect(result).toEqual({ extraction: BY_RULES, source: 'rules' });
    expect(usages).toEqual([]);
    expect(understanding.stats()).toMatchObject({ calls: 1, llmOk: 0 });
  });

  it('rules in a thread give what the rules give on the event loop', async () => {
    const { understanding } = setUp({ llm: null, ruleThreads: 1 });
    try {
      expect(await understanding.understand(INPUT, CTX)).toEqual({ extraction: BY_RULES, source: 'rules' });
    } finally {
      await understanding.stop();
    }
  });

  it('a rule thread that dies before answering: the message is read on the event loop instead, nothing lost', async () => {
    const { understanding } = setUp({ llm: null, ruleThreads: 1 });
    const pending = understanding.understand(INPUT, CTX);
    await understanding.stop();
    expect(await pending).toEqual({ extraction: BY_RULES, source: 'rules' });
  });

  it("an error of the rules in a thread is the message's: it is not read again on the event loop", async () => {
    const warnings: unknown[] = [];
    const logger = { warn: (...args: unknown[]) => void warnings.push(args), error: () => {} } as unknown as Logger;
    const { understanding } = setUp({ llm: null, ruleThreads: 1, logger });
    try {
      const broken = { ...INPUT, customers: null } as unknown as typeof INPUT;
      await expect(understanding.understand(broken, CTX)).rejects.toThrow(/null|undefined/);
      expect(warnings).toEqual([]);
    } finally {
      await understanding.stop();
    }
  });

  it('LLM answer used: source llm, usage reported with token counts and prompt version', async () => {
    fakeLlm().reply(200, completion(ANSWER));
    const { understanding, usages } = setUp();

    const result = await understanding.understand(INPUT, CTX);

    expect(result.source).toBe('llm');
    expect(result.fallbackReason).toBeUndefined();
    expect(result.extraction.summary).toBe(ANSWER.summary);
    expect(result.extraction.commitment?.due).toBe('2026-03-04T10:15:00+08:00');
    expect(usages).toEqual([
      {
        tenantId: 'corp_1',
        model: 'test-model',
        promptVersion: 'extract.v5',
        promptTokens: TOKENS.prompt_tokens,
        completionTokens: TOKENS.completion_tokens,
        outcome: 'ok',
        at: expect.any(Date),
      },
    ]);
    expect(understanding.stats()).toMatchObject({ calls: 1, llmOk: 1 });
  });

  it('timeout (reply delayed past timeoutMs) → rules, reason timeout', async () => {
    fakeLlm().delay(2_000).reply(200, completion(ANSWER));
    const { understanding, usages } = setUp({ llm: llmConfig({ timeoutMs: 100 }) });

    const result = await understanding.understand(INPUT, CTX);

    expect(result).toEqual({ extraction: BY_RULES, source: 'rules', fallbackReason: 'timeout' });
    expect(usages).toMatchObject([{ outcome: 'fallback', reason: 'timeout', promptTokens: 0, completionTokens: 0 }]);
    expect(understanding.stats().fallbacks.timeout).toBe(1);
  });

  it('429 twice (the retry is rate limited too) → rules, reason rate_limited', async () => {
    fakeLlm()
      .times(2)
      .reply(429, { error: { message: 'rate limited' } }, { 'retry-after': '0' });
    const { understanding } = setUp();

    const result = await understanding.understand(INPUT, CTX);

    expect(result.source).toBe('rules');
    expect(result.fallbackReason).toBe('rate_limited');
    expect(nock.isDone()).toBe(true);
  });

  it('500 (and its one retry) → rules, reason server_error', async () => {
    fakeLlm()
      .times(2)
      .reply(500, { error: { message: 'upstream failed' } });
    const { understanding } = setUp();

    const result = await understanding.understand(INPUT, CTX);

    expect(result.fallbackReason).toBe('server_error');
    expect(result.extraction).toEqual(BY_RULES);
    expect(nock.isDone()).toBe(true);
  });

  it('connection reset (and its retry) → rules, reason network_error', async () => {
    fakeLlm().times(2).replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    const { understanding } = setUp();

    const result = await understanding.understand(INPUT, CTX);

    expect(result.fallbackReason).toBe('network_error');
  });

  it('malformed JSON → rules; usage reported as fallback with the tokens spent', async () => {
    fakeLlm().reply(200, completion('好的，以下是结果：{'));
    const { understanding, usages } = setUp();

    const result = await understanding.understand(INPUT, CTX);

    expect(result.fallbackReason).toBe('malformed_json');
    expect(usages).toMatchObject([
      { outcome: 'fallback', reason: 'malformed_json', promptTokens: TOKENS.prompt_tokens, completionTokens: TOKENS.completion_tokens },
    ]);
  });

  it('schema-invalid answer → rules, reason schema_invalid; stats count each reason', async () => {
    fakeLlm().reply(200, completion({ ...ANSWER, contacts: '王总' }));
    fakeLlm().reply(200, completion(ANSWER));
    const { understanding } = setUp();

    await understanding.understand(INPUT, CTX);
    await understanding.understand(INPUT, CTX);

    const stats = understanding.stats();
    expect(stats).toMatchObject({ calls: 2, llmOk: 1 });
    expect(stats.fallbacks.schema_invalid).toBe(1);
    expect(Object.values(stats.fallbacks).reduce((a, b) => a + b)).toBe(1);
  });

  it('concurrency limit honoured: at most maxConcurrency requests in flight, the rest queue and still use the LLM', async () => {
    const total = 5;
    const limit = 2;
    let inFlight = 0;
    let maxInFlight = 0;
    const held: Array<() => void> = [];
    fakeLlm()
      .times(total)
      .reply(async () => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise<void>((resolve) => held.push(resolve));
        inFlight--;
        return [200, completion(ANSWER)];
      });
    const { understanding } = setUp({ llm: llmConfig({ maxConcurrency: limit }) });

    let done = false;
    const all = Promise.all(Array.from({ length: total }, () => understanding.understand(INPUT, CTX))).finally(() => {
      done = true;
    });
    // Answer one held request at a time, each after a pause in which any request
    // the limit failed to hold back would reach the mock.
    while (!done) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      held.shift()?.();
    }
    const results = await all;

    expect(maxInFlight).toBe(limit);
    expect(results.map((r) => r.source)).toEqual(Array(total).fill('llm'));
  });

  it('a failing usage callback is logged and does not change the result', async () => {
    fakeLlm().reply(200, completion(ANSWER));
    const { understanding } = setUp({
      onUsage: async () => {
        throw new Error('usage table unavailable');
      },
    });

    const result = await understanding.understand(INPUT, CTX);

    expect(result.source).toBe('llm');
  });
});
