import OpenAI from 'openai';
import { DeadlineExceededError } from './deadline';

/** Why an LLM answer was not used; the chooser counts and reports these. */
export const FALLBACK_REASONS = [
  'timeout',
  'rate_limited',
  'server_error',
  'http_error',
  'network_error',
  'malformed_json',
  'schema_invalid',
  'internal_error',
] as const;
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

const NO_TOKENS: TokenUsage = { promptTokens: 0, completionTokens: 0 };

/** A failed LLM extraction; `usage` holds the tokens spent anyway (a malformed answer still costs). */
export class LlmExtractionError extends Error {
  constructor(
    readonly reason: FallbackReason,
    message: string,
    readonly usage: TokenUsage = NO_TOKENS,
  ) {
    super(message);
  }
}

/** Maps anything thrown while calling the model to a reason code. */
export function toLlmFailure(err: unknown): LlmExtractionError {
  if (err instanceof LlmExtractionError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new LlmExtractionError(reasonOf(err), message);
}

function reasonOf(err: unknown): FallbackReason {
  // Our own deadline aborts the SDK call, which then surfaces as a user abort.
  if (err instanceof DeadlineExceededError || err instanceof OpenAI.APIUserAbortError) return 'timeout';
  if (err instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
  if (err instanceof OpenAI.APIConnectionError) return 'network_error';
  if (err instanceof OpenAI.RateLimitError) return 'rate_limited';
  if (err instanceof OpenAI.InternalServerError) return 'server_error';
  if (err instanceof OpenAI.APIError) return 'http_error';
  return 'internal_error';
}
