import type { Worker } from 'node:worker_threads';

/** The thread's first message (it says it is ready), or its start-up error. */
export function firstMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Numbered asks to a worker thread, each resolved by the thread's `{ id, result }` answer. */
export class ThreadAsker {
  private asked = 0;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  constructor(private readonly worker: Worker) {
    worker.on('message', ({ id, result }: { id?: number; result: unknown }) => {
      if (id !== undefined) this.waiting.get(id)?.(result);
    });
  }

  ask<T>(ask: { op: string; [field: string]: unknown }): Promise<T> {
    const id = ++this.asked;
    return new Promise<T>((resolve) => {
      this.waiting.set(id, (result) => {
        this.waiting.delete(id);
        resolve(result as T);
      });
      this.worker.postMessage({ ...ask, id });
    });
  }
}
