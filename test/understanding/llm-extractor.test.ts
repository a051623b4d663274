import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { SIGNAL_TAGS } from '../../src/domain/signals';
import { STAGES } from '../../src/domain/stages';
import { INTENTS, QUERY_PERIODS, QUERY_STATUSES, QUERY_SUBJECTS } from '../../src/understanding/extraction';
import { createLlmExtractor } from '../../src/understanding/llm-extractor';
import { LlmExtractionError } from '../../src/understanding/llm/errors';
import { ANSWER, completion, fakeLlm, INPUT, llmConfig, useFakeLlm, type CompletionRequest } from './fake-llm';

useFakeLlm();

async function failureOf(promise: Promise<unknown>): Promise<LlmExtractionError> {
  const err = await promise.then(
    () => expect.fail('expected the extraction to fail'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmExtractionError);
  return err as LlmExtractionError;
}

describe('LLM extractor', () => {
  it('valid answer: sends model, customer list and strict json_schema; resolves dueText in code', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).matchHeader('authorization', 'Bearer test-key').reply(200, completion(ANSWER));

    const { extraction, usage } = await createLlmExtractor(llmConfig()).extract(INPUT, { timeZone: 'Asia/Shanghai' });

    expect(extraction).toEqual({
      id: 'c001',
      intent: 'log_activity',
      customerId: 'cus_101',
      customerName: null,
      contacts: [{ name: '王总', role: 'decision_maker' }],
      tags: ['after_sales'],
      stage: null,
      // 48小时内 from 2026-03-02 10:15: the model sent only the expression.
      commitment: { action: '出服务方案', due: '2026-03-04T10:15:00+08:00' },
      amount: null,
      competitors: [],
      summary: ANSWER.summary,
      query: null,
    });
    expect(usage).toEqual({ promptTokens: 812, completionTokens: 96 });

    const [body] = bodies;
    expect(body.model).toBe('test-model');
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(JSON.parse(body.messages[1].content)).toEqual({ customers: INPUT.customers, text: INPUT.text });
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema).toMatchObject({ name: 'extraction', strict: true });
    expect(body.response_format.json_schema?.schema).toMatchObject({ type: 'object', additionalProperties: false });
  });

  it('a time in working days is counted on the tenant calendar it is given', async () => {
    fakeLlm([]).reply(200, completion({ ...ANSWER, commitment: { action: '出服务方案', dueText: '2个工作日内' } }));
    // Monday 2 March; Tuesday the 3rd is a holiday of this tenant.
    const calendar = { workdays: [1, 2, 3, 4, 5], holidays: ['2026-03-03'], extraWorkdays: [] };

    const { extraction } = await createLlmExtractor(llmConfig()).extract(INPUT, { timeZone: 'Asia/Shanghai', calendar });

    expect(extraction.commitment).toEqual({ action: '出服务方案', due: '2026-03-05T18:00:00+08:00' });
  });

  it('tenant rival brands go into the user message', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(200, completion(ANSWER));

    await createLlmExtractor(llmConfig()).extract(INPUT, { competitorBrands: ['汇川', '西门子'] });

    expect(JSON.parse(bodies[0].messages[1].content).competitorBrands).toEqual(['汇川', '西门子']);
  });

  it('system prompt names every signal tag, stage code, intent and query value of contract version 2', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(200, completion(ANSWER));

    await createLlmExtractor(llmConfig()).extract(INPUT);

    const system = bodies[0].messages[0].content;
    for (const code of [...SIGNAL_TAGS, ...STAGES, ...INTENTS, ...QUERY_SUBJECTS, ...QUERY_STATUSES, ...QUERY_PERIODS])
      expect(system).toContain(code);
    expect(system).toContain('dueText');
  });

  it('malformed JSON answer fails as malformed_json and still carries the tokens spent', async () => {
    fakeLlm().reply(200, completion('{"intent": "log_activity", '));

    const failure = await failureOf(createLlmExtractor(llmConfig()).extract(INPUT));

    expect(failure.reason).toBe('malformed_json');
    expect(failure.usage).toEqual({ promptTokens: 812, completionTokens: 96 });
  });

  it('schema-invalid answer (unknown intent, amount as text) fails as schema_invalid', async () => {
    fakeLlm().reply(200, completion({ ...ANSWER, intent: 'sell', amount: '50万' }));

    const failure = await failureOf(createLlmExtractor(llmConfig()).extract(INPUT));

    expect(failure.reason).toBe('schema_invalid');
    expect(failure.message).toMatch(/intent/);
    expect(failure.message).toMatch(/amount/);
  });

  it('hallucinated tag, stage, contact role and customerId are dropped; the rest is kept', async () => {
    fakeLlm().reply(
      200,
      completion({
        ...ANSWER,
        customerId: 'cus_999',
        contacts: [{ name: '王总', role: 'boss' }],
        tags: ['urgent', 'price', 'after_sales', 'price'],
        stage: 'closed',
      }),
    );

    const { extraction } = await createLlmExtractor(llmConfig()).extract(INPUT);

    expect(extraction.customerId).toBeNull();
    expect(extraction.contacts).toEqual([{ name: '王总', role: null }]);
    expect(extraction.tags).toEqual(['after_sales', 'price']);
    expect(extraction.stage).toBeNull();
    expect(extraction.intent).toBe('log_activity');
  });

  it('names the text does not contain (a completed customer name, an invented contact or rival) are dropped', async () => {
    fakeLlm().reply(
      200,
      completion({
        ...ANSWER,
        customerName: '华信精密机械集团股份有限公司',
        contacts: [
          { name: '王总', role: 'decision_maker' },
          { name: '李工', role: 'user' },
        ],
        competitors: ['恒立液压'],
      }),
    );

    const { extraction } = await createLlmExtractor(llmConfig()).extract(INPUT);

    expect(extraction.customerName).toBeNull();
    expect(extraction.contacts).toEqual([{ name: '王总', role: 'decision_maker' }]);
    expect(extraction.competitors).toEqual([]);
  });

  it('a question keeps what it asks (subject, owner as written, status), with only the asker\u2019s own customer', async () => {
    const asked = { ...INPUT, text: '刘洋有哪些逾期的商机' };
    const query = { subject: 'deals', customerId: 'cus_999', owner: '刘洋', status: 'overdue', stage: 'nonsense', period: null };
    fakeLlm().reply(200, completion({ ...ANSWER, intent: 'query', commitment: null, contacts: [], tags: [], query }));

    const { extraction } = await createLlmExtractor(llmConfig()).extract(asked);

    expect(extraction.intent).toBe('query');
    expect(extraction.query).toEqual({ subject: 'deals', customerId: null, owner: '刘洋', status: 'overdue', stage: null, period: null });
  });

  it('429 with retry-after is retried once by the SDK, then the answer is used', async () => {
    fakeLlm().reply(429, { error: { message: 'rate limited' } }, { 'retry-after': '0' });
    fakeLlm().reply(200, completion(ANSWER));

    const { extraction } = await createLlmExtractor(llmConfig()).extract(INPUT);

    expect(extraction.customerId).toBe('cus_101');
    expect(nock.isDone()).toBe(true);
  });

  it('json_schema rejected with 400 → retried as json_object, and later calls ask for json_object directly', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(400, { error: { message: 'This response_format type is unavailable now', type: 'invalid_request_error' } });
    fakeLlm(bodies).times(2).reply(200, completion(ANSWER));
    const extractor = createLlmExtractor(llmConfig());

    await extractor.extract(INPUT);
    await extractor.extract(INPUT);

    expect(bodies.map((b) => b.response_format.type)).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(nock.isDone()).toBe(true);
  });

  it('a 400 about something else is an http_error, with no json_object retry', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(400, { error: { message: 'Model Not Exist' } });

    const failure = await failureOf(createLlmExtractor(llmConfig()).extract(INPUT));

    expect(failure.reason).toBe('http_error');
    expect(bodies).toHaveLength(1);
  });
});
