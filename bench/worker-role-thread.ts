/**
 * A `BOT_ROLE=worker` instance in a worker thread of its own: beside a `BOT_ROLE=web` instance on the
 * main thread it stands for the second process of a split deployment (its own event loop and database
 * connections). Its CPU is the server's; its statements are counted on request.
 */
import { isMainThread, parentPort, workerData, type Worker } from 'node:worker_threads';
import { startBot } from '../src/bot';
import { loadConfig } from '../src/config';
import { moduleWorker } from '../src/module-worker';
import { firstMessage, ThreadAsker } from './thread-asker';
import { countStatements, type Shapes } from './meter';

type Ask = { id: number; op: 'count' | 'statements' | 'stop' };

if (!isMainThread && (workerData as { workerRole?: Record<string, string> })?.workerRole) {
  const bot = await startBot(loadConfig({ ...(workerData as { workerRole: Record<string, string> }).workerRole, BOT_ROLE: 'worker' }), {
    jobs: false,
  });
  let counting: ReturnType<typeof countStatements> | null = null;
  parentPort!.postMessage({ ready: true });
  parentPort!.on('message', (ask: Ask) => {
    if (ask.op === 'stop') {
      void bot.stop().then(() => parentPort!.postMessage({ id: ask.id }));
      return;
    }
    if (ask.op === 'count') counting = countStatements(bot.dataSource);
    const result = ask.op === 'statements' ? (counting?.stop() ?? []) : null;
    parentPort!.postMessage({ id: ask.id, result });
  });
}

/** A worker instance with the variables `env`, served from a worker thread. */
export class WorkerRoleThread {
  private readonly asker: ThreadAsker;

  private constructor(private readonly worker: Worker) {
    this.asker = new ThreadAsker(worker);
  }

  static async start(env: Record<string, string>): Promise<WorkerRoleThread> {
    const worker = moduleWorker(import.meta.url, { workerRole: env });
    await firstMessage(worker);
    return new WorkerRoleThread(worker);
  }

  /** Starts counting the worker's statements; `statements` returns them. */
  count(): Promise<unknown> {
    return this.asker.ask({ op: 'count' });
  }

  statements(): Promise<Shapes> {
    return this.asker.ask({ op: 'statements' });
  }

  async stop(): Promise<void> {
    await this.asker.ask({ op: 'stop' });
    await this.worker.terminate();
  }
}
