/** How a failed WeCom call should be handled: retried later (with a wait, when it is known) or recorded as final. */
export interface ApiFailure {
  ok: false;
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
  errcode?: number;
}

/** Token problems: drop the cached token, fetch a new one, try once more. */
export const TOKEN_ERRCODES = new Set([40014, 42001, 42009]);
export const RESPONSE_CODE_INVALID = 60140;

const RETRYABLE: Record<number, { reason: string; retryAfterMs?: number }> = {
  [-1]: { reason: 'system busy' },
  // A per-minute block lasts 60 s; longer blocks come back with 45009 again and back off further.
  45009: { reason: 'API frequency limit reached', retryAfterMs: 60_000 },
  45033: { reason: 'too many concurrent calls', retryAfterMs: 5_000 },
};

const KNOWN: Record<number, string> = {
  40001: 'invalid Secret: the app is disabled or its Secret was reset (update WECOM_SECRET)',
  40003: 'invalid UserID',
  40013: 'invalid CorpID (check WECOM_CORP_ID)',
  40014: 'invalid access_token',
  40056: 'invalid AgentId (check WECOM_AGENT_ID)',
  40058: 'invalid parameter (a field too long or a list too long)',
  41001: 'access_token missing',
  42001: 'access_token expired',
  44004: 'empty text content',
  45002: 'content too large',
  48002: 'the app has no permission for this API',
  50002: 'the member is outside the app\u2019s visible range (可见范围)',
  60011: 'the member is outside the app\u2019s visible range (可见范围)',
  60020: 'this server\u2019s IP is not in the app\u2019s trusted IPs (企业可信IP)',
  60111: 'unknown UserID',
  60140: 'response_code expired or already used',
  81013: 'the recipient is unknown or outside the app\u2019s visible range',
};

/** A non-zero errcode of a 200 answer. */
export function errcodeFailure(errcode: number, errmsg: string | undefined): ApiFailure {
  const retry = RETRYABLE[errcode];
  const what = retry?.reason ?? KNOWN[errcode] ?? (errcode >= 42031 && errcode <= 42051 ? 'template card rejected' : 'request rejected');
  const reason = `WeCom errcode ${errcode}: ${what}${errmsg ? ` (${errmsg.slice(0, 200)})` : ''}`;
  return retry
    ? { ok: false, retryable: true, reason, retryAfterMs: retry.retryAfterMs, errcode }
    : { ok: false, retryable: false, reason, errcode };
}

/** An HTTP status other than 200: a gateway or proxy in the way, or WeCom itself down. */
export function httpFailure(status: number, retryAfter: string | null, now: Date): ApiFailure {
  const retryable = status >= 500 || status === 408 || status === 429;
  return {
    ok: false,
    retryable,
    reason: `WeCom answered HTTP ${status}`,
    retryAfterMs: retryable ? parseRetryAfter(retryAfter, now) : undefined,
  };
}

/** No answer: refused, reset, or over the time limit. The message may or may not have gone out. */
export function networkFailure(error: unknown, timeoutMs: number): ApiFailure {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  const detail = timedOut ? `no answer within ${timeoutMs} ms` : describe(error);
  return { ok: false, retryable: true, reason: `WeCom unreachable: ${detail}` };
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? error.message;
}

function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
