import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '../../migrations';
import { EntityManager, In, InsertQueryBuilder, UpdateQueryBuilder, type DataSource } from 'typeorm';
import { helpCard } from '../../cards/help.card';
import { createLogger } from '../../src/log';
import { DEFAULT_INBOX_OPTIONS, InboxWorker, type InboxHandler } from '../../src/pipeline/inbox-worker';
import { FAILED_REPLY, failedMessageNotices } from '../../src/flows/failed-message';
import { seedDemoTenant } from '../../src/tenant-import/demo-tenant';
import { InboxBatcher, storeInbound } from '../../src/pipeline/inbox';
import type { InboundEvent } from '../../src/pipeline/inbound-event';
import {
  DEFAULT_OUTBOX_OPTIONS,
  OutboxSender,
  type Delivery,
  type DeliveryOutcome,
  type OutboundChannel,
} from '../../src/pipeline/outbox-sender';
import { MemberDirectory } from '../../src/pipeline/member-directory';
import { requeueDead } from '../../src/pipeline/outbox-requeue';
import { persistEffects } from '../../src/pipeline/effects';
import { createDataSource, openDatabase } from '../../src/store/data-source';
import { CardRecord, Deal, InboxItem, MemberAccount, OutboxItem } from '../../src/store/entities';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';
import { TestClock } from '../support/test-clock';

const T0 = new Date('2026-03-02T02:15:00Z');

function textEvent(deliveryId: string, text = '今天拜访了华信'): InboundEvent {
  return { platform: 'wecom', tenantId: 't1', deliveryId, senderId: 'ZhangWei', receivedAt: T0, body: { kind: 'text', text } };
}

/** A channel that answers from a script, then succeeds; it records every delivery it was asked for. */
class ScriptedChannel implements OutboundChannel {
  readonly delivered: number[] = [];
  constructor(private readonly script: DeliveryOutcome[] = []) {}
  async deliver(item: Delivery): Promise<DeliveryOutcome> {
    const outcome = this.script.shift() ?? { ok: true };
    if (outcome.ok) this.delivered.push(item.id);
    return outcome;
  }
}

/** A channel whose deliveries of the rows it `holds` wait until the test releases them; it records what it started and finished. */
class GatedChannel implements OutboundChannel {
  readonly started: number[] = [];
  readonly delivered: number[] = [];
  private readonly gates = new Map<number, () => void>();
  constructor(private readonly holds: (item: Delivery) => boolean) {}
  async deliver(item: Delivery): Promise<DeliveryOutcome> {
    this.started.push(item.id);
    if (this.holds(item)) await new Promise<void>((resolve) => this.gates.set(item.id, resolve));
    this.delivered.push(item.id);
    return { ok: true };
  }
  release(id: number): void {
    this.gates.get(id)?.();
  }
}

const HOUR = 3_600_000;

/** Message `n` of `sender`. */
function memberEvent(sender: string, n: number): InboundEvent {
  return { ...textEvent(`${sender}-${n}`, `${sender}的第${n}条`), senderId: sender };
}

/** Stores `perMember` messages of each member, interleaved: the first of each, then the second of each… */
async function storeInterleaved(dataSource: DataSource, members: string[], perMember: number): Promise<void> {
  for (let n = 1; n <= perMember; n++) for (const member of members) await storeInbound(dataSource, memberEvent(member, n));
}

/**
 * An inbox handler that answers every message with a receipt to its sender (the delivery id as text)
 * and counts how many messages of one sender, and in all, were in hand at once (across every worker
 * it serves). Messages it `holds` wait for the test (a slow model); a message it `fails` throws once.
 */
class RecordingHandler {
  readonly started: string[] = [];
  maxPerSender = 0;
  maxAtOnce = 0;
  private readonly inHand = new Map<string, number>();
  private readonly gates = new Map<string, () => void>();
  private readonly failed = new Set<string>();

  constructor(private readonly options: { holds?: (deliveryId: string) => boolean; fails?: (deliveryId: string) => boolean } = {}) {}

  readonly handle: InboxHandler = async (row) => {
    this.started.push(row.deliveryId);
    this.count(row.senderId, +1);
    try {
      if (this.options.holds?.(row.deliveryId)) await new Promise<void>((resolve) => this.gates.set(row.deliveryId, resolve));
      else await new Promise((resolve) => setImmediate(resolve)); // other lanes get their turn meanwhile
      if (this.options.fails?.(row.deliveryId) && !this.failed.has(row.deliveryId)) {
        this.failed.add(row.deliveryId);
        throw new Error('model failed');
      }
    } finally {
      this.count(row.senderId, -1);
    }
    return { apply: async () => [{ type: 'send-text', to: row.senderId, text: row.deliveryId }] };
  };

  release(deliveryId: string): void {
    this.gates.get(deliveryId)?.();
  }

  private count(sender: string, by: number): void {
    this.inHand.set(sender, (this.inHand.get(sender) ?? 0) + by);
    this.maxPerSender = Math.max(this.maxPerSender, this.inHand.get(sender)!);
    this.maxAtOnce = Math.max(
      this.maxAtOnce,
      [...this.inHand.values()].reduce((sum, n) => sum + n, 0),
    );
  }
}

/** The receipts each member got, in the order they were queued. */
async function receiptsByMember(dataSource: DataSource): Promise<Record<string, string[]>> {
  const receipts: Record<string, string[]> = {};
  for (const row of await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } })) {
    (receipts[row.recipientId] ??= []).push((row.message as { text: string }).text);
  }
  return receipts;
}

/** Each member's deliveries 1..perMember, in order: what every member must get, exactly once. */
function inOrder(members: string[], perMember: number): Record<string, string[]> {
  return Object.fromEntries(members.map((member) => [member, Array.from({ length: perMember }, (_, i) => `${member}-${i + 1}`)]));
}

/** `count` texts, the i-th to recipients[i % recipients.length] (members on WeCom), queued at `now`. */
async function enqueueTexts(dataSource: DataSource, count: number, recipients = ['zhangwei'], now = T0): Promise<void> {
  await onWecom(dataSource, recipients);
  const effects = Array.from({ length: count }, (_, i) => ({
    type: 'send-text' as const,
    to: recipients[i % recipients.length]!,
    text: `第${i + 1}条`,
  }));
  await dataSource.transaction((em) => persistEffects(em, { tenantId: 't1', now }, effects));
}

/** Members of t1 with a WeCom account of the same name, so that the sender routes their messages to WeCom. */
async function onWecom(dataSource: DataSource, members: string[]): Promise<void> {
  const accounts = members.map((userId) => ({
    tenantId: 't1',
    userId,
    platform: 'wecom',
    accountId: userId,
    createdAt: T0,
    updatedAt: T0,
  }));
  await dataSource.getRepository(MemberAccount).upsert(accounts, ['tenantId', 'userId', 'platform']);
}

/** A directory that knows the console names people by member id, as the running bot's does. */
const CONSOLE_MEMBERS = new MemberDirectory([{ name: 'console', membersById: true }]);

export function pipelineScenarios(makeDatabase: TestDatabaseFactory): void {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await makeDatabase();
    dataSource = await openDatabase(database.url);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });
  beforeEach(async () => {
    await dataSource.getRepository(InboxItem).clear();
    await dataSource.getRepository(OutboxItem).clear();
  });

  describe('migrations', () => {
    it('reverts and re-applies cleanly on this database', async () => {
      const other = createDataSource(database.url);
      await other.initialize();
      for (let i = 0; i < MIGRATIONS.length; i++) await other.undoLastMigration({ transaction: 'each' });
      // One query runner, released: each holds a connection of the pool until it is.
      const runner = other.createQueryRunner();
      expect(await runner.hasTable('deals')).toBe(false);
      const applied = await other.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      for (const table of [
        'tenants',
        'users',
        'customers',
        'contacts',
        'deals',
        'activities',
        'customer_signals',
        'commitments',
        'stage_transitions',
        'inbox',
        'outbox',
        'cards',
        'job_runs',
        'console_feed',
        'llm_usage',
        'deal_evidence',
        'breach_alerts',
        'member_accounts',
      ]) {
        expect(await runner.hasTable(table), table).toBe(true);
      }
      expect(await runner.hasColumn('inbox', 'conversationId')).toBe(true);
      await runner.release();
      await other.destroy();
    });
  });

  describe('inbox', () => {
    it('stores a delivery repeated three times once, and the worker processes it once', async () => {
      const results = [];
      for (let i = 0; i < 3; i++) results.push(await storeInbound(dataSource, textEvent('msg-1')));
      expect(results.map((r) => r.stored)).toEqual([true, false, false]);

      const handled: number[] = [];
      const worker = new InboxWorker(
        dataSource,
        async (row) => {
          handled.push(row.id);
          return { apply: async () => [] };
        },
        new TestClock(T0),
      );
      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      expect(handled).toHaveLength(1);
      expect(await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: 'msg-1' })).toMatchObject({
        status: 'done',
        attempts: 1,
      });
    });

    it('the batcher stores 300 concurrent deliveries, each redelivered twice, once each, and answers every caller', async () => {
      const batcher = new InboxBatcher(dataSource);
      const events = Array.from({ length: 300 }, (_, i) => textEvent(`burst-${i}`));
      await Promise.all([...events, ...events, ...events].map((event) => batcher.store(event)));
      expect(await dataSource.getRepository(InboxItem).count()).toBe(300);
      const rows = await dataSource.getRepository(InboxItem).find();
      expect(new Set(rows.map((row) => row.deliveryId)).size).toBe(300);
      expect(rows.every((row) => row.status === 'pending' && row.attempts === 0)).toBe(true);
    });

    it('a batch of 100 deliveries with 4 the database refuses stores the 96 good ones, and the log shows ids and sizes, never texts or SQL values', async () => {
      const logged: string[] = [];
      const memory = new Writable({ write: (chunk, _encoding, next) => (logged.push(String(chunk)), next()) });
      const batcher = new InboxBatcher(dataSource, createLogger(memory, 'info'));
      // A null sender breaks NOT NULL on both databases: the database itself refuses these four rows.
      const events = Array.from({ length: 100 }, (_, i) =>
        i % 25 === 7 ? { ...textEvent(`poison-${i}`, `坏消息${i}号`), senderId: null as never } : textEvent(`good-${i}`, `好消息${i}号`),
      );
      const outcomes = await Promise.allSettled(events.map((event) => batcher.store(event)));
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(96);
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toHaveLength(4);
      const rows = await dataSource.getRepository(InboxItem).find();
      expect(rows.map((row) => row.deliveryId).sort()).toEqual(
        events
          .filter((e) => e.senderId)
          .map((e) => e.deliveryId)
          .sort(),
      );
      const log = logged.join('');
      expect(log).toContain('poison-7');
      expect(log).not.toMatch(/消息\d+号/);
      expect(log).not.toMatch(/parameters|driverError/);
    });

    it('the batcher stores again after the database closed its connections (a restart, an idle timeout)', async () => {
      const batcher = new InboxBatcher(dataSource);
      await batcher.store(textEvent('before-close'));
      if (database.kind === 'mysql') {
        const others = await dataSource.query(
          'SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()',
        );
        for (const { id } of others as { id: number }[]) await dataSource.query(`KILL ${Number(id)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      await batcher.store(textEvent('after-close'));
      const stored = await dataSource.getRepository(InboxItem).find({ order: { id: 'ASC' } });
      expect(stored.map((row) => row.deliveryId)).toEqual(['before-close', 'after-close']);
    });

    it('the same delivery id on another platform is a different delivery', async () => {
      await storeInbound(dataSource, textEvent('shared-id'));
      const other = await storeInbound(dataSource, { ...textEvent('shared-id'), platform: 'dingtalk' });
      expect(other.stored).toBe(true);
    });

    it('a failing handler is retried after a backoff and its effects are written only once it succeeds', async () => {
      await storeInbound(dataSource, textEvent('msg-flaky'));
      const clock = new TestClock(T0);
      let calls = 0;
      const worker = new InboxWorker(
        dataSource,
        async () => {
          calls += 1;
          if (calls === 1) throw new Error('database blinked');
          return { apply: async () => [{ type: 'send-text', to: 'zhangwei', text: '已记录' }] };
        },
        clock,
      );
      await worker.runOnce();
      expect(await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: 'msg-flaky' })).toMatchObject({
        status: 'pending',
        lastError: expect.stringContaining('database blinked'),
      });
      expect(await dataSource.getRepository(OutboxItem).count()).toBe(0);
      expect(await worker.runOnce()).toBe(0); // still backing off
      clock.advance(60_000);
      await worker.runOnce();
      expect(await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: 'msg-flaky' })).toMatchObject({
        status: 'done',
        attempts: 2,
      });
      expect(await dataSource.getRepository(OutboxItem).count()).toBe(1);
    });

    it('a reply to a group message goes back to the group, on its platform; a notice to someone else stays one-to-one and waits for its platform', async () => {
      await new InboxBatcher(dataSource).store({ ...textEvent('msg-group'), platform: 'dingtalk', conversation: { id: 'cidGroup1' } });
      const worker = new InboxWorker(
        dataSource,
        async () => ({
          actorId: 'zhangwei',
          apply: async () => [
            { type: 'send-text', to: 'zhangwei', text: '已记录' },
            { type: 'send-text', to: 'liming', text: '张伟记了一条' },
          ],
        }),
        new TestClock(T0),
      );
      await worker.runOnce();
      expect((await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: 'msg-group' })).conversationId).toBe('cidGroup1');
      const sent = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      expect(sent.map((row) => row.message)).toEqual([
        // The reply names the account it goes to (the one the message came from): no lookup when it is sent.
        { type: 'text', text: '已记录', conversationId: 'cidGroup1', account: 'ZhangWei' },
        { type: 'text', text: '张伟记了一条' },
      ]);
      expect(sent.map((row) => row.platform)).toEqual(['dingtalk', null]);
    });

    it('a flow that throws inside its transaction leaves no partial effects', async () => {
      await storeInbound(dataSource, textEvent('msg-rollback'));
      const worker = new InboxWorker(
        dataSource,
        async () => ({
          apply: async (em) => {
            await persistEffects(em, { tenantId: 't1', now: T0 }, [{ type: 'send-text', to: 'zhangwei', text: '半截' }]);
            throw new Error('flow failed after writing');
          },
        }),
        new TestClock(T0),
      );
      await worker.runOnce();
      expect(await dataSource.getRepository(OutboxItem).count()).toBe(0);
      expect((await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: 'msg-rollback' })).status).toBe('pending');
    });

    it('messages finishing together share a transaction, and one whose flow throws there fails alone: the others keep their writes', async () => {
      const members = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
      await storeInterleaved(dataSource, members, 1);
      // Every message waits until all are in hand, so that they reach the commit together.
      let release!: () => void;
      const allInHand = new Promise<void>((resolve) => (release = resolve));
      let inHand = 0;
      const worker = new InboxWorker(
        dataSource,
        async (row) => {
          if (++inHand === members.length) release();
          await allInHand;
          return {
            apply: async (em) => {
              const receipt = [{ type: 'send-text' as const, to: row.senderId, text: row.deliveryId }];
              await persistEffects(em, { tenantId: 't1', now: T0 }, receipt);
              if (row.deliveryId === 'm7-1') throw new Error('flow failed after writing');
              return [];
            },
          };
        },
        new TestClock(T0),
      );
      expect(await worker.runOnce()).toBe(12);
      const rows = await dataSource.getRepository(InboxItem).find({ order: { id: 'ASC' } });
      expect(rows.filter((row) => row.status === 'done').map((row) => row.deliveryId)).toEqual(
        members.filter((m) => m !== 'm7').map((m) => `${m}-1`),
      );
      expect(rows.find((row) => row.deliveryId === 'm7-1')).toMatchObject({ status: 'pending', attempts: 1 });
      const receipts = await receiptsByMember(dataSource);
      expect(Object.keys(receipts).sort()).toEqual(members.filter((m) => m !== 'm7').sort());
      expect(Object.values(receipts).every((texts) => texts.length === 1)).toBe(true);
    });
  });

  describe('lanes: one member in order, members side by side', () => {
    const MEMBERS = ['zhang', 'wang', 'li', 'zhao'];

    it('a slow model for one member holds up only that member: the others are handled side by side, and each member in order', async () => {
      await storeInterleaved(dataSource, MEMBERS, 3);
      const recorder = new RecordingHandler({ holds: (id) => id === 'zhang-1' });
      const pass = new InboxWorker(dataSource, recorder.handle, new TestClock(T0)).runOnce();
      await expect.poll(async () => dataSource.getRepository(InboxItem).countBy({ status: 'done' })).toBe(9);
      expect(recorder.started.filter((id) => id.startsWith('zhang'))).toEqual(['zhang-1']);
      recorder.release('zhang-1');
      expect(await pass).toBe(12);
      expect(await receiptsByMember(dataSource)).toEqual(inOrder(MEMBERS, 3));
      expect(recorder.maxPerSender).toBe(1);
      expect(recorder.maxAtOnce).toBeGreaterThan(1);
    });

    it('messages finished together are settled in shared transactions, their receipts written in one insert each: every member still in order', async () => {
      const members = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
      await storeInterleaved(dataSource, members, 2);
      // Every first message waits until all twelve are in hand, so that they finish together.
      const recorder = new RecordingHandler({ holds: (id) => id.endsWith('-1') });
      const inserts = vi.spyOn(InsertQueryBuilder.prototype, 'execute');
      const worker = new InboxWorker(dataSource, recorder.handle, new TestClock(T0));
      const pass = worker.runOnce();
      await expect.poll(() => recorder.started.length, { timeout: 10_000 }).toBe(12);
      for (const member of members) recorder.release(`${member}-1`);
      // A claim skips rows another transaction has locked for the moment (MySQL's SKIP LOCKED); the next pass takes them.
      let handled = await pass;
      while (handled < 24) handled += await worker.runOnce();
      const outboxInserts = (inserts.mock.contexts as InsertQueryBuilder<object>[]).filter(
        (builder) => builder.expressionMap.mainAlias?.target === OutboxItem,
      );
      inserts.mockRestore();
      expect(outboxInserts.length).toBeLessThan(24);
      expect(await receiptsByMember(dataSource)).toEqual(inOrder(members, 2));
    });

    it('a message another instance took over while the group was in hand is left to it; the rest of the group is settled', async () => {
      const members = Array.from({ length: 12 }, (_, i) => `t${i + 1}`);
      await storeInterleaved(dataSource, members, 1);
      const recorder = new RecordingHandler({ holds: () => true });
      const pass = new InboxWorker(dataSource, recorder.handle, new TestClock(T0)).runOnce();
      await expect.poll(() => recorder.started.length, { timeout: 10_000 }).toBe(12);
      // Another instance's claim on t5's message: the same row, one attempt further.
      const inbox = dataSource.getRepository(InboxItem);
      const takenOver = await inbox.findOneByOrFail({ deliveryId: 't5-1' });
      await inbox.increment({ id: takenOver.id }, 'attempts', 1);
      for (const member of members) recorder.release(`${member}-1`);
      await pass;
      expect(await inbox.findOneByOrFail({ id: takenOver.id })).toMatchObject({ status: 'processing', attempts: takenOver.attempts + 1 });
      expect(await inbox.countBy({ status: 'done' })).toBe(11);
      const receipts = await receiptsByMember(dataSource);
      expect(receipts.t5).toBeUndefined();
      expect(Object.keys(receipts)).toHaveLength(11);
    });

    it('a card update written between two sends to one member stays between them', async () => {
      await onWecom(dataSource, ['zhangwei']);
      const first = { ...helpCard(), id: 'card_first' };
      await dataSource.transaction((em) =>
        persistEffects(em, { tenantId: 't1', now: T0 }, [{ type: 'send-card', to: 'zhangwei', card: first }]),
      );
      await dataSource.transaction((em) =>
        persistEffects(em, { tenantId: 't1', now: T0 }, [
          { type: 'send-text', to: 'zhangwei', text: '之前' },
          { type: 'update-card', cardId: first.id, card: { ...first, state: 'done' } },
          { type: 'send-text', to: 'zhangwei', text: '之后' },
        ]),
      );
      const rows = await dataSource.getRepository(OutboxItem).find({ where: { recipientId: 'zhangwei' }, order: { id: 'ASC' } });
      expect(rows.map(({ message }) => (message.type === 'text' ? message.text : message.type))).toEqual([
        'card',
        '之前',
        'card-update',
        '之后',
      ]);
    });

    it("a failing message backs off alone: its member's next messages wait for it, the others go on", async () => {
      await storeInterleaved(dataSource, MEMBERS, 2);
      const clock = new TestClock(T0);
      const recorder = new RecordingHandler({ fails: (id) => id === 'wang-1' });
      const worker = new InboxWorker(dataSource, recorder.handle, clock);
      expect(await worker.runOnce()).toBe(7);
      expect(recorder.started).not.toContain('wang-2');
      expect((await receiptsByMember(dataSource)).wang).toBeUndefined();
      clock.advance(60_000);
      expect(await worker.runOnce()).toBe(2);
      expect(await receiptsByMember(dataSource)).toEqual(inOrder(MEMBERS, 2));
    });

    it('two instances draining one inbox never hold two messages of one member at once, and every message gets one receipt, in order', async () => {
      const members = ['m1', 'm2', 'm3'];
      await storeInterleaved(dataSource, members, 8);
      // On MySQL the second instance has its own connections; SQLite serves one instance, so it shares the file's.
      const second = database.kind === 'mysql' ? await openDatabase(database.url) : dataSource;
      try {
        const recorder = new RecordingHandler();
        // More places than members: a claim that ignored lanes would take two messages of one member.
        const options = { ...DEFAULT_INBOX_OPTIONS, concurrency: 4 };
        const workers = [dataSource, second].map((source) => new InboxWorker(source, recorder.handle, new TestClock(T0), {}, options));
        await Promise.all(
          workers.map(async (worker) => {
            while ((await worker.runOnce()) > 0);
          }),
        );
        expect(await dataSource.getRepository(InboxItem).countBy({ status: 'done' })).toBe(24);
        expect(await receiptsByMember(dataSource)).toEqual(inOrder(members, 8));
        expect(recorder.maxPerSender).toBe(1);
      } finally {
        if (second !== dataSource) await second.destroy();
      }
    });

    it('an instance that dies holding messages loses and doubles nothing: after the leases run out another continues each member in order', async () => {
      await storeInterleaved(dataSource, ['zhang', 'wang', 'li'], 3);
      const clock = new TestClock(T0);
      const hung = new RecordingHandler({ holds: () => true });
      const options = { ...DEFAULT_INBOX_OPTIONS, concurrency: 3, heartbeatMs: HOUR };
      // Never settles: the handler holds the rows, as a process that died would.
      void new InboxWorker(dataSource, hung.handle, clock, {}, options).runOnce();
      await expect.poll(() => hung.started.length).toBe(3);
      expect(hung.started.sort()).toEqual(['li-1', 'wang-1', 'zhang-1']);

      const recorder = new RecordingHandler();
      const survivor = new InboxWorker(dataSource, recorder.handle, clock);
      expect(await survivor.runOnce()).toBe(0); // every member's oldest message is still leased to the dead one
      clock.advance(60_001);
      expect(await survivor.runOnce()).toBe(9);
      expect(await receiptsByMember(dataSource)).toEqual(inOrder(['zhang', 'wang', 'li'], 3));
      const rows = await dataSource.getRepository(InboxItem).find({ order: { id: 'ASC' } });
      expect(rows.map((row) => [row.deliveryId, row.status, row.attempts])).toEqual(
        ['1', '2', '3'].flatMap((n) => ['zhang', 'wang', 'li'].map((member) => [`${member}-${n}`, 'done', n === '1' ? 2 : 1])),
      );
    });
  });

  describe('a message given up', () => {
    const DOOMED_TEXT = '华信报价12000亿';
    /** 张伟's message on the console, in the demo tenant (its admin is `admin`). */
    const storeDoomed = async (deliveryId: string): Promise<InboxItem> => {
      await seedDemoTenant(dataSource, T0);
      const event: InboundEvent = { ...textEvent(deliveryId, DOOMED_TEXT), platform: 'console', tenantId: 'demo', senderId: 'zhangwei' };
      await storeInbound(dataSource, event);
      return dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId });
    };
    const expectToldOnce = async (row: InboxItem) => {
      const sent = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      expect(sent.map(({ recipientId, message }) => ({ recipientId, message }))).toEqual([
        { recipientId: 'zhangwei', message: { type: 'text', text: FAILED_REPLY, account: 'zhangwei' } },
        {
          recipientId: 'admin',
          message: { type: 'text', text: `张伟 发来的一条消息没能处理,已停止重试(收件箱 #${row.id}),请查看服务日志。` },
        },
      ]);
      // The admins learn whose message and which row, never its words.
      expect(JSON.stringify(sent)).not.toContain(DOOMED_TEXT);
    };

    it('a message that fails at every attempt is given up after the fifth; its sender and the admins are told, once', async () => {
      const row = await storeDoomed('msg-doomed');
      const clock = new TestClock(T0);
      let calls = 0;
      const failing: InboxHandler = async () => {
        calls += 1;
        throw new Error('still broken');
      };
      const worker = new InboxWorker(dataSource, failing, clock, { gaveUp: failedMessageNotices(CONSOLE_MEMBERS) });
      for (let attempt = 1; attempt <= 6; attempt++) {
        await worker.runOnce();
        clock.advance(120_000);
      }
      expect(calls).toBe(DEFAULT_INBOX_OPTIONS.maxAttempts);
      expect(await dataSource.getRepository(InboxItem).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'failed', attempts: 5 });
      await expectToldOnce(row);
    });

    it('a value the database refuses gives up at the first attempt instead of retrying, and is told once', async () => {
      const row = await storeDoomed('msg-refused');
      let calls = 0;
      const refused: InboxHandler = async () => {
        calls += 1;
        return {
          actorId: 'zhangwei',
          apply: async (em) => {
            // MariaDB refuses this amount itself; SQLite keeps any value, so there its refusal is raised as mysql2 reports it.
            await em.update(Deal, { tenantId: 'demo', id: 'deal_huaxin_pump' }, { amount: 1.2e12 });
            throw Object.assign(new Error("Out of range value for column 'amount' at row 1"), {
              code: 'ER_WARN_DATA_OUT_OF_RANGE',
              errno: 1264,
            });
          },
        };
      };
      const clock = new TestClock(T0);
      const worker = new InboxWorker(dataSource, refused, clock, { gaveUp: failedMessageNotices(CONSOLE_MEMBERS) });
      await worker.runOnce();
      clock.advance(120_000);
      await worker.runOnce();
      expect(calls).toBe(1);
      expect(await dataSource.getRepository(InboxItem).findOneByOrFail({ id: row.id })).toMatchObject({ status: 'failed', attempts: 1 });
      expect((await dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', id: 'deal_huaxin_pump' })).amount).toBe(500_000);
      await expectToldOnce(row);
    });
  });

  describe('outbox', () => {
    it("sends a notice to the member's platform: the one they last wrote from, else their first enabled one, else the console", async () => {
      await onWecom(dataSource, ['zhangwei']);
      await dataSource
        .getRepository(MemberAccount)
        .save({ tenantId: 't1', userId: 'zhangwei', platform: 'dingtalk', accountId: 'staff-zw', createdAt: T0, updatedAt: T0 });
      const got: string[] = [];
      const channel = (name: string): OutboundChannel => ({
        deliver: async ({ to }) => {
          got.push(`${name}:${to}`);
          return { ok: true };
        },
      });
      const sender = new OutboxSender(
        dataSource,
        { wecom: channel('wecom'), dingtalk: channel('dingtalk'), console: channel('console') },
        new TestClock(T0),
        DEFAULT_OUTBOX_OPTIONS,
        CONSOLE_MEMBERS,
      );
      const notify = (to: string) =>
        dataSource.transaction((em) => persistEffects(em, { tenantId: 't1', now: T0 }, [{ type: 'send-text', to, text: '通知' }]));
      await notify('zhangwei');
      await sender.runOnce();
      await storeInbound(dataSource, { ...textEvent('from-dingtalk'), platform: 'dingtalk', senderId: 'staff-zw' });
      await notify('zhangwei');
      await sender.runOnce();
      await notify('nobody');
      await sender.runOnce();
      expect(got).toEqual(['wecom:zhangwei', 'dingtalk:staff-zw', 'console:nobody']);
      const rows = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      expect(rows.map((row) => [row.status, row.platform])).toEqual([
        ['sent', 'wecom'],
        ['sent', 'dingtalk'],
        ['sent', 'console'],
      ]);
    });

    it('retries a retryable failure with exponential backoff and delivers once', async () => {
      await enqueueTexts(dataSource, 1);
      const clock = new TestClock(T0);
      const channel = new ScriptedChannel([
        { ok: false, retryable: true, reason: 'HTTP 500' },
        { ok: false, retryable: true, reason: 'errcode 45009' },
      ]);
      const sender = new OutboxSender(dataSource, { wecom: channel }, clock);
      const waits: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        await sender.runOnce();
        const row = await dataSource.getRepository(OutboxItem).findOneByOrFail({});
        if (row.status === 'sent') break;
        waits.push(row.availableAt.getTime() - clock.now().getTime());
        expect(await sender.runOnce()).toBe(0); // not due yet
        clock.set(row.availableAt);
      }
      const row = await dataSource.getRepository(OutboxItem).findOneByOrFail({});
      expect(row).toMatchObject({ status: 'sent', attempts: 3 });
      expect(channel.delivered).toEqual([row.id]);
      // Full-jitter backoff: the second wait's ceiling is twice the first's (base 2 s).
      expect(waits[0]).toBeGreaterThanOrEqual(1_000);
      expect(waits[0]).toBeLessThanOrEqual(2_000);
      expect(waits[1]).toBeGreaterThanOrEqual(2_000);
      expect(waits[1]).toBeLessThanOrEqual(4_000);
    });

    it('honours a retry-after given by the platform', async () => {
      await enqueueTexts(dataSource, 1);
      const clock = new TestClock(T0);
      const sender = new OutboxSender(
        dataSource,
        { wecom: new ScriptedChannel([{ ok: false, retryable: true, reason: '45009', retryAfterMs: 60_000 }]) },
        clock,
      );
      await sender.runOnce();
      const row = await dataSource.getRepository(OutboxItem).findOneByOrFail({});
      expect(row.availableAt.getTime() - T0.getTime()).toBe(60_000);
    });

    it('a permanent failure is kept as dead with its reason, not retried', async () => {
      await enqueueTexts(dataSource, 1);
      const sender = new OutboxSender(
        dataSource,
        { wecom: new ScriptedChannel([{ ok: false, retryable: false, reason: 'errcode 81013: user not found' }]) },
        new TestClock(T0),
      );
      await sender.runOnce();
      expect(await dataSource.getRepository(OutboxItem).findOneByOrFail({})).toMatchObject({
        status: 'dead',
        lastError: 'errcode 81013: user not found',
      });
    });

    it('a message claimed by a process that died is delivered by the next process once its lease runs out', async () => {
      await enqueueTexts(dataSource, 1);
      const clock = new TestClock(T0);
      // The first process claims the row and dies before settling it: simulate with a channel that never answers.
      const hung = new OutboxSender(dataSource, { wecom: { deliver: () => new Promise<DeliveryOutcome>(() => {}) } }, clock);
      void hung.runOnce(); // never settles: the channel never answers
      await expect.poll(async () => (await dataSource.getRepository(OutboxItem).findOneByOrFail({})).status).toBe('sending');

      const channel = new ScriptedChannel();
      const restarted = new OutboxSender(dataSource, { wecom: channel }, clock);
      expect(await restarted.runOnce()).toBe(0); // the lease still holds
      clock.advance(60_001);
      expect(await restarted.runOnce()).toBe(1);
      expect(channel.delivered).toHaveLength(1);
      expect(await dataSource.getRepository(OutboxItem).findOneByOrFail({})).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('keeps retrying a retryable failure past the old dead point of 12 attempts, backing off at most 10 minutes, until 48 hours after it was queued', async () => {
      await enqueueTexts(dataSource, 1);
      const clock = new TestClock(T0);
      const blocked: OutboundChannel = {
        deliver: async () => ({ ok: false, retryable: true, reason: 'errcode 45009', retryAfterMs: 60_000 }),
      };
      const sender = new OutboxSender(dataSource, { wecom: blocked }, clock);
      const outbox = dataSource.getRepository(OutboxItem);
      let row = await outbox.findOneByOrFail({});
      while (row.status === 'pending') {
        clock.set(row.availableAt);
        expect(await sender.runOnce()).toBe(1);
        row = await outbox.findOneByOrFail({});
        const age = clock.now().getTime() - T0.getTime();
        if (age < 48 * HOUR) expect(row.status).toBe('pending');
        expect(row.availableAt.getTime() - clock.now().getTime()).toBeLessThanOrEqual(10 * 60_000);
      }
      expect(row).toMatchObject({ status: 'dead', lastError: 'errcode 45009' });
      expect(clock.now().getTime() - T0.getTime()).toBeGreaterThanOrEqual(48 * HOUR);
      expect(row.attempts).toBeGreaterThan(24 * 6);
      expect(sender.health.failureCounts()).toEqual([{ platform: 'wecom', kind: 'retryable', count: row.attempts }]);
    });

    it('re-queues dead rows by id, platform or tenant, due at once and with a fresh retry window', async () => {
      await enqueueTexts(dataSource, 3);
      const clock = new TestClock(T0);
      const refusing = new ScriptedChannel(Array.from({ length: 3 }, () => ({ ok: false, retryable: false, reason: 'errcode 81013' })));
      await new OutboxSender(dataSource, { wecom: refusing }, clock).runOnce();
      const outbox = dataSource.getRepository(OutboxItem);
      const [first, second] = await outbox.find({ order: { id: 'ASC' } });
      expect(await outbox.countBy({ status: 'dead' })).toBe(3);

      clock.advance(72 * HOUR);
      expect(await requeueDead(dataSource, { platform: 'dingtalk' }, clock.now())).toEqual([]);
      expect(await requeueDead(dataSource, { tenantId: 'other' }, clock.now())).toEqual([]);
      const requeued = await requeueDead(dataSource, { id: second!.id, platform: 'wecom', tenantId: 't1' }, clock.now());
      expect(requeued.map((row) => row.id)).toEqual([second!.id]);
      expect(await outbox.findOneByOrFail({ id: second!.id })).toMatchObject({ status: 'pending', requeuedAt: clock.now() });
      expect(await outbox.countBy({ status: 'dead' })).toBe(2);

      // Three days after it was queued, a retryable failure does not kill it: its window restarted.
      const flaky = new ScriptedChannel([{ ok: false, retryable: true, reason: 'HTTP 502' }]);
      const sender = new OutboxSender(dataSource, { wecom: flaky }, clock);
      await sender.runOnce();
      expect((await outbox.findOneByOrFail({ id: second!.id })).status).toBe('pending');
      clock.advance(60_000);
      await sender.runOnce();
      expect(flaky.delivered).toEqual([second!.id]);
      expect((await outbox.findOneByOrFail({ id: first!.id })).status).toBe('dead');
    });

    it('a send slower than the lease keeps its claim: another instance finds nothing to take, and it is sent once', async () => {
      await enqueueTexts(dataSource, 1);
      const clock = new TestClock(T0);
      const slow = new GatedChannel(() => true);
      const first = new OutboxSender(dataSource, { wecom: slow }, clock, { ...DEFAULT_OUTBOX_OPTIONS, heartbeatMs: 10 });
      const pass = first.runOnce();
      await expect.poll(() => slow.started.length).toBe(1);
      const otherChannel = new ScriptedChannel();
      const other = new OutboxSender(dataSource, { wecom: otherChannel }, clock);
      const outbox = dataSource.getRepository(OutboxItem);
      for (let lease = 0; lease < 3; lease++) {
        clock.advance(60_001);
        // The heartbeat gives the row a new lease from the moved clock; only then does the other look.
        await expect.poll(async () => (await outbox.findOneByOrFail({})).availableAt > clock.now()).toBe(true);
        expect(await other.runOnce()).toBe(0);
      }
      slow.release(slow.started[0]!);
      await pass;
      expect(otherChannel.delivered).toEqual([]);
      expect(await outbox.findOneByOrFail({})).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it("a recipient's next message is claimed by no instance while the one before it is being sent", async () => {
      await enqueueTexts(dataSource, 2);
      const [first, second] = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      const slow = new GatedChannel((item) => item.id === first!.id);
      const pass = new OutboxSender(dataSource, { wecom: slow }, new TestClock(T0)).runOnce();
      await expect.poll(() => slow.started.length).toBe(1);
      const otherChannel = new ScriptedChannel();
      expect(await new OutboxSender(dataSource, { wecom: otherChannel }, new TestClock(T0)).runOnce()).toBe(0);
      expect(await dataSource.getRepository(OutboxItem).findOneByOrFail({ id: second!.id })).toMatchObject({
        status: 'pending',
        attempts: 0,
      });
      slow.release(first!.id);
      await pass;
      expect(slow.delivered).toEqual([first!.id, second!.id]);
      expect(otherChannel.delivered).toEqual([]);
    });

    it("a message queued for a later time (a scan run ahead) holds up nothing: the recipient's messages due now go first", async () => {
      await enqueueTexts(dataSource, 1, ['zhangwei'], new Date(T0.getTime() + HOUR));
      await enqueueTexts(dataSource, 1);
      const [later, now] = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      const channel = new ScriptedChannel();
      expect(await new OutboxSender(dataSource, { wecom: channel }, new TestClock(T0)).runOnce()).toBe(1);
      expect(channel.delivered).toEqual([now!.id]);
      expect((await dataSource.getRepository(OutboxItem).findOneByOrFail({ id: later!.id })).status).toBe('pending');
    });

    it('a worker never takes its own send over, even when the send outlasts its lease before the heartbeat renews it', async () => {
      await enqueueTexts(dataSource, 3, ['zhangwei', 'wangfang', 'wangfang']);
      const [slow, quick, next] = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      const clock = new TestClock(T0);
      const channel = new GatedChannel(() => true);
      const pass = new OutboxSender(dataSource, { wecom: channel }, clock).runOnce();
      await expect.poll(() => channel.started.length).toBe(2);
      clock.advance(60_001);
      // The quick send finishing lets the worker claim again (its recipient's next), while the slow one's lease has run out.
      channel.release(quick!.id);
      await expect.poll(() => channel.started.includes(next!.id)).toBe(true);
      channel.release(slow!.id);
      channel.release(next!.id);
      await pass;
      expect(channel.started.filter((id) => id === slow!.id)).toHaveLength(1);
      expect(await dataSource.getRepository(OutboxItem).findOneByOrFail({ id: slow!.id })).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('one hanging recipient does not hold up the others of its batch, and each recipient gets their messages in order', async () => {
      await enqueueTexts(dataSource, 9, ['zhangwei', 'wangfang', 'liming']);
      const rows = await dataSource.getRepository(OutboxItem).find({ order: { id: 'ASC' } });
      const idsOf = (user: string) => rows.filter((row) => row.recipientId === user).map((row) => row.id);
      const hanging = idsOf('zhangwei')[0]!;
      const channel = new GatedChannel((item) => item.id === hanging);
      const pass = new OutboxSender(dataSource, { wecom: channel }, new TestClock(T0)).runOnce();
      await expect.poll(() => channel.delivered.length).toBe(6);
      expect(channel.started.filter((id) => idsOf('zhangwei').includes(id))).toEqual([hanging]);
      channel.release(hanging);
      await pass;
      for (const user of ['zhangwei', 'wangfang', 'liming']) {
        expect(channel.delivered.filter((id) => idsOf(user).includes(id))).toEqual(idsOf(user));
      }
    });

    it('rows sent together are marked sent in one statement; a row another instance took over meanwhile is left to it', async () => {
      const recipients = Array.from({ length: 12 }, (_, i) => `r${i + 1}`);
      await enqueueTexts(dataSource, 12, recipients);
      // Every send waits until all twelve are in hand, so that they are marked sent together.
      const channel = new GatedChannel(() => true);
      const pass = new OutboxSender(dataSource, { wecom: channel }, new TestClock(T0)).runOnce();
      await expect.poll(() => channel.started.length).toBe(12);
      const [takenOver, ...rest] = channel.started;
      // Another instance's claim: the same row, one attempt further.
      await dataSource.getRepository(OutboxItem).increment({ id: takenOver! }, 'attempts', 1);
      const updates = vi.spyOn(EntityManager.prototype, 'update');
      for (const id of channel.started) channel.release(id);
      await pass;
      const outboxUpdates = updates.mock.calls.filter(([target]) => target === OutboxItem);
      updates.mockRestore();
      expect(outboxUpdates.length).toBeLessThan(12);
      const rows = await dataSource.getRepository(OutboxItem).find();
      expect(
        rows
          .filter((row) => row.status === 'sent')
          .map((row) => row.id)
          .sort(),
      ).toEqual([...rest].sort());
      expect(rows.find((row) => row.id === takenOver)).toMatchObject({ status: 'sending', sentAt: null });
    });

    it('cards sent together each learn their own platform handle and state, in one statement', async () => {
      const recipients = Array.from({ length: 8 }, (_, i) => `c${i + 1}`);
      await onWecom(dataSource, recipients);
      const cards = recipients.map((to, i) => ({ type: 'send-card' as const, to, card: { ...helpCard(), id: `card_${i + 1}` } }));
      await dataSource.transaction((em) => persistEffects(em, { tenantId: 't1', now: T0 }, cards));
      // Every send waits until all eight are in hand, so that they are settled together; each gets a state of its own.
      const started: (() => void)[] = [];
      const channel: OutboundChannel = {
        deliver: async (item) => {
          await new Promise<void>((resolve) => started.push(resolve));
          const cardId = item.message.type === 'card' ? item.message.card.id : '';
          return { ok: true, card: { platformCardId: `task_${cardId}`, platformState: { responseCode: `rc_${cardId}` } } };
        },
      };
      const updates = vi.spyOn(UpdateQueryBuilder.prototype, 'execute');
      const pass = new OutboxSender(dataSource, { wecom: channel }, new TestClock(T0)).runOnce();
      await expect.poll(() => started.length, { timeout: 10_000 }).toBe(8);
      for (const release of started) release();
      await pass;
      const cardUpdates = (updates.mock.contexts as UpdateQueryBuilder<object>[]).filter(
        (builder) => builder.expressionMap.mainAlias?.target === CardRecord,
      );
      updates.mockRestore();
      expect(cardUpdates.length).toBeLessThan(8);
      const records = await dataSource
        .getRepository(CardRecord)
        .find({ where: { tenantId: 't1', id: In(cards.map(({ card }) => card.id)) }, order: { id: 'ASC' } });
      expect(records.map(({ id, platform, platformCardId, platformState }) => ({ id, platform, platformCardId, platformState }))).toEqual(
        cards.map(({ card }) => ({
          id: card.id,
          platform: 'wecom',
          platformCardId: `task_${card.id}`,
          platformState: { responseCode: `rc_${card.id}` },
        })),
      );
    });

    it('two senders draining the same outbox at once deliver every message exactly once', async () => {
      await enqueueTexts(dataSource, 60);
      const clock = new TestClock(T0);
      const a = new ScriptedChannel();
      const b = new ScriptedChannel();
      const senderA = new OutboxSender(dataSource, { wecom: a }, clock);
      const senderB = new OutboxSender(dataSource, { wecom: b }, clock);
      const drain = async (sender: OutboxSender) => {
        while ((await sender.runOnce()) > 0);
      };
      await Promise.all([drain(senderA), drain(senderB)]);
      const all = [...a.delivered, ...b.delivered];
      expect(all).toHaveLength(60);
      expect(new Set(all).size).toBe(60);
      expect(await dataSource.getRepository(OutboxItem).countBy({ status: 'sent' })).toBe(60);
    });
  });
}
