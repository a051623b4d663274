import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * What the fake answers instead of the real thing, per call it is armed for. `hang`: the call is
 * never handled nor answered; `answerLost`: it is handled (a message is delivered, a card updated) but
 * never answered; `slowMs`: it is handled and answered, that many milliseconds late.
 */
export type Fault = { errcode: number; errmsg?: string } | { status: number } | { hang: true } | { answerLost: true } | { slowMs: number };

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: Record<string, unknown> | null;
  /** When the call arrived (epoch ms), for benches timing the bot's answers. */
  at: number;
  /** The answer given (or, for a lost answer, the one WeCom meant to give); null while hanging. */
  answer: Record<string, unknown> | null;
  /** A message/send that WeCom's duplicate check dropped: accepted, but the member sees nothing new. */
  duplicate?: boolean;
}

/** A department of the fake corp's org chart (department/list). */
export interface FakeDepartment {
  id: number;
  name: string;
  parentid: number;
  department_leader?: string[];
}

/** A member of the fake corp (user/get); `is_leader_in_dept` runs beside `department`. */
export interface FakeMember {
  userid: string;
  name: string;
  department: number[];
  main_department?: number;
  is_leader_in_dept?: number[];
}

export interface FakeApp {
  corpId: string;
  secret: string;
}

const TASK_ID = /^[A-Za-z0-9_@-]{1,128}$/;
const CARD_TYPES = new Set(['text_notice', 'news_notice', 'button_interaction', 'vote_interaction', 'multiple_interaction']);

/**
 * The WeCom server API the bot calls (gettoken, message/send, message/update_template_card) as a
 * local HTTP server: it issues and checks tokens, checks messages against WeCom's rules, issues and
 * spends response codes, records every request, and answers with armed faults when told.
 */
export class FakeWecomApi {
  readonly requests: RecordedRequest[] = [];
  private readonly tokens = new Map<string, { corpId: string; expired: boolean }>();
  private readonly responseCodes = new Map<string, { taskId: string; used: boolean }>();
  /** OAuth codes WeCom's authorize page gave members' browsers: whose, and whether spent or expired. */
  private readonly oauthCodes = new Map<string, { corpId: string; userId: string; used: boolean; expired: boolean }>();
  private readonly faults: { path: string; fault: Fault }[] = [];
  /** Faults every call to a path gets until cleared: an outage, a slow platform. */
  private readonly lasting = new Map<string, Fault>();
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();
  /** Content of each delivered message/send (touser + msgtype + payload) → when, for the duplicate check. */
  private readonly sentAt = new Map<string, number>();

  /** The org chart the directory calls answer from (the members within the app's visible range); tests change it. */
  directory: { departments: FakeDepartment[]; members: FakeMember[] } = { departments: [], members: [] };

  constructor(private readonly apps: readonly FakeApp[]) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** The next `times` calls to `path` (e.g. '/cgi-bin/message/send') get `fault`. */
  failNext(path: string, fault: Fault, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push({ path, fault });
  }

  /** From now on every call to `path` gets `fault` (after any armed with failNext), until `clearFault`. */
  setFault(path: string, fault: Fault): void {
    this.lasting.set(path, fault);
  }

  clearFault(path: string): void {
    this.lasting.delete(path);
  }

  /** Every token issued so far answers 42001 from now on, as after its 7200 s. */
  expireTokens(): void {
    for (const token of this.tokens.values()) token.expired = true;
  }

  /** A fresh response code for a tap on the card `taskId`, as WeCom puts in a template_card_event. */
  issueResponseCode(taskId: string): string {
    const code = `rc_${randomBytes(12).toString('hex')}`;
    this.responseCodes.set(code, { taskId, used: false });
    return code;
  }

  /**
   * A member of `corpId` passed the authorize page (snsapi_base asks nothing): the code WeCom appends to
   * redirect_uri. Like WeCom's, it works once, for that corp's token, until `expireOAuthCodes`.
   */
  issueOAuthCode(corpId: string, userId: string): string {
    const code = `oc_${randomBytes(12).toString('hex')}`;
    this.oauthCodes.set(code, { corpId, userId, used: false, expired: false });
    return code;
  }

  /** Every OAuth code issued so far is past its 5 minutes. */
  expireOAuthCodes(): void {
    for (const code of this.oauthCodes.values()) code.expired = true;
  }

  /** Successful calls to `path`, oldest first. */
  accepted(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path && r.answer?.errcode === 0);
  }

  /** Successful calls to `path` that reached the member: the accepted ones less the duplicates WeCom dropped. */
  delivered(path: string): RecordedRequest[] {
    return this.accepted(path).filter((r) => !r.duplicate);
  }

  /** Polls until `pick` finds something (the bot sends after it answers the callback). */
  async waitFor<T>(pick: () => T | undefined | null | false | Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await pick();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake WeCom API: nothing matched within ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
      at: Date.now(),
      answer: null,
    };
    this.requests.push(record);

    const armed = this.faults.findIndex((f) => f.path === url.pathname);
    const fault = armed >= 0 ? this.faults.splice(armed, 1)[0]!.fault : this.lasting.get(url.pathname);
    if (fault) {
      if ('slowMs' in fault) {
        await sleep(fault.slowMs);
        return this.answer(res, record, this.route(record));
      }
      if ('hang' in fault) {
        this.hanging.add(res);
        return;
      }
      if ('answerLost' in fault) {
        record.answer = this.route(record);
        this.hanging.add(res);
        return;
      }
      if ('status' in fault) {
        res.writeHead(fault.status, { 'content-type': 'text/html' }).end('<html>502 Bad Gateway</html>');
        return;
      }
      return this.answer(res, record, { errcode: fault.errcode, errmsg: fault.errmsg ?? 'injected' });
    }
    this.answer(res, record, this.route(record));
  }

  private answer(res: ServerResponse, record: RecordedRequest, body: Record<string, unknown>): void {
    record.answer = body;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private route(r: RecordedRequest): Record<string, unknown> {
    if (r.path === '/cgi-bin/gettoken') return this.getToken(r.query);
    const token = this.tokens.get(r.query.access_token ?? '');
    if (!r.query.access_token) return { errcode: 41001, errmsg: 'access_token missing' };
    if (!token) return { errcode: 40014, errmsg: 'invalid access_token' };
    if (token.expired) return { errcode: 42001, errmsg: 'access_token expired' };
    if (r.path === '/cgi-bin/auth/getuserinfo') return this.userOfCode(token.corpId, r.query.code ?? '');
    if (r.path === '/cgi-bin/department/list') return { errcode: 0, errmsg: 'ok', department: this.directory.departments };
    if (r.path === '/cgi-bin/user/get') return this.user(r.query.userid ?? '');
    if (!r.body) return { errcode: 40058, errmsg: 'Warning: wrong json format.' };
    if (r.path === '/cgi-bin/message/send') return this.dropDuplicate(r, () => this.send(r.body!));
    if (r.path === '/cgi-bin/message/update_template_card') return this.update(r.body);
    if (r.path === '/cgi-bin/user/list_id') return this.userIds(r.body);
    return { errcode: 48002, errmsg: 'api forbidden' };
  }

  /** user/list_id: the members' ids a page at a time; the cursor is the offset, opaque to the caller as WeCom's is. */
  private userIds(body: Record<string, unknown>): Record<string, unknown> {
    const limit = Number(body.limit ?? 1000);
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) return { errcode: 40058, errmsg: 'invalid limit' };
    const from = body.cursor ? Number(Buffer.from(String(body.cursor), 'base64url').toString()) : 0;
    const page = this.directory.members.slice(from, from + limit);
    const more = from + limit < this.directory.members.length;
    return {
      errcode: 0,
      errmsg: 'ok',
      next_cursor: more ? Buffer.from(String(from + limit)).toString('base64url') : '',
      dept_user: page.flatMap((m) => m.department.map((department) => ({ userid: m.userid, department }))),
    };
  }

  private user(userId: string): Record<string, unknown> {
    const member = this.directory.members.find((m) => m.userid === userId);
    return member ? { errcode: 0, errmsg: 'ok', ...member } : { errcode: 60111, errmsg: 'userid not found' };
  }

  /** auth/getuserinfo: a member's code gives their userid, once; a spent, expired or other corp's code is 40029. */
  private userOfCode(corpId: string, code: string): Record<string, unknown> {
    const issued = this.oauthCodes.get(code);
    if (!issued || issued.used || issued.expired || issued.corpId !== corpId) return { errcode: 40029, errmsg: 'invalid code' };
    issued.used = true;
    return { errcode: 0, errmsg: 'ok', userid: issued.userId, user_ticket: '', expires_in: 1800 };
  }

  private getToken(query: Record<string, string>): Record<string, unknown> {
    const app = this.apps.find((a) => a.corpId === query.corpid);
    if (!app) return { errcode: 40013, errmsg: 'invalid corpid' };
    if (app.secret !== query.corpsecret) return { errcode: 40001, errmsg: 'invalid secret' };
    const token = `tok_${randomBytes(16).toString('hex')}`;
    this.tokens.set(token, { corpId: app.corpId, expired: false });
    return { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 };
  }

  /**
   * WeCom's duplicate check (enable_duplicate_check): the same content to the same member within
   * duplicate_check_interval (default 1800 s) is not delivered again. The call still succeeds; modelled
   * without a new response code.
   */
  private dropDuplicate(r: RecordedRequest, send: () => Record<string, unknown>): Record<string, unknown> {
    const { agentid: _agent, enable_duplicate_check: check, duplicate_check_interval: interval, ...content } = r.body!;
    const key = JSON.stringify(content);
    const last = this.sentAt.get(key);
    if (check === 1 && last !== undefined && Date.now() - last < Number(interval ?? 1800) * 1000) {
      r.duplicate = true;
      return { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: randomBytes(8).toString('hex') };
    }
    const answer = send();
    if (answer.errcode === 0) this.sentAt.set(key, Date.now());
    return answer;
  }

  private send(body: Record<string, unknown>): Record<string, unknown> {
    if (typeof body.agentid !== 'number') return { errcode: 41011, errmsg: 'missing agentid' };
    if (typeof body.touser !== 'string' || body.touser === '') return { errcode: 82001, errmsg: 'All touser & toparty & totag invalid' };
    if (body.msgtype === 'text') {
      const content = (body.text as { content?: string } | undefined)?.content ?? '';
      if (content === '') return { errcode: 44004, errmsg: 'empty content' };
      if (Buffer.byteLength(content) > 2048) return { errcode: 45002, errmsg: 'content size out of limit' };
      return { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: randomBytes(8).toString('hex') };
    }
    if (body.msgtype === 'markdown') return { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: randomBytes(8).toString('hex') };
    if (body.msgtype !== 'template_card') return { errcode: 40008, errmsg: 'invalid message type' };
    const card = body.template_card as Record<string, unknown>;
    const problem = cardProblem(card, false);
    if (problem) return problem;
    const interactive = card.card_type !== 'text_notice' && card.card_type !== 'news_notice';
    return {
      errcode: 0,
      errmsg: 'ok',
      invaliduser: '',
      msgid: randomBytes(8).toString('hex'),
      ...(interactive ? { response_code: this.issueResponseCode(card.task_id as string) } : {}),
    };
  }

  private update(body: Record<string, unknown>): Record<string, unknown> {
    const code = this.responseCodes.get(String(body.response_code ?? ''));
    if (!code || code.used) return { errcode: 60140, errmsg: 'invalid response_code' };
    if (body.template_card) {
      const problem = cardProblem(body.template_card as Record<string, unknown>, true);
      if (problem) return problem;
    } else if (!body.button) return { errcode: 40058, errmsg: 'button or template_card required' };
    code.used = true;
    return { errcode: 0, errmsg: 'ok', invaliduser: [] };
  }
}

/** WeCom's template_card checks that have error codes (90236 / 94888). */
function cardProblem(card: Record<string, unknown>, isUpdate: boolean): Record<string, unknown> | null {
  const fail = (errcode: number, errmsg: string) => ({ errcode, errmsg });
  if (!CARD_TYPES.has(String(card.card_type))) return fail(42031, 'invalid card_type');
  const title = (card.main_title as { title?: string } | undefined)?.title;
  if (!title && !card.sub_title_text) return fail(40058, 'main_title.title or sub_title_text required');
  if (Array.isArray(card.horizontal_content_list) && card.horizontal_content_list.length > 6)
    return fail(42035, 'horizontal_content_list too long');
  if (card.card_type === 'text_notice') {
    if (!card.card_action) return fail(42045, 'card_action required');
    if (Array.isArray(card.jump_list) && card.jump_list.length > 3) return fail(42042, 'jump_list too long');
    return null;
  }
  if (typeof card.task_id !== 'string' || !TASK_ID.test(card.task_id)) return fail(40058, 'invalid task_id');
  const buttons = card.button_list as { text?: string; key?: string; type?: number; url?: string }[] | undefined;
  if (!Array.isArray(buttons) || buttons.length < 1 || buttons.length > 6) return fail(42037, 'button_list must hold 1 to 6 buttons');
  const keys = new Set<string>();
  for (const button of buttons) {
    if (!button.text) return fail(42038, 'button text required');
    // A button of type 1 opens its url and calls nothing back: it needs the url, not a key.
    if (button.type === 1) {
      if (!button.url) return fail(40058, 'button url required');
      continue;
    }
    if (!button.key || Buffer.byteLength(button.key) > 1024 || keys.has(button.key))
      return fail(42039, 'button key missing, too long or repeated');
    keys.add(button.key);
  }
  if (!isUpdate && 'replace_text' in card) return fail(40058, 'replace_text only in update_template_card');
  return null;
}
