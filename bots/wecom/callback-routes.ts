import Router from '@koa/router';
import type { Context } from 'koa';
import type { Clock } from '../../src/clock';
import { log } from '../../src/log';
import type { InboxPort } from '../../src/pipeline/ports';
import { CallbackRejected, checkFreshness, verifyAndOpen, type SignedParams } from './callback-crypto';
import { optionalField, parseWecomXml, requiredField } from './callback-xml';
import type { CorpDirectory } from './corp-directory';
import { toInboundEvent } from './inbound';
import { readRawBody } from './raw-body';

export const CALLBACK_PATH = '/wecom/callback';
export const MAX_CALLBACK_BYTES = 64 * 1024;

export interface CallbackDeps {
  inbox: InboxPort;
  clock: Clock;
  directory: CorpDirectory;
  onInbound: () => void;
}

/**
 * The app's 接收消息 URL. GET answers the admin's URL check with the decrypted echostr; POST verifies,
 * decrypts, stores the message in the inbox and answers 200 with an empty body at once: the work
 * happens after the answer, well inside WeCom's 5 s. A refused callback gets a 4xx, one log line, and
 * nothing stored.
 */
export function wecomCallbackRouter({ inbox, clock, directory, onInbound }: CallbackDeps): Router {
  const router = new Router();

  router.get(CALLBACK_PATH, (ctx) =>
    refusing(ctx, async () => {
      const params = signedParams(ctx);
      const echostr = queryValue(ctx, 'echostr');
      checkFreshness(params.timestamp, clock.now());
      // No corp id on a GET: the corp is the one whose token signs it and whose key opens it for itself.
      let refusal: CallbackRejected = new CallbackRejected('SIGNATURE_INVALID', 401, 'msg_signature matches no configured corp');
      for (const corp of directory.corps) {
        try {
          const plain = verifyAndOpen(corp, params, echostr);
          ctx.type = 'text/plain';
          ctx.body = plain;
          log.info({ corpId: corp.corpId }, 'wecom callback URL verified');
          return;
        } catch (error) {
          if (!(error instanceof CallbackRejected)) throw error;
          if (error.code !== 'SIGNATURE_INVALID') refusal = error;
        }
      }
      throw refusal;
    }),
  );

  router.post(CALLBACK_PATH, (ctx) =>
    refusing(ctx, async () => {
      const params = signedParams(ctx);
      const raw = await readRawBody(ctx.req, MAX_CALLBACK_BYTES);
      const envelope = parseWecomXml(raw);
      const corpId = requiredField(envelope, 'ToUserName');
      const corp = directory.corp(corpId);
      if (!corp) throw new CallbackRejected('CORP_UNKNOWN', 403, `corp ${corpId.slice(0, 64)} is not configured`);
      checkFreshness(params.timestamp, clock.now());
      const message = parseWecomXml(verifyAndOpen(corp, params, requiredField(envelope, 'Encrypt')));
      const agentId = optionalField(message, 'AgentID') ?? optionalField(envelope, 'AgentID');
      if (agentId !== String(corp.agentId))
        throw new CallbackRejected('AGENT_UNKNOWN', 403, `agent ${agentId} is not app ${corp.agentId} of corp ${corp.corpId}`);
      const tenantId = await directory.tenantFor(corp);
      if (!tenantId) throw new CallbackRejected('TENANT_UNKNOWN', 403, `no tenant has settings.wecom.corpId = ${corp.corpId}`);

      const event = toInboundEvent(message, tenantId, clock.now());
      if (event) {
        // A redelivery (same MsgId) lands on the unique key and changes nothing.
        await inbox.storeBatched(event);
        onInbound();
      }
      ctx.status = 200;
      ctx.body = '';
    }),
  );

  return router;
}

/** Runs a handler, turning a refusal into its 4xx and one log line; anything else is a 500 for the app. */
async function refusing(ctx: Context, handle: () => Promise<void>): Promise<void> {
  try {
    await handle();
  } catch (error) {
    if (!(error instanceof CallbackRejected)) throw error;
    log.warn({ code: error.code, detail: error.message, method: ctx.method, ip: ctx.ip }, 'wecom callback refused');
    ctx.status = error.status;
    ctx.type = 'text/plain';
    ctx.body = error.code;
    if (error.code === 'BODY_TOO_LARGE') ctx.set('Connection', 'close');
  }
}

function signedParams(ctx: Context): SignedParams {
  return { signature: queryValue(ctx, 'msg_signature'), timestamp: queryValue(ctx, 'timestamp'), nonce: queryValue(ctx, 'nonce') };
}

/** A required query value. Koa's parser reads a raw `+` as a space; Base64 and hex never hold spaces, so put it back. */
function queryValue(ctx: Context, name: string): string {
  const value = ctx.query[name];
  if (typeof value !== 'string' || value === '') throw new CallbackRejected('PARAMS_MISSING', 400, `query parameter ${name} is missing`);
  return value.replaceAll(' ', '+');
}
