import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  MARKDOWN_BUTTON_TEMPLATE,
  markdownButtonTemplate,
  salesbotTemplate,
  type CardView,
  type TapContent,
  type TemplateRenderer,
} from './card-view';

/** The id our card-template.json has in the fake's org, as if it had been built there. */
export const SALESBOT_TEMPLATE_ID = 'tpl-salesbot.schema';

/** The templates the fake org can render: DingTalk's public one and ours. */
const TEMPLATES: Record<string, TemplateRenderer> = {
  [MARKDOWN_BUTTON_TEMPLATE]: markdownButtonTemplate,
  [SALESBOT_TEMPLATE_ID]: salesbotTemplate,
};

export interface FakeDingtalkOptions {
  /**
   * What happens between two looks of `until` (by default 20 ms of real time pass). A test whose bot
   * runs on a TestClock lets clock time pass there too (test/support/test-clock.ts `passingTime`).
   */
  betweenPolls?: () => Promise<void>;
}

/** The bot's app as the fake knows it: the credentials it accepts. */
export interface FakeApp {
  clientId: string;
  clientSecret: string;
  corpId: string;
}

/** What the client sent back for one pushed frame. */
export interface AckFrame {
  code: number;
  messageId: string;
  /** The ack's `data`, parsed once (it is a JSON string on the wire). */
  data: unknown;
  /** When it arrived (Date.now()), for the benchmark. */
  at: number;
}

export type FakeApi =
  'token' | 'batchSend' | 'groupSend' | 'createAndDeliver' | 'deliver' | 'updateCard' | 'userOfAuthCode' | 'departmentListSub' | 'userList';

/** A department of the fake corp (topapi/v2/department/listsub); the root (1) is implied. */
export interface FakeDepartment {
  dept_id: number;
  name: string;
  parent_id: number;
}

/** A member of the fake corp: their departments, and those they lead (topapi/v2/user/list's `leader`). */
export interface FakeMember {
  userid: string;
  name: string;
  dept_id_list: number[];
  leads?: number[];
}

/** One OpenAPI call the bot made, with the parsed body. */
export interface RecordedCall {
  api: FakeApi;
  body: Record<string, unknown>;
  status: number;
}

export interface FakeCard {
  outTrackId: string;
  templateId: string;
  openSpaceId: string;
  params: Record<string, string>;
  /** When it was created (Date.now()), for the benchmark. */
  createdAt: number;
}

interface Pending {
  frame: string;
  messageId: string;
}

interface InjectedError {
  status: number;
  body: unknown;
}

/** Bodies of the errors the real OpenAPI answers with (shared/platforms/dingtalk.md §5). */
export const DINGTALK_ERRORS = {
  throttled: { status: 403, body: { code: 'Forbidden.AccessDenied.QpsLimitForApi', message: '调用该接口触发了限流' } },
  serverBusy: { status: 500, body: { code: 'system.busy', message: '系统繁忙' } },
  noPermission: { status: 403, body: { code: 'Forbidden.AccessDenied.AccessTokenPermissionDenied', message: '没有调用该接口的权限' } },
} satisfies Record<string, InjectedError>;

const ROUTES: Record<string, FakeApi> = {
  'POST /v1.0/oauth2/accessToken': 'token',
  'POST /v1.0/robot/oToMessages/batchSend': 'batchSend',
  'POST /v1.0/robot/groupMessages/send': 'groupSend',
  'POST /v1.0/card/instances/createAndDeliver': 'createAndDeliver',
  'POST /v1.0/card/instances/deliver': 'deliver',
  'PUT /v1.0/card/instances': 'updateCard',
};

/**
 * A local DingTalk: the Stream gateway (connections/open + a `ws` server the real dingtalk-stream
 * client connects to) and the OpenAPI endpoints the bot calls. It pushes robot messages and card
 * callbacks as CALLBACK frames, keeps every frame until it is acked (and pushes it again on the next
 * connection, as the real gateway retries), records calls, and can drop connections or inject errors.
 */
export class FakeDingtalk {
  readonly calls: RecordedCall[] = [];
  readonly cards = new Map<string, FakeCard>();
  readonly acks = new Map<string, AckFrame[]>();
  /** Every connections/open request body, to check the subscriptions. */
  readonly opens: Record<string, unknown>[] = [];
  connections = 0;
  /** The org chart the directory calls answer from; tests change it. */
  directory: { departments: FakeDepartment[]; members: FakeMember[] } = { departments: [], members: [] };

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly tickets = new Set<string>();
  private readonly tokens = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  private readonly pushed = new Set<string>();
  private readonly injected = new Map<FakeApi, InjectedError[]>();
  /** messageId of a card callback → the card it is about, so its answer can update that card. */
  private readonly callbackCard = new Map<string, string>();
  /** Codes `dd.runtime.permission.requestAuthCode` gave pages: whose, and whether spent or expired. */
  private readonly authCodes = new Map<string, { userId: string; used: boolean; expired: boolean }>();
  private socket: WebSocket | null = null;
  private refusals = 0;
  private port = 0;

  constructor(
    readonly app: FakeApp,
    private readonly options: FakeDingtalkOptions = {},
  ) {
    this.server = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/connect' });
    this.wss.on('connection', (socket, req) => this.accept(socket, req));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  get apiBase(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get gatewayUrl(): string {
    return `${this.apiBase}/v1.0/gateway/connections/open`;
  }

  /** True while a client holds a registered connection. */
  get connected(): boolean {
    return this.socket !== null;
  }

  /** The variables the bot needs to talk to this fake; without a template id the bot uses its default. */
  env(cardTemplateId?: string): Record<string, string> {
    return {
      DINGTALK_CLIENT_ID: this.app.clientId,
      DINGTALK_CLIENT_SECRET: this.app.clientSecret,
      ...(cardTemplateId ? { DINGTALK_CARD_TEMPLATE_ID: cardTemplateId } : {}),
      DINGTALK_GATEWAY_URL: this.gatewayUrl,
      DINGTALK_API_BASE: this.apiBase,
      DINGTALK_OAPI_BASE: this.apiBase,
    };
  }

  /** The card `outTrackId` as its template shows it now. */
  view(outTrackId: string): CardView {
    const card = this.cards.get(outTrackId);
    if (!card) throw new Error(`fake DingTalk: no card ${outTrackId}`);
    return TEMPLATES[card.templateId]!(card.params);
  }

  // ---- pushing ----

  /**
   * Pushes a robot message (topic /v1.0/im/bot/messages/get); returns the frame's messageId.
   * Pass an earlier messageId to push the same frame again, as the gateway does when an ack is late.
   */
  pushRobotMessage(message: Record<string, unknown>, messageId = newMessageId()): string {
    return this.push('/v1.0/im/bot/messages/get', message, messageId);
  }

  /** A 1:1 text message from `staffId`, shaped like the real payload. */
  textMessage(staffId: string, text: string, msgId = `msg${randomUUID().replaceAll('-', '')}`): Record<string, unknown> {
    const now = Date.now();
    return {
      msgId,
      msgtype: 'text',
      text: { content: text },
      conversationId: `cid${staffId}`,
      conversationType: '1',
      senderStaffId: staffId,
      senderId: `$:LWCP_v1:$${staffId}`,
      senderNick: staffId,
      senderCorpId: this.app.corpId,
      chatbotCorpId: this.app.corpId,
      chatbotUserId: '$:LWCP_v1:$bot',
      robotCode: this.app.clientId,
      isAdmin: false,
      sessionWebhook: `${this.apiBase}/robot/sendBySession?session=${msgId}`,
      sessionWebhookExpiredTime: now + 5_400_000,
      createAt: now,
    };
  }

  /** The same message @-mentioning the bot in the group `conversationId`. */
  groupMessage(staffId: string, text: string, conversationId: string): Record<string, unknown> {
    return { ...this.textMessage(staffId, text), conversationId, conversationType: '2', conversationTitle: '华东销售群', isInAtList: true };
  }

  /**
   * `userId` taps the button labelled `label` on the card as it is shown now (it must be there), the way
   * the card's template calls back. Returns the frame's messageId and what the tap sent.
   */
  tap(outTrackId: string, userId: string, label: string): { messageId: string; content: TapContent } {
    const view = this.view(outTrackId);
    const button = view.buttons.find((b) => b.text === label);
    if (!button)
      throw new Error(
        `fake DingTalk: card ${outTrackId} shows no button ${label} (it shows ${view.buttons.map((b) => b.text).join(', ') || 'none'})`,
      );
    return { messageId: this.pushCardCallback(outTrackId, userId, button.tap), content: button.tap };
  }

  /** A card callback with the given content, from the space the card was delivered to (e.g. a tap on a stale copy). */
  pushCardCallback(outTrackId: string, userId: string, content: TapContent, messageId = newMessageId()): string {
    this.callbackCard.set(messageId, outTrackId);
    const [, spaceType = 'IM_ROBOT', spaceId = userId] =
      /^dtv1\.card\/\/(\w+)\.(.+)$/.exec(this.cards.get(outTrackId)?.openSpaceId ?? '') ?? [];
    return this.push(
      '/v1.0/card/instances/callback',
      {
        type: 'actionCallback',
        outTrackId,
        corpId: this.app.corpId,
        userId,
        userIdType: 1,
        spaceType,
        spaceId,
        content: JSON.stringify(content),
      },
      messageId,
    );
  }

  /** What `dd.runtime.permission.requestAuthCode({corpId})` gives a page opened by `userId`: a code that works once. */
  issueAuthCode(userId: string): string {
    const code = `ac${randomUUID().replaceAll('-', '')}`;
    this.authCodes.set(code, { userId, used: false, expired: false });
    return code;
  }

  /** Every auth code issued so far is past its 5 minutes. */
  expireAuthCodes(): void {
    for (const code of this.authCodes.values()) code.expired = true;
  }

  // ---- connection faults ----

  /** Rotates the connection like the gateway: a SYSTEM `disconnect`, then the socket closes. */
  dropConnection(): void {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.send(JSON.stringify(systemFrame('disconnect', { reason: 'connection is expired' })));
    socket.close(1000, 'connection is expired');
  }

  /** Kills the socket without a word, as a network failure does. */
  breakConnection(): void {
    const socket = this.socket;
    this.socket = null;
    socket?.terminate();
  }

  /** The next `times` connections/open calls fail with 503. */
  refuseConnections(times: number): void {
    this.refusals = times;
  }

  // ---- API faults ----

  /** The next `times` calls to `api` answer with this error instead of working. */
  failNext(api: FakeApi, error: InjectedError, times = 1): void {
    const queue = this.injected.get(api) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.injected.set(api, queue);
  }

  /** Every token issued so far stops working (401), as when one expires early. */
  expireTokens(): void {
    this.tokens.clear();
  }

  // ---- inspection ----

  callsTo(api: FakeApi): RecordedCall[] {
    return this.calls.filter((call) => call.api === api);
  }

  succeeded(api: FakeApi): RecordedCall[] {
    return this.callsTo(api).filter((call) => call.status === 200);
  }

  /** Waits until `check` returns something truthy (polling), and returns it. */
  async until<T>(
    check: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    what: string,
    timeoutMs = 15_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake DingTalk: gave up waiting for ${what}`);
      await (this.options.betweenPolls?.() ?? new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }

  ackFor(messageId: string): Promise<AckFrame> {
    return this.until(() => this.acks.get(messageId)?.[0], `the ack of ${messageId}`);
  }

  // ---- internals ----

  private push(topic: string, data: unknown, messageId: string): string {
    const frame = JSON.stringify({
      specVersion: '1.0',
      type: 'CALLBACK',
      headers: { appId: this.app.clientId, contentType: 'application/json', messageId, time: String(Date.now()), topic },
      data: JSON.stringify(data),
    });
    this.pending.set(messageId, { frame, messageId });
    this.pushed.add(messageId);
    this.socket?.send(frame);
    return messageId;
  }

  private accept(socket: WebSocket, req: IncomingMessage): void {
    const ticket = new URL(req.url ?? '', 'ws://x').searchParams.get('ticket') ?? '';
    if (!this.tickets.delete(ticket)) {
      socket.close(4001, 'invalid ticket');
      return;
    }
    this.socket?.terminate();
    this.socket = socket;
    this.connections += 1;
    socket.on('message', (raw) => this.onClientFrame(raw.toString()));
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
    });
    socket.send(JSON.stringify(systemFrame('CONNECTED', {})));
    socket.send(JSON.stringify(systemFrame('REGISTERED', {})));
    // Whatever was pushed and never acked comes again on the new connection.
    for (const pending of this.pending.values()) socket.send(pending.frame);
  }

  private onClientFrame(raw: string): void {
    const frame = JSON.parse(raw) as { code: number; headers?: { messageId?: string }; data?: string };
    const messageId = frame.headers?.messageId;
    if (!messageId || !this.pushed.has(messageId)) return; // e.g. the echo of a ping
    if (typeof frame.data !== 'string') throw new Error(`ack of ${messageId}: data must be a JSON string`);
    const ack: AckFrame = { code: frame.code, messageId, data: JSON.parse(frame.data), at: Date.now() };
    this.acks.set(messageId, [...(this.acks.get(messageId) ?? []), ack]);
    if (this.pending.delete(messageId)) this.applyCallbackAnswer(messageId, ack);
  }

  /** A card callback's answer updates the card the way the DingTalk client renders it. */
  private applyCallbackAnswer(messageId: string, ack: AckFrame): void {
    const cardData = (ack.data as { response?: { cardData?: { cardParamMap?: Record<string, string> } } } | null)?.response?.cardData;
    const outTrackId = this.callbackCard.get(messageId);
    if (outTrackId && cardData?.cardParamMap) Object.assign(this.cards.get(outTrackId)?.params ?? {}, cardData.cardParamMap);
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = await readJson(req);
    if (req.method === 'POST' && path === '/v1.0/gateway/connections/open') return this.open(body, res);
    if (req.method === 'POST' && path === '/topapi/v2/user/getuserinfo') return this.userOfAuthCode(req, body, res);
    if (req.method === 'POST' && path === '/topapi/v2/department/listsub') return this.oapi(req, 'departmentListSub', body, res);
    if (req.method === 'POST' && path === '/topapi/v2/user/list') return this.oapi(req, 'userList', body, res);
    const api = ROUTES[`${req.method} ${path}`];
    if (!api) return reply(res, 404, { code: 'NotFound', message: `${req.method} ${path}` });
    const answer = this.answer(api, body, req.headers['x-acs-dingtalk-access-token']);
    this.calls.push({ api, body, status: answer.status });
    reply(res, answer.status, answer.body);
  }

  /** A directory call on the older API: the token in the query, errcodes in a 200, an injected error as DingTalk would answer it. */
  private oapi(req: IncomingMessage, api: 'departmentListSub' | 'userList', body: Record<string, unknown>, res: ServerResponse): void {
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('access_token') ?? '';
    const injected = this.injected.get(api)?.shift();
    const answer = injected
      ? (injected.body as Record<string, unknown>)
      : !this.tokens.has(token)
        ? { errcode: 40014, errmsg: '不合法的access_token' }
        : api === 'departmentListSub'
          ? this.listSub(Number(body.dept_id))
          : this.userList(Number(body.dept_id), Number(body.cursor ?? 0), Number(body.size ?? 0));
    this.calls.push({ api, body, status: 200 });
    reply(res, 200, answer);
  }

  private listSub(deptId: number): Record<string, unknown> {
    const children = this.directory.departments.filter((d) => d.parent_id === deptId);
    return { errcode: 0, errmsg: 'ok', result: children };
  }

  /** topapi/v2/user/list: at most 100 a page, from the cursor (an offset). */
  private userList(deptId: number, cursor: number, size: number): Record<string, unknown> {
    if (!Number.isInteger(size) || size < 1 || size > 100) return { errcode: 400002, errmsg: 'size 参数不合法' };
    const members = this.directory.members.filter((m) => m.dept_id_list.includes(deptId));
    const list = members
      .slice(cursor, cursor + size)
      .map(({ leads, ...member }) => ({ ...member, leader: leads?.includes(deptId) ?? false }));
    const more = cursor + size < members.length;
    return { errcode: 0, errmsg: 'ok', result: { has_more: more, ...(more ? { next_cursor: cursor + size } : {}), list } };
  }

  /** The older API (oapi): its token rides in the query, its errors are errcodes in a 200. A code works once. */
  private userOfAuthCode(req: IncomingMessage, body: Record<string, unknown>, res: ServerResponse): void {
    const token = new URL(req.url ?? '/', 'http://x').searchParams.get('access_token') ?? '';
    const issued = this.authCodes.get(String(body.code ?? ''));
    let answer: Record<string, unknown>;
    if (!this.tokens.has(token)) answer = { errcode: 40014, errmsg: '不合法的access_token' };
    else if (!issued || issued.used || issued.expired) answer = { errcode: 40078, errmsg: '不存在的临时授权码' };
    else {
      issued.used = true;
      answer = { errcode: 0, errmsg: 'ok', result: { userid: issued.userId, name: issued.userId, sys: false, sys_level: 0 } };
    }
    this.calls.push({ api: 'userOfAuthCode', body, status: 200 });
    reply(res, 200, answer);
  }

  private open(body: Record<string, unknown>, res: ServerResponse): void {
    this.opens.push(body);
    if (this.refusals > 0) {
      this.refusals -= 1;
      return reply(res, 503, { code: 'ServiceUnavailable', message: 'gateway is restarting' });
    }
    if (body.clientId !== this.app.clientId || body.clientSecret !== this.app.clientSecret) {
      return reply(res, 401, { code: 'InvalidAuthentication', message: 'clientId or clientSecret is wrong' });
    }
    const ticket = randomUUID();
    this.tickets.add(ticket);
    reply(res, 200, { endpoint: `ws://127.0.0.1:${this.port}/connect`, ticket });
  }

  private answer(api: FakeApi, body: Record<string, unknown>, token: string | string[] | undefined): InjectedError {
    const injected = this.injected.get(api)?.shift();
    if (injected) return injected;
    if (api === 'token') return this.issueToken(body);
    if (typeof token !== 'string' || !this.tokens.has(token))
      return { status: 401, body: { code: 'InvalidAuthentication', message: '不合法的access_token' } };
    if (api === 'batchSend' || api === 'groupSend') return this.robotSend(api, body);
    if (api === 'createAndDeliver') return this.createAndDeliver(body);
    if (api === 'deliver') return this.deliver(body);
    return this.updateCard(body);
  }

  private issueToken(body: Record<string, unknown>): InjectedError {
    if (body.appKey !== this.app.clientId || body.appSecret !== this.app.clientSecret) {
      return { status: 400, body: { code: 'invalidClientIdOrSecret', message: '无效的clientId或者clientSecret' } };
    }
    const token = `tok-${randomUUID()}`;
    this.tokens.add(token);
    return ok({ accessToken: token, expireIn: 7200 });
  }

  private robotSend(api: 'batchSend' | 'groupSend', body: Record<string, unknown>): InjectedError {
    if (body.robotCode !== this.app.clientId)
      return { status: 400, body: { code: 'invalidParameter.robotCode', message: 'robotCode 不存在' } };
    if (typeof body.msgParam !== 'string')
      return { status: 400, body: { code: 'invalidParameter', message: 'msgParam must be a JSON string' } };
    if (api === 'groupSend') {
      if (typeof body.openConversationId !== 'string' || !body.openConversationId)
        return { status: 400, body: { code: 'invalidParameter', message: 'openConversationId is required' } };
      return ok({ processQueryKey: randomUUID() });
    }
    return ok({ processQueryKey: randomUUID(), invalidStaffIdList: [], flowControlledStaffIdList: [] });
  }

  private createAndDeliver(body: Record<string, unknown>): InjectedError {
    const outTrackId = String(body.outTrackId ?? '');
    const params = (body.cardData as { cardParamMap?: Record<string, unknown> } | undefined)?.cardParamMap ?? {};
    const space = readSpace(body);
    if (typeof space === 'string') return invalid(space);
    if (body.callbackType !== 'STREAM') return invalid('callbackType must be STREAM');
    if (!TEMPLATES[String(body.cardTemplateId)])
      return { status: 400, body: { code: 'param.templateNotExist', message: '卡片模板不存在' } };
    if (Object.values(params).some((value) => typeof value !== 'string')) return invalid('cardParamMap values must be strings');
    if (this.cards.has(outTrackId)) return { status: 400, body: { code: 'param.cardAlreadyExist', message: '卡片已存在' } };
    this.cards.set(outTrackId, {
      outTrackId,
      templateId: String(body.cardTemplateId),
      openSpaceId: String(body.openSpaceId),
      params: { ...(params as Record<string, string>) },
      createdAt: Date.now(),
    });
    return ok({ success: true, result: { outTrackId, deliverResults: [{ ...space, success: true, carrierId: randomUUID() }] } });
  }

  private deliver(body: Record<string, unknown>): InjectedError {
    const space = readSpace(body);
    if (typeof space === 'string') return invalid(space);
    if (!this.cards.has(String(body.outTrackId ?? ''))) return { status: 400, body: { code: 'param.cardNotExist', message: '卡片不存在' } };
    return ok({ success: true, result: [{ ...space, success: true }] });
  }

  private updateCard(body: Record<string, unknown>): InjectedError {
    const card = this.cards.get(String(body.outTrackId ?? ''));
    if (!card) return { status: 400, body: { code: 'param.cardNotExist', message: '卡片不存在' } };
    const params = (body.cardData as { cardParamMap?: Record<string, string> } | undefined)?.cardParamMap ?? {};
    const byKey = (body.cardUpdateOptions as { updateCardDataByKey?: boolean } | undefined)?.updateCardDataByKey;
    card.params = byKey ? { ...card.params, ...params } : { ...params };
    return ok({ success: true, result: true });
  }
}

/**
 * The one space a create/deliver call names, with the deliver model its type requires
 * (shared/platforms/dingtalk.md §4.3), or what is wrong with it.
 */
function readSpace(body: Record<string, unknown>): { spaceType: 'IM_ROBOT' | 'IM_GROUP'; spaceId: string } | string {
  const match = /^dtv1\.card\/\/(IM_ROBOT|IM_GROUP)\.([^;]+)$/.exec(String(body.openSpaceId ?? ''));
  if (!match) return 'param.openSpaceIdInvalid';
  const [, spaceType, spaceId] = match as unknown as [string, 'IM_ROBOT' | 'IM_GROUP', string];
  const model = (spaceType === 'IM_ROBOT' ? body.imRobotOpenDeliverModel : body.imGroupOpenDeliverModel) as
    { robotCode?: unknown } | undefined;
  if (!model) return `${spaceType} needs its deliver model`;
  if (spaceType === 'IM_GROUP' && !model.robotCode) return 'imGroupOpenDeliverModel.robotCode is required';
  return { spaceType, spaceId };
}

function ok(body: unknown): InjectedError {
  return { status: 200, body };
}

function invalid(message: string): InjectedError {
  return { status: 400, body: { code: 'param.invalid', message } };
}

function systemFrame(topic: string, data: unknown): Record<string, unknown> {
  return {
    specVersion: '1.0',
    type: 'SYSTEM',
    headers: { contentType: 'application/json', messageId: newMessageId(), time: String(Date.now()), topic },
    data: JSON.stringify(data),
  };
}

function newMessageId(): string {
  return `msg_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
