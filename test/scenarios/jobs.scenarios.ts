import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { CardKind } from '../../cards/card';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { handleCardAction } from '../../src/flows/handle-card-action';
import { answerTeamHealth } from '../../src/flows/team-health';
import { loadRuleBook } from '../../src/flows/rule-book';
import { JobRunner } from '../../src/jobs/job-runner';
import { FRIDAY_WARNING_JOB, MANAGER_BRIEFING_JOB, REP_BRIEFING_JOB, WEEK_CLOSE_JOB } from '../../src/jobs/jobs';
import { persistEffects } from '../../src/pipeline/effects';
import { openDatabase } from '../../src/store/data-source';
import {
  CardRecord,
  Commitment,
  Deal,
  HealthSnapshot,
  JobRun,
  Lead,
  LeadAssignment,
  OutboxItem,
  Tenant,
  User,
  WeekMetrics,
} from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { importTenant } from '../../src/tenant-import/import-tenant';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';
import { TestClock } from '../support/test-clock';
import { FRIDAY_1500, jobsTenantFile, jobsTenantLeads } from '../jobs/jobs-tenant';
import { leadRow, placementRow } from '../support/lead-rows';

const MINUTE = 60_000;
const ruleBook = loadRuleBook('rules');

/** The Friday list, its catch-up rule, two instances, and 一键提醒, on a real database. */
export function jobsScenarios(makeDatabase: TestDatabaseFactory): void {
  let database: TestDatabase;
  let bot: RunningBot;
  let dataSource: DataSource;
  const clock = new TestClock(FRIDAY_1500);
  const runner = (instanceId: string, ds = dataSource) => new JobRunner({ dataSource: ds, clock, ruleBook, instanceId });

  beforeAll(async () => {
    database = await makeDatabase();
    bot = await startBot(loadConfig({ DATABASE_URL: database.url, PORT: '0', DEMO_TENANT: 'off' }), { clock, jobs: false });
    dataSource = bot.dataSource;
    await importTenant(dataSource, jobsTenantFile, { now: FRIDAY_1500 });
    const at = (iso: string | null) => (iso ? new Date(iso) : null);
    await dataSource
      .getRepository(Lead)
      .insert(jobsTenantLeads.map((l) => leadRow('acme', l.id, new Date(l.created), { company: l.company, score: l.score })));
    await dataSource
      .getRepository(LeadAssignment)
      .insert(jobsTenantLeads.map((l) => placementRow('acme', `a_${l.id}`, l.id, l.repId, new Date(l.assigned), at(l.touched))));
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });
  beforeEach(async () => {
    await bot.sender.stop();
    for (const table of [JobRun, OutboxItem, CardRecord, HealthSnapshot, WeekMetrics]) await dataSource.getRepository(table).clear();
    clock.set(FRIDAY_1500);
  });

  const tenant = () => dataSource.getRepository(Tenant).findOneByOrFail({ id: 'acme' });
  const cardsOf = (recipientId: string, kind: CardKind) =>
    dataSource.getRepository(CardRecord).find({ where: { tenantId: 'acme', recipientId, kind } });
  const fridayOutbox = async () =>
    (await dataSource.getRepository(OutboxItem).find()).filter((o) => o.dedupeKey?.startsWith('friday-warning:'));

  const tap = async (actorId: string, cardId: string, actionId: string) => {
    const t = await tenant();
    const actor = await dataSource.getRepository(User).findOneByOrFail({ tenantId: 'acme', id: actorId });
    await inTransaction(dataSource, async (em) => {
      const effects = await handleCardAction(
        { em, tenant: t, actor, now: clock.now(), inboxId: null, rules: ruleBook.forTenant('acme') },
        { cardId, actionId },
      );
      await persistEffects(em, { tenantId: 'acme', now: clock.now() }, effects);
    });
  };

  /** 本周团队健康度 asked by `actorId` at `now`; the answer is stored as a card. */
  const askTeamHealth = async (actorId: string, now: Date) => {
    const actor = await dataSource.getRepository(User).findOneByOrFail({ tenantId: 'acme', id: actorId });
    await inTransaction(dataSource, async (em) => {
      const effects = await answerTeamHealth({ em, tenant: await tenant(), actor, now, inboxId: null, rules: ruleBook.forTenant('acme') });
      await persistEffects(em, { tenantId: 'acme', now }, effects);
    });
  };

  describe('the Friday list', () => {
    it('lists each manager’s own team’s deals silent 72 hours or more, biggest first, with the last words and their tags', async () => {
      expect(await runner('one').runAsOf(FRIDAY_WARNING_JOB, await tenant(), FRIDAY_1500)).toBe(2);
      const [teamA] = await cardsOf('mgr_a', 'friday-warning');
      // 72 h exactly is in, 71 h 59 min is out, a stage moved an hour ago is out, 线索 and 赢单 are out.
      expect(teamA.card.fields.map((f) => f.label)).toEqual(['大单重工有限公司', '正好七十二小时机械有限公司']);
      expect(teamA.card.title).toBe('本周沉默商机 2 个');
      expect(teamA.card.fields[0].value).toBe(
        '钱二 · 商务谈判 · 沉默7天 · 80万元 · 「大单王总说力士乐报价低了一成,要我们再让点」 · 价格、竞品',
      );
      expect(teamA.card.fields[1].value).toBe('赵一 · 初步接触 · 沉默3天 · 30万元 · 「约了下周去现场看设备」');
      expect(teamA.card.buttons.map((b) => b.label)).toEqual(['一键提醒']);
      expect(teamA.context.dealIds).toEqual(['d_big', 'd_exact']);
      // Team scoping: 孙三 sees only his own team's deal, 李强 never sees it.
      const [teamB] = await cardsOf('mgr_b', 'friday-warning');
      expect(teamB.context.dealIds).toEqual(['d_south']);
    });

    it('tells a manager with nothing silent so in one short line', async () => {
      // An hour before 15:00 on the Thursday, 赵一's deal is not yet 72 hours silent and 钱二's is.
      await runner('one').runAsOf(FRIDAY_WARNING_JOB, await tenant(), new Date(FRIDAY_1500.getTime() - 100 * 60 * MINUTE));
      const texts = (await dataSource.getRepository(OutboxItem).find()).filter((o) => o.recipientId === 'mgr_b');
      expect(texts.map((o) => o.message)).toEqual([{ type: 'text', text: expect.stringContaining('本周无沉默商机') }]);
    });
  });

  describe('catch-up and exactly once', () => {
    it('a process started at 15:40 sends that Friday’s list once; later ticks send nothing more', async () => {
      clock.set(new Date(FRIDAY_1500.getTime() + 40 * MINUTE));
      expect(await runner('late').runDue()).toBe(2);
      clock.advance(10 * MINUTE);
      expect(await runner('late').runDue()).toBe(0);
      expect(await runner('restarted').runDue()).toBe(0);
      expect(await fridayOutbox()).toHaveLength(2);
    });

    it('nothing is due at 14:59, and a process started on Saturday sends no stale list', async () => {
      clock.set(new Date(FRIDAY_1500.getTime() - MINUTE));
      expect(await runner('early').runDue()).toBe(0);
      clock.set(new Date(FRIDAY_1500.getTime() + 18 * 60 * MINUTE)); // Saturday 09:00
      expect(await runner('saturday').runDue()).toBe(0);
      expect(await dataSource.getRepository(OutboxItem).count()).toBe(0);
    });

    it('two instances on one database ticking at once send each manager one card', async () => {
      // SQLite serves one instance (README): there the two runners share the process's data source.
      const other = database.kind === 'mysql' ? await openDatabase(database.url) : dataSource;
      try {
        clock.set(new Date(FRIDAY_1500.getTime() + MINUTE));
        const sent = await Promise.all([
          runner('a').runDue(),
          runner('b', other).runDue(),
          runner('c').runDue(),
          runner('d', other).runDue(),
        ]);
        expect(sent.reduce((a, b) => a + b, 0)).toBe(2);
        const rows = await fridayOutbox();
        expect(rows.map((r) => r.recipientId).sort()).toEqual(['mgr_a', 'mgr_b']);
        expect(await dataSource.getRepository(JobRun).countBy({ job: 'friday-warning' })).toBe(1);
      } finally {
        if (other !== dataSource) await other.destroy();
      }
    });

    it('a manual run through the console claims the same period: twice sends once; an unknown job is a 404', async () => {
      const run = (name: string) =>
        fetch(`${bot.url}/console/api/jobs/${name}/run`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ tenantId: 'acme', at: FRIDAY_1500.toISOString() }),
        });
      expect(await (await run('friday-warning')).json()).toEqual({ job: 'friday-warning', sent: 2 });
      expect(await (await run('friday-warning')).json()).toEqual({ job: 'friday-warning', sent: 0 });
      const unknown = await run('weekly-report');
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: string }).error).toContain('没有名为「weekly-report」的任务');
    });

    it('a run taking over a stale claim writes only the cards its first holder had not written', async () => {
      const morning = new Date('2026-03-06T00:30:00Z'); // Friday 08:30 in Shanghai
      const period = { job: REP_BRIEFING_JOB.name, tenantId: 'acme', period: '2026-03-06' };
      // The first holder died 31 minutes ago, after writing 钱二's card.
      await dataSource
        .getRepository(JobRun)
        .insert({ ...period, instanceId: 'dead', startedAt: new Date(morning.getTime() - 31 * MINUTE), finishedAt: null });
      await inTransaction(dataSource, (em) =>
        persistEffects(em, { tenantId: 'acme', now: morning }, [
          { type: 'send-text', to: 'rep_a2', text: '今日待办', dedupeKey: `${period.job}:acme:${period.period}:rep_a2:0` },
        ]),
      );
      clock.set(morning);
      expect(await runner('one').runAsOf(REP_BRIEFING_JOB, await tenant(), morning)).toBe(2);
      const rows = (await dataSource.getRepository(OutboxItem).find()).filter((o) => o.dedupeKey?.startsWith(`${period.job}:`));
      expect(rows.map((r) => r.recipientId).sort()).toEqual(['rep_a1', 'rep_a2', 'rep_b1']);
    });
  });

  describe('daily briefings', () => {
    it('sends every manager the team numbers and every rep their day, on a workday morning', async () => {
      const morning = new Date('2026-03-06T00:30:00Z'); // Friday 08:30 in Shanghai
      expect(await runner('one').runAsOf(MANAGER_BRIEFING_JOB, await tenant(), morning)).toBe(2);
      expect(await runner('one').runAsOf(REP_BRIEFING_JOB, await tenant(), morning)).toBe(3);
      const [briefing] = await cardsOf('mgr_a', 'briefing-manager');
      expect(briefing.card.title).toBe('今日简报 · 华东一组');
      expect(briefing.card.fields.map((f) => f.label)).toEqual([
        '昨日新增优质线索',
        '逾期商机',
        '本周过程健康度',
        '过程指标',
        '首次跟进中位时长',
        '风险商机 top 5',
      ]);
      const field = (label: string) => briefing.card.fields.find((f) => f.label === label)?.value;
      // Scored 85 or more, created yesterday, the team's: 新线索优质 only (jobsTenantLeads).
      expect(field('昨日新增优质线索')).toBe('1 个');
      expect(field('过程指标')).toMatch(/^线索激活率 67% · 阶段跃迁率 .+ · 动作闭环率 .+$/);
      expect(field('首次跟进中位时长')).toBe('团队 7 小时;钱二 10 小时、赵一 4 小时');
      // 逾期: every deal of the team whose stage timer has run out or with a promise past due, not only yesterday's.
      const overdue = briefing.context['drill:overdue'] as string[];
      expect(overdue).toContain('d_big');
      expect(field('逾期商机')).toMatch(new RegExp(`^${overdue.length} 个\\(昨日新增 \\d+ 个\\)$`));
      // 大单 is furthest past its 48 h 商务谈判 timer; 华南's deal belongs to the other team.
      expect(field('风险商机 top 5')!.startsWith('大单重工有限公司')).toBe(true);
      expect(field('风险商机 top 5')).not.toContain('华南');

      clock.set(morning);
      await tap('mgr_a', briefing.id, 'drill:leads');
      const [page] = (await cardsOf('mgr_a', 'briefing-manager')).filter((c) => c.card.title.startsWith('昨日新增优质线索'));
      expect(page.card.title).toBe('昨日新增优质线索 · 第 1/1 页');
      expect(page.card.fields).toEqual([{ label: '新线索优质有限公司', value: '赵一 · 88分 · 3月5日 周四 10:00 进入 · 未跟进' }]);
      const [rep] = await cardsOf('rep_a1', 'briefing-rep');
      expect(rep.card.fields.map((f) => f.label)).toEqual(['今日承诺', '已逾期', '今日到期的阶段', '漏斗变化']);
    });

    it('answers 本周团队健康度 with the index, the three rates and the time to first touch; 线索激活率 drills down to the leads', async () => {
      await askTeamHealth('mgr_a', FRIDAY_1500);
      const [{ id, card }] = await cardsOf('mgr_a', 'briefing-manager');
      expect(card.title).toBe('本周团队健康度');
      expect(card.fields.map((f) => f.label)).toEqual(['本周过程健康度', '线索激活率', '阶段跃迁率', '动作闭环率', '首次跟进中位时长']);
      expect(card.fields[1].value).toBe('67%(上周 —)');
      expect(card.fields[4].value).toBe('团队 7 小时;钱二 10 小时、赵一 4 小时');

      await tap('mgr_a', id, 'drill:activation');
      const page = (await cardsOf('mgr_a', 'briefing-manager')).find((c) => c.card.title.startsWith('线索激活率'))!;
      expect(page.card.fields).toEqual([{ label: '错过线索有限公司', value: '钱二 · 70分 · 2月24日 周二 08:00 进入 · 未跟进' }]);
    });

    it('a rep taps 已完成 on a promise in the morning briefing: it is done, the deal counts as active, the button goes', async () => {
      const morning = new Date('2026-03-06T00:30:00Z'); // Friday 08:30 in Shanghai
      await dataSource.getRepository(Commitment).insert({
        id: 'cmt_briefing',
        tenantId: 'acme',
        customerId: 'c_exact',
        dealId: 'd_exact',
        activityId: null,
        ownerId: 'rep_a1',
        action: '发送设备参数表',
        dueAt: new Date('2026-03-06T06:00:00Z'),
        doneAt: null,
        createdAt: FRIDAY_1500,
      });
      clock.set(morning);
      await runner('one').runAsOf(REP_BRIEFING_JOB, await tenant(), morning);
      const [briefing] = await cardsOf('rep_a1', 'briefing-rep');
      expect(briefing.card.buttons[0]).toMatchObject({ actionId: 'done:cmt_briefing', label: '已完成 · 发送设备参数表' });

      clock.advance(30 * MINUTE);
      await tap('rep_a1', briefing.id, 'done:cmt_briefing');
      expect((await dataSource.getRepository(Commitment).findOneByOrFail({ id: 'cmt_briefing' })).doneAt).toEqual(clock.now());
      expect((await dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'acme', id: 'd_exact' })).lastActivityAt).toEqual(
        clock.now(),
      );
      const after = await dataSource.getRepository(CardRecord).findOneByOrFail({ id: briefing.id });
      expect(after.state).toBe('open');
      expect(after.card.buttons.some((b) => b.actionId === 'done:cmt_briefing')).toBe(false);
      expect(after.card.note).toContain('已完成:发送设备参数表');
      await dataSource.getRepository(Commitment).delete({ id: 'cmt_briefing' });
      await dataSource
        .getRepository(Deal)
        .update({ tenantId: 'acme', id: 'd_exact' }, { lastActivityAt: new Date(FRIDAY_1500.getTime() - 72 * 3_600_000) });
    });

    it("keeps each morning's health index per team, so Wednesday's briefing shows the week's trend", async () => {
      for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
        await runner('one').runAsOf(MANAGER_BRIEFING_JOB, await tenant(), new Date(`${day}T00:00:00Z`)); // 08:00 in Shanghai
      }
      const snapshots = await dataSource
        .getRepository(HealthSnapshot)
        .find({ where: { tenantId: 'acme', scopeId: 'mgr_a' }, order: { day: 'ASC' } });
      expect(snapshots.map((s) => s.day)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
      const wednesday = (await cardsOf('mgr_a', 'briefing-manager')).find((c) => c.card.subtitle?.includes('3月4日'))!;
      const points = snapshots.map((s) => Math.round(s.value * 100));
      expect(wednesday.card.fields.find((f) => f.label === '本周过程健康度')?.value).toContain(`本周 ${points.join(' → ')}`);
    });

    it('keeps last week when it closes; 上周 in the briefing and the answer read the kept value, never recomputed', async () => {
      const monday = new Date('2026-03-08T16:00:00Z'); // Monday 03-09 00:00 in Shanghai
      clock.set(monday);
      await runner('one').runDue(monday);
      const kept = async () =>
        new Map(
          (await dataSource.getRepository(WeekMetrics).find({ where: { tenantId: 'acme', week: '2026-03-02' } })).map((row) => [
            row.scopeId,
            row,
          ]),
        );
      const closed = await kept();
      expect([...closed.keys()].sort()).toEqual(['mgr_a', 'mgr_b', 'rep_a1', 'rep_a2', 'rep_b1', 'tenant']);
      const team = closed.get('mgr_a')!;
      expect(team.closedAt).toEqual(monday);
      // Team A's week (jobsTenantLeads): 2 of 3 leads activated, median 7 hours.
      expect(team.activationRate).toBeCloseTo(2 / 3, 10);
      expect(team.medianHoursToFirstTouch).toBe(7);

      // After the close a deal is worked on Sunday night after all: recomputing last week would now differ.
      const big = await dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'acme', id: 'd_big' });
      await dataSource.getRepository(Deal).update({ tenantId: 'acme', id: 'd_big' }, { lastActivityAt: new Date('2026-03-08T12:00:00Z') });
      try {
        const morning = new Date('2026-03-09T00:00:00Z'); // Monday 08:00
        clock.set(morning);
        await runner('one').runAsOf(MANAGER_BRIEFING_JOB, await tenant(), morning);
        const [briefing] = await cardsOf('mgr_a', 'briefing-manager');
        const lastWeekText = `上周 ${Math.round(team.healthIndex * 100)} 分`;
        expect(briefing.card.fields.find((f) => f.label === '本周过程健康度')?.value).toContain(lastWeekText);
        await askTeamHealth('mgr_a', morning);
        const answer = (await cardsOf('mgr_a', 'briefing-manager')).find((c) => c.card.title === '本周团队健康度')!;
        expect(answer.card.fields.find((f) => f.label === '本周过程健康度')?.value).toContain(lastWeekText);
        expect(answer.card.fields.find((f) => f.label === '线索激活率')?.value).toMatch(/\(上周 67%\)$/);
        // A second close changes nothing.
        await runner('two').runAsOf(WEEK_CLOSE_JOB, await tenant(), monday);
        expect(await kept()).toEqual(closed);
      } finally {
        await dataSource.getRepository(Deal).update({ tenantId: 'acme', id: 'd_big' }, { lastActivityAt: big.lastActivityAt });
      }
    });

    it('a reader who finds last week not kept (the bot was down at the close) keeps it once, and later readers read that', async () => {
      const morning = new Date('2026-03-09T00:00:00Z'); // Monday 08:00, no close ran
      clock.set(morning);
      await runner('one').runAsOf(MANAGER_BRIEFING_JOB, await tenant(), morning);
      const row = await dataSource.getRepository(WeekMetrics).findOneByOrFail({ tenantId: 'acme', scopeId: 'mgr_a', week: '2026-03-02' });
      expect(row.closedAt).toEqual(morning);
      await runner('one').runAsOf(MANAGER_BRIEFING_JOB, await tenant(), new Date('2026-03-10T00:00:00Z'));
      expect(await dataSource.getRepository(WeekMetrics).findOneByOrFail({ id: row.id })).toEqual(row);
    });

    it('is not sent on a weekend', async () => {
      clock.set(new Date('2026-03-07T00:30:00Z')); // Saturday 08:30
      expect(await runner('one').runDue()).toBe(0);
    });
  });

  describe('一键提醒', () => {
    it('sends each rep a card of their own silent deals and shows the manager who was nudged, once', async () => {
      await runner('one').runAsOf(FRIDAY_WARNING_JOB, await tenant(), FRIDAY_1500);
      const [list] = await cardsOf('mgr_a', 'friday-warning');
      clock.advance(20 * MINUTE);
      await tap('mgr_a', list.id, 'nudge-all');

      const [zhao] = await cardsOf('rep_a1', 'rep-nudge');
      const [qian] = await cardsOf('rep_a2', 'rep-nudge');
      expect(zhao.card.title).toBe('李强 提醒你跟进 1 个商机');
      expect(zhao.card.fields.map((f) => f.label)).toEqual(['正好七十二小时机械有限公司']);
      expect(qian.card.fields.map((f) => f.label)).toEqual(['大单重工有限公司']);
      expect(await cardsOf('rep_b1', 'rep-nudge')).toHaveLength(0);

      const updated = await dataSource.getRepository(CardRecord).findOneByOrFail({ id: list.id });
      expect(updated.state).toBe('done');
      expect(updated.card.note).toMatch(/^已提醒 (赵一 1 个、钱二 1 个|钱二 1 个、赵一 1 个) · 李强 · 3月6日 周五 15:20$/);

      await tap('mgr_a', list.id, 'nudge-all');
      expect(await dataSource.getRepository(CardRecord).countBy({ kind: 'rep-nudge' })).toBe(2);
      const replies = (await dataSource.getRepository(OutboxItem).find()).filter(
        (o) => o.recipientId === 'mgr_a' && o.message.type === 'text',
      );
      expect(replies.map((o) => o.message)).toEqual([{ type: 'text', text: expect.stringContaining('已经处理过') }]);
    });

    it('another manager cannot use the card', async () => {
      await runner('one').runAsOf(FRIDAY_WARNING_JOB, await tenant(), FRIDAY_1500);
      const [list] = await cardsOf('mgr_a', 'friday-warning');
      await tap('mgr_b', list.id, 'nudge-all');
      expect(await dataSource.getRepository(CardRecord).countBy({ kind: 'rep-nudge' })).toBe(0);
    });
  });

  describe('the weekly pool list and the lead scan', () => {
    const MONDAY_0900 = new Date('2026-03-09T01:00:00Z'); // Monday 09:00 in Shanghai
    const poolOutbox = async () =>
      (await dataSource.getRepository(OutboxItem).find()).filter((o) => o.dedupeKey?.startsWith('lead-pool-weekly:'));

    it('lists the pool to every manager on Monday at 09:00, once a week; caught up later that Monday, not on Tuesday', async () => {
      clock.set(new Date(MONDAY_0900.getTime() - MINUTE));
      await runner('one').runDue();
      expect(await poolOutbox()).toEqual([]);
      clock.set(MONDAY_0900);
      await runner('one').runDue();
      clock.advance(10 * MINUTE);
      await runner('two').runDue();
      const rows = await poolOutbox();
      expect(rows.map((r) => r.recipientId).sort()).toEqual(['mgr_a', 'mgr_b']);
      expect(rows[0].message).toEqual({ type: 'text', text: expect.stringMatching(/^公海线索 1 条(.+):\n· 公海线索有限公司 · 40分 · /) });

      for (const table of [JobRun, OutboxItem]) await dataSource.getRepository(table).clear();
      clock.set(new Date(MONDAY_0900.getTime() + 11 * 60 * MINUTE)); // Monday 20:00: down at 09:00, up now
      await runner('late').runDue();
      expect(await poolOutbox()).toHaveLength(2);
      for (const table of [JobRun, OutboxItem]) await dataSource.getRepository(table).clear();
      clock.set(new Date(MONDAY_0900.getTime() + 24 * 60 * MINUTE)); // Tuesday 09:00: that Monday's list is stale
      await runner('tuesday').runDue();
      expect(await poolOutbox()).toEqual([]);
    });

    it('the 10-minute scan tick runs the lead scan with the overdue scan: an unaccepted lead reaches its manager once', async () => {
      const escalations = async (leadId: string) =>
        (await cardsOf('mgr_a', 'lead-escalation')).filter((c) => c.context.leadId === leadId).map((c) => c.card.title);
      // 新线索优质 reached 赵一 on Thursday 10:00; 4 working hours ran out Thursday afternoon.
      clock.set(new Date('2026-03-05T02:00:00Z'));
      await runner('one').scanTick();
      expect(await escalations('l_hot')).toEqual([]);
      clock.set(FRIDAY_1500);
      const tick = await runner('one').scanTick();
      expect(tick.alerts).toBeGreaterThan(0);
      expect(tick.escalations).toBeGreaterThan(0);
      clock.advance(10 * MINUTE);
      expect((await runner('two').scanTick()).escalations).toBe(0);
      expect(await escalations('l_hot')).toEqual(['线索未接受 · 新线索优质有限公司']);
      // 错过线索 sat with 钱二 untouched for 10 days: back to the pool.
      expect(await dataSource.getRepository(LeadAssignment).findOneByOrFail({ id: 'a_l_missed' })).toMatchObject({ outcome: 'to_pool' });
    });
  });
}
