import type { Clock } from '../../src/clock';
import { AccessTokenCache, type IssuedToken } from '../kit/access-token';
import { permanent, retryable } from '../kit/api-failure';
import { callHttp, type HttpAnswer } from '../kit/http-call';
import { classifyFailure, isAuthFailure, type DingtalkFailure } from './api-errors';
import type { CardParamMap } from './card-render';
import { cardSpace, type RobotChat } from './chat-space';
import type { DingtalkApp } from './dingtalk-config';
import { parseJsonObject } from './json-object';

export type ApiResult<T = Record<string, unknown>> = { ok: true; body: T } | DingtalkFailure;

const DEFAULT_TIMEOUT_MS = 10_000;
/** The older API's errcode for an unknown or expired access_token. */
const OAPI_TOKEN_INVALID = 40014;

/** topapi/v2/department/listsub: one department. */
export interface DingtalkDepartment {
  dept_id: number;
  name?: string;
  parent_id?: number;
}

/** topapi/v2/user/list: one member of the department asked for; `leader` says whether they lead that department. */
export interface DingtalkUser {
  userid: string;
  name?: string;
  leader?: boolean;
  dept_id_list?: number[];
}

interface DeliverResult {
  spaceId?: string;
  success?: boolean;
  errorMsg?: string;
}

/** The API client of the app that sends for a tenant (AppDirectory.appForTenant), or null when none does. */
export type ApiForTenant = (tenantId: string) => DingtalkApi | null;

/**
 * The OpenAPI calls one app makes: robot messages (1:1 and group) and interactive cards. A call
 * refused for an expired token is retried once with a fresh token; every other failure is sorted
 * for the outbox.
 */
export class DingtalkApi {
  private readonly tokens: AccessTokenCache;

  constructor(
    readonly app: DingtalkApp,
    /** The OpenAPI host (api.dingtalk.com) and the older one (oapi.dingtalk.com) of the topapi calls. */
    private readonly hosts: { apiBase: string; oapiBase: string },
    clock: Clock,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.tokens = new AccessTokenCache(() => this.issueToken(), clock);
  }

  sendText(chat: RobotChat, content: string): Promise<ApiResult> {
    return this.send(chat, 'sampleText', { content });
  }

  sendMarkdown(chat: RobotChat, title: string, text: string): Promise<ApiResult> {
    return this.send(chat, 'sampleMarkdown', { title, text });
  }

  /** Creates the card `outTrackId` (our card id) and puts it in the chat. */
  async createAndDeliverCard(chat: RobotChat, outTrackId: string, params: CardParamMap): Promise<ApiResult> {
    const result = await this.call('POST', '/v1.0/card/instances/createAndDeliver', {
      cardTemplateId: this.app.cardTemplateId,
      outTrackId,
      callbackType: 'STREAM',
      cardData: { cardParamMap: params },
      ...cardSpace(chat, this.app.robotCode, params.title),
      userIdType: 1,
    });
    if (!result.ok) return result;
    const deliveries = (result.body.result as { deliverResults?: DeliverResult[] } | undefined)?.deliverResults ?? [];
    return checkDeliveries(result, deliveries);
  }

  /** Delivers an existing card again (after a create whose delivery failed). */
  async deliverCard(chat: RobotChat, outTrackId: string): Promise<ApiResult> {
    const result = await this.call('POST', '/v1.0/card/instances/deliver', {
      outTrackId,
      ...cardSpace(chat, this.app.robotCode),
      userIdType: 1,
    });
    if (!result.ok) return result;
    return checkDeliveries(result, (result.body.result as DeliverResult[] | undefined) ?? []);
  }

  /** Sets the card's variables (only the keys given), e.g. after a tap. */
  async updateCard(outTrackId: string, params: CardParamMap): Promise<ApiResult> {
    const result = await this.call('PUT', '/v1.0/card/instances', {
      outTrackId,
      cardData: { cardParamMap: params },
      cardUpdateOptions: { updateCardDataByKey: true },
      userIdType: 1,
    });
    if (result.ok && result.body.success === false)
      return retryable(`card update answered success=false: ${JSON.stringify(result.body).slice(0, 300)}`);
    return result;
  }

  private send(chat: RobotChat, msgKey: string, msgParam: Record<string, string>): Promise<ApiResult> {
    if (chat.kind === 'user') return this.batchSend(chat.userId, msgKey, msgParam);
    return this.call('POST', '/v1.0/robot/groupMessages/send', {
      robotCode: this.app.robotCode,
      openConversationId: chat.openConversationId,
      msgKey,
      msgParam: JSON.stringify(msgParam),
    });
  }

  private async batchSend(userId: string, msgKey: string, msgParam: Record<string, string>): Promise<ApiResult> {
    const result = await this.call('POST', '/v1.0/robot/oToMessages/batchSend', {
      robotCode: this.app.robotCode,
      userIds: [userId],
      msgKey,
      msgParam: JSON.stringify(msgParam),
    });
    if (!result.ok) return result;
    const listed = (key: string) => ((result.body[key] as string[] | undefined) ?? []).includes(userId);
    if (listed('flowControlledStaffIdList')) return retryable(`robot send to ${userId} was flow-controlled`);
    if (listed('invalidStaffIdList')) return permanent(`robot send: ${userId} is not a valid user of the app (outside its visible range?)`);
    return result;
  }

  /**
   * topapi/v2/user/getuserinfo on the older API host (`hosts.oapiBase`): the member a page's requestAuthCode code
   * (5 minutes, usable once) stands for; null when DingTalk refuses the code or cannot be reached (the page
   * says sign-in failed and offers to try again). The app token of /v1.0/oauth2/accessToken is accepted there too.
   */
  async userOfAuthCode(code: string): Promise<string | null> {
    const answer = await this.oapi<{ result?: { userid?: string } }>('/topapi/v2/user/getuserinfo', { code });
    return answer.ok && answer.body.result?.userid ? answer.body.result.userid : null;
  }

  /** topapi/v2/department/listsub: the departments right under `deptId` (1: the root). */
  subDepartments(deptId: number): Promise<ApiResult<{ result?: DingtalkDepartment[] }>> {
    return this.oapi('/topapi/v2/department/listsub', { dept_id: deptId });
  }

  /** topapi/v2/user/list: one page of a department's members from `cursor` (0: the first page). */
  departmentMembers(
    deptId: number,
    cursor: number,
    size: number,
  ): Promise<ApiResult<{ result?: { has_more?: boolean; next_cursor?: number; list?: DingtalkUser[] } }>> {
    return this.oapi('/topapi/v2/user/list', { dept_id: deptId, cursor, size });
  }

  /** A call on the older API host: the token rides in the query, a refusal is an errcode in a 200 (40014: a stale token, fetched anew once). */
  private oapi<T extends object>(path: string, body: object): Promise<ApiResult<T>> {
    return this.tokens.call(async (token): Promise<ApiResult<T>> => {
      const answer = await callHttp(
        'DingTalk',
        `${this.hosts.oapiBase}${path}?access_token=${encodeURIComponent(token)}`,
        { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) },
        this.timeoutMs,
      );
      if (!answer.ok) return answer;
      const result = parseJsonObject(answer.text) as (T & { errcode?: number; errmsg?: string }) | null;
      if (!result) return retryable(`DingTalk ${path} answered HTTP ${answer.status} without JSON`);
      if (!result.errcode) return { ok: true, body: result };
      const failure = permanent(`DingTalk ${path} errcode ${result.errcode}: ${result.errmsg ?? ''}`);
      return result.errcode === OAPI_TOKEN_INVALID ? { ...failure, tokenRefused: true } : failure;
    });
  }

  /** Calls with the app's token; a call refused for an expired token is made once more with a fresh one. */
  private call(method: 'POST' | 'PUT', path: string, body: unknown): Promise<ApiResult> {
    return this.tokens.call(async (token) => {
      const answer = await this.request(method, path, body, { 'x-acs-dingtalk-access-token': token });
      if (!answer.ok) return answer;
      if (answer.success) return { ok: true, body: parseJsonObject(answer.text) ?? {} };
      return failureOf(answer);
    });
  }

  /** POST /v1.0/oauth2/accessToken for this app. */
  private async issueToken(): Promise<IssuedToken> {
    const credentials = { appKey: this.app.clientId, appSecret: this.app.clientSecret };
    const answer = await this.request('POST', '/v1.0/oauth2/accessToken', credentials, {});
    if (!answer.ok) return answer;
    if (!answer.success) {
      const failure = failureOf(answer);
      return { ...failure, reason: `access token for app ${this.app.clientId}: ${failure.reason}` };
    }
    const { accessToken, expireIn } = parseJsonObject(answer.text) ?? {};
    if (typeof accessToken !== 'string' || !accessToken) return retryable('access token answer without accessToken');
    return { ok: true, token: accessToken, lifetimeMs: (typeof expireIn === 'number' ? expireIn : 7200) * 1000 };
  }

  private request(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<HttpAnswer | DingtalkFailure> {
    return callHttp(
      'DingTalk',
      `${this.hosts.apiBase}${path}`,
      { method, headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) },
      this.timeoutMs,
    );
  }
}

/** An error answer, sorted for the outbox; an expired or invalid token is marked so the call is made again with a fresh one. */
function failureOf(answer: HttpAnswer): DingtalkFailure {
  const failure = classifyFailure(answer.status, answer.text);
  return isAuthFailure(answer.status, answer.text) ? { ...failure, tokenRefused: true } : failure;
}

/** The top-level `success` can be true while a space was not reached: every delivery must succeed. */
function checkDeliveries(result: ApiResult, deliveries: DeliverResult[]): ApiResult {
  const failed = deliveries.filter((delivery) => delivery.success !== true);
  if (deliveries.length > 0 && failed.length === 0) return result;
  const why = failed.map((d) => `${d.spaceId ?? '?'}: ${d.errorMsg ?? 'not delivered'}`).join('; ') || 'no delivery result';
  return retryable(`card not delivered (${why})`);
}
