import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { networkFailure, type ApiFailure } from './api-failure';

/** What the platform answered: its status, its Retry-After, and its body text (its format is the platform's own). */
export interface HttpAnswer {
  ok: true;
  status: number;
  /** A 2xx status. */
  success: boolean;
  retryAfter: string | null;
  text: string;
}

interface HttpInit {
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * Connections to the platforms' hosts are kept open and reused. node:http rather than fetch: a card
 * sent costs about a third of the CPU, which counts when fifty reps report at once.
 */
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** One call to a platform's API within `timeoutMs`; no answer in time, or none at all, is a retryable failure. */
export async function callHttp(platform: string, url: string, init: HttpInit, timeoutMs: number): Promise<HttpAnswer | ApiFailure> {
  try {
    return await send(new URL(url), init, AbortSignal.timeout(timeoutMs));
  } catch (error) {
    return networkFailure(platform, error, timeoutMs);
  }
}

function send(url: URL, { method, headers = {}, body }: HttpInit, signal: AbortSignal): Promise<HttpAnswer> {
  const secure = url.protocol === 'https:';
  const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      { method, headers: { ...headers, ...length }, agent: secure ? agents.https : agents.http, signal },
      (response) => void readAnswer(response).then(resolve, reject),
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function readAnswer(response: IncomingMessage): Promise<HttpAnswer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const status = response.statusCode ?? 0;
  const retryAfter = response.headers['retry-after'];
  return {
    ok: true,
    status,
    success: status >= 200 && status < 300,
    retryAfter: retryAfter ?? null,
    text: Buffer.concat(chunks).toString('utf8'),
  };
}
