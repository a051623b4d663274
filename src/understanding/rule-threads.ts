import { extname } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { moduleWorker } from '../module-worker';
import type { Extraction, ExtractionInput, ExtractionOptions } from './extraction';
import type { RuleRequest } from './rule-thread';

type RuleAnswer = { id: number; extraction: Extraction } | { id: number; error: string } | { ready: true };

interface Pending {
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

/** A thread died or could not start before answering: the message itself may be fine. */
export class RuleThreadGone extends Error {}

/** One thread and the requests it has not answered yet. */
interface RuleThread {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Settles when the thread has loaded the rules, or has failed. */
  loaded: Promise<void>;
}

/**
 * The rules read messages in worker threads: about a millisecond of CPU a message that would otherwise
 * be spent on the event loop, where it delays acknowledgements and the flows' database work. Each
 * request goes to the thread with the fewest unanswered; a thread that dies fails its unanswered
 * requests with RuleThreadGone (the chooser then reads them on the event loop) and is replaced on the next
 * request; an error of the rules themselves comes back as that error. Threads
 * start on the first request, so an instance that only takes callbacks in never starts one, or when
 * warmed (a deployed worker instance), so that its first message does not wait for them to load.
 */
export class RuleThreads {
  private readonly threads: RuleThread[] = [];
  private nextId = 0;

  constructor(private readonly size: number) {}

  extract(input: ExtractionInput, options: ExtractionOptions = {}): Promise<Extraction> {
    const thread = this.leastBusy();
    const id = ++this.nextId;
    return new Promise<Extraction>((resolve, reject) => {
      thread.pending.set(id, { resolve, reject });
      thread.worker.postMessage({ id, input, options } satisfies RuleRequest);
    });
  }

  /** Threads started and not failed. */
  get running(): number {
    return this.threads.length;
  }

  /**
   * Starts every thread now; settles once each has loaded the rules or failed (a failed one is replaced on use),
   * answering how many are running.
   */
  async warm(): Promise<number> {
    while (this.threads.length < this.size) this.start();
    await Promise.all(this.threads.map((thread) => thread.loaded));
    return this.running;
  }

  async stop(): Promise<void> {
    const stopping = this.threads.splice(0);
    await Promise.all(stopping.map((thread) => thread.worker.terminate()));
  }

  private leastBusy(): RuleThread {
    if (this.threads.length < this.size) return this.start();
    return this.threads.reduce((best, thread) => (thread.pending.size < best.pending.size ? thread : best));
  }

  private start(): RuleThread {
    let loaded = () => {};
    const thread: RuleThread = {
      worker: moduleWorker(new URL(`./rule-thread${extname(import.meta.url)}`, import.meta.url).href),
      pending: new Map(),
      loaded: new Promise((resolve) => (loaded = resolve)),
    };
    // A thread never keeps the process alive; its requests are awaited by whoever keeps it alive.
    thread.worker.unref();
    thread.worker.on('message', (answer: RuleAnswer) => {
      if ('ready' in answer) {
        loaded();
        return;
      }
      const pending = thread.pending.get(answer.id);
      thread.pending.delete(answer.id);
      if ('error' in answer) pending?.reject(new Error(answer.error));
      else pending?.resolve(answer.extraction);
    });
    const fail = (error: Error) => {
      loaded();
      const at = this.threads.indexOf(thread);
      if (at >= 0) this.threads.splice(at, 1);
      for (const { reject } of thread.pending.values()) reject(error);
      thread.pending.clear();
    };
    thread.worker.on('error', (error) => fail(new RuleThreadGone(`rule thread failed: ${error.message}`)));
    thread.worker.on('exit', (code) => fail(new RuleThreadGone(`rule thread exited (${code})`)));
    this.threads.push(thread);
    return thread;
  }
}
