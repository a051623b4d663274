import { randomBytes } from 'node:crypto';
import { encrypt, getSignature } from '@wecom/crypto';

/** One corp's 接收消息 settings, as the admin entered them in WeCom and in the bot's env. */
export interface FakeCorp {
  corpId: string;
  agentId: number;
  secret: string;
  token: string;
  aesKey: string;
}

export interface SignOptions {
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  nonce?: string;
  /** Signs with this token instead of the corp's (a forgery). */
  token?: string;
  /** Encrypts for this receiver instead of the corp id. */
  receiverId?: string;
}

/** A callback as WeCom sends it: query string and XML body. */
export interface SignedCallback {
  query: URLSearchParams;
  body: string;
}

/** Builds WeCom's callbacks exactly as WeCom does: encrypt with the corp's key, sign, wrap in XML. */
export function signedCallback(corp: FakeCorp, plainXml: string, options: SignOptions = {}): SignedCallback {
  const { timestamp, nonce, encrypted } = seal(corp, plainXml, options);
  const signature = getSignature(options.token ?? corp.token, timestamp, nonce, encrypted);
  return {
    query: new URLSearchParams({ msg_signature: signature, timestamp: String(timestamp), nonce }),
    body: `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt><AgentID><![CDATA[${corp.agentId}]]></AgentID></xml>`,
  };
}

/** The GET of the admin's "保存": a signed, encrypted echostr. */
export function verificationQuery(corp: FakeCorp, echo: string, options: SignOptions = {}): URLSearchParams {
  const { timestamp, nonce, encrypted } = seal(corp, echo, options);
  const signature = getSignature(options.token ?? corp.token, timestamp, nonce, encrypted);
  return new URLSearchParams({ msg_signature: signature, timestamp: String(timestamp), nonce, echostr: encrypted });
}

function seal(corp: FakeCorp, plain: string, options: SignOptions) {
  return {
    timestamp: options.timestamp ?? Math.floor(Date.now() / 1000),
    nonce: options.nonce ?? String(randomBytes(4).readUInt32BE()),
    encrypted: encrypt(corp.aesKey, plain, options.receiverId ?? corp.corpId),
  };
}

/** Decrypted message bodies, as WeCom writes them (strings in CDATA, numbers bare). */
export const wecomXml = {
  text: (corp: FakeCorp, from: string, content: string, msgId: string, createTime = nowSeconds()) =>
    `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId><AgentID>${corp.agentId}</AgentID></xml>`,
  image: (corp: FakeCorp, from: string, msgId: string, createTime = nowSeconds()) =>
    `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[https://wework.qpic.cn/x.png]]></PicUrl><MediaId><![CDATA[media_${msgId}]]></MediaId><MsgId>${msgId}</MsgId><AgentID>${corp.agentId}</AgentID></xml>`,
  location: (corp: FakeCorp, from: string, msgId: string, createTime = nowSeconds()) =>
    `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>30.27</Location_X><Location_Y>120.15</Location_Y><Scale>15</Scale><Label><![CDATA[杭州]]></Label><MsgId>${msgId}</MsgId><AgentID>${corp.agentId}</AgentID></xml>`,
  enterAgent: (corp: FakeCorp, from: string, createTime = nowSeconds()) =>
    `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>${corp.agentId}</AgentID></xml>`,
  cardEvent: (corp: FakeCorp, from: string, taskId: string, eventKey: string, responseCode: string, createTime = nowSeconds()) =>
    `<xml><ToUserName><![CDATA[${corp.corpId}]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName><CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[${eventKey}]]></EventKey><TaskId><![CDATA[${taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[${responseCode}]]></ResponseCode><AgentID>${corp.agentId}</AgentID></xml>`,
};

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
