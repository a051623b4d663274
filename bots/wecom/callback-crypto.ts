import { timingSafeEqual } from 'node:crypto';
import { decrypt, getSignature } from '@wecom/crypto';

/** Why a callback was refused; `status` is the HTTP answer, `code` goes to the log. */
export class CallbackRejected extends Error {
  constructor(
    readonly code:
      | 'BODY_TOO_LARGE'
      | 'BODY_UNREADABLE'
      | 'XML_MALFORMED'
      | 'PARAMS_MISSING'
      | 'TIMESTAMP_STALE'
      | 'TIMESTAMP_FUTURE'
      | 'SIGNATURE_INVALID'
      | 'DECRYPT_FAILED'
      | 'RECEIVER_MISMATCH'
      | 'CORP_UNKNOWN'
      | 'AGENT_UNKNOWN'
      | 'TENANT_UNKNOWN',
    readonly status: number,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

/** WeCom's own window is "5 minutes"; the same bound on the future side absorbs clock drift, no more. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export interface SignedParams {
  signature: string;
  timestamp: string;
  nonce: string;
}

/** Rejects a timestamp older than 5 minutes or more than 5 minutes ahead of `now` (replays, forged clocks). */
export function checkFreshness(timestamp: string, now: Date): void {
  if (!/^\d{1,12}$/.test(timestamp))
    throw new CallbackRejected('PARAMS_MISSING', 400, `timestamp ${JSON.stringify(timestamp)} is not Unix seconds`);
  const skew = now.getTime() - Number(timestamp) * 1000;
  if (skew > MAX_CLOCK_SKEW_MS) throw new CallbackRejected('TIMESTAMP_STALE', 401, `timestamp is ${Math.round(skew / 1000)} s old`);
  if (skew < -MAX_CLOCK_SKEW_MS) throw new CallbackRejected('TIMESTAMP_FUTURE', 401, `timestamp is ${Math.round(-skew / 1000)} s ahead`);
}

/** sha1(sort(token, timestamp, nonce, encrypted)), compared in constant time. */
export function signatureMatches(token: string, params: SignedParams, encrypted: string): boolean {
  const expected = Buffer.from(getSignature(token, params.timestamp, params.nonce, encrypted), 'utf8');
  const given = Buffer.from(params.signature.toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Decrypts a verified `Encrypt`/`echostr` and checks it was meant for `corpId`:
 * @wecom/crypto checks neither the length prefix nor the receiver itself.
 */
export function openEnvelope(aesKey: string, corpId: string, encrypted: string): string {
  let opened: { message: string; id: string };
  try {
    opened = decrypt(aesKey, encrypted);
  } catch (error) {
    throw new CallbackRejected('DECRYPT_FAILED', 400, (error as Error).message);
  }
  if (opened.id !== corpId)
    throw new CallbackRejected('RECEIVER_MISMATCH', 401, `decrypted receiver ${JSON.stringify(opened.id.slice(0, 64))} is not ${corpId}`);
  return opened.message;
}

/** Signature, then decryption and receiver: the whole check of one signed payload. */
export function verifyAndOpen(corp: { corpId: string; token: string; aesKey: string }, params: SignedParams, encrypted: string): string {
  if (!signatureMatches(corp.token, params, encrypted))
    throw new CallbackRejected('SIGNATURE_INVALID', 401, 'msg_signature does not match');
  return openEnvelope(corp.aesKey, corp.corpId, encrypted);
}
