import { In } from 'typeorm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { Activity, InboxItem, OutboxItem } from '../../src/store/entities';
import { MARKDOWN_BUTTON_TEMPLATE, phoneText } from '../fakes/dingtalk/card-view';
import { DINGTALK_ERRORS, FakeDingtalk, type FakeCard } from '../fakes/dingtalk/fake-dingtalk';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';
import { passingTime, TestClock } from '../support/test-clock';
import { importDingtalkTenant, TEST_APP } from './dingtalk-tenant';

const REP = 'staff-zw';
const FOLLOW_UP = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';
const GROUP = 'cidSalesGroup==';

/**
 * The real bot with PLATFORMS=dingtalk against the fake gateway: stream in, OpenAPI out. Cards with
 * buttons use `cardTemplateId` (our template as built in the fake org), or, when it is not given,
 * the bot's default: DingTalk's built-in MarkdownButton template.
 */
export function dingtalkFlowScenarios(makeDatabase: TestDatabaseFactory, cardTemplateId?: string): void {
  let database: TestDatabase;
  let fake: FakeDingtalk;
  let bot: RunningBot;
  // The bot runs on this clock. While the test waits for the fake, a second passes on it at each look
  // and the outbox looks again: the outbox's and the stream's backoffs end without real waiting.
  const clock = new TestClock(new Date('2026-03-04T02:00:00Z'));

  beforeAll(async () => {
    database = await makeDatabase();
    fake = await new FakeDingtalk(TEST_APP, { betweenPolls: passingTime(clock, 1_000, () => bot?.sender.wake()) }).start();
    bot = await startBot(
      loadConfig({ DATABASE_URL: database.url, PORT: '0', PLATFORMS: 'dingtalk', DEMO_TENANT: 'off', ...fake.env(cardTemplateId) }),
      { clock, jobs: false },
    );
    await importDingtalkTenant(bot.dataSource);
    await fake.until(() => fake.connected, 'the bot to connect');
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.stop();
    await database?.drop();
  });

  /** Waits until everything the bot has queued for DingTalk is sent (or given up). */
  const outboxEmpty = () =>
    fake.until(
      async () =>
        (await bot.dataSource.getRepository(OutboxItem).countBy({ platform: 'dingtalk', status: In(['pending', 'sending']) })) === 0,
      'the outbox to be empty',
    );

  /** Sends a follow-up as the rep (1:1 unless `message` says otherwise) and returns the receipt card the bot created for it. */
  async function followUp(message = fake.textMessage(REP, FOLLOW_UP)): Promise<{ card: FakeCard; msgId: string }> {
    // Earlier tests' cards must be out first, or one of them could pass for this message's receipt.
    await outboxEmpty();
    const before = new Set(fake.cards.keys());
    fake.pushRobotMessage(message);
    const card = await fake.until(
      () => [...fake.cards.values()].find((c) => !before.has(c.outTrackId) && fake.view(c.outTrackId).title.includes('华信')),
      'a new receipt card',
    );
    return { card, msgId: String(message.msgId) };
  }

  /** Waits until the worker has processed every stored delivery of `msgId`. */
  const processed = (msgId: string) =>
    fake.until(
      async () => (await bot.dataSource.getRepository(InboxItem).countBy({ platform: 'dingtalk', deliveryId: msgId, status: 'done' })) > 0,
      `message ${msgId} to be processed`,
    );

  const activitiesOf = async (msgId: string) => {
    const rows = await bot.dataSource.getRepository(InboxItem).findBy({ platform: 'dingtalk', deliveryId: msgId });
    const activities = await Promise.all(rows.map((row) => bot.dataSource.getRepository(Activity).countBy({ sourceInboxId: row.id })));
    return { inboxRows: rows.length, activities: activities.reduce((a, b) => a + b, 0) };
  };

  it('subscribes to robot messages and card callbacks when it connects', () => {
    expect(fake.opens[0]).toMatchObject({
      clientId: TEST_APP.clientId,
      subscriptions: expect.arrayContaining([
        { type: 'CALLBACK', topic: '/v1.0/im/bot/messages/get' },
        { type: 'CALLBACK', topic: '/v1.0/card/instances/callback' },
      ]),
    });
  });

  it("a rep's message is stored, acked, and answered with an interactive receipt card with buttons in their robot chat", async () => {
    const message = fake.textMessage(REP, `  ${FOLLOW_UP}  `);
    const messageId = fake.pushRobotMessage(message);
    const ack = await fake.ackFor(messageId);
    expect(ack).toMatchObject({ code: 200, data: { response: null } });
    const row = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ platform: 'dingtalk', deliveryId: String(message.msgId) });
    expect(row).toMatchObject({ tenantId: 'dt', senderId: REP, body: { kind: 'text', text: FOLLOW_UP } });

    const card = await fake.until(
      () => [...fake.cards.values()].find((c) => fake.view(c.outTrackId).title.includes('华信')),
      'the receipt card',
    );
    expect(card.openSpaceId).toBe(`dtv1.card//IM_ROBOT.${REP}`);
    expect(card.templateId).toBe(cardTemplateId ?? MARKDOWN_BUTTON_TEMPLATE);
    const view = fake.view(card.outTrackId);
    expect(view.title).toBe('已记录 · 华信精密机械有限公司');
    // As the phone shows it: each field a line of its own.
    expect(phoneText(view).split('\n')).toContain('信号:售后顾虑');
    expect(view.body).toContain('出服务方案');
    expect(view.buttons.map((button) => button.text)).toEqual([
      '撤销',
      '改客户',
      '改时间 · 下个工作日',
      '改时间 · 推一周',
      '改时间 · 不定时间',
    ]);
    expect(view.note).toBe('');
  });

  it('a tap on 撤销 undoes the record and the tapped card shows its new state; a second tap does nothing twice', async () => {
    const { card, msgId } = await followUp();
    expect((await activitiesOf(msgId)).activities).toBe(1);

    const tap = fake.tap(card.outTrackId, REP, '撤销');
    const ack = await fake.ackFor(tap.messageId);
    expect(ack.code).toBe(200);
    // The ack's answer alone changes the card (the outbox update below comes later or not at all in time).
    await fake.until(() => fake.view(card.outTrackId).note.includes('已撤销'), 'the card to show 已撤销');
    expect(fake.view(card.outTrackId).buttons).toEqual([]);
    // The outbox also sets the new state through the update API, in case the answer came too late.
    await fake.until(() => fake.succeeded('updateCard').find((call) => call.body.outTrackId === card.outTrackId), 'the card update');
    expect(fake.view(card.outTrackId).note).toContain('已撤销 · 张伟');
    expect((await activitiesOf(msgId)).activities).toBe(0);

    // The same tap from a copy of the card that had not refreshed yet (another device).
    const texts = fake.succeeded('batchSend').length;
    fake.pushCardCallback(card.outTrackId, REP, tap.content);
    const notice = await fake.until(() => fake.succeeded('batchSend')[texts], 'the reply to the second tap');
    expect(JSON.parse(String(notice.body.msgParam)).content).toContain('已经处理过');
  });

  it("a rep's @-message in a group is answered in that group: the receipt card goes into the group's space, and a tap updates it", async () => {
    const { card, msgId } = await followUp(fake.groupMessage(REP, FOLLOW_UP, GROUP));
    expect(card.openSpaceId).toBe(`dtv1.card//IM_GROUP.${GROUP}`);
    const create = fake.succeeded('createAndDeliver').find((call) => call.body.outTrackId === card.outTrackId)!;
    expect(create.body).toMatchObject({ imGroupOpenDeliverModel: { robotCode: TEST_APP.clientId }, callbackType: 'STREAM' });
    expect(create.body).not.toHaveProperty('imRobotOpenDeliverModel');
    const row = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ platform: 'dingtalk', deliveryId: msgId });
    expect(row.conversationId).toBe(GROUP);

    await fake.ackFor(fake.tap(card.outTrackId, REP, '撤销').messageId);
    await fake.until(() => fake.succeeded('updateCard').find((call) => call.body.outTrackId === card.outTrackId), 'the card update');
    expect(fake.view(card.outTrackId)).toMatchObject({ buttons: [], note: expect.stringContaining('已撤销') });
    expect((await activitiesOf(msgId)).activities).toBe(0);
  });

  it('a text reply to a group message goes through the group send to that conversation; to a 1:1 message, one-to-one', async () => {
    const unsupported = (message: Record<string, unknown>) => ({ ...message, msgtype: 'markdown', text: undefined });
    const direct = fake.succeeded('batchSend').length;
    fake.pushRobotMessage(unsupported(fake.groupMessage(REP, '', GROUP)));
    const inGroup = await fake.until(() => fake.succeeded('groupSend')[0], 'the group reply');
    expect(inGroup.body).toMatchObject({ robotCode: TEST_APP.clientId, openConversationId: GROUP, msgKey: 'sampleText' });
    expect(JSON.parse(String(inGroup.body.msgParam)).content).toContain('只能看懂文字消息');

    fake.pushRobotMessage(unsupported(fake.textMessage(REP, '')));
    const oneToOne = await fake.until(() => fake.succeeded('batchSend')[direct], 'the 1:1 reply');
    expect(oneToOne.body).toMatchObject({ userIds: [REP], msgKey: 'sampleText' });
    expect(fake.succeeded('groupSend')).toHaveLength(1);
  });

  it('a user who is not in the tenant file is told, one-to-one, what the admin needs; nothing is recorded', async () => {
    const message = fake.textMessage('staff-new', FOLLOW_UP);
    fake.pushRobotMessage(message);
    const notice = await fake.until(
      () => fake.succeeded('batchSend').find((call) => String(call.body.userIds) === 'staff-new'),
      'the notice',
    );
    expect(JSON.parse(String(notice.body.msgParam)).content).toContain('请把你的钉钉用户 ID「staff-new」发给管理员');
    await processed(String(message.msgId));
    expect(await activitiesOf(String(message.msgId))).toEqual({ inboxRows: 1, activities: 0 });
  });

  it('the same message delivered twice (a new frame, and the same frame again) makes one activity', async () => {
    const message = fake.textMessage(REP, FOLLOW_UP);
    const first = fake.pushRobotMessage(message);
    const second = fake.pushRobotMessage(message);
    fake.pushRobotMessage(message, first);
    await Promise.all([fake.ackFor(first), fake.ackFor(second)]);
    await fake.until(() => (fake.acks.get(first)?.length ?? 0) >= 2, 'the ack of the repeated frame');
    const msgId = String(message.msgId);
    await processed(msgId);
    expect(await activitiesOf(msgId)).toEqual({ inboxRows: 1, activities: 1 });
  });

  it('reconnects with backoff after the gateway drops the connection and refuses it for a while, and loses nothing', async () => {
    const connectionsBefore = fake.connections;
    const opensBefore = fake.opens.length;
    fake.refuseConnections(2);
    fake.dropConnection();
    // Pushed while the bot is away: the gateway keeps it until it is acked.
    const whileAway = fake.textMessage(REP, FOLLOW_UP);
    const awayId = fake.pushRobotMessage(whileAway);
    await fake.until(() => fake.connections > connectionsBefore, 'the bot to reconnect');
    expect(fake.opens.length - opensBefore).toBeGreaterThanOrEqual(3);
    await fake.ackFor(awayId);

    // Pushed, then the socket dies before an ack can come back: redelivered on the next connection.
    const lost = fake.textMessage(REP, FOLLOW_UP);
    const lostId = fake.pushRobotMessage(lost);
    fake.breakConnection();
    await fake.ackFor(lostId);

    for (const msgId of [String(whileAway.msgId), String(lost.msgId)]) {
      await processed(msgId);
      expect(await activitiesOf(msgId)).toEqual({ inboxRows: 1, activities: 1 });
    }
    const health = (await (await fetch(`${bot.url}/healthz`)).json()) as {
      platforms: { dingtalk: { ok: boolean; streams: { state: string }[] } };
    };
    expect(health.platforms.dingtalk.ok).toBe(true);
    // /healthz is open: it says how the stream is, not which app it belongs to.
    expect(JSON.stringify(health)).not.toContain(TEST_APP.clientId);
  });

  it('a card refused for throttling is delivered later from the outbox', async () => {
    // The earlier tests' receipts first, or they would meet the throttling meant for this one.
    await outboxEmpty();
    fake.failNext('createAndDeliver', DINGTALK_ERRORS.throttled, 2);
    const { card } = await followUp();
    const row = await fake.until(async () => {
      const rows = await bot.dataSource.getRepository(OutboxItem).findBy({ platform: 'dingtalk', status: 'sent' });
      return rows.find((r) => r.message.type === 'card' && r.message.card.id === card.outTrackId);
    }, 'the card row to be marked sent');
    expect(row.attempts).toBe(3);
  });

  it('an expired access token is refreshed and the send goes through', async () => {
    const tokensBefore = fake.succeeded('token').length;
    fake.expireTokens();
    await followUp();
    expect(fake.succeeded('token').length).toBe(tokensBefore + 1);
    expect(fake.callsTo('createAndDeliver').some((call) => call.status === 401)).toBe(true);
  });
}
