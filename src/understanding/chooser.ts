import type { LlmConfig } from '../config';
import { EventLoopTurns } from '../event-loop-turns';
import { log, type Logger } from '../log';
import type { Extraction, ExtractionInput, ExtractionOptions } from './extraction';
import { cutPoint } from './first-part';
import { createLlmExtractor, type LlmExtraction } from './llm-extractor';
import { FALLBACK_REASONS, toLlmFailure, type FallbackReason } from './llm/errors';
import { createSemaphore } from './llm/semaphore';
import { fitExtraction } from './fit-extraction';
import { withStatements } from './statements';
import { extractByRules } from './rule-extractor';
import { RuleThreads, RuleThreadGone } from './rule-threads';

export type { FallbackReason } from './llm/errors';

/** One row of token accounting: one per LLM call, whether its answer was used or not. */
export interface LlmUsage {
  tenantId: string;
  model: string;
  promptVersion: string;
  promptTokens: number;
  completionTokens: number;
  outcome: 'ok' | 'fallback';
  reason?: FallbackReason;
  at: Date;
}

export interface UnderstandingOptions {
  /** Null: rule-based only. */
  llm: LlmConfig | null;
  /** Awaited; a failing callback is logged and does not change the result. */
  onUsage?: (usage: LlmUsage) => void | Promise<void>;
  /** Where failures are logged; the CLI passes one that writes to stderr. */
  logger?: Logger;
  /** Messages longer than this are understood on their first part (first-part.ts); unset: whole. */
  maxChars?: number;
  /** Worker threads the rules run in (rule-threads.ts); 0 or unset: on the event loop, one message a turn. */
  ruleThreads?: number;
}

export interface UnderstandContext {
  tenantId: string;
  options?: ExtractionOptions;
}

export interface Understood {
  extraction: Extraction;
  source: 'llm' | 'rules';
  fallbackReason?: FallbackReason;
  /** Set when the message was longer than the cap: only its first `cutAt` characters were understood. */
  cutAt?: number;
}

export interface UnderstandingStats {
  /** understand() calls, either path. */
  calls: number;
  llmOk: number;
  fallbacks: Record<FallbackReason, number>;
}

export interface Understanding {
  understand(input: ExtractionInput, ctx: UnderstandContext): Promise<Understood>;
  stats(): UnderstandingStats;
  /** Starts the rule threads, if any, now rather than on the first message; answers how many loaded (0 without threads). */
  warmUp(): Promise<number>;
  /** Stops the rule threads, if any. */
  stop(): Promise<void>;
}

/**
 * Text → Extraction: the LLM when one is configured, the rules when it is not or when the LLM
 * fails in any way. The timeout (config.timeoutMs) bounds each LLM call once it has a slot, not
 * the wait for a slot: a burst queues for the model instead of falling back to rules en masse.
 * Either path reads only the first part of a message longer than `maxChars`.
 */
export function createUnderstanding({
  llm,
  onUsage,
  logger = log.child({ module: 'understanding' }),
  maxChars = Infinity,
  ruleThreads = 0,
}: UnderstandingOptions): Understanding {
  const llmPath = llm && { extractor: createLlmExtractor(llm, logger), limit: createSemaphore(llm.maxConcurrency) };
  const rules = ruleThreads > 0 ? new RuleThreads(ruleThreads) : null;
  // On the event loop, a claimed batch of messages would otherwise be read by the rules all in one go,
  // holding the loop (and the acknowledgements waiting on it) for a millisecond a message.
  const ruleTurns = new EventLoopTurns();
  const counts = { calls: 0, llmOk: 0 };
  const fallbacks = Object.fromEntries(FALLBACK_REASONS.map((reason) => [reason, 0])) as Record<FallbackReason, number>;

  const report = async (usage: LlmUsage): Promise<void> => {
    try {
      await onUsage?.(usage);
    } catch (err) {
      logger.error({ err, tenantId: usage.tenantId }, 'usage callback failed');
    }
  };

  const understandText = async (input: ExtractionInput, { tenantId, options }: UnderstandContext): Promise<Understood> => {
    counts.calls++;
    // Every extraction, either path, is fitted to what the store can keep before anyone uses it.
    const onLoop = () => ruleTurns.take(() => fitExtraction(extractByRules(input, options)));
    // A thread that fails (it died, or could not start) costs the message nothing: the event loop reads it.
    // An error of the rules themselves is the message's: reading it again would only fail again.
    const byRules = () =>
      rules?.extract(input, options).catch((err: unknown) => {
        if (!(err instanceof RuleThreadGone)) throw err;
        logger.warn({ tenantId, inputId: input.id, err: err.message }, 'rule thread failed; reading on the event loop');
        return onLoop();
      }) ?? onLoop();
    if (!llmPath) return { extraction: await byRules(), source: 'rules' };

    const { extractor, limit } = llmPath;
    const row = { tenantId, model: extractor.model, promptVersion: extractor.promptVersion };
    let result: LlmExtraction;
    try {
      result = await limit(() => extractor.extract(input, options));
    } catch (err) {
      const { reason, message, usage: spent } = toLlmFailure(err);
      fallbacks[reason]++;
      logger.warn({ tenantId, inputId: input.id, reason, err: message }, 'LLM extraction failed; using rules');
      await report({ ...row, ...spent, outcome: 'fallback', reason, at: new Date() });
      return { extraction: await byRules(), source: 'rules', fallbackReason: reason };
    }
    counts.llmOk++;
    await report({ ...row, ...result.usage, outcome: 'ok', at: new Date() });
    return { extraction: fitExtraction(result.extraction), source: 'llm' };
  };

  return {
    async understand(input, ctx) {
      const cutAt = cutPoint(input.text, maxChars);
      const read = cutAt === null ? input.text : input.text.slice(0, cutAt);
      const understood = await understandText({ ...input, text: read }, ctx);
      return { ...understood, extraction: withStatements(understood.extraction, read), ...(cutAt === null ? {} : { cutAt }) };
    },
    stats: () => ({ ...counts, fallbacks: { ...fallbacks } }),
    warmUp: async () => (await rules?.warm()) ?? 0,
    stop: async () => rules?.stop(),
  };
}
