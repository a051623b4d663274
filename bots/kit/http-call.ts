import { networkFailure, type ApiFailure } from './api-failure';

/** What the platform answered: its status, headers and body text (its format is the platform's own). */
export interface HttpAnswer {
  ok: true;
  status: number;
  /** A 2xx status. */
  success: boolean;
  headers: Headers;
  text: string;
}

/** One call to a platform's API within `timeoutMs`; no answer in time, or none at all, is a retryable failure. */
export async function callHttp(
  platform: string,
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<HttpAnswer | ApiFailure> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    return { ok: true, status: response.status, success: response.ok, headers: response.headers, text: await response.text() };
  } catch (error) {
    return networkFailure(platform, error, timeoutMs);
  }
}
