import { parseJsonObject } from './json-object';

/** A failed OpenAPI call, in the shape the outbox sender understands. */
export interface ApiFailure {
  ok: false;
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
  /** DingTalk's error code when it gave one, e.g. param.cardAlreadyExist. */
  code?: string;
}

const IP_BAN_WAIT_MS = 5 * 60_000;

/**
 * Sorts an OpenAPI error answer (shared/platforms/dingtalk.md §5). Throttling wears a 403
 * "Forbidden" code but is retryable, so it is checked before anything else.
 */
export function classifyFailure(status: number, text: string, random: () => number = Math.random): ApiFailure {
  const body = parseJsonObject(text);
  if (!body) {
    // An HTML page instead of JSON is how DingTalk answers an IP ban (wait 5 minutes).
    if (status >= 500) return { ok: false, retryable: true, reason: `HTTP ${status} without a JSON body` };
    return { ok: false, retryable: true, reason: `HTTP ${status} answered with a non-JSON page (IP ban?)`, retryAfterMs: IP_BAN_WAIT_MS };
  }
  if (body.status === 1111) {
    const waitMinutes = typeof body.wait === 'number' ? body.wait : 5;
    return { ok: false, retryable: true, reason: 'IP banned for too many calls', retryAfterMs: waitMinutes * 60_000 };
  }
  const code = String(body.code ?? body.errcode ?? '');
  const reason = `HTTP ${status} ${code}: ${String(body.message ?? body.errmsg ?? '').slice(0, 300)}`;
  if (status === 429 || /QpsLimit/i.test(code) || code === '90018' || code === '90002') {
    return { ok: false, retryable: true, reason, code, retryAfterMs: 1_000 + Math.round(random() * 1_000) };
  }
  if (/ApiCountLimitForOrg/i.test(code) || code === '90020') {
    return { ok: false, retryable: false, reason: `${reason} (monthly API quota used up)`, code };
  }
  if (status >= 500) return { ok: false, retryable: true, reason, code };
  if (/PermissionDenied/i.test(code)) {
    return {
      ok: false,
      retryable: false,
      reason: `${reason} (grant the permission in the developer console, see docs/dingtalk-setup.md)`,
      code,
    };
  }
  return { ok: false, retryable: false, reason, code };
}

/** The network failed or the request timed out: always worth another try. */
export function networkFailure(error: unknown): ApiFailure {
  const name = error instanceof Error ? error.name : '';
  const reason = name === 'TimeoutError' ? 'request timed out' : `network error: ${error instanceof Error ? error.message : String(error)}`;
  return { ok: false, retryable: true, reason };
}

/** True when the answer says the access token is expired or invalid. */
export function isAuthFailure(status: number, text: string): boolean {
  if (status === 401) return true;
  const code = String(parseJsonObject(text)?.code ?? '');
  return /InvalidAuthentication|accessToken/i.test(code) && !/PermissionDenied/i.test(code);
}
