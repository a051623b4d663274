import { DateTime } from 'luxon';
import OpenAI from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { LlmConfig } from '../config';
import { DEFAULT_TIME_ZONE } from '../domain/business-time';
import { zoneNamed } from '../domain/remembered-zone';
import { cleanText } from '../domain/value-limits';
import { log, type Logger } from '../log';
import type { Extraction, ExtractionInput, ExtractionOptions } from './extraction';
import { answerJsonSchema, parseAnswer, type Answer } from './llm/answer';
import { withDeadline } from './llm/deadline';
import { toLlmFailure, type TokenUsage } from './llm/errors';
import { buildMessages, PROMPT_VERSION } from './llm/prompt';
import { formatInstant, resolveDue } from './rules/due';
import { normalizeText } from './rules/text';

export interface LlmExtraction {
  extraction: Extraction;
  usage: TokenUsage;
}

export interface LlmExtractor {
  readonly model: string;
  readonly promptVersion: string;
  /** Rejects with LlmExtractionError (reason code, tokens spent) on any failure. */
  extract(input: ExtractionInput, options?: ExtractionOptions): Promise<LlmExtraction>;
}

type ResponseMode = 'json_schema' | 'json_object';

/**
 * Response format: strict `json_schema` first (OpenAI, vLLM, Ollama, newer Qwen models decode
 * against it); a server without it (DeepSeek, Moonshot) answers 400 naming `response_format`, and
 * from then on this extractor asks for `json_object`, which the prompt's field list and example
 * make enough. Detected rather than configured: nobody has to know what a gateway supports, and
 * the rejected request costs once per extractor (once per call already in flight).
 *
 * Retries: the SDK retries once (429 after its retry-after, 5xx, dropped connections); the whole
 * call, retry included, must finish within `timeoutMs`, so a long retry-after means rules instead.
 */
export function createLlmExtractor(config: LlmConfig, logger: Logger = log.child({ module: 'llm-extractor' })): LlmExtractor {
  const client = new OpenAI({
    baseURL: config.baseUrl,
    // Local servers (Ollama, vLLM) need no key, but the SDK refuses to start without one.
    apiKey: config.apiKey ?? 'none',
    timeout: config.timeoutMs,
    maxRetries: 1,
  });
  let mode: ResponseMode = 'json_schema';

  const request = (input: ExtractionInput, options: ExtractionOptions, as: ResponseMode): ChatCompletionCreateParamsNonStreaming => ({
    model: config.model,
    temperature: 0,
    messages: buildMessages(input, options),
    response_format:
      as === 'json_schema'
        ? { type: 'json_schema', json_schema: { name: 'extraction', strict: true, schema: answerJsonSchema } }
        : { type: 'json_object' },
  });

  const complete = async (input: ExtractionInput, options: ExtractionOptions, signal: AbortSignal): Promise<ChatCompletion> => {
    const asked = mode;
    try {
      return await client.chat.completions.create(request(input, options, asked), { signal });
    } catch (err) {
      if (asked !== 'json_schema' || !rejectsResponseFormat(err)) throw err;
      // Concurrent first calls may all be rejected; one switch, one warning.
      if (mode === 'json_schema') {
        mode = 'json_object';
        logger.warn({ model: config.model, err: (err as Error).message }, 'json_schema rejected; using json_object from now on');
      }
      return client.chat.completions.create(request(input, options, 'json_object'), { signal });
    }
  };

  return {
    model: config.model,
    promptVersion: PROMPT_VERSION,
    async extract(input, options = {}) {
      try {
        return await withDeadline(config.timeoutMs, async (signal) => {
          const completion = await complete(input, options, signal);
          const usage = tokenUsage(completion);
          const answer = parseAnswer(completion.choices[0]?.message.content, usage);
          return { extraction: toExtraction(answer, input, options), usage };
        });
      } catch (err) {
        throw toLlmFailure(err);
      }
    },
  };
}

function rejectsResponseFormat(err: unknown): boolean {
  return err instanceof OpenAI.BadRequestError && /response_format|json_schema/i.test(err.message);
}

function tokenUsage(completion: ChatCompletion): TokenUsage {
  return { promptTokens: completion.usage?.prompt_tokens ?? 0, completionTokens: completion.usage?.completion_tokens ?? 0 };
}

/**
 * Completes the answer into the contract: only the rep's own customers, names that the text really
 * contains (a model completes or invents names), sorted tags, `due` by the rules' resolver.
 */
function toExtraction(answer: Answer, input: ExtractionInput, options: ExtractionOptions): Extraction {
  const { commitment, query } = answer;
  const ownCustomer = (id: string | null) => (input.customers.some((customer) => customer.id === id) ? id : null);
  // Compared as the rules read text, without control characters (they are removed before storing anyway).
  const comparable = (value: string) => normalizeText(cleanText(value));
  const text = comparable(input.text);
  const written = (name: string) => name.trim() !== '' && text.includes(comparable(name));
  return {
    id: input.id,
    intent: answer.intent,
    customerId: ownCustomer(answer.customerId),
    customerName: answer.customerName !== null && written(answer.customerName) ? answer.customerName : null,
    contacts: answer.contacts.filter((contact) => written(contact.name)),
    tags: [...new Set(answer.tags)].sort(),
    stage: answer.stage,
    commitment: commitment && {
      action: commitment.action,
      due: commitment.dueText === null ? null : resolveDueText(commitment.dueText, input.now, options),
    },
    amount: answer.amount,
    competitors: answer.competitors.filter(written),
    summary: answer.summary,
    query:
      answer.intent === 'query' && query
        ? { ...query, customerId: ownCustomer(query.customerId), owner: query.owner !== null && written(query.owner) ? query.owner : null }
        : null,
  };
}

/** The rules' own resolver, on text normalised the way the rules see it (full-width digits etc.). */
function resolveDueText(dueText: string, now: string, { timeZone = DEFAULT_TIME_ZONE, calendar }: ExtractionOptions): string | null {
  const due = resolveDue(normalizeText(dueText), DateTime.fromISO(now, { zone: zoneNamed(timeZone) }), calendar);
  return due && formatInstant(due);
}
