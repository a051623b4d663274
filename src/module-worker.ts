import { Worker } from 'node:worker_threads';

/**
 * A worker thread running the module at `moduleUrl`, given `data` as its workerData. The bot runs from
 * its TypeScript sources through tsx, and a worker thread does not inherit tsx's loader: a `.ts`
 * module is loaded after registering it in the thread. tsx is located from here, not from the working
 * directory, so the thread starts wherever the process was started from.
 */
export function moduleWorker(moduleUrl: string, data?: unknown): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(moduleUrl), { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); })`;
  return new Worker(entry, { eval: true, workerData: data });
}
