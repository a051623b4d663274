import { describe, expect, it } from 'vitest';
import { classifyFailure, isAuthFailure } from '../../bots/dingtalk/api-errors';

const json = (body: unknown) => JSON.stringify(body);

describe('sorting DingTalk OpenAPI errors for the outbox', () => {
  it.each([
    ['a per-API QPS limit (403 despite "Forbidden")', 403, json({ code: 'Forbidden.AccessDenied.QpsLimitForApi' })],
    ['a per-app QPS limit', 403, json({ code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi' })],
    ['HTTP 429', 429, json({ code: 'TooManyRequests' })],
    ['a busy server', 500, json({ code: 'system.busy' })],
    ['an HTML page from a proxy', 502, '<html>bad gateway</html>'],
  ])('retries %s', (_what, status, text) => {
    expect(classifyFailure(status, text, () => 0).retryable).toBe(true);
  });

  it('waits about a second after throttling and five minutes after an IP ban', () => {
    expect(classifyFailure(403, json({ code: 'Forbidden.AccessDenied.QpsLimitForApi' }), () => 0).retryAfterMs).toBe(1000);
    expect(classifyFailure(403, json({ status: 1111, wait: 5, punish: 'deny' })).retryAfterMs).toBe(300_000);
  });

  it.each([
    ['a missing permission', 403, json({ code: 'Forbidden.AccessDenied.AccessTokenPermissionDenied', message: 'no' }), 'developer console'],
    ['the monthly quota', 403, json({ code: 'Forbidden.AccessDenied.ApiCountLimitForOrg' }), 'quota'],
    ['a bad template', 400, json({ code: 'param.templateNotExist', message: '模板不存在' }), '模板不存在'],
    ['an unknown user', 400, json({ code: 'staffId.notExisted', message: '用户不存在' }), '用户不存在'],
    ['invalid content', 400, json({ code: 'InvalidParameter', message: 'msgParam 不是合法的 JSON' }), 'msgParam'],
  ])('gives up on %s with a readable reason', (_what, status, text, words) => {
    const failure = classifyFailure(status, text);
    expect(failure.retryable).toBe(false);
    expect(failure.reason).toContain(words);
  });

  it('recognises an expired token but not a missing permission as an auth failure', () => {
    expect(isAuthFailure(401, json({ code: 'InvalidAuthentication' }))).toBe(true);
    expect(isAuthFailure(403, json({ code: 'Forbidden.AccessDenied.AccessTokenPermissionDenied' }))).toBe(false);
  });
});
