import type { Clock } from '../../src/clock';
import { AccessTokenCache, TokenError } from './access-token';
import { classifyFailure, isAuthFailure, networkFailure, type ApiFailure } from './api-errors';
import type { CardParamMap } from './card-render';
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
 * The OpenAPI calls one app makes: robot 1:1 messages and interactive cards. A call refused for an
 * expired token is retried once with a fresh token; every other failure is sorted for the outbox.
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

  /** Text to one user in their chat with the robot. */
  sendText(userId: string, content: string): Promise<ApiResult> {
    return this.batchSend(userId, 'sampleText', { content });
  }

  sendMarkdown(userId: string, title: string, text: string): Promise<ApiResult> {
    return this.batchSend(userId, 'sampleMarkdown', { title, text });
  }

  /** Creates the card `outTrackId` (our card id) and puts it in the user's chat with the robot. */
  async createAndDeliverCard(userId: string, outTrackId: string, params: CardParamMap): Promise<ApiResult> {
    const result = await this.call('POST', '/v1.0/card/instances/createAndDeliver', {
      cardTemplateId: this.app.cardTemplateId,
      outTrackId,
      callbackType: 'STREAM',
      cardData: { cardParamMap: params },
      openSpaceId: robotSpace(userId),
      imRobotOpenSpaceModel: { supportForward: false, lastMessageI18n: { ZH_CN: params.title } },
      imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode: this.app.robotCode },
      userIdType: 1,
    });
    if (!result.ok) return result;
    const deliveries = ((result.body.result as { deliverResults?: DeliverResult[] } | undefined)?.deliverResults ?? []);
    return checkDeliveries(result, deliveries);
  }

  /** Delivers an existing card again (after a create whose delivery failed). */
  async deliverCard(userId: string, outTrackId: string): Promise<ApiResult> {
    const result = await this.call('POST', '/v1.0/card/instances/deliver', {
      outTrackId,
      openSpaceId: robotSpace(userId),
      imRobotOpenDeliverModel: { spaceType: 'IM_ROBOT', robotCode: this.app.robotCode },
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
    if (result.ok && result.body.success === false) return { ok: false, retryable: true, reason: `card update answered success=false: ${JSON.stringify(result.body).slice(0, 300)}` };
    return result;
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

function robotSpace(userId: string): string {
  return `dtv1.card//IM_ROBOT.${userId}`;
}

/** The top-level `success` can be true while a space was not reached: every delivery must succeed. */
function checkDeliveries(result: ApiResult, deliveries: DeliverResult[]): ApiResult {
  const failed = deliveries.filter((delivery) => delivery.success !== true);
  if (deliveries.length > 0 && failed.length === 0) return result;
  const why = failed.map((d) => `${d.spaceId ?? '?'}: ${d.errorMsg ?? 'not delivered'}`).join('; ') || 'no delivery result';
  return { ok: false, retryable: true, reason: `card not delivered (${why})` };
}
