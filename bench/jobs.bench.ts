/**
 * npm run bench:jobs — the Friday list and the daily briefings on a big tenant in MySQL.
 *
 * Builds (BENCH_MYSQL_URL, default mysql://root@127.0.0.1:3306/test; a database is created and
 * dropped for the run) one tenant of 200 managers, 5,000 reps, 200,000 customers and deals and
 * 2,000,000 activities with bulk INSERTs, then times the Friday list for all managers and the two
 * briefings through the job runner (claims, cards and outbox rows included), prints time and peak
 * RSS, and the EXPLAIN of the main queries. The timing runs in a child process, so its peak RSS is
 * the jobs' own and not the build's.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createConnection, type Connection } from 'mysql2/promise';
import { seeded } from '../test/support/seeded';
import { TestClock } from '../test/support/test-clock';
import { loadRuleBook } from '../src/flows/rule-book';
import { JobRunner } from '../src/jobs/job-runner';
import { FRIDAY_WARNING_JOB, MANAGER_BRIEFING_JOB, REP_BRIEFING_JOB, type ScheduledJob } from '../src/jobs/jobs';
import { openDatabase } from '../src/store/data-source';
import { commitmentBreach, stageBreaches, type Breach } from '../src/domain/silence-timer';
import { silentCutoff } from '../src/domain/silent-deals';
import type { Stage } from '../src/domain/stages';
import { Tenant } from '../src/store/entities';
import { silentDeals } from '../src/store/job-queries';

const MANAGERS = 200;
const REPS = 5_000;
const DEALS = Number(process.env.BENCH_DEALS ?? 200_000);
const ACTIVITIES_PER_DEAL = 10;
const BATCH = 5_000;
const TENANT = 'bench';
/** Friday 2026-03-06 15:00 in Shanghai. */
const NOW = new Date('2026-03-06T07:00:00Z');
const DAY = 86_400_000;
/** The overdue scan ticks every 10 minutes: what breached before the last tick was alerted then. */
const LAST_TICK = new Date(NOW.getTime() - 10 * 60_000);
const STAGES: Stage[] = ['lead', 'contact', 'requirement', 'demo', 'negotiation', 'won', 'lost'];
const TAGS = ['price', 'competitor', 'budget', 'delivery', 'after_sales'];

async function main(): Promise<void> {
  const base = process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const name = `salesbot_bench_jobs_${Date.now().toString(36)}`;
  const admin = await createConnection(base);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    const db = await createConnection(url.toString());
    await openDatabase(url.toString()).then((ds) => ds.destroy()); // migrated schema
    const started = Date.now();
    await build(db);
    await db.end();
    console.log(
      `built ${MANAGERS} managers, ${REPS} reps, ${DEALS} deals, ${DEALS * ACTIVITIES_PER_DEAL} activities in ${seconds(started)}`,
    );
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_DB_URL: url.toString() },
      stdio: 'inherit',
    });
    if (child.status !== 0) process.exitCode = 1;
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}

/** The child: times the jobs on the built database and explains the queries. */
async function timeJobs(url: string): Promise<void> {
  const dataSource = await openDatabase(url);
  const db = await createConnection(url);
  const runner = new JobRunner({ dataSource, clock: new TestClock(NOW), ruleBook: loadRuleBook('rules'), instanceId: 'bench' });
  const tenant = await dataSource.getRepository(Tenant).findOneByOrFail({ id: TENANT });
  const timed = async (job: ScheduledJob, at: Date) => {
    const started = Date.now();
    const sent = await runner.runAsOf(job, tenant, at);
    console.log(`${job.name.padEnd(24)} sent ${String(sent).padStart(5)} in ${seconds(started)}   peak RSS so far ${peakRssMb()} MB`);
  };
  console.log(
    `silent deals on the Friday list: ${(await silentDeals(dataSource.manager, TENANT, silentCutoff(NOW))).length}; RSS before the jobs ${peakRssMb()} MB`,
  );
  await timed(FRIDAY_WARNING_JOB, NOW);
  await timed(MANAGER_BRIEFING_JOB, new Date(NOW.getTime() - 7 * 3_600_000));
  await timed(REP_BRIEFING_JOB, new Date(NOW.getTime() - 6.5 * 3_600_000));
  const scanStarted = Date.now();
  const alerts = await runner.scanOverdue(NOW);
  console.log(
    `${'overdue scan, one tick'.padEnd(24)} sent ${String(alerts).padStart(5)} in ${seconds(scanStarted)}   peak RSS so far ${peakRssMb()} MB`,
  );
  await explain(db);
  await db.end();
  await dataSource.destroy();
}

async function build(db: Connection): Promise<void> {
  const at = (ms: number) => new Date(ms);
  await db.query('INSERT INTO tenants VALUES (?, ?, ?, ?, ?, ?)', [
    TENANT,
    '压测公司',
    'Asia/Shanghai',
    '{}',
    at(NOW.getTime()),
    at(NOW.getTime()),
  ]);
  const users: unknown[][] = [];
  for (let m = 0; m < MANAGERS; m++) users.push([TENANT, `m${m}`, `经理${m}`, 'manager', `团队${m}`, null, null, at(0), at(0)]);
  for (let r = 0; r < REPS; r++)
    users.push([TENANT, `r${r}`, `销售${r}`, 'rep', `团队${r % MANAGERS}`, null, `m${r % MANAGERS}`, at(0), at(0)]);
  await insert(db, 'users (tenantId, id, name, role, team, region, managerId, createdAt, updatedAt)', users);

  const rules = loadRuleBook('rules').forTenant(TENANT);
  const random = seeded(7);
  for (let start = 0; start < DEALS; start += BATCH) {
    const alerts: unknown[][] = [];
    const alerted = (breach: Breach | null) => {
      if (breach)
        alerts.push([
          `alr${start}_${alerts.length}`,
          TENANT,
          breach.key,
          breach.kind,
          breach.dealId,
          breach.commitmentId,
          at(LAST_TICK.getTime()),
        ]);
    };
    const customers: unknown[][] = [];
    const deals: unknown[][] = [];
    const transitions: unknown[][] = [];
    const commitments: unknown[][] = [];
    const activities: unknown[][] = [];
    const signals: unknown[][] = [];
    for (let i = start; i < Math.min(DEALS, start + BATCH); i++) {
      const owner = `r${i % REPS}`;
      const stage = STAGES[Math.floor(random() * STAGES.length)];
      // Most deals were worked in the last few days; a long tail has gone quiet.
      const lastActivity = NOW.getTime() - Math.min(60 * DAY, -Math.log(1 - random()) * 2 * DAY);
      const entered = lastActivity - random() * 20 * DAY;
      const created = entered - random() * 30 * DAY;
      customers.push([TENANT, `c${i}`, `客户${i}机械有限公司`, `客户${i}机械`, '[]', owner, null, null, at(created), at(created)]);
      deals.push([
        TENANT,
        `d${i}`,
        `c${i}`,
        owner,
        `项目${i}`,
        stage,
        Math.round(random() * 2_000_000),
        at(entered),
        at(lastActivity),
        null,
        at(created),
        at(created),
      ]);
      transitions.push([`st${i}`, TENANT, `d${i}`, null, stage, null, 'import', null, at(entered)]);
      const timed = { id: `d${i}`, stage, stageEnteredAt: at(entered), lastActivityAt: at(lastActivity) };
      stageBreaches(rules, timed, LAST_TICK).forEach(alerted);
      if (i % 4 === 0)
        commitments.push([
          `cm${i}`,
          TENANT,
          `c${i}`,
          `d${i}`,
          null,
          owner,
          '发报价单',
          at(NOW.getTime() + (random() - 0.7) * 3 * DAY),
          null,
          at(created),
        ]);
      for (let k = 0; k < ACTIVITIES_PER_DEAL; k++) {
        const when = k === ACTIVITIES_PER_DEAL - 1 ? lastActivity : created + ((lastActivity - created) * k) / ACTIVITIES_PER_DEAL;
        const text = `第${k + 1}次跟进客户${i},聊了交期和价格`;
        activities.push([`a${i}_${k}`, TENANT, `c${i}`, `d${i}`, owner, text, text, null, null, 'import', at(when), at(when)]);
        if (k % 5 === 4) signals.push([`s${i}_${k}`, TENANT, `c${i}`, `d${i}`, `a${i}_${k}`, TAGS[(i + k) % TAGS.length], at(when)]);
      }
    }
    await insert(db, 'customers (tenantId, id, name, normalizedName, aliases, ownerId, region, industry, createdAt, updatedAt)', customers);
    await insert(
      db,
      'deals (tenantId, id, customerId, ownerId, title, stage, amount, stageEnteredAt, lastActivityAt, followUpFlaggedAt, createdAt, updatedAt)',
      deals,
    );
    await insert(db, 'stage_transitions (id, tenantId, dealId, fromStage, toStage, actorId, confirmedBy, reason, at)', transitions);
    await insert(db, 'commitments (id, tenantId, customerId, dealId, activityId, ownerId, action, dueAt, doneAt, createdAt)', commitments);
    await insert(
      db,
      'activities (id, tenantId, customerId, dealId, userId, rawText, summary, sourceInboxId, extraction, understoodBy, occurredAt, createdAt)',
      activities,
    );
    await insert(db, 'customer_signals (id, tenantId, customerId, dealId, activityId, tag, at)', signals);
    for (const [id, , , dealId, , , , dueAt] of commitments) {
      alerted(commitmentBreach({ id: id as string, dealId: dealId as string, dueAt: dueAt as Date, doneAt: null }, LAST_TICK));
    }
    await insert(db, 'breach_alerts (id, tenantId, breachKey, kind, dealId, commitmentId, createdAt)', alerts);
  }
  await db.query('ANALYZE TABLE deals, activities, customer_signals, commitments, stage_transitions, customers, users, breach_alerts');
}

async function insert(db: Connection, into: string, rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const chunk = rows.slice(i, i + BATCH);
    if (chunk.length > 0) await db.query(`INSERT INTO ${into} VALUES ?`, [chunk]);
  }
}

/** The statements the jobs run most, as the store modules write them. */
async function explain(db: Connection): Promise<void> {
  const cutoff = new Date(NOW.getTime() - 3 * DAY);
  const dayBefore = new Date(cutoff.getTime() - DAY);
  const ids = Array.from({ length: 6 }, (_, i) => `d${i}`);
  const queries: [string, string, unknown[]][] = [
    [
      'silent deal ids (Friday list)',
      "SELECT id FROM deals USE INDEX (idx_deals_stage_activity) WHERE tenantId = ? AND stage IN ('contact','requirement','demo','negotiation') AND lastActivityAt <= ?",
      [TENANT, cutoff],
    ],
    [
      'never-touched deal ids (Friday list)',
      "SELECT id FROM deals USE INDEX (idx_deals_stage_activity) WHERE tenantId = ? AND stage IN ('contact','requirement','demo','negotiation') AND lastActivityAt IS NULL",
      [TENANT],
    ],
    ['silent deals by id (Friday list)', 'SELECT * FROM deals WHERE tenantId = ? AND id IN (?)', [TENANT, ids]],
    [
      'latest activities of shown deals',
      'SELECT id, dealId, summary, occurredAt FROM activities WHERE tenantId = ? AND dealId IN (?)',
      [TENANT, ids],
    ],
    [
      'signals of those activities',
      'SELECT activityId, tag FROM customer_signals WHERE activityId IN (?)',
      [ids.map((id) => `a${id.slice(1)}_9`)],
    ],
    ['customer names', 'SELECT id, name FROM customers WHERE tenantId = ? AND id IN (?)', [TENANT, ids.map((id) => `c${id.slice(1)}`)]],
    [
      'team deals (briefing)',
      'SELECT id, customerId, ownerId, stage, amount, stageEnteredAt, lastActivityAt FROM deals WHERE tenantId = ? AND ownerId IN (?) ORDER BY ownerId, stage, id',
      [TENANT, ['m0', 'r0', 'r200']],
    ],
    [
      'follow-ups counted (briefing gate)',
      'SELECT dealId, COUNT(*) FROM activities WHERE tenantId = ? AND dealId IN (?) GROUP BY dealId',
      [TENANT, ids],
    ],
    [
      'recent moves of the tenant (briefing metrics)',
      "SELECT dealId, fromStage, toStage, at FROM stage_transitions WHERE tenantId = ? AND at BETWEEN ? AND ? AND (fromStage IS NOT NULL OR toStage = 'requirement') ORDER BY at",
      [TENANT, new Date(NOW.getTime() - 16 * DAY), NOW],
    ],
    [
      'deals whose timer runs out, by activity',
      'SELECT * FROM deals WHERE tenantId = ? AND stage = ? AND lastActivityAt BETWEEN ? AND ?',
      [TENANT, 'demo', dayBefore, cutoff],
    ],
    [
      'deals whose timer runs out, by stage entry',
      'SELECT * FROM deals WHERE tenantId = ? AND stage = ? AND stageEnteredAt BETWEEN ? AND ?',
      [TENANT, 'demo', dayBefore, cutoff],
    ],
    [
      'open commitments due (rep briefing, overdue scan)',
      'SELECT * FROM commitments WHERE tenantId = ? AND doneAt IS NULL AND dueAt < ? ORDER BY dueAt',
      [TENANT, NOW],
    ],
    [
      "yesterday's moves (rep briefing)",
      'SELECT * FROM stage_transitions WHERE tenantId = ? AND at BETWEEN ? AND ?',
      [TENANT, new Date(NOW.getTime() - DAY), NOW],
    ],
  ];
  for (const [label, sql, params] of queries) {
    const [rows] = await db.query(`EXPLAIN ${sql}`, params);
    console.log(`\nEXPLAIN ${label}`);
    for (const row of rows as Record<string, unknown>[]) {
      console.log(`  table=${row.table} type=${row.type} key=${row.key} rows=${row.rows} extra=${row.Extra ?? ''}`);
    }
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(2)} s`;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

if (process.env.BENCH_DB_URL) await timeJobs(process.env.BENCH_DB_URL);
else await main();
