import { permanent, retryable, type ApiFailure } from '../kit/api-failure';

/** A failed WeCom call, with WeCom's errcode when it answered one. */
export interface WecomFailure extends ApiFailure {
  errcode?: number;
}

/** Token problems: drop the cached token, fetch a new one, try once more. */
const TOKEN_ERRCODES = new Set([40014, 42001, 42009]);
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
export function errcodeFailure(errcode: number, errmsg: string | undefined): WecomFailure {
  const retry = RETRYABLE[errcode];
  const what = retry?.reason ?? KNOWN[errcode] ?? (errcode >= 42031 && errcode <= 42051 ? 'template card rejected' : 'request rejected');
  const reason = `WeCom errcode ${errcode}: ${what}${errmsg ? ` (${errmsg.slice(0, 200)})` : ''}`;
  if (retry) return { ...retryable(reason), retryAfterMs: retry.retryAfterMs, errcode };
  return { ...permanent(reason), errcode, ...(TOKEN_ERRCODES.has(errcode) ? { tokenRefused: true } : {}) };
}
