import { connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { signedCallback, verificationQuery, wecomXml, type FakeCorp, type SignOptions } from './callbacks';
import { FakeWecomApi } from './fake-api';

export { FakeWecomApi, type Fault, type RecordedRequest } from './fake-api';
export { phoneView, type PhoneView } from './phone-view';
export { signedCallback, verificationQuery, wecomXml, type FakeCorp, type SignOptions } from './callbacks';

export const SEND = '/cgi-bin/message/send';
export const UPDATE = '/cgi-bin/message/update_template_card';
export const GET_TOKEN = '/cgi-bin/gettoken';
export const GET_USER_INFO = '/cgi-bin/auth/getuserinfo';

/** A corp with fresh random settings, valid by WeCom's rules (43-character EncodingAESKey). */
export function fakeCorp(overrides: Partial<FakeCorp> = {}): FakeCorp {
  return {
    corpId: `ww${randomBytes(8).toString('hex')}`,
    agentId: 1000002,
    secret: randomBytes(16).toString('hex'),
    token: randomBytes(8).toString('hex'),
    aesKey: randomBytes(32)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'A')
      .slice(0, 43),
    ...overrides,
  };
}

/**
 * WeCom for one corp, locally: the server API the bot calls, and the member's side that posts
 * encrypted callbacks to the bot's real HTTP server.
 */
export class WecomEmulator {
  readonly api: FakeWecomApi;
  private messageSeq = BigInt('7000000000000000000');

  constructor(readonly corp: FakeCorp = fakeCorp()) {
    this.api = new FakeWecomApi([corp]);
  }

  /** Starts the API server; returns its base URL for WECOM_API_BASE. */
  start(): Promise<string> {
    return this.api.start();
  }

  stop(): Promise<void> {
    return this.api.stop();
  }

  /** The bot's WeCom variables for this corp. */
  env(apiBase: string): Record<string, string> {
    const { corpId, agentId, secret, token, aesKey } = this.corp;
    return {
      WECOM_CORP_ID: corpId,
      WECOM_AGENT_ID: String(agentId),
      WECOM_SECRET: secret,
      WECOM_TOKEN: token,
      WECOM_AES_KEY: aesKey,
      WECOM_API_BASE: apiBase,
    };
  }

  /** A MsgId beyond 2^53, as WeCom's are. */
  nextMsgId(): string {
    this.messageSeq += 1n;
    return this.messageSeq.toString();
  }

  /** Posts a decrypted message body to the bot as WeCom would, signed and encrypted. */
  post(botUrl: string, plainXml: string, options: SignOptions = {}): Promise<Response> {
    const { query, body } = signedCallback(this.corp, plainXml, options);
    return postRaw(botUrl, query, body);
  }

  text(botUrl: string, from: string, content: string, msgId = this.nextMsgId()): Promise<Response> {
    return this.post(botUrl, wecomXml.text(this.corp, from, content, msgId));
  }

  /** A member taps a button: WeCom issues a response code and posts the template_card_event. */
  tap(botUrl: string, from: string, taskId: string, eventKey: string): Promise<Response> {
    return this.post(botUrl, wecomXml.cardEvent(this.corp, from, taskId, eventKey, this.api.issueResponseCode(taskId)));
  }

  verifyUrl(botUrl: string, echo: string, options: SignOptions = {}): Promise<Response> {
    return fetch(`${botUrl}/wecom/callback?${verificationQuery(this.corp, echo, options)}`);
  }
}

/**
 * Sends `head` (request line and headers, no blank line) and `body` over a bare socket, for what fetch
 * will not send (a broken chunked encoding); resolves with the answer's status, or 0 if none came.
 */
export function postOverSocket(botUrl: string, head: string, body: string): Promise<number> {
  const { hostname, port } = new URL(botUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(`${head}\r\n\r\n${body}`));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
  });
}

export function postRaw(botUrl: string, query: URLSearchParams, body: string): Promise<Response> {
  return fetch(`${botUrl}/wecom/callback?${query}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
}
