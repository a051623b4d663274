import type { Clock } from '../../src/clock';
import { AccessTokenCache, TokenError } from './access-token';
import { classifyFailure, isAuthFailure, networkFailure, type ApiFailure } from './api-errors';
import type { CardParamMap } from './card-render';
import { cardSpace, type RobotChat } from './chat-space';
import type { DingtalkApp } from './dingtalk-config';
import { parseJsonObject } from './json-object';

export type ApiResult<T = Record<string, unknown>> = { ok: true; body: T } | ApiFailure;

const DEFAULT_TIMEOUT_MS = 10_000;

interface DeliverResult {
  spaceId?: string;
  success?: boolean;
  errorMsg?: string;
}

/**
 * The OpenAPI calls one app makes: robot messages (1:1 and group) and interactive cards. A call
 * refused for an expired token is retried once with a fresh token; every other failure is sorted
 * for the outbox.
 */
export class DingtalkApi {
  private readonly tokens: AccessTokenCache;

  constructor(
    readonly app: DingtalkApp,
    private readonly apiBase: string,
    clock: Clock,
    private readonly timeoutMs = DEFAULT_TIMEOUT_MS,
  ) {
    this.tokens = new AccessTokenCache(app, apiBase, clock, timeoutMs);
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
      return { ok: false, retryable: true, reason: `card update answered success=false: ${JSON.stringify(result.body).slice(0, 300)}` };
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
    if (listed('flowControlledStaffIdList')) return { ok: false, retryable: true, reason: `robot send to ${userId} was flow-controlled` };
    if (listed('invalidStaffIdList')) {
      return { ok: false, retryable: false, reason: `robot send: ${userId} is not a valid user of the app (outside its visible range?)` };
    }
    return result;
  }

  /**
   * topapi/v2/user/getuserinfo on the older API host (`oapiBase`): the member a page's requestAuthCode code
   * (5 minutes, usable once) stands for; null when DingTalk refuses the code or cannot be reached. The app
   * token of /v1.0/oauth2/accessToken is accepted there too.
   */
  async userOfAuthCode(oapiBase: string, code: string): Promise<string | null> {
    try {
      const token = await this.tokens.get();
      const response = await fetch(`${oapiBase}/topapi/v2/user/getuserinfo?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ code }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const answer = parseJsonObject(await response.text()) as { errcode?: number; result?: { userid?: string } } | null;
      return answer?.errcode === 0 && answer.result?.userid ? answer.result.userid : null;
    } catch {
      // No token, no answer in time: the page says sign-in failed and offers to try again.
      return null;
    }
  }

  private async call(method: 'POST' | 'PUT', path: string, body: unknown, retriedAuth = false): Promise<ApiResult> {
    let token: string;
    try {
      token = await this.tokens.get();
    } catch (error) {
      if (error instanceof TokenError) return error.failure;
      throw error;
    }
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.apiBase}${path}`, {
        method,
        headers: { 'content-type': 'application/json', accept: 'application/json', 'x-acs-dingtalk-access-token': token },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return networkFailure(error);
    }
    if (response.ok) return { ok: true, body: parseJsonObject(text) ?? {} };
    if (isAuthFailure(response.status, text)) {
      this.tokens.invalidate(token);
      if (!retriedAuth) return this.call(method, path, body, true);
    }
    return classifyFailure(response.status, text);
  }
}

/** The top-level `success` can be true while a space was not reached: every delivery must succeed. */
function checkDeliveries(result: ApiResult, deliveries: DeliverResult[]): ApiResult {
  const failed = deliveries.filter((delivery) => delivery.success !== true);
  if (deliveries.length > 0 && failed.length === 0) return result;
  const why = failed.map((d) => `${d.spaceId ?? '?'}: ${d.errorMsg ?? 'not delivered'}`).join('; ') || 'no delivery result';
  return { ok: false, retryable: true, reason: `card not delivered (${why})` };
}
