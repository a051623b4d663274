import { DWClient, type DWClientDownStream } from 'dingtalk-stream';
import type WebSocket from 'ws';
import type { Clock } from '../../src/clock';
import { log } from '../../src/log';
import { backoffMs } from '../../src/pipeline/backoff';
import type { DingtalkApp } from './dingtalk-config';
import { parseJsonObject } from './json-object';

export type StreamState = 'idle' | 'connecting' | 'connected' | 'registered' | 'backing-off' | 'stopped';

/** What /healthz shows of a stream: its state, not which app it is (the log names it). */
export interface StreamHealth {
  state: StreamState;
  /** Failed connection attempts since the last frame was received. */
  failures: number;
  lastError: string | null;
  /** When the stream last left the connected state (ISO), null while connected. */
  downSince: string | null;
}

export interface StreamOptions {
  app: DingtalkApp;
  gatewayUrl: string;
  /** Times the reconnect backoff and how long the stream has been down. */
  clock: Clock;
  requestTimeoutMs?: number;
}

/** What the SDK keeps private in its typings but we must reach to replace its connect loop. */
interface SdkInternals {
  dw_url?: string;
  socket?: WebSocket;
  heartbeatIntervallId?: NodeJS.Timeout;
  getEndpoint(): Promise<unknown>;
  _connect(): Promise<void>;
  onDownStream(data: string): void;
}

const USER_AGENT = 'salesbot-dingtalk-stream-nodejs/0.1.0';
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 60_000;

/**
 * One app's Stream connection through the real `DWClient`, with the SDK's weak spots replaced:
 * the gateway URL is ours (its module constant cannot be configured), its fixed 1 s reconnect is
 * off in favour of exponential backoff with jitter (capped at 60 s), keepAlive pings are on, debug
 * (which logs the secret) stays off, and a throwing frame or listener cannot crash the process.
 */
export class StreamClient {
  private readonly client: DWClient;
  private readonly sdk: SdkInternals;
  private state: StreamState = 'idle';
  private failures = 0;
  private lastError: string | null = null;
  private downSince: Date | null;
  private cancelRetry: (() => void) | null = null;
  private stopped = false;
  private readonly requestTimeoutMs: number;

  constructor(private readonly options: StreamOptions) {
    this.downSince = options.clock.now();
    this.requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
    // A fresh subscriptions array: the SDK's default one is shared by every DWClient in the process.
    const sdkOptions = {
      clientId: options.app.clientId,
      clientSecret: options.app.clientSecret,
      ua: USER_AGENT,
      keepAlive: true,
      debug: false,
      autoReconnect: false,
      subscriptions: [{ type: 'EVENT', topic: '*' }],
    };
    this.client = new DWClient(sdkOptions);
    this.sdk = this.client as unknown as SdkInternals;
    this.sdk.getEndpoint = () => this.openConnection();
    const onDownStream = this.sdk.onDownStream.bind(this.client);
    this.sdk.onDownStream = (data) => {
      this.failures = 0;
      try {
        onDownStream(data);
      } catch (error) {
        log.warn({ clientId: this.clientId, err: error }, 'dingtalk stream: unreadable frame ignored');
      }
      if (this.client.registered && this.state === 'connected') this.setState('registered');
    };
  }

  get clientId(): string {
    return this.options.app.clientId;
  }

  /** Registers a CALLBACK topic; call before start(), the topics are sent when connecting. */
  onCallback(topic: string, handler: (frame: DWClientDownStream) => Promise<void>): void {
    this.client.registerCallbackListener(topic, (frame) => {
      handler(frame).catch((error: unknown) =>
        log.error({ clientId: this.clientId, topic, err: error }, 'dingtalk stream: frame handler failed'),
      );
    });
  }

  /** Acknowledges a CALLBACK frame; `response` is what the gateway reads (card callbacks: the new card data). */
  ack(messageId: string, response: unknown): void {
    try {
      this.client.socketCallBackResponse(messageId, response);
    } catch (error) {
      log.warn({ clientId: this.clientId, messageId, err: error }, 'dingtalk stream: ack not sent');
    }
  }

  start(): void {
    this.stopped = false;
    // Connecting goes on in the background: connect() never rejects, a failure schedules the next try.
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.client.disconnect();
    this.setState('stopped');
  }

  health(): StreamHealth {
    return {
      state: this.state,
      failures: this.failures,
      lastError: this.lastError,
      downSince: this.downSince?.toISOString() ?? null,
    };
  }

  /** How long the stream has been without a connection, 0 while connected. */
  downForMs(): number {
    return this.downSince ? this.options.clock.now().getTime() - this.downSince.getTime() : 0;
  }

  private async connect(): Promise<void> {
    this.cancelRetry = null;
    if (this.stopped) return;
    this.setState('connecting');
    try {
      await this.sdk.getEndpoint();
      await this.sdk._connect();
    } catch (error) {
      this.retryLater(error);
      return;
    }
    const socket = this.sdk.socket;
    if (this.stopped || !socket) {
      this.client.disconnect();
      return;
    }
    this.downSince = null;
    this.lastError = null;
    // The gateway's REGISTERED frame may already have been read together with the handshake.
    this.setState(this.client.registered ? 'registered' : 'connected');
    socket.once('close', () => this.onClosed(socket));
  }

  private onClosed(socket: WebSocket): void {
    // The SDK never clears its heartbeat timer on a close; a leftover one would kill the next socket.
    if (this.sdk.socket === socket) clearInterval(this.sdk.heartbeatIntervallId);
    if (this.stopped) return;
    this.downSince ??= this.options.clock.now();
    this.retryLater(new Error('connection closed by the gateway'));
  }

  private retryLater(error: unknown): void {
    if (this.stopped) return;
    this.failures += 1;
    this.lastError = error instanceof Error ? error.message : String(error);
    const delay = backoffMs(this.failures, BACKOFF_BASE_MS, BACKOFF_CAP_MS);
    this.setState('backing-off', { delayMs: delay, error: this.lastError });
    this.cancelRetry = this.options.clock.after(delay, () => void this.connect());
  }

  /** Replaces the SDK's getEndpoint: the same request, to our configurable URL, with a timeout. */
  private async openConnection(): Promise<SdkInternals> {
    const response = await fetch(this.options.gatewayUrl, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({
        clientId: this.options.app.clientId,
        clientSecret: this.options.app.clientSecret,
        ua: USER_AGENT,
        subscriptions: this.client.config.subscriptions,
      }),
      signal: AbortSignal.timeout(this.requestTimeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`connections/open answered HTTP ${response.status}: ${text.slice(0, 200)}`);
    const { endpoint, ticket } = (parseJsonObject(text) ?? {}) as { endpoint?: string; ticket?: string };
    if (!endpoint || !ticket) throw new Error('connections/open answered without endpoint or ticket');
    this.sdk.dw_url = `${endpoint}?ticket=${encodeURIComponent(ticket)}`;
    return this.sdk;
  }

  private setState(state: StreamState, detail: Record<string, unknown> = {}): void {
    if (state === this.state) return;
    this.state = state;
    const level = state === 'backing-off' ? 'warn' : 'info';
    log[level]({ clientId: this.clientId, state, failures: this.failures, ...detail }, `dingtalk stream ${state}`);
  }
}
