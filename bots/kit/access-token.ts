import type { Clock } from '../../src/clock';
import type { ApiFailure } from './api-failure';

/** A token as the platform issued it, with how long it lives. */
export type IssuedToken = { ok: true; token: string; lifetimeMs: number } | ApiFailure;
export type TokenResult = { ok: true; token: string } | ApiFailure;

/** Fetch a new token this long before the old one expires, so no call carries one about to lapse (both platforms' SDKs keep 5 minutes). */
const REFRESH_EARLY_MS = 5 * 60_000;

/**
 * One app's access token: cached until shortly before it expires, fetched once however many calls
 * wait for it at the same moment, and dropped when the platform refuses it.
 */
export class AccessTokenCache {
  private current: { token: string; refreshAt: number } | null = null;
  private inFlight: Promise<TokenResult> | null = null;

  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly clock: Clock,
  ) {}

  get(): Promise<TokenResult> {
    if (this.current && this.clock.now().getTime() < this.current.refreshAt)
      return Promise.resolve({ ok: true, token: this.current.token });
    this.inFlight ??= this.fetch().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** The platform refused `token`: forget it, unless a newer one already replaced it. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  /** Calls with the token; a call whose token the platform refused is made once more with a fresh one. */
  async call<R extends { ok: true } | ApiFailure>(call: (token: string) => Promise<R>): Promise<R | ApiFailure> {
    for (let attempt = 1; ; attempt++) {
      const token = await this.get();
      if (!token.ok) return token;
      const result = await call(token.token);
      if (attempt > 1 || !tokenRefused(result)) return result;
      this.invalidate(token.token);
    }
  }

  private async fetch(): Promise<TokenResult> {
    const issued = await this.issue();
    if (!issued.ok) return issued;
    const { token, lifetimeMs } = issued;
    this.current = { token, refreshAt: this.clock.now().getTime() + Math.max(lifetimeMs - REFRESH_EARLY_MS, lifetimeMs / 2) };
    return { ok: true, token };
  }
}

function tokenRefused(result: { ok: true } | ApiFailure): boolean {
  return !result.ok && result.tokenRefused === true;
}
