import type { Clock } from '../../src/clock';
import { errcodeFailure, httpFailure, networkFailure, TOKEN_ERRCODES, type ApiFailure } from './api-errors';

/** The credentials of one app; a token belongs to one corp and one app Secret. */
export interface WecomApp {
  corpId: string;
  agentId: number;
  secret: string;
}

export type ApiResult<T> = ({ ok: true } & T) | ApiFailure;

interface WecomAnswer {
  errcode?: number;
  errmsg?: string;
}

export interface SendAnswer {
  msgid?: string;
  /** Returned for interactive template cards: one update_template_card call. */
  response_code?: string;
  invaliduser?: string;
}

interface CachedToken {
  token: string;
  refreshAt: number;
}

/**
 * message/send has no idempotency key. When WeCom delivered a message but its answer was lost (a
 * timeout, a crash before the row was marked sent), the outbox sends it again; WeCom's duplicate check
 * drops a repeat of the same content to the same member within this window. Cards carry a unique
 * task_id, so only true repeats match; a repeated identical text within it is redundant anyway.
 */
const DUPLICATE_CHECK_SECONDS = 1800;

/** Tokens live 7200 s; fetch a new one this long before, so no call carries a token about to lapse. */
const REFRESH_EARLY_MS = 5 * 60_000;

export interface ApiClientOptions {
  apiBase: string;
  timeoutMs: number;
  clock: Clock;
}

/** The WeCom server API the bot calls: gettoken (cached), message/send, message/update_template_card, auth/getuserinfo. */
export class WecomApiClient {
  private readonly tokens = new Map<string, CachedToken>();
  private readonly fetching = new Map<string, Promise<ApiResult<{ token: string }>>>();

  constructor(private readonly options: ApiClientOptions) {}

  /** message/send: `message` is the body without agentid (touser, msgtype and its payload). */
  sendMessage(app: WecomApp, message: Record<string, unknown>): Promise<ApiResult<SendAnswer>> {
    return this.post<SendAnswer>(app, '/cgi-bin/message/send', {
      ...message,
      agentid: app.agentId,
      enable_duplicate_check: 1,
      duplicate_check_interval: DUPLICATE_CHECK_SECONDS,
    });
  }

  /** message/update_template_card: changes the card a response code was issued for. */
  updateTemplateCard(app: WecomApp, update: Record<string, unknown>): Promise<ApiResult<object>> {
    return this.post<object>(app, '/cgi-bin/message/update_template_card', { ...update, agentid: app.agentId });
  }

  /**
   * auth/getuserinfo: the member a one-time OAuth code (5 minutes, usable once) was issued for. WeCom answers
   * `userid` for a member of the corp and `openid` for anyone else, who is not ours.
   */
  userOfCode(app: WecomApp, code: string): Promise<ApiResult<{ userid?: string }>> {
    return this.call<{ userid?: string }>(app, `/cgi-bin/auth/getuserinfo?code=${encodeURIComponent(code)}`, { method: 'GET' });
  }

  private post<T extends object>(app: WecomApp, path: string, body: object): Promise<ApiResult<T>> {
    return this.call<T>(app, path, { method: 'POST', body: JSON.stringify(body) });
  }

  /** Calls with the cached token; a token WeCom calls invalid or expired is replaced and the call made once more. */
  private async call<T extends object>(
    app: WecomApp,
    path: string,
    init: { method: 'GET' | 'POST'; body?: string },
  ): Promise<ApiResult<T>> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.token(app);
      if (!token.ok) return token;
      const joiner = path.includes('?') ? '&' : '?';
      const answer = await this.request<T>(`${path}${joiner}access_token=${encodeURIComponent(token.token)}`, init);
      if (answer.ok || attempt > 1 || !TOKEN_ERRCODES.has(answer.errcode ?? 0)) return answer;
      this.forget(app, token.token);
    }
  }

  /** The app's token: cached, refreshed early, and fetched once however many calls wait for it. */
  private async token(app: WecomApp): Promise<ApiResult<{ token: string }>> {
    const key = tokenKey(app);
    const cached = this.tokens.get(key);
    if (cached && cached.refreshAt > this.options.clock.now().getTime()) return { ok: true, token: cached.token };
    let pending = this.fetching.get(key);
    if (!pending) {
      pending = this.fetchToken(app).finally(() => this.fetching.delete(key));
      this.fetching.set(key, pending);
    }
    return pending;
  }

  private async fetchToken(app: WecomApp): Promise<ApiResult<{ token: string }>> {
    const query = new URLSearchParams({ corpid: app.corpId, corpsecret: app.secret });
    const answer = await this.request<{ access_token?: string; expires_in?: number }>(`/cgi-bin/gettoken?${query}`, { method: 'GET' });
    if (!answer.ok) return { ...answer, reason: `gettoken failed: ${answer.reason}` };
    if (!answer.access_token) return { ok: false, retryable: true, reason: 'gettoken answered without access_token' };
    const lifetimeMs = (answer.expires_in ?? 7200) * 1000;
    const refreshAt = this.options.clock.now().getTime() + Math.max(lifetimeMs - REFRESH_EARLY_MS, lifetimeMs / 2);
    this.tokens.set(tokenKey(app), { token: answer.access_token, refreshAt });
    return { ok: true, token: answer.access_token };
  }

  /** Drops a token WeCom refused, unless a newer one already replaced it. */
  private forget(app: WecomApp, token: string): void {
    if (this.tokens.get(tokenKey(app))?.token === token) this.tokens.delete(tokenKey(app));
  }

  private async request<T extends object>(pathAndQuery: string, init: { method: 'GET' | 'POST'; body?: string }): Promise<ApiResult<T>> {
    const { apiBase, timeoutMs, clock } = this.options;
    let response: Response;
    let text: string;
    try {
      response = await fetch(apiBase + pathAndQuery, {
        ...init,
        headers: init.body ? { 'content-type': 'application/json; charset=utf-8' } : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return networkFailure(error, timeoutMs);
    }
    if (response.status !== 200) return httpFailure(response.status, response.headers.get('retry-after'), clock.now());
    let answer: T & WecomAnswer;
    try {
      answer = JSON.parse(text) as T & WecomAnswer;
    } catch {
      return { ok: false, retryable: true, reason: `WeCom answered something other than JSON: ${text.slice(0, 100)}` };
    }
    if (answer.errcode) return errcodeFailure(answer.errcode, answer.errmsg);
    return { ...answer, ok: true };
  }
}

function tokenKey(app: WecomApp): string {
  return `${app.corpId}\u0000${app.agentId}`;
}
