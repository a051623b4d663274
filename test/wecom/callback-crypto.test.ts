import { describe, expect, it } from 'vitest';
import { CallbackRejected, checkFreshness, openEnvelope, signatureMatches, verifyAndOpen } from '../../bots/wecom/callback-crypto';
import { parseWecomXml } from '../../bots/wecom/callback-xml';

// The official vectors (developer.work.weixin.qq.com/document/path/91144; shared/platforms/wecom.md §1.5).
const CORP = { corpId: 'wx5823bf96d3bd56c7', token: 'QDG6eK', aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C' };
const GET = {
  signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
  timestamp: '1409659589',
  nonce: '263014780',
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
};
const POST = {
  signature: '477715d11cdb4164915debcba66cb864d751f3e6',
  timestamp: '1409659813',
  nonce: '1372623149',
  encrypt:
    'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
};

const rejection = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CallbackRejected) return error.code;
    throw error;
  }
  return 'accepted';
};

describe('WeCom callback crypto, on the official test vectors', () => {
  it('verifies the URL-check vector and decrypts its echostr', () => {
    expect(verifyAndOpen(CORP, GET, GET.echostr)).toBe('1616140317555161061');
  });

  it('verifies the message vector and decrypts it to the text message of user mycreate, MsgId kept exact', () => {
    const xml = parseWecomXml(verifyAndOpen(CORP, POST, POST.encrypt));
    expect(xml).toMatchObject({
      FromUserName: 'mycreate',
      Content: 'hello',
      MsgType: 'text',
      AgentID: '218',
      MsgId: '4561255354251345929',
    });
  });

  it('refuses the vector under a changed signature, timestamp, nonce or ciphertext', () => {
    expect(signatureMatches(CORP.token, { ...POST, signature: POST.signature.replace('4', '5') }, POST.encrypt)).toBe(false);
    expect(signatureMatches(CORP.token, { ...POST, timestamp: '1409659814' }, POST.encrypt)).toBe(false);
    expect(signatureMatches(CORP.token, { ...POST, nonce: '1' }, POST.encrypt)).toBe(false);
    expect(signatureMatches(CORP.token, { ...POST, signature: 'short' }, POST.encrypt)).toBe(false);
    expect(rejection(() => verifyAndOpen(CORP, POST, `A${POST.encrypt.slice(1)}`))).toBe('SIGNATURE_INVALID');
  });

  it('refuses a payload decrypted for another corp id', () => {
    expect(rejection(() => openEnvelope(CORP.aesKey, 'wwanothercorp', POST.encrypt))).toBe('RECEIVER_MISMATCH');
  });

  it('refuses a ciphertext that does not decrypt', () => {
    expect(rejection(() => openEnvelope(CORP.aesKey, CORP.corpId, 'bm90IGEgYmxvY2s='))).toBe('DECRYPT_FAILED');
  });
});

describe('callback freshness (5 minutes both ways, injectable clock)', () => {
  const now = new Date(1_409_659_813_000);
  it.each([
    ['the same second', 1_409_659_813, 'accepted'],
    ['4 min 59 s old', 1_409_659_813 - 299, 'accepted'],
    ['5 min 1 s old', 1_409_659_813 - 301, 'TIMESTAMP_STALE'],
    ['4 min 59 s ahead', 1_409_659_813 + 299, 'accepted'],
    ['5 min 1 s ahead', 1_409_659_813 + 301, 'TIMESTAMP_FUTURE'],
  ])('a timestamp %s: %s', (_what, timestamp, expected) => {
    expect(rejection(() => checkFreshness(String(timestamp), now))).toBe(expected);
  });

  it('refuses a timestamp that is not Unix seconds', () => {
    expect(rejection(() => checkFreshness('yesterday', now))).toBe('PARAMS_MISSING');
  });
});
