/**
 * npm run bench:wecom — acknowledgement throughput and latency of POST /wecom/callback.
 *
 * Posts valid, encrypted, signed text callbacks (each a new MsgId) into the running bot over loopback at
 * rising concurrency, on SQLite and on MySQL (BENCH_MYSQL_URL, default mysql://root@127.0.0.1:3306/test;
 * a database is created and dropped for the run), next to a bare Koa route that only reads the body, in
 * the same run: the ratio is the figure. Then counts inbox rows: every acknowledged callback stored
 * once. The inbox worker and outbox sender are paused, so only acknowledgement is measured.
 * Then, with the worker and sender running (the WeCom API is emulated), one 16,000-character report
 * is posted amid a steady stream of other members' callbacks: their acknowledgement latencies while it is
 * processed show whether a long message holds up the event loop (once with the default
 * MAX_UNDERSTOOD_CHARS, once with the cap lifted so the rules read it whole).
 * The load runs in a worker thread, so the client does not share the server's event loop.
 * BENCH_PHASE=acks or BENCH_PHASE=long runs one phase only.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Koa from 'koa';
import Router from '@koa/router';
import { readFileSync } from 'node:fs';
import type { RunningBot } from '../src/bot';
import { InboxItem } from '../src/store/entities';
import { fakeCorp, signedCallback, wecomXml, type FakeCorp } from '../test/fakes/wecom';
import { wecomTenantFile } from '../test/wecom/wecom-tenant';
import { startWecomBenchBot } from './bench-bot';
import { load, onEachDatabase, paced, percentile, type Request } from './load-client';

const LEVELS = [1, 8, 32, 64];
const REQUESTS_PER_LEVEL = Number(process.env.BENCH_REQUESTS ?? 4000);
const TENANT = 'bench';
const PHASE = process.env.BENCH_PHASE;
/** The long-message phase: one report of this length amid other callbacks at a steady rate. */
const LONG_CHARS = 16_000;
const STEADY_RATE = 100;
const STEADY_SECONDS = 4;
const LONG_AT_SECONDS = 1;

/** A signed, encrypted text callback from `from`, with its own MsgId. */
function callback(corp: FakeCorp, from: string, text: string, msgId: bigint, timestamp: number): Request {
  const xml = wecomXml.text(corp, from, text, msgId.toString(), timestamp);
  const { query, body } = signedCallback(corp, xml, { timestamp });
  return { path: `/wecom/callback?${query}`, body };
}

/** Fresh callbacks (new MsgIds, current timestamps) for one level. */
function callbacks(corp: FakeCorp, count: number, seq: { n: bigint }): Request[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => callback(corp, 'ZhangWei', `今天拜访了华信王总,第${i}次压测`, (seq.n += 1n), timestamp));
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
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function benchDatabase(
  kind: string,
  databaseUrl: string,
  corp: FakeCorp,
): Promise<{ rows: Row[]; acknowledged: number; stored: number; distinct: number }> {
  const { bot, stop } = await startWecomBenchBot(databaseUrl, corp, wecomTenantFile(corp, TENANT));
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
    await stop();
  }
}

/** A rep's long report: the fixture messages run together after a line on the tenant's customer. */
function longReport(): string {
  const fixtures = new URL('../test/fixtures/', import.meta.url);
  const texts = ['extract-blind8.jsonl', 'extract-blind9.jsonl', 'extract-regression.jsonl'].flatMap((name) =>
    readFileSync(new URL(name, fixtures), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
  return `今天跟华信王总把全年的项目过了一遍。${texts.join('')}`.slice(0, LONG_CHARS);
}

interface LongRow {
  target: string;
  /** From the long message's arrival to its inbox row done. */
  processedMs: number;
  /** Acknowledgements of the other callbacks sent while it was being processed. */
  during: number[];
  all: number[];
  /** The longest the server's event loop was held up during the stream (ms). */
  loopDelayMax: number;
  failed: number;
}

/**
 * The worker and sender run; other members post at STEADY_RATE for STEADY_SECONDS, and one of them
 * (ZhangWei, after LONG_AT_SECONDS) sends the long report. Each database starts fresh.
 */
async function benchLongMessage(kind: string, databaseUrl: string, corp: FakeCorp, cap: string): Promise<LongRow> {
  const { bot, stop } = await startWecomBenchBot(databaseUrl, corp, wecomTenantFile(corp, TENANT), { MAX_UNDERSTOOD_CHARS: cap });
  try {
    const timestamp = Math.floor(Date.now() / 1000);
    const senders = ['WangFang', 'LiuYang', 'LiMing'];
    const count = STEADY_RATE * STEADY_SECONDS;
    const longIndex = STEADY_RATE * LONG_AT_SECONDS;
    const longId = 9_000_000_000_000_000_000n;
    const chatter = (i: number) =>
      callback(corp, senders[i % senders.length]!, `今天拜访了华信王总,聊了售后,第${i}条`, longId + BigInt(i + 1), timestamp);
    // A second of the same traffic first (JIT, connections, the worker's first claims), not measured.
    await load({
      url: bot.url,
      requests: paced(
        Array.from({ length: STEADY_RATE }, (_, i) => chatter(count + i)),
        STEADY_RATE,
      ),
    });
    const requests = Array.from({ length: count }, (_, i) =>
      i === longIndex ? callback(corp, 'ZhangWei', longReport(), longId, timestamp) : chatter(i),
    );
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const { results } = await load({ url: bot.url, requests: paced(requests, STEADY_RATE) });
    loopDelay.disable();
    const long = await processed(bot, `msg:${longId}`);
    const from = results[longIndex]!.sentAt;
    const until = long.processedAt.getTime();
    const rest = results.filter((_, i) => i !== longIndex);
    return {
      target: `${kind}, MAX_UNDERSTOOD_CHARS=${cap}`,
      processedMs: until - long.receivedAt.getTime(),
      during: rest.filter((r) => r.sentAt >= from && r.sentAt <= until).map((r) => r.ms),
      all: rest.map((r) => r.ms),
      loopDelayMax: loopDelay.max / 1e6,
      failed: results.filter((r) => !r.ok).length,
    };
  } finally {
    await stop();
  }
}

/** The inbox row of a delivery once the worker is done with it (waits up to a minute). */
async function processed(bot: RunningBot, deliveryId: string): Promise<InboxItem & { processedAt: Date }> {
  const inbox = bot.dataSource.getRepository(InboxItem);
  for (let waited = 0; waited < 60_000; waited += 100) {
    const row = await inbox.findOneBy({ tenantId: TENANT, deliveryId });
    if (row?.status === 'done' && row.processedAt) return { ...row, processedAt: row.processedAt };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${deliveryId} was not processed within a minute`);
}

async function benchAcks(corp: FakeCorp): Promise<void> {
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

  const results = await onEachDatabase((kind, url) => benchDatabase(kind, url, corp));
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

async function benchLong(corp: FakeCorp): Promise<void> {
  const rows: LongRow[] = [];
  for (const cap of ['2000', String(LONG_CHARS)]) {
    for (const [, row] of await onEachDatabase((kind, url) => benchLongMessage(kind, url, corp, cap))) rows.push(row);
  }
  const stats = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return `p50 ${percentile(sorted, 50).toFixed(1)} · p99 ${percentile(sorted, 99).toFixed(1)} · max ${(sorted.at(-1) ?? 0).toFixed(1)}`;
  };
  console.log(`A ${LONG_CHARS}-character report amid ${STEADY_RATE} other callbacks/s (worker and sender running):`);
  console.table(
    rows.map((r) => ({
      target: r.target,
      'report processed in ms': r.processedMs,
      'acks sent meanwhile': r.during.length,
      'their ack ms': stats(r.during),
      'all acks ms': stats(r.all),
      'event loop held ms': r.loopDelayMax.toFixed(0),
      failed: r.failed,
    })),
  );
}

async function main(): Promise<void> {
  const corp = fakeCorp();
  if (PHASE !== 'long') await benchAcks(corp);
  if (PHASE !== 'acks') await benchLong(corp);
}

await main();
