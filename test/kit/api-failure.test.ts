import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryOutcome, httpStatusFailure, networkFailure, permanent, rateLimited } from '../../bots/kit/api-failure';
import { callHttp } from '../../bots/kit/http-call';

const NOW = new Date('2026-03-02T02:00:00Z');

describe('sorting a failed platform call for the outbox', () => {
  it.each([
    [500, null, true, undefined],
    [503, '30', true, 30_000],
    [408, null, true, undefined],
    [429, '2', true, 2_000],
    [429, 'Mon, 02 Mar 2026 02:01:00 GMT', true, 60_000],
    [429, 'soon', true, undefined],
    [400, '30', false, undefined],
    [404, null, false, undefined],
  ] as const)('HTTP %i with Retry-After %s', (status, retryAfter, retryable, retryAfterMs) => {
    const failure = httpStatusFailure('WeCom', status, retryAfter, NOW);
    expect(failure).toMatchObject({ ok: false, retryable, reason: `WeCom answered HTTP ${status}` });
    expect(failure.retryAfterMs).toBe(retryAfterMs);
  });

  it('retries a time-out and a refused connection, saying which', () => {
    const timeout = Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' });
    expect(networkFailure('DingTalk', timeout, 800)).toEqual({
      ok: false,
      retryable: true,
      reason: 'DingTalk unreachable: no answer within 800 ms',
    });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(networkFailure('DingTalk', refused, 800).reason).toBe('DingTalk unreachable: ECONNREFUSED');
  });

  it('tells the outbox what it needs, the wait only when there is one', () => {
    expect(deliveryOutcome({ ok: true })).toEqual({ ok: true });
    expect(deliveryOutcome(rateLimited('busy', 1_000))).toEqual({ ok: false, retryable: true, reason: 'busy', retryAfterMs: 1_000 });
    expect(deliveryOutcome({ ...permanent('unknown user'), tokenRefused: true })).toEqual({
      ok: false,
      retryable: false,
      reason: 'unknown user',
    });
  });
});

describe('one HTTP call with a time limit', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    // /hang never answers; anything else answers 418 with its method and body.
    server = createServer((req, res) => {
      if (req.url === '/hang') return;
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => res.writeHead(418, { 'retry-after': '5' }).end(`${req.method} ${body}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('returns whatever the platform answered, for the platform to read', async () => {
    const answer = await callHttp('WeCom', `${base}/x`, { method: 'POST', body: '{"a":1}' }, 5_000);
    expect(answer).toMatchObject({ ok: true, status: 418, success: false, text: 'POST {"a":1}' });
    expect(answer.ok && answer.retryAfter).toBe('5');
  });

  it('gives up on a call that hangs past its limit, as retryable', async () => {
    expect(await callHttp('WeCom', `${base}/hang`, { method: 'GET' }, 50)).toEqual({
      ok: false,
      retryable: true,
      reason: 'WeCom unreachable: no answer within 50 ms',
    });
  });

  it("calls an https host the same way (the platforms' real APIs are https), sending the body with its length", async () => {
    const api = nock('https://qyapi.weixin.qq.com', { reqheaders: { 'content-length': '17' } })
      .post('/cgi-bin/message/send?access_token=t', { text: '你好' })
      .reply(200, '{"errcode":0}', { 'retry-after': '3' });
    const answer = await callHttp(
      'WeCom',
      'https://qyapi.weixin.qq.com/cgi-bin/message/send?access_token=t',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '你好' }) },
      5_000,
    );
    expect(answer).toEqual({ ok: true, status: 200, success: true, retryAfter: '3', text: '{"errcode":0}' });
    api.done();
  });

  it('reports a refused connection as retryable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(await callHttp('DingTalk', `http://127.0.0.1:${port}/`, { method: 'GET' }, 5_000)).toEqual({
      ok: false,
      retryable: true,
      reason: 'DingTalk unreachable: ECONNREFUSED',
    });
  });
});
