/**
 * npm run bench:dingtalk — the DingTalk Stream path: how fast robot messages are stored and acked,
 * and how long a rep waits for the receipt card.
 *
 * The real bot (PLATFORMS=dingtalk) connects with the real dingtalk-stream client to the local fake
 * gateway (test/fakes/dingtalk), on SQLite and on MySQL (BENCH_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306/test; a database is created and dropped for the run).
 *  1. Acks: robot messages pushed at rising offered rates, then all at once, worker and sender
 *     paused: acks/s achieved and push → ack latency. Then every acked message must be one inbox row.
 *  2. Receipts: the worker and sender running, messages pushed at a steady rate: push → receipt card
 *     created at the fake OpenAPI (the rep's wait, less DingTalk's own network), p50/p99.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createConnection } from 'mysql2/promise';
import { startBot, type RunningBot } from '../src/bot';
import { loadConfig } from '../src/config';
import { In } from 'typeorm';
import { InboxItem, OutboxItem } from '../src/store/entities';
import { FakeDingtalk } from '../test/fakes/dingtalk/fake-dingtalk';
import { importDingtalkTenant, TEST_APP } from '../test/dingtalk/dingtalk-tenant';

/** Offered rates in messages a second; Infinity pushes the whole batch at once (a burst). */
const RATES = [100, 1000, Infinity];
const MESSAGES_PER_RATE = Number(process.env.BENCH_MESSAGES ?? 2000);
const RECEIPT_RATE = 20;
const RECEIPT_MESSAGES = Number(process.env.BENCH_RECEIPTS ?? 400);
const REP = 'staff-zw';

interface AckRow {
  database: string;
  offered: number;
  achieved: number;
  p50: number;
  p99: number;
}

interface ReceiptRow {
  database: string;
  rate: number;
  messages: number;
  p50: number;
  p99: number;
  max: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Pushes `count` messages at `rate` per second; returns each one's messageId, push time and text. */
async function pushAtRate(fake: FakeDingtalk, count: number, rate: number, label: string) {
  const pushed: { messageId: string; at: number; text: string }[] = [];
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
    const text = `今天跟华信王总聊了液压泵升级,他担心售后,${label}第${i}条`;
    pushed.push({ messageId: fake.pushRobotMessage(fake.textMessage(REP, text)), at: Date.now(), text });
  }
  return pushed;
}

async function ackRows(database: string, bot: RunningBot, fake: FakeDingtalk): Promise<{ rows: AckRow[]; acked: number; stored: number }> {
  await bot.worker.stop();
  await bot.sender.stop();
  const rows: AckRow[] = [];
  let acked = 0;
  await pushAtRate(fake, 200, 200, '预热'); // warm-up: JIT, pools, prepared statements
  await fake.until(() => fake.acks.size >= 200, 'the warm-up acks', 60_000);
  acked += 200;
  for (const rate of RATES) {
    const pushed = await pushAtRate(fake, MESSAGES_PER_RATE, rate, `速率${rate}`);
    await fake.until(() => pushed.every((p) => fake.acks.has(p.messageId)), `acks at ${rate}/s`, 120_000);
    const latencies = pushed.map((p) => fake.acks.get(p.messageId)![0]!.at - p.at).sort((a, b) => a - b);
    const lastAck = Math.max(...pushed.map((p) => fake.acks.get(p.messageId)![0]!.at));
    rows.push({
      database,
      offered: rate,
      achieved: pushed.length / ((lastAck - pushed[0]!.at) / 1000),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    });
    acked += pushed.length;
  }
  const stored = await bot.dataSource.getRepository(InboxItem).countBy({ platform: 'dingtalk' });
  return { rows, acked, stored };
}

async function receiptRow(database: string, bot: RunningBot, fake: FakeDingtalk): Promise<ReceiptRow> {
  bot.worker.start();
  bot.sender.start();
  // Whatever the ack run stored is handled and its cards sent first, so the clock starts on an idle bot.
  const busy = async () =>
    (await bot.dataSource.getRepository(InboxItem).countBy({ platform: 'dingtalk', status: In(['pending', 'processing']) })) +
    (await bot.dataSource.getRepository(OutboxItem).countBy({ platform: 'dingtalk', status: In(['pending', 'sending']) }));
  await fake.until(async () => (await busy()) === 0, 'the backlog to drain', 600_000);
  await sleep(2_000);
  const label = `回执${Date.now()}`;
  const pushed = await pushAtRate(fake, RECEIPT_MESSAGES, RECEIPT_RATE, label);
  // Which message a receipt card answers: its body quotes the message, numbered by `label`.
  const created = new Map<number, number>();
  const seen = new Set<string>();
  const numbered = new RegExp(`${label}第(\\d+)条`);
  const waits = await fake.until(
    () => {
      for (const card of fake.cards.values()) {
        if (seen.has(card.outTrackId)) continue;
        seen.add(card.outTrackId);
        const index = numbered.exec(fake.view(card.outTrackId).body)?.[1];
        if (index !== undefined) created.set(Number(index), card.createdAt);
      }
      return created.size === pushed.length && pushed.map((p, i) => created.get(i)! - p.at);
    },
    'every receipt card',
    300_000,
  );
  const sorted = [...waits].sort((a, b) => a - b);
  return {
    database,
    rate: RECEIPT_RATE,
    messages: pushed.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1)!,
  };
}

async function benchDatabase(database: string, databaseUrl: string) {
  const fake = await new FakeDingtalk(TEST_APP).start();
  const bot = await startBot(
    loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', PLATFORMS: 'dingtalk', DEMO_TENANT: 'off', ...fake.env() }),
    { jobs: false },
  );
  try {
    await importDingtalkTenant(bot.dataSource);
    await fake.until(() => fake.connected, 'the bot to connect');
    const acks = await ackRows(database, bot, fake);
    const receipts = await receiptRow(database, bot, fake);
    return { ...acks, receipts };
  } finally {
    await bot.stop();
    await fake.stop();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-bench-'));
  const mysqlBase = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const name = `salesbot_bench_${Date.now().toString(36)}`;
  const results: Awaited<ReturnType<typeof benchDatabase>>[] = [];
  try {
    results.push(await benchDatabase('SQLite', `sqlite:${join(dir, 'bench.sqlite')}`));
    const admin = await createConnection(mysqlBase);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(mysqlBase);
    url.pathname = `/${name}`;
    results.push(await benchDatabase('MySQL', url.toString()));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    const admin = await createConnection(mysqlBase);
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }

  console.table(
    results.flatMap((r) =>
      r.rows.map((row) => ({
        database: row.database,
        'offered msgs/s': Number.isFinite(row.offered) ? row.offered : 'burst',
        'acks/s': Math.round(row.achieved),
        'push→ack p50 ms': row.p50,
        'push→ack p99 ms': row.p99,
      })),
    ),
  );
  for (const r of results)
    console.log(
      `${r.rows[0]!.database}: acked ${r.acked}, inbox rows ${r.stored} → ${r.acked === r.stored ? 'none lost or doubled' : 'MISMATCH'}`,
    );
  console.table(
    results.map(({ receipts: row }) => ({
      database: row.database,
      'msgs/s': row.rate,
      messages: row.messages,
      'message→card p50 ms': row.p50,
      'p99 ms': row.p99,
      'max ms': row.max,
    })),
  );
}

await main();
