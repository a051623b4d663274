/**
 * npm run bench:wecom — acknowledgement throughput and latency of POST /wecom/callback.
 *
 * Posts valid, encrypted, signed text callbacks (each a new MsgId) into the running bot over loopback at
 * rising concurrency, on SQLite and on MySQL (BENCH_MYSQL_URL, default mysql://root@127.0.0.1:3306/test;
 * a database is created and dropped for the run), next to a bare Koa route that only reads the body, in
 * the same run: the ratio is the figure. Then counts inbox rows: every acknowledged callback stored
 * once. The inbox worker and outbox sender are paused, so only acknowledgement is measured.
 * The load runs in a worker thread, so the client does not share the server's event loop.
 */
import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import Koa from 'koa';
import Router from '@koa/router';
import { createConnection } from 'mysql2/promise';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot } from '../src/bot';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/store/data-source';
import { InboxItem } from '../src/store/entities';
import { importTenant } from '../src/tenant-import/import-tenant';
import { fakeCorp, signedCallback, wecomXml, type FakeCorp } from '../test/fakes/wecom';
import { wecomTenantFile } from '../test/wecom/wecom-tenant';

const LEVELS = [1, 8, 32, 64];
const REQUESTS_PER_LEVEL = Number(process.env.BENCH_REQUESTS ?? 4000);
const TENANT = 'bench';

interface LoadJob {
  url: string;
  concurrency: number;
  requests: { path: string; body: string }[];
}

interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  latenciesMs: number[];
}

if (!isMainThread) {
  parentPort!.postMessage(await runLoad(workerData as LoadJob));
} else {
  await main();
}

/** A bounded loop: `concurrency` callers, each posting the next request when its last was answered. */
async function runLoad({ url, concurrency, requests }: LoadJob): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const latenciesMs: number[] = [];
  let next = 0;
  let ok = 0;
  let failed = 0;
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
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { path, body } = requests[next++]!;
        const t0 = performance.now();
        const status = await post(path, body).catch(() => 0);
        latenciesMs.push(performance.now() - t0);
        if (status === 200) ok++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { ok, failed, seconds, latenciesMs };
}

function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // Workers do not inherit tsx's loader: register it, then load this file as the load client.
    const entry = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(entry, { eval: true, workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** Fresh callbacks (new MsgIds, current timestamps) for one level. */
function callbacks(corp: FakeCorp, count: number, seq: { n: bigint }): { path: string; body: string }[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    seq.n += 1n;
    const xml = wecomXml.text(corp, 'ZhangWei', `今天拜访了华信王总,第${i}次压测`, seq.n.toString(), timestamp);
    const { query, body } = signedCallback(corp, xml, { timestamp });
    return { path: `/wecom/callback?${query}`, body };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Row {
  target: string;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

async function measure(target: string, url: string, make: (count: number) => { path: string; body: string }[]): Promise<Row[]> {
  const rows: Row[] = [];
  // Warm-up: JIT, connection pools, prepared statements.
  await load({ url, concurrency: 8, requests: make(300) });
  for (const concurrency of LEVELS) {
    const result = await load({ url, concurrency, requests: make(REQUESTS_PER_LEVEL) });
    const sorted = result.latenciesMs.sort((a, b) => a - b);
    rows.push({
      target,
      concurrency,
      rps: result.ok / result.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      failed: result.failed,
    });
  }
  return rows;
}

async function bareKoa(): Promise<{ url: string; close: () => void }> {
  const app = new Koa();
  const router = new Router();
  router.post('/wecom/callback', async (ctx) => {
    for await (const _chunk of ctx.req) void _chunk;
    ctx.status = 200;
    ctx.body = '';
  });
  app.use(router.routes());
  const server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function benchDatabase(
  kind: string,
  databaseUrl: string,
  corp: FakeCorp,
): Promise<{ rows: Row[]; acknowledged: number; stored: number; distinct: number }> {
  const setup = await openDatabase(databaseUrl);
  await importTenant(setup, wecomTenantFile(corp, TENANT));
  await setup.destroy();
  const { corpId, agentId, secret, token, aesKey } = corp;
  const bot = await startBot(
    loadConfig({
      DATABASE_URL: databaseUrl,
      PORT: '0',
      PLATFORMS: 'wecom',
      DEMO_TENANT: 'off',
      WECOM_CORP_ID: corpId,
      WECOM_AGENT_ID: String(agentId),
      WECOM_SECRET: secret,
      WECOM_TOKEN: token,
      WECOM_AES_KEY: aesKey,
    }),
  );
  await bot.worker.stop();
  await bot.sender.stop();
  const seq = { n: 7_000_000_000_000_000_000n };
  try {
    const rows = await measure(`bot on ${kind}`, bot.url, (count) => callbacks(corp, count, seq));
    const acknowledged = 300 + LEVELS.length * REQUESTS_PER_LEVEL - rows.reduce((sum, r) => sum + r.failed, 0);
    const repo = bot.dataSource.getRepository(InboxItem);
    const stored = await repo.countBy({ tenantId: TENANT });
    const { distinct } = (await repo
      .createQueryBuilder('i')
      .select('COUNT(DISTINCT i.deliveryId)', 'distinct')
      .where('i.tenantId = :t', { t: TENANT })
      .getRawOne()) as { distinct: number };
    return { rows, acknowledged, stored, distinct: Number(distinct) };
  } finally {
    await bot.stop();
  }
}

async function main(): Promise<void> {
  const corp = fakeCorp();
  const print = (rows: Row[]) =>
    console.table(
      rows.map((r) => ({
        target: r.target,
        concurrency: r.concurrency,
        'acks/s': Math.round(r.rps),
        'p50 ms': r.p50.toFixed(2),
        'p99 ms': r.p99.toFixed(2),
        failed: r.failed,
      })),
    );

  const bare = await bareKoa();
  const bareRows = await measure('bare Koa route', bare.url, (count) => callbacks(corp, count, { n: 1n }));
  bare.close();
  print(bareRows);

  const dir = mkdtempSync(join(tmpdir(), 'salesbot-bench-'));
  const mysqlBase = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const name = `salesbot_bench_${Date.now().toString(36)}`;
  const results: [string, Awaited<ReturnType<typeof benchDatabase>>][] = [];
  try {
    results.push(['SQLite', await benchDatabase('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`, corp)]);
    const admin = await createConnection(mysqlBase);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(mysqlBase);
    url.pathname = `/${name}`;
    results.push(['MySQL', await benchDatabase('MySQL', url.toString(), corp)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const admin = await createConnection(mysqlBase);
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }

  for (const [kind, result] of results) {
    print(result.rows);
    const ratio = result.rows.map((r, i) => `c=${r.concurrency}: ${((r.rps / bareRows[i]!.rps) * 100).toFixed(0)}%`).join(', ');
    console.log(`${kind}: throughput vs bare Koa ${ratio}`);
    const intact = result.stored === result.acknowledged && result.distinct === result.stored;
    console.log(
      `${kind}: acknowledged ${result.acknowledged}, inbox rows ${result.stored}, distinct delivery ids ${result.distinct} → ${intact ? 'none lost or doubled' : 'MISMATCH'}`,
    );
  }
}
