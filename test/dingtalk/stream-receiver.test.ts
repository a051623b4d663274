import type { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppDirectory } from '../../bots/dingtalk/app-directory';
import type { DingtalkApp } from '../../bots/dingtalk/dingtalk-config';
import { FrameReceiver, TOPIC_CARD } from '../../bots/dingtalk/frame-receiver';
import { StreamClient } from '../../bots/dingtalk/stream-client';
import { systemClock } from '../../src/clock';
import { inboxPort } from '../../src/pipeline/inbox';
import { openDatabase } from '../../src/store/data-source';
import { cardStore, tenantDirectory } from '../../src/store/platform-ports';
import { InboxItem } from '../../src/store/entities';
import { FakeDingtalk } from '../fakes/dingtalk/fake-dingtalk';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { passingTime, TestClock } from '../support/test-clock';
import { importDingtalkTenant, TEST_APP } from './dingtalk-tenant';

const APP: DingtalkApp = { ...TEST_APP, robotCode: TEST_APP.clientId, cardTemplateId: 'tpl' };

describe('the DingTalk stream client and frame receiver against the fake gateway', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let fake: FakeDingtalk;
  const streams: StreamClient[] = [];
  // The streams' reconnect backoff runs on this clock, which passes while the fake waits.
  const clock = new TestClock(new Date('2026-03-02T02:00:00Z'));
  const startFake = () => new FakeDingtalk(TEST_APP, { betweenPolls: passingTime(clock, 1_000) }).start();

  const ports = () => ({ inbox: inboxPort(dataSource), cards: cardStore(dataSource, systemClock) });
  const newStream = (app: DingtalkApp = APP) => {
    const stream = new StreamClient({ app, gatewayUrl: fake.gatewayUrl, clock });
    streams.push(stream);
    return stream;
  };

  beforeAll(async () => {
    database = await sqliteDatabase();
    dataSource = await openDatabase(database.url);
    await importDingtalkTenant(dataSource);
  });
  afterEach(async () => {
    for (const stream of streams.splice(0)) stream.stop();
    await fake?.stop();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('acks a message only after its inbox write committed: while the write fails there is no ack, and the retry stores it once', async () => {
    fake = await startFake();
    let failed!: () => void;
    const firstFailure = new Promise<void>((resolve) => (failed = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const inbox = inboxPort(dataSource);
    const receiver = new FrameReceiver({
      ...ports(),
      clock: systemClock,
      directory: new AppDirectory(tenantDirectory(dataSource), [APP]),
      onInbound: () => {},
      storeRetryDelaysMs: [10],
      inbox: {
        ...inbox,
        storeBatched: async (event) => {
          calls += 1;
          if (calls === 1) {
            failed();
            throw new Error('SQLITE_IOERR: disk I/O error');
          }
          await released;
          return inbox.storeBatched(event);
        },
      },
    });
    const stream = newStream();
    receiver.attach(stream, APP);
    stream.start();
    await fake.until(() => fake.connected, 'the stream to connect');

    const message = fake.textMessage('staff-zw', '华信今天确认了方案');
    const messageId = fake.pushRobotMessage(message);
    await firstFailure;
    const stored = () => dataSource.getRepository(InboxItem).countBy({ deliveryId: String(message.msgId) });
    expect(fake.acks.get(messageId)).toBeUndefined();
    expect(await stored()).toBe(0);

    release();
    expect((await fake.ackFor(messageId)).data).toEqual({ response: null });
    expect(await stored()).toBe(1);
    expect(calls).toBe(2);
  });

  it('stores a tap first and answers it empty when nothing processed it within the 2-second budget', async () => {
    fake = await startFake();
    const receiver = new FrameReceiver({
      ...ports(),
      clock: systemClock,
      directory: new AppDirectory(tenantDirectory(dataSource), [APP]),
      onInbound: () => {},
    });
    const stream = newStream();
    receiver.attach(stream, APP);
    stream.start();
    await fake.until(() => fake.connected, 'the stream to connect');
    // Nobody processes the inbox here, so the answer cannot wait for the new state and stays empty.
    const tap = fake.pushCardCallback('card_unknown', 'staff-zw', {
      cardPrivateData: { actionIds: ['btn1'], params: { actionId: 'undo' } },
    });
    expect((await fake.ackFor(tap)).data).toEqual({ response: {} });
    const row = await dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: `card:${tap}` });
    expect(row.body).toEqual({ kind: 'card_action', cardId: 'card_unknown', actionId: 'undo' });
  });

  it('retries refused connections with backoff until the gateway lets it in, then reports itself registered', async () => {
    fake = await startFake();
    fake.refuseConnections(3);
    const stream = newStream();
    stream.start();
    await fake.until(() => stream.health().state === 'registered', 'the stream to register');
    expect(fake.opens).toHaveLength(4);
    expect(stream.health()).toMatchObject({ state: 'registered', failures: 0, lastError: null, downSince: null });
  });

  it('keeps backing off with a readable error, never showing the secret, when the credentials are refused', async () => {
    fake = await startFake();
    const stream = newStream({ ...APP, clientSecret: 'wrong-secret-value' });
    stream.start();
    await fake.until(() => fake.opens.length >= 3, 'a few attempts');
    const health = stream.health();
    expect(health.state).toMatch(/backing-off|connecting/);
    expect(health.failures).toBeGreaterThanOrEqual(2);
    expect(health.lastError).toContain('HTTP 401');
    expect(JSON.stringify(health)).not.toContain('wrong-secret-value');
  });

  it('does not leak one client’s subscriptions into another client in the same process', async () => {
    fake = await startFake();
    const first = newStream();
    first.onCallback(TOPIC_CARD, async () => {});
    const second = newStream();
    second.start();
    await fake.until(() => fake.opens[0], 'the second client to open a connection');
    expect(fake.opens[0]!.subscriptions).toEqual([{ type: 'EVENT', topic: '*' }]);
  });
});
