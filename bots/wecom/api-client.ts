import type { Clock } from '../../src/clock';
import { AccessTokenCache, type IssuedToken } from '../kit/access-token';
import { httpStatusFailure, retryable } from '../kit/api-failure';
import { callHttp } from '../kit/http-call';
import { errcodeFailure, type WecomFailure } from './api-errors';

/** The credentials of one app; a token belongs to one corp and one app Secret. */
export interface WecomApp {
  corpId: string;
  agentId: number;
  secret: string;
}

export type ApiResult<T> = ({ ok: true } & T) | WecomFailure;

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

/**
 * message/send has no idempotency key. When WeCom delivered a message but its answer was lost (a
 * timeout, a crash before the row was marked sent), the outbox sends it again; WeCom's duplicate check
 * drops a repeat of the same content to the same member within this window. Cards carry a unique
 * task_id, so only true repeats match; a repeated identical text within it is redundant anyway.
 */
const DUPLICATE_CHECK_SECONDS = 1800;

/** department/list: one department of the corp (within the app's visible range). */
export interface WecomDepartment {
  id: number;
  name?: string;
  parentid?: number;
  department_leader?: string[];
}

/** user/get: one member; `is_leader_in_dept` runs beside `department` (1: leads it). */
export interface WecomUser {
  userid: string;
  name?: string;
  department?: number[];
  main_department?: number;
  is_leader_in_dept?: number[];
}

export interface ApiClientOptions {
  apiBase: string;
  timeoutMs: number;
  clock: Clock;
}

/**
 * The WeCom server API the bot calls: gettoken (cached), message/send, message/update_template_card, auth/getuserinfo,
 * and the directory (department/list, user/list_id, user/get).
 */
export class WecomApiClient {
  /** One token per corp and app Secret. */
  private readonly tokens = new Map<string, AccessTokenCache>();

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
    return this.get(app, '/cgi-bin/auth/getuserinfo', { code });
  }

  /** department/list: every department the app can see. */
  departments(app: WecomApp): Promise<ApiResult<{ department?: WecomDepartment[] }>> {
    return this.get(app, '/cgi-bin/department/list', {});
  }

  /** user/list_id: one page of the members' ids, from `cursor` (empty: the first page); `next_cursor` is empty after the last. */
  userIds(app: WecomApp, cursor: string, limit: number): Promise<ApiResult<{ next_cursor?: string; dept_user?: { userid: string }[] }>> {
    return this.post(app, '/cgi-bin/user/list_id', { cursor, limit });
  }

  /** user/get: a member's name, departments and which of them they lead. */
  user(app: WecomApp, userId: string): Promise<ApiResult<WecomUser>> {
    return this.get(app, '/cgi-bin/user/get', { userid: userId });
  }

  private get<T extends object>(app: WecomApp, path: string, query: Record<string, string>): Promise<ApiResult<T>> {
    return this.tokensOf(app).call((token) =>
      this.request<T>(`${path}?${new URLSearchParams({ ...query, access_token: token })}`, { method: 'GET' }),
    );
  }

  /** Calls with the app's token; a token WeCom calls invalid or expired is replaced and the call made once more. */
  private post<T extends object>(app: WecomApp, path: string, body: object): Promise<ApiResult<T>> {
    return this.tokensOf(app).call((token) =>
      this.request<T>(`${path}?access_token=${encodeURIComponent(token)}`, { method: 'POST', body: JSON.stringify(body) }),
    );
  }

  private tokensOf(app: WecomApp): AccessTokenCache {
    const key = `${app.corpId}\u0000${app.agentId}`;
    let tokens = this.tokens.get(key);
    if (!tokens) this.tokens.set(key, (tokens = new AccessTokenCache(() => this.issueToken(app), this.options.clock)));
    return tokens;
  }

  private async issueToken(app: WecomApp): Promise<IssuedToken> {
    const query = new URLSearchParams({ corpid: app.corpId, corpsecret: app.secret });
    const answer = await this.request<{ access_token?: string; expires_in?: number }>(`/cgi-bin/gettoken?${query}`, { method: 'GET' });
    if (!answer.ok) return { ...answer, reason: `gettoken failed: ${answer.reason}` };
    if (!answer.access_token) return retryable('gettoken answered without access_token');
    return { ok: true, token: answer.access_token, lifetimeMs: (answer.expires_in ?? 7200) * 1000 };
  }

  private async request<T extends object>(pathAndQuery: string, init: { method: 'GET' | 'POST'; body?: string }): Promise<ApiResult<T>> {
    const { apiBase, timeoutMs, clock } = this.options;
    const headers = init.body ? { 'content-type': 'application/json; charset=utf-8' } : undefined;
    const response = await callHttp('WeCom', apiBase + pathAndQuery, { ...init, headers }, timeoutMs);
    if (!response.ok) return response;
    if (response.status !== 200) return httpStatusFailure('WeCom', response.status, response.retryAfter, clock.now());
    let answer: T & WecomAnswer;
    try {
      answer = JSON.parse(response.text) as T & WecomAnswer;
    } catch {
      return retryable(`WeCom answered something other than JSON: ${response.text.slice(0, 100)}`);
    }
    if (answer.errcode) return errcodeFailure(answer.errcode, answer.errmsg);
    return { ...answer, ok: true };
  }
}
