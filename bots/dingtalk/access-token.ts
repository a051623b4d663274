import type { Clock } from '../../src/clock';
import { classifyFailure, networkFailure, type ApiFailure } from './api-errors';
import type { DingtalkApp } from './dingtalk-config';

/** Refresh this long before DingTalk says the token expires (the official SDK keeps 5 minutes). */
const REFRESH_MARGIN_MS = 5 * 60_000;

/** Thrown when no token could be had; carries how the outbox should treat it. */
export class TokenError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.reason);
  }
}

/**
 * One app's access token (POST /v1.0/oauth2/accessToken): cached, refreshed early, and fetched
 * once however many sends ask at the same moment.
 */
export class AccessTokenCache {
  private token: { value: string; refreshAt: number } | null = null;
  private inFlight: Promise<string> | null = null;

  constructor(
    private readonly app: DingtalkApp,
    private readonly apiBase: string,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
  ) {}

  get(): Promise<string> {
    if (this.token && this.clock.now().getTime() < this.token.refreshAt) return Promise.resolve(this.token.value);
    this.inFlight ??= this.fetchToken().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** DingTalk refused `value`: forget it, unless a newer one already replaced it. */
  invalidate(value: string): void {
    if (this.token?.value === value) this.token = null;
  }

  private async fetchToken(): Promise<string> {
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.apiBase}/v1.0/oauth2/accessToken`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ appKey: this.app.clientId, appSecret: this.app.clientSecret }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      throw new TokenError(networkFailure(error));
    }
    if (!response.ok) {
      const failure = classifyFailure(response.status, text);
      throw new TokenError({ ...failure, reason: `access token for app ${this.app.clientId}: ${failure.reason}` });
    }
    const { accessToken, expireIn } = JSON.parse(text) as { accessToken?: string; expireIn?: number };
    if (!accessToken) throw new TokenError({ ok: false, retryable: true, reason: 'access token answer without accessToken' });
    const lifetimeMs = (expireIn ?? 7200) * 1000;
    this.token = { value: accessToken, refreshAt: this.clock.now().getTime() + Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2) };
    return accessToken;
  }
}
