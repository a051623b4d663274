/**
 * npm run bench:pipeline — a team's evening reports through the whole pipeline, post → receipt card.
 *
 * MEMBERS reps (200) each send their messages over WeCom (encrypted callbacks to the real server, the
 * WeCom API emulated), on a fresh SQLite file and then a fresh MySQL database (BENCH_MYSQL_URL):
 * - model: each rep sends 3 messages at random times within 10 s; understanding goes to a local
 *   OpenAI-compatible server answering in 1.5 s ± 0.5 s (WORKER_CONCURRENCY and LLM_MAX_CONCURRENCY
 *   from BENCH_CONCURRENCY, 128);
 * - rules: each rep sends 10 messages, posted by 32 callers as fast as the bot acknowledges, rules only:
 *   the pipeline's capacity. In this closed loop an acknowledgement waits for the other callers' posts
 *   (32 in flight over whatever rate the server sustains), so its latency says how fast acks go, not how long one takes;
 * - paced: the same 2,000 messages, rules only, posted at a steady BENCH_RATE a second (300, above the
 *   250 aimed at) whether or not earlier ones were answered: how long an acknowledgement takes while the
 *   worker runs flat out behind it.
 *   On MySQL the rules phase also runs split: a web instance (callbacks in, on the main thread) and
 *   BENCH_WORKERS worker instances (BOT_ROLE=worker, each in a thread of its own; 1 and 2 by default).
 * Each phase starts after a warm-up (one message from each of 100 reps, answered and not counted).
 * Printed: post → receipt card (p50, p95, max), messages per second end to end (all messages over the
 * time from the first post to the last receipt), acknowledgement latency, and whether every message
 * got exactly one receipt, in the order the bot stored each member's messages.
 * Also printed, robust to other work on the shared machine: the server's CPU milliseconds per message
 * (the process's CPU over the phase less the threads of the load client and of the WeCom fake), the
 * database statements per message and, when MariaDB/MySQL runs on this machine, its CPU and the rows it read per message
 * (SQLite's work is in the server's figure), how late the server's event loop ran, and the load
 * average when the phase began.
 * The load runs in a worker thread, so the client does not share the server's event loop.
 * BENCH_PHASE=model, rules or paced runs one phase only; BENCH_DB=sqlite or mysql one database;
 * BENCH_QUERIES=1 also lists the statements per message by kind.
 */
import { InboxItem } from '../src/store/entities';
import { FakeLlmServer } from '../test/fakes/llm';
import { fakeCorp, signedCallback, wecomXml, type FakeCorp } from '../test/fakes/wecom';
import { startWecomBenchBot } from './bench-bot';
import { load, onEachDatabase, percentile, type Request } from './load-client';
import { startMeter, type Metered } from './meter';
import type { WecomApiThread } from './wecom-api-thread';

const TENANT = 'bench';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 200);
const CONCURRENCY = process.env.BENCH_CONCURRENCY ?? '128';
const PHASE = process.env.BENCH_PHASE;
/**
 * The bot's settings a run may compare, passed on when set (the bot's defaults otherwise): RULE_THREADS=0 reads
 * the rules on the event loop, DATABASE_POOL_SIZE=20 opens the pool of earlier sessions.
 */
const PASSED_ON = Object.fromEntries(
  ['RULE_THREADS', 'DATABASE_POOL_SIZE'].flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name]!]])),
);
const SPLIT_WORKERS = (process.env.BENCH_WORKERS ?? '1,2')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const MODEL = { perMember: 3, spreadMs: 10_000, latencyMs: 1_500, jitterMs: 500 };
const RULES = { perMember: 10, callers: 32 };
const PACED_PER_SECOND = Number(process.env.BENCH_RATE ?? 300);
/** Members who send one message each before a phase is measured (theirs are not counted). */
const WARM_UP = 100;

/** A member and the customer they report on. */
interface Member {
  wecomId: string;
  customer: string;
}

/** Distinct two-character brand names, so that the rules match each rep's customer exactly. */
function members(): Member[] {
  const chars = [...'瑞恒远鑫博泰盛宏达丰通安康金银光明永兴嘉'];
  const names = chars.flatMap((a) => chars.filter((b) => b !== a).map((b) => a + b));
  return Array.from({ length: MEMBERS }, (_, i) => ({ wecomId: `Rep${i + 1}`, customer: names[i]! }));
}

function tenantFile(corp: FakeCorp, team: Member[]): string {
  const user = (m: Member, i: number) => ({
    id: `rep${i + 1}`,
    name: `销售${i + 1}`,
    role: 'rep',
    team: '压测组',
    managerId: 'boss',
    wecomUserId: m.wecomId,
  });
  return JSON.stringify({
    tenant: { id: TENANT, name: '压测公司', timezone: 'Asia/Shanghai', wecom: { corpId: corp.corpId, agentId: corp.agentId } },
    users: [{ id: 'boss', name: '经理', role: 'manager', team: '压测组', wecomUserId: 'Boss' }, ...team.map(user)],
    customers: team.map((m, i) => ({
      id: `cus_${i + 1}`,
      name: `${m.customer}精密机械有限公司`,
      aliases: [m.customer],
      ownerId: `rep${i + 1}`,
    })),
    deals: team.map((_, i) => ({
      id: `deal_${i + 1}`,
      customerId: `cus_${i + 1}`,
      ownerId: `rep${i + 1}`,
      title: null,
      stage: 'contact',
      amount: null,
      stageEnteredAt: '2026-03-01T10:30:00+08:00',
    })),
  });
}

interface Message extends Request {
  member: Member;
  n: number;
  /** Message `n` of a member carries its own mark, which the receipt repeats (the summary is the text). */
  mark: string;
  msgId: string;
  atMs: number;
}

/** WeCom message ids, unique over the run (a repeated id would be taken for a redelivery). */
let lastMsgId = 8_000_000_000_000_000_000n;

function messages(corp: FakeCorp, team: Member[], perMember: number, time: () => number, label = ''): Message[] {
  const timestamp = Math.floor(Date.now() / 1000);
  return team.flatMap((member) =>
    Array.from({ length: perMember }, (_, k) => k)
      .map(time)
      .sort((a, b) => a - b)
      .map((atMs, k) => {
        const n = k + 1;
        const mark = `〔${label}${member.wecomId}·${n}〕`;
        const msgId = (lastMsgId += 1n).toString();
        const text = `${mark}今天拜访了${member.customer}王总,聊了售后和交期`;
        const { query, body } = signedCallback(corp, wecomXml.text(corp, member.wecomId, text, msgId, timestamp), { timestamp });
        return { path: `/wecom/callback?${query}`, body, member, n, mark, msgId, atMs };
      }),
  );
}

interface Figures {
  target: string;
  messages: number;
  postToReceipt: number[];
  /** Of which: from the inbox row stored to done (understanding and flow), and from done to the receipt at WeCom (the sender). */
  inWorker: number[];
  inSender: number[];
  seconds: number;
  acks: number[];
  failedAcks: number;
  exactlyOnceInOrder: boolean;
  receiptCards: number;
  droppedRepeats: number;
  /** The server's CPU over the phase (the process's less the load client's and WeCom's threads), and its statements. */
  metered: Metered & { serverCpuMs: number };
}

type Phase = 'model' | 'rules' | 'paced';

async function run(kind: string, databaseUrl: string, phase: Phase, workers = 0): Promise<Figures> {
  const corp = fakeCorp();
  const team = members();
  const llm = new FakeLlmServer(() => MODEL.latencyMs + (Math.random() * 2 - 1) * MODEL.jitterMs);
  const env: Record<string, string> = { WORKER_CONCURRENCY: CONCURRENCY, ...PASSED_ON };
  if (phase === 'model') {
    Object.assign(env, { LLM_BASE_URL: await llm.start(), LLM_API_KEY: 'bench', LLM_MODEL: 'fake', LLM_MAX_CONCURRENCY: CONCURRENCY });
  }
  const { bot, wecom, workers: threads, stop } = await startWecomBenchBot(databaseUrl, corp, tenantFile(corp, team), env, { workers });
  try {
    const sent =
      phase === 'model'
        ? messages(corp, team, MODEL.perMember, () => Math.random() * MODEL.spreadMs).sort((a, b) => a.atMs - b.atMs)
        : roundRobin(messages(corp, team, RULES.perMember, () => 0)).map((m, i) => ({ ...m, atMs: (i * 1000) / PACED_PER_SECOND }));
    await warmUp(
      bot.url,
      wecom,
      messages(corp, team.slice(0, WARM_UP), 1, () => 0, '热身'),
    );
    const meter = await startMeter(bot.dataSource);
    for (const thread of threads) await thread.count();
    const wecomCpuAtStart = await wecom.cpuMs();
    const { sentAt, acks, failedAcks, clientCpuMs } = phase === 'rules' ? await closedLoop(bot.url, sent) : await scheduled(bot.url, sent);
    const receipts = await receiptsFor(wecom, sent);
    const metered = await meter.stop((await Promise.all(threads.map((thread) => thread.statements()))).flat());
    const wecomCpuMs = (await wecom.cpuMs()) ?? 0;
    const stored = await bot.dataSource.getRepository(InboxItem).find({ where: { tenantId: TENANT }, order: { id: 'ASC' } });
    const storedOrder = new Map(stored.map((row, i) => [row.deliveryId, i]));
    const exactlyOnceInOrder = team.every((member) => {
      const own = sent
        .filter((m) => m.member === member)
        .sort((a, b) => storedOrder.get(`msg:${a.msgId}`)! - storedOrder.get(`msg:${b.msgId}`)!);
      const got = receipts.byMember.get(member.wecomId) ?? [];
      return got.length === own.length && got.every((r, i) => r.n === own[i]!.n);
    });
    const rowOf = new Map(stored.map((row) => [row.deliveryId, row]));
    const done = (m: Message) => rowOf.get(`msg:${m.msgId}`)?.processedAt?.getTime() ?? NaN;
    const firstPost = Math.min(...sentAt);
    const lastReceipt = Math.max(...receipts.all.map((r) => r.at));
    return {
      target: `${kind}, ${phaseLabel(phase)}${workers > 0 ? `, web + ${workers} worker${workers > 1 ? 's' : ''}` : ''}`,
      messages: sent.length,
      postToReceipt: sent.map((m, i) => (receipts.at.get(m) ?? NaN) - sentAt[i]!),
      inWorker: sent.map((m) => done(m) - rowOf.get(`msg:${m.msgId}`)!.receivedAt.getTime()),
      inSender: sent.map((m) => (receipts.at.get(m) ?? NaN) - done(m)),
      seconds: (lastReceipt - firstPost) / 1000,
      acks,
      failedAcks,
      exactlyOnceInOrder,
      receiptCards: receipts.all.filter((r) => r.title.startsWith('已记录')).length,
      droppedRepeats: receipts.dropped,
      metered: { ...metered, serverCpuMs: metered.cpuMs - (clientCpuMs ?? 0) - (wecomCpuMs - (wecomCpuAtStart ?? 0)) },
    };
  } finally {
    await stop();
    await llm.stop();
  }
}

function phaseLabel(phase: Phase): string {
  if (phase === 'model') return `model ${MODEL.latencyMs} ± ${MODEL.jitterMs} ms`;
  return phase === 'rules' ? 'rules' : `rules, posted at ${PACED_PER_SECOND}/s`;
}

/**
 * A server at 18:00 has been up all day: its code is compiled and its connections open. A first burst
 * on a cold process measures the JIT instead (about 100 ms for the first acknowledgements).
 */
async function warmUp(url: string, api: WecomApiThread, warm: Message[]): Promise<void> {
  await load({ url, concurrency: RULES.callers, requests: warm.map(({ path, body }) => ({ path, body })) });
  await receiptsFor(api, warm);
}

/** Message 1 of every member, then message 2 of every member…: each member's messages go out in order. */
function roundRobin(sent: Message[]): Message[] {
  return [...sent].sort((a, b) => a.n - b.n);
}

async function scheduled(url: string, sent: Message[]) {
  const { results, clientCpuMs } = await load({ url, requests: sent.map(({ path, body, atMs }) => ({ path, body, atMs })) });
  return {
    sentAt: results.map((r) => r.sentAt),
    acks: results.map((r) => r.ms),
    failedAcks: results.filter((r) => !r.ok).length,
    clientCpuMs,
  };
}

/** Posted as fast as the bot acknowledges. */
async function closedLoop(url: string, sent: Message[]) {
  const result = await load({ url, concurrency: RULES.callers, requests: sent.map(({ path, body }) => ({ path, body })) });
  return { sentAt: result.sentAt, acks: result.latenciesMs, failedAcks: result.failed, clientCpuMs: result.clientCpuMs };
}

interface Receipt {
  n: number;
  at: number;
  title: string;
}

/**
 * Waits (up to two minutes) until every message has an answer the member saw at the WeCom API, then
 * reads them all. A repeat WeCom's duplicate check dropped (a send retried after its answer was lost)
 * is not seen by the member; those are counted apart.
 */
async function receiptsFor(api: WecomApiThread, sent: Message[]) {
  const marks = new Map(sent.map((m) => [m.mark, m]));
  // Read as the cards arrive, only the new ones each time.
  const all: (Receipt & { message: Message })[] = [];
  const answered = new Set<Message>();
  let read = 0;
  const readNew = async () => {
    const delivered = await api.sentSince(read);
    for (const { at, json, title } of delivered) {
      const message = marks.get(/〔[^〕]+〕/.exec(json)?.[0] ?? '');
      if (!message) continue;
      all.push({ n: message.n, at, title, message });
      answered.add(message);
    }
    read += delivered.length;
  };
  for (let waited = 0; waited < 120_000; waited += 100) {
    await readNew();
    if (answered.size >= sent.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const byMember = new Map<string, Receipt[]>();
  const at = new Map<Message, number>();
  for (const receipt of all) {
    const list = byMember.get(receipt.message.member.wecomId) ?? [];
    list.push(receipt);
    byMember.set(receipt.message.member.wecomId, list);
    if (!at.has(receipt.message)) at.set(receipt.message, receipt.at);
  }
  const dropped = await api.duplicates();
  return { all, byMember, at, dropped };
}

function stats(ms: number[], points: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  return [...points.map((p) => `p${p} ${percentile(sorted, p).toFixed(0)}`), `max ${(sorted.at(-1) ?? 0).toFixed(0)}`].join(' · ');
}

async function main(): Promise<void> {
  const rows: Figures[] = [];
  for (const phase of ['model', 'rules', 'paced'] as const) {
    if (PHASE && PHASE !== phase) continue;
    for (const [, figures] of await onEachDatabase((kind, url) => run(kind, url, phase))) rows.push(figures);
    // Split roles need MySQL: the same load on a web instance and worker instances (threads here).
    if (phase === 'rules' && process.env.BENCH_DB !== 'sqlite')
      for (const workers of SPLIT_WORKERS)
        for (const [, figures] of await onEachDatabase((kind, url) => run(kind, url, phase, workers), 'mysql')) rows.push(figures);
  }
  console.log(`${MEMBERS} members over WeCom, WORKER_CONCURRENCY=${CONCURRENCY}:`);
  console.table(
    rows.map((r) => ({
      target: r.target,
      messages: r.messages,
      'post → receipt ms': stats(r.postToReceipt, [50, 95]),
      'of which worker ms': stats(r.inWorker, [50, 95]),
      'sender ms': stats(r.inSender, [50, 95]),
      'all done s': r.seconds.toFixed(1),
      'msgs/s': Math.round(r.messages / r.seconds),
      'ack ms': stats(r.acks, [50, 99]),
      'failed acks': r.failedAcks,
      'receipt cards': r.receiptCards,
      'one each, in order': r.exactlyOnceInOrder ? 'yes' : 'NO',
      'repeats WeCom dropped': r.droppedRepeats,
      'server CPU ms/msg': (r.metered.serverCpuMs / r.messages).toFixed(2),
      'queries/msg': (r.metered.queries / r.messages).toFixed(1),
      'DB CPU ms/msg': r.metered.databaseCpuMs === null ? '–' : (r.metered.databaseCpuMs / r.messages).toFixed(2),
      'DB rows read/msg': r.metered.databaseRowsRead === null ? '–' : (r.metered.databaseRowsRead / r.messages).toFixed(0),
      'event loop delay ms': `p99 ${r.metered.loopDelayP99.toFixed(0)} · max ${r.metered.loopDelayMax.toFixed(0)}`,
      'load avg': r.metered.loadAtStart.toFixed(1),
    })),
  );
  if (process.env.BENCH_QUERIES !== '1') return;
  for (const r of rows) {
    console.log(`${r.target}: statements per message`);
    for (const [shape, n] of r.metered.byShape) console.log(`  ${(n / r.messages).toFixed(2).padStart(6)}  ${shape}`);
  }
}

await main();
