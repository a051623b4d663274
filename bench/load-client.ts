/**
 * The benches' HTTP load client. It runs in a worker thread (`load`), so that posting does not share
 * the event loop of the server it measures. Also: percentiles, and a run on each database.
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { moduleWorker } from '../src/module-worker';
import { createConnection } from 'mysql2/promise';
import { threadCpuMs } from './meter';
import { firstMessage } from './thread-asker';

export type Request = { path: string; body: string };

export interface LoadJob {
  url: string;
  concurrency: number;
  requests: Request[];
}

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  latenciesMs: number[];
  /** When each request was sent (epoch ms), by its index. */
  sentAt: number[];
  /** CPU milliseconds the load client's thread used (null where it cannot be read). */
  clientCpuMs: number | null;
}

/** Requests sent at set times: each `atMs` after the start, whether or not earlier ones were answered. */
export interface ScheduledJob {
  url: string;
  requests: (Request & { atMs: number })[];
}

/** One scheduled request: when it was sent (epoch ms), how long its answer took, and whether it was 200. */
export interface ScheduledResult {
  sentAt: number;
  ms: number;
  ok: boolean;
}

export interface ScheduledRun {
  results: ScheduledResult[];
  /** CPU milliseconds the load client's thread used (null where it cannot be read). */
  clientCpuMs: number | null;
}

if (!isMainThread && (workerData as { loadClient?: true })?.loadClient) {
  const job = (workerData as { job: LoadJob | ScheduledJob }).job;
  parentPort!.postMessage(await ('concurrency' in job ? runLoad(job) : runScheduled(job)));
}

/** Posts to the server over keep-alive connections (at most `maxSockets`); resolves with the status code. */
function poster(url: string, maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  const target = new URL(url);
  const post = (path: string, body: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path,
          method: 'POST',
          agent,
          headers: { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/** A bounded loop: `concurrency` callers, each posting the next request when its last was answered. */
async function runLoad({ url, concurrency, requests }: LoadJob): Promise<LoadResult> {
  const cpuAtStart = threadCpuMs();
  const { post, close } = poster(url, concurrency);
  const latenciesMs: number[] = [];
  const sentAt: number[] = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const i = next++;
        const { path, body } = requests[i]!;
        const t0 = performance.now();
        sentAt[i] = performance.timeOrigin + t0;
        const status = await post(path, body).catch(() => 0);
        latenciesMs.push(performance.now() - t0);
        if (status === 200) ok++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  close();
  return { ok, failed, seconds, latenciesMs, sentAt, clientCpuMs: cpuSince(cpuAtStart) };
}

/** An open loop: each request goes out at its time. */
async function runScheduled({ url, requests }: ScheduledJob): Promise<ScheduledRun> {
  const cpuAtStart = threadCpuMs();
  const { post, close } = poster(url, Infinity);
  const started = performance.now();
  const results = await Promise.all(
    requests.map(async ({ path, body, atMs }) => {
      await new Promise((resolve) => setTimeout(resolve, started + atMs - performance.now()));
      const t0 = performance.now();
      const status = await post(path, body).catch(() => 0);
      return { sentAt: performance.timeOrigin + t0, ms: performance.now() - t0, ok: status === 200 };
    }),
  );
  close();
  return { results, clientCpuMs: cpuSince(cpuAtStart) };
}

function cpuSince(atStart: number | null): number | null {
  const now = threadCpuMs();
  return now === null || atStart === null ? null : now - atStart;
}

export function load(job: LoadJob): Promise<LoadResult>;
export function load(job: ScheduledJob): Promise<ScheduledRun>;
export function load(job: LoadJob | ScheduledJob): Promise<unknown> {
  return firstMessage(moduleWorker(import.meta.url, { loadClient: true, job }));
}

/** A worker thread running the TypeScript module at `moduleUrl`, which reads `data` as its workerData. */
/** The requests, one every 1/rate seconds. */
export function paced<R extends Request>(requests: R[], ratePerSecond: number): (R & { atMs: number })[] {
  return requests.map((r, i) => ({ ...r, atMs: (i * 1000) / ratePerSecond }));
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Runs `run` on a fresh SQLite file, then on a fresh MySQL database (BENCH_MYSQL_URL); both are dropped
 * after. BENCH_DB=sqlite or BENCH_DB=mysql runs on that one only.
 */
export async function onEachDatabase<T>(
  run: (kind: string, databaseUrl: string) => Promise<T>,
  only = process.env.BENCH_DB,
): Promise<[string, T][]> {
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-bench-'));
  const mysqlBase = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const name = `salesbot_bench_${Date.now().toString(36)}`;
  const results: [string, T][] = [];
  try {
    if (only !== 'mysql') results.push(['SQLite', await run('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`)]);
    if (only !== 'sqlite') {
      const admin = await createConnection(mysqlBase);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
      const url = new URL(mysqlBase);
      url.pathname = `/${name}`;
      results.push(['MySQL', await run('MySQL', url.toString())]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (only !== 'sqlite') {
      const admin = await createConnection(mysqlBase);
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    }
  }
  return results;
}
