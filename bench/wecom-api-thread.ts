/**
 * The WeCom API fake in a worker thread of its own. In production WeCom's servers are elsewhere: here
 * their work (HTTP parsing, message checks, the duplicate check) and the bench's reading of what was
 * sent stay off the server's event loop and out of its CPU figure.
 */
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { FakeWecomApi, SEND, type FakeCorp } from '../test/fakes/wecom';
import { moduleWorker } from '../src/module-worker';
import { firstMessage, ThreadAsker } from './thread-asker';
import { threadCpuMs } from './meter';

/** A message/send the member saw: when it arrived, its body as JSON, and a card's main title. */
export interface SentView {
  at: number;
  json: string;
  title: string;
}

type Ask = { id: number; op: 'sentSince' | 'duplicates' | 'cpuMs' | 'stop'; since?: number };

if (!isMainThread && (workerData as { wecomApi?: FakeCorp })?.wecomApi) {
  const api = new FakeWecomApi([(workerData as { wecomApi: FakeCorp }).wecomApi]);
  parentPort!.postMessage({ base: await api.start() });
  parentPort!.on('message', (ask: Ask) => {
    if (ask.op === 'stop') {
      void api.stop().then(() => parentPort!.postMessage({ id: ask.id }));
      return;
    }
    const result =
      ask.op === 'duplicates'
        ? api.accepted(SEND).filter((r) => r.duplicate).length
        : ask.op === 'cpuMs'
          ? threadCpuMs()
          : api
              .delivered(SEND)
              .slice(ask.since ?? 0)
              .map(view);
    parentPort!.postMessage({ id: ask.id, result });
  });
}

function view(request: { at: number; body: Record<string, unknown> | null }): SentView {
  const title = (request.body?.template_card as { main_title?: { title?: string } } | undefined)?.main_title?.title ?? '';
  return { at: request.at, json: JSON.stringify(request.body), title };
}

/** The fake WeCom API for `corp`, served from a worker thread. */
export class WecomApiThread {
  private readonly asker: ThreadAsker;

  private constructor(
    private readonly worker: Worker,
    readonly base: string,
  ) {
    this.asker = new ThreadAsker(worker);
  }

  static async start(corp: FakeCorp): Promise<WecomApiThread> {
    const worker = moduleWorker(import.meta.url, { wecomApi: corp });
    const { base } = await firstMessage<{ base: string }>(worker);
    return new WecomApiThread(worker, base);
  }

  /** The messages delivered to members from the `since`-th on, oldest first. */
  sentSince(since: number): Promise<SentView[]> {
    return this.asker.ask({ op: 'sentSince', since });
  }

  /** How many sends WeCom's duplicate check dropped. */
  duplicates(): Promise<number> {
    return this.asker.ask({ op: 'duplicates' });
  }

  /** CPU milliseconds the thread has used (null where it cannot be read): WeCom's, not the bot's. */
  cpuMs(): Promise<number | null> {
    return this.asker.ask({ op: 'cpuMs' });
  }

  async stop(): Promise<void> {
    await this.asker.ask({ op: 'stop' });
    await this.worker.terminate();
  }
}
