import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { LlmConfig } from '../../src/config';
import type { ExtractionInput } from '../../src/understanding/extraction';

/** A fake OpenAI-compatible endpoint for the LLM extractor and chooser tests. */
export const LLM_ORIGIN = 'https://llm.test';
export const COMPLETIONS = '/v1/chat/completions';

export function llmConfig(overrides: Partial<LlmConfig> = {}): LlmConfig {
  return { baseUrl: `${LLM_ORIGIN}/v1`, apiKey: 'test-key', model: 'test-model', timeoutMs: 5000, maxConcurrency: 4, ...overrides };
}

export const INPUT: ExtractionInput = {
  id: 'c001',
  now: '2026-03-02T10:15:00+08:00',
  sender: { id: 'zhangwei', name: '张伟' },
  customers: [
    { id: 'cus_101', name: '华信精密机械有限公司', aliases: ['华信', '华信精密'] },
    { id: 'cus_103', name: '苏州恒远汽车零部件有限公司', aliases: ['恒远'] },
  ],
  text: '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案',
};

/** A well-formed model answer for INPUT; the time is an expression, as the prompt asks. */
export const ANSWER = {
  intent: 'log_activity',
  customerId: 'cus_101',
  customerName: null,
  contacts: [{ name: '王总', role: 'decision_maker' }],
  tags: ['after_sales'],
  stage: null,
  commitment: { action: '出服务方案', dueText: '48小时内' },
  amount: null,
  competitors: [],
  summary: '液压泵升级;客户担心售后响应;承诺48小时内出服务方案',
};

export const TOKENS = { prompt_tokens: 812, completion_tokens: 96 };

/** A chat completion whose message content is `content` (a string is sent as is, anything else as JSON). */
export function completion(content: unknown) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_772_417_700,
    model: 'test-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content) },
        finish_reason: 'stop',
      },
    ],
    usage: { ...TOKENS, total_tokens: TOKENS.prompt_tokens + TOKENS.completion_tokens },
  };
}

export interface CompletionRequest {
  model: string;
  messages: Array<{ role: string; content: string }>;
  response_format: { type: string; json_schema?: { name: string; strict: boolean; schema: Record<string, unknown> } };
}

/** Intercepts chat completions and records each request body in `bodies`. */
export function fakeLlm(bodies: CompletionRequest[] = []) {
  return nock(LLM_ORIGIN).post(COMPLETIONS, (body: CompletionRequest) => {
    bodies.push(body);
    return true;
  });
}

/** No real network in these tests, and no interceptor outlives its test. */
export function useFakeLlm(): void {
  beforeAll(() => nock.disableNetConnect());
  afterEach(() => {
    nock.abortPendingRequests();
    nock.cleanAll();
  });
  afterAll(() => nock.enableNetConnect());
}
