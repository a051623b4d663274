import type { PlatformName } from './inbound-event';

export type FailureKind = 'retryable' | 'permanent';

export interface ApiHealth {
  state: 'ok' | 'degraded';
  /** When the platform's API began failing without a success since (ISO time), while it does. */
  failingSince?: string;
}

/**
 * What this instance's sends say about each platform's API: failures counted by kind (for /metrics),
 * and since when retryable failures have come without a success in between (for /healthz). In memory,
 * per process, like any Prometheus counter; one success clears the failing state.
 */
export class DeliveryHealth {
  private readonly failures = new Map<string, number>();
  private readonly failingSince = new Map<PlatformName, Date>();

  constructor(private readonly degradedAfterMs: number) {}

  recordSuccess(platform: PlatformName): void {
    this.failingSince.delete(platform);
  }

  recordFailure(platform: PlatformName, kind: FailureKind, at: Date): void {
    const key = `${platform}/${kind}`;
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    // A refused message (unknown member, bad content) says nothing about the API being down.
    if (kind === 'retryable' && !this.failingSince.has(platform)) this.failingSince.set(platform, at);
  }

  /** Failures since start, by platform and kind. */
  failureCounts(): { platform: string; kind: string; count: number }[] {
    return [...this.failures].map(([key, count]) => {
      const [platform, kind] = key.split('/') as [string, string];
      return { platform, kind, count };
    });
  }

  api(platform: PlatformName, now: Date): ApiHealth {
    const since = this.failingSince.get(platform);
    if (!since || now.getTime() - since.getTime() < this.degradedAfterMs) return { state: 'ok' };
    return { state: 'degraded', failingSince: since.toISOString() };
  }
}
