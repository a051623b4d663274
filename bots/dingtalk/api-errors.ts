import { permanent, rateLimited, retryable, type ApiFailure } from '../kit/api-failure';
import { parseJsonObject } from './json-object';

/** A failed OpenAPI call, with DingTalk's error code when it gave one, e.g. param.cardAlreadyExist. */
export interface DingtalkFailure extends ApiFailure {
  code?: string;
}

const IP_BAN_WAIT_MS = 5 * 60_000;

/**
 * Sorts an OpenAPI error answer (shared/platforms/dingtalk.md §5). Throttling wears a 403
 * "Forbidden" code but is retryable, so it is checked before anything else.
 */
export function classifyFailure(status: number, text: string, random: () => number = Math.random): DingtalkFailure {
  const body = parseJsonObject(text);
  if (!body) {
    // An HTML page instead of JSON is how DingTalk answers an IP ban (wait 5 minutes).
    if (status >= 500) return retryable(`HTTP ${status} without a JSON body`);
    return rateLimited(`HTTP ${status} answered with a non-JSON page (IP ban?)`, IP_BAN_WAIT_MS);
  }
  if (body.status === 1111) {
    const waitMinutes = typeof body.wait === 'number' ? body.wait : 5;
    return rateLimited('IP banned for too many calls', waitMinutes * 60_000);
  }
  const code = String(body.code ?? body.errcode ?? '');
  const reason = `HTTP ${status} ${code}: ${String(body.message ?? body.errmsg ?? '').slice(0, 300)}`;
  if (status === 429 || /QpsLimit/i.test(code) || code === '90018' || code === '90002') {
    return { ...rateLimited(reason, 1_000 + Math.round(random() * 1_000)), code };
  }
  if (/ApiCountLimitForOrg/i.test(code) || code === '90020') return { ...permanent(`${reason} (monthly API quota used up)`), code };
  if (status >= 500) return { ...retryable(reason), code };
  if (/PermissionDenied/i.test(code)) {
    return { ...permanent(`${reason} (grant the permission in the developer console, see docs/dingtalk-setup.md)`), code };
  }
  return { ...permanent(reason), code };
}

/** True when the answer says the access token is expired or invalid. */
export function isAuthFailure(status: number, text: string): boolean {
  if (status === 401) return true;
  const code = String(parseJsonObject(text)?.code ?? '');
  return /InvalidAuthentication|accessToken/i.test(code) && !/PermissionDenied/i.test(code);
}
