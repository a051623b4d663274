import { describe, expect, it } from 'vitest';
import { AccessTokenCache, type IssuedToken } from '../../bots/kit/access-token';
import { permanent, retryable, type ApiFailure } from '../../bots/kit/api-failure';
import { TestClock } from '../support/test-clock';

const HOUR = 3_600_000;

/** A token issuer that answers only when the test says, counting what it was asked. */
function issuer() {
  let issued = 0;
  const waiting: ((answer: IssuedToken) => void)[] = [];
  return {
    issue: () => new Promise<IssuedToken>((resolve) => waiting.push(resolve)),
    asked: () => waiting.length,
    /** Answers every request waiting with a new token (or `failure`). */
    answer(failure?: ApiFailure) {
      for (const resolve of waiting.splice(0)) resolve(failure ?? { ok: true, token: `token-${++issued}`, lifetimeMs: 2 * HOUR });
    },
  };
}

/** Lets the promises that are ready run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('the access-token cache', () => {
  it('fetches one token for many callers at once, and reuses it', async () => {
    const platform = issuer();
    const tokens = new AccessTokenCache(platform.issue, new TestClock(new Date('2026-03-02T00:00:00Z')));
    const callers = Array.from({ length: 20 }, () => tokens.get());
    await settle();
    expect(platform.asked()).toBe(1);
    platform.answer();
    expect(await Promise.all(callers)).toEqual(Array.from({ length: 20 }, () => ({ ok: true, token: 'token-1' })));
    expect(await tokens.get()).toEqual({ ok: true, token: 'token-1' });
    expect(platform.asked()).toBe(0);
  });

  it('fetches a new token five minutes before the old one expires, not earlier', async () => {
    const platform = issuer();
    const clock = new TestClock(new Date('2026-03-02T00:00:00Z'));
    const tokens = new AccessTokenCache(platform.issue, clock);
    const first = tokens.get();
    await settle();
    platform.answer();
    await first;
    clock.advance(2 * HOUR - 5 * 60_000 - 1);
    expect(await tokens.get()).toEqual({ ok: true, token: 'token-1' });
    clock.advance(1);
    const second = tokens.get();
    await settle();
    platform.answer();
    expect(await second).toEqual({ ok: true, token: 'token-2' });
  });

  it('gives every waiting caller the failure, and asks again on the next call', async () => {
    const platform = issuer();
    const tokens = new AccessTokenCache(platform.issue, new TestClock(new Date('2026-03-02T00:00:00Z')));
    const callers = [tokens.get(), tokens.get()];
    await settle();
    platform.answer(retryable('gettoken failed: system busy'));
    expect(await Promise.all(callers)).toEqual([retryable('gettoken failed: system busy'), retryable('gettoken failed: system busy')]);
    const again = tokens.get();
    await settle();
    expect(platform.asked()).toBe(1);
    platform.answer();
    expect(await again).toEqual({ ok: true, token: 'token-1' });
  });

  it('drops a refused token, but not a newer one that replaced it', async () => {
    const platform = issuer();
    const tokens = new AccessTokenCache(platform.issue, new TestClock(new Date('2026-03-02T00:00:00Z')));
    const fetch = async () => {
      const pending = tokens.get();
      await settle();
      platform.answer();
      return pending;
    };
    expect(await fetch()).toEqual({ ok: true, token: 'token-1' });
    tokens.invalidate('token-1');
    expect(await fetch()).toEqual({ ok: true, token: 'token-2' });
    // A late refusal of the old token (a call that started before) keeps the new one.
    tokens.invalidate('token-1');
    expect(await tokens.get()).toEqual({ ok: true, token: 'token-2' });
  });

  it('makes a call the platform refused for its token once more with a fresh token, and only once', async () => {
    const platform = issuer();
    const tokens = new AccessTokenCache(platform.issue, new TestClock(new Date('2026-03-02T00:00:00Z')));
    const seen: string[] = [];
    const refused = { ...permanent('access_token expired'), tokenRefused: true };
    const call = (refusals: number) =>
      tokens.call(async (token) => {
        seen.push(token);
        return seen.length <= refusals ? refused : { ok: true as const };
      });
    const answerTokens = async <T>(pending: Promise<T>) => {
      for (let i = 0; i < 3; i++) {
        await settle();
        platform.answer();
      }
      return pending;
    };

    expect(await answerTokens(call(1))).toEqual({ ok: true });
    expect(seen).toEqual(['token-1', 'token-2']);

    seen.length = 0;
    expect(await answerTokens(call(5))).toEqual(refused);
    expect(seen).toEqual(['token-2', 'token-3']);
  });

  it('does not fetch a new token for a failure that is not about the token', async () => {
    const platform = issuer();
    const tokens = new AccessTokenCache(platform.issue, new TestClock(new Date('2026-03-02T00:00:00Z')));
    const pending = tokens.call(async () => retryable('system busy'));
    await settle();
    platform.answer();
    expect(await pending).toEqual(retryable('system busy'));
    expect(await tokens.get()).toEqual({ ok: true, token: 'token-1' });
  });
});
