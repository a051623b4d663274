import type { DeliveryOutcome } from '../../src/pipeline/outbox-sender';

/**
 * A platform API call that did not work, sorted for the outbox: tried again later (not before
 * `retryAfterMs` when the platform said how long), or final with the reason.
 */
export interface ApiFailure {
  ok: false;
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
  /** The platform refused the access token (expired, invalid): the call is worth one more try with a fresh one. */
  tokenRefused?: boolean;
}

/** Busy, unreachable or down: worth another try with the outbox's backoff. */
export function retryable(reason: string): ApiFailure {
  return { ok: false, retryable: true, reason };
}

/** Over a rate limit: another try, not before `retryAfterMs` when known. */
export function rateLimited(reason: string, retryAfterMs: number | undefined): ApiFailure {
  return { ok: false, retryable: true, reason, retryAfterMs };
}

/** Refused for good (an unknown member, content the platform rejects, a missing permission). */
export function permanent(reason: string): ApiFailure {
  return { ok: false, retryable: false, reason };
}

/**
 * An HTTP status outside the platform's own error answers: a gateway or proxy in the way, or the
 * platform down. 5xx, 408 and 429 are tried again (after `Retry-After` when it is sent).
 */
export function httpStatusFailure(platform: string, status: number, retryAfter: string | null, now: Date): ApiFailure {
  const reason = `${platform} answered HTTP ${status}`;
  if (status === 429) return rateLimited(reason, parseRetryAfter(retryAfter, now));
  if (status >= 500 || status === 408) return { ...retryable(reason), retryAfterMs: parseRetryAfter(retryAfter, now) };
  return permanent(reason);
}

/** No answer: refused, reset, or over the time limit. The call may or may not have taken effect. */
export function networkFailure(platform: string, error: unknown, timeoutMs: number): ApiFailure {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  return retryable(`${platform} unreachable: ${timedOut ? `no answer within ${timeoutMs} ms` : describe(error)}`);
}

/** What the outbox records of a call's result. */
export function deliveryOutcome(result: { ok: true } | ApiFailure): DeliveryOutcome {
  if (result.ok) return { ok: true };
  const { retryable, reason, retryAfterMs } = result;
  return retryAfterMs === undefined ? { ok: false, retryable, reason } : { ok: false, retryable, reason, retryAfterMs };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return (error as { code?: string }).code ?? error.message;
}

/** `Retry-After` in seconds or as an HTTP date. */
function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
