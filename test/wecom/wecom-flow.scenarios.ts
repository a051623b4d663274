import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { MoreThan } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/bot';
import { loadConfig } from '../../src/config';
import { persistEffects } from '../../src/pipeline/effects';
import { Activity, CardRecord, InboxItem, MemberAccount, OutboxItem, User } from '../../src/store/entities';
import type { OutboxStatus } from '../../src/store/entities/outbox-item.entity';
import { inTransaction } from '../../src/store/transaction';
import {
  GET_TOKEN,
  phoneView,
  postOverSocket,
  postRaw,
  SEND,
  signedCallback,
  UPDATE,
  WecomEmulator,
  wecomXml,
  type RecordedRequest,
} from '../fakes/wecom';
import type { TestDatabase, TestDatabaseFactory } from '../support/databases';
import { TestClock } from '../support/test-clock';
import { wecomTenantSetup } from './wecom-tenant';

const TENANT = 'wxdemo';
const METRICS_TOKEN = 'metrics-token-for-tests';
const HOUR = 3_600_000;
const FOLLOW_UP = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';

/** The WeCom platform end to end: emulator callbacks → the bot's real HTTP server → inbox → flows → outbox → the fake WeCom API. */
export function wecomFlowScenarios(makeDatabase: TestDatabaseFactory): void {
  let database: TestDatabase;
  let bot: RunningBot;
  let wecom: WecomEmulator;
  const clock = new TestClock(new Date());
  const seconds = () => Math.floor(clock.now().getTime() / 1000);

  beforeAll(async () => {
    database = await makeDatabase();
    const setup = await wecomTenantSetup(database, TENANT);
    wecom = setup.wecom;
    bot = await startBot(loadConfig({ ...setup.env, WECOM_TIMEOUT_MS: '300', METRICS_TOKEN }), { clock, jobs: false });
  });
  afterAll(async () => {
    await bot?.stop();
    await wecom?.stop();
    await database?.drop();
  });

  const post = (xml: string) => wecom.post(bot.url, xml, { timestamp: seconds() });
  const text = (from: string, content: string, msgId = wecom.nextMsgId()) =>
    post(wecomXml.text(wecom.corp, from, content, msgId, seconds()));
  /** What `user` has been sent and sees (repeats WeCom's duplicate check dropped are not counted). */
  const sendsTo = (user: string) => wecom.api.delivered(SEND).filter((r) => r.body?.touser === user);
  const count = (entity: typeof InboxItem | typeof Activity) => bot.dataSource.getRepository(entity).count();
  /** The next accepted send to `user` after the `seen` first ones. */
  const nextSend = (user: string, seen: number) => wecom.api.waitFor(() => sendsTo(user)[seen]);
  const health = async () => {
    const response = await fetch(`${bot.url}/healthz`);
    return { status: response.status, text: await response.text() };
  };
  const metrics = () => fetch(`${bot.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }).then((r) => r.text());
  /** One sample of a metric, 0 when absent. */
  const sample = (text: string, name: string, labels: string) =>
    Number(new RegExp(`^${name}\\{${labels}\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  /** Lets time pass for the outbox (backoff, budgets) until `done` holds. */
  const passTimeUntil = async <T>(
    done: () => T | undefined | null | false | Promise<T | undefined | null | false>,
    stepMs = 60_000,
  ): Promise<T> =>
    wecom.api.waitFor(async () => {
      const value = await done();
      if (!value) {
        clock.advance(stepMs);
        bot.sender.wake();
      }
      return value;
    });

  describe('callback URL verification', () => {
    it('answers the admin\u2019s GET with the decrypted echostr as plain text', async () => {
      const response = await wecom.verifyUrl(bot.url, '1616140317555161061', { timestamp: seconds() });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      expect(await response.text()).toBe('1616140317555161061');
    });

    it('refuses a GET signed with another token', async () => {
      const response = await wecom.verifyUrl(bot.url, '123', { timestamp: seconds(), token: 'forged' });
      expect(response.status).toBe(401);
    });
  });

  describe('a rep\u2019s message, the receipt card, and a tap on it', () => {
    it('answers the callback with 200 and an empty body, then sends a button_interaction receipt card whose task_id is the card id', async () => {
      const seen = sendsTo('ZhangWei').length;
      const response = await text('ZhangWei', FOLLOW_UP);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');

      const sent = await nextSend('ZhangWei', seen);
      const card = sent.body!.template_card as Record<string, any>;
      expect(sent.body).toMatchObject({ msgtype: 'template_card', agentid: wecom.corp.agentId });
      expect(card.card_type).toBe('button_interaction');
      expect(card.main_title.title).toContain('华信精密机械');
      expect(card.button_list.map((b: { key: string }) => b.key)).toEqual([
        'undo',
        'change-customer',
        'due:next-workday',
        'due:next-week',
        'due:none',
      ]);
      // As the phone shows it: every button whole (改时间 · 下个工作日 is longer than WeCom's 10 characters).
      const phone = phoneView(card);
      expect(phone.buttons).toEqual(['撤销', '改客户', '改到下个工作日', '改时间 · 推一周', '改时间 · 不定时间']);
      expect(phone.rows.find((row) => row.key === '信号')?.value).toBe('售后顾虑');
      // The code is written after WeCom answered the send.
      const record = await wecom.api.waitFor(async () => {
        const found = await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ id: card.task_id });
        return found.platformState !== null && found;
      });
      expect(record).toMatchObject({ tenantId: TENANT, kind: 'activity-receipt', recipientId: 'zhangwei', platformCardId: card.task_id });
      // The send's response code is kept for a later update.
      expect(record.platformState).toEqual({ responseCode: sent.answer!.response_code });
    });

    it('a tap on 撤销 undoes the activity and updates the tapped card with the tap\u2019s ResponseCode, shown as used', async () => {
      const seen = sendsTo('ZhangWei').length;
      const msgId = wecom.nextMsgId();
      await text('ZhangWei', FOLLOW_UP, msgId);
      const card = (await nextSend('ZhangWei', seen)).body!.template_card as Record<string, any>;
      const inbox = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ tenantId: TENANT, deliveryId: `msg:${msgId}` });
      const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inbox.id });
      const responseCode = wecom.api.issueResponseCode(card.task_id);
      const updates = wecom.api.accepted(UPDATE).length;

      const tap = await post(wecomXml.cardEvent(wecom.corp, 'ZhangWei', card.task_id, 'undo', responseCode, seconds()));
      expect(tap.status).toBe(200);

      const update = await wecom.api.waitFor(() => wecom.api.accepted(UPDATE)[updates]);
      expect(update.body).toMatchObject({ response_code: responseCode, userids: ['ZhangWei'], agentid: wecom.corp.agentId });
      const closed = update.body!.template_card as Record<string, any>;
      expect(closed.task_id).toBe(card.task_id);
      expect(closed.replace_text).toContain('已撤销');
      expect(await bot.dataSource.getRepository(Activity).countBy({ id: activity.id })).toBe(0);
      expect((await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ id: card.task_id })).state).toBe('cancelled');
    });

    it('when the response code is spent (60140), the closed card is sent as a new message instead', async () => {
      const seen = sendsTo('ZhangWei').length;
      await text('ZhangWei', FOLLOW_UP);
      const card = (await nextSend('ZhangWei', seen)).body!.template_card as Record<string, any>;
      await post(wecomXml.cardEvent(wecom.corp, 'ZhangWei', card.task_id, 'undo', 'rc_already_used', seconds()));

      const fallback = await nextSend('ZhangWei', seen + 1);
      const closed = fallback.body!.template_card as Record<string, any>;
      expect(
        wecom.api.requests.some((r) => r.path === UPDATE && r.body?.response_code === 'rc_already_used' && r.answer?.errcode === 60140),
      ).toBe(true);
      expect(closed.card_type).toBe('text_notice');
      expect(closed.main_title.desc).toContain('已撤销');
    });

    it('a tap whose card update WeCom made but whose answer was lost: the retry meets 60140, and the member sees the card updated once and no new message', async () => {
      const seen = sendsTo('ZhangWei').length;
      await text('ZhangWei', FOLLOW_UP);
      const card = (await nextSend('ZhangWei', seen)).body!.template_card as Record<string, any>;
      const updatesOf = (requests: RecordedRequest[]) =>
        requests.filter((r) => (r.body?.template_card as { task_id?: string } | undefined)?.task_id === card.task_id);
      wecom.api.failNext(UPDATE, { answerLost: true });
      await post(wecomXml.cardEvent(wecom.corp, 'ZhangWei', card.task_id, 'undo', wecom.api.issueResponseCode(card.task_id), seconds()));

      const row = await passTimeUntil(async () => {
        const rows = await bot.dataSource.getRepository(OutboxItem).findBy({ recipientId: 'zhangwei', status: 'sent' });
        return rows.find((r) => r.message.type === 'card-update' && r.message.card.id === card.task_id);
      });
      expect(row.attempts).toBe(2);
      expect(updatesOf(wecom.api.requests.filter((r) => r.path === UPDATE)).map((r) => r.answer?.errcode)).toEqual([0, 60140]);
      // What the member sees: the receipt card, changed once, and nothing new.
      expect(updatesOf(wecom.api.accepted(UPDATE))).toHaveLength(1);
      expect(sendsTo('ZhangWei')).toHaveLength(seen + 1);
      expect((await bot.dataSource.getRepository(CardRecord).findOneByOrFail({ id: card.task_id })).platformState).toMatchObject({
        presentedCode: null,
      });
    });

    it('stores a message WeCom delivers three times (same MsgId) once, and records one activity', async () => {
      const inbox = await count(InboxItem);
      const seen = sendsTo('ZhangWei').length;
      const msgId = wecom.nextMsgId();
      const xml = wecomXml.text(wecom.corp, 'ZhangWei', '今天又跟华信王总通了电话,聊了交期', msgId, seconds());
      const answers = await Promise.all([post(xml), post(xml), post(xml)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);

      await nextSend('ZhangWei', seen);
      const rows = await bot.dataSource.getRepository(InboxItem).findBy({ tenantId: TENANT, deliveryId: `msg:${msgId}` });
      expect(rows).toHaveLength(1);
      expect(await count(InboxItem)).toBe(inbox + 1);
      expect(await bot.dataSource.getRepository(Activity).countBy({ sourceInboxId: rows[0]!.id })).toBe(1);
      expect(sendsTo('ZhangWei')).toHaveLength(seen + 1);
    });
  });

  describe('other kinds of callbacks', () => {
    it('answers enter_agent (a member opens the app) with the help card', async () => {
      const seen = sendsTo('LiMing').length;
      await post(wecomXml.enterAgent(wecom.corp, 'LiMing', seconds()));
      const card = (await nextSend('LiMing', seen)).body!.template_card as Record<string, any>;
      expect(card.card_type).toBe('text_notice');
      expect(card.main_title.title).toBe('我能帮你做什么');
      expect(card.card_action.url).toMatch(/^https:\/\//);
    });

    it('answers a member who is not in the tenant file with what the admin needs, records nothing, and keeps the message', async () => {
      const activities = await count(Activity);
      const msgId = wecom.nextMsgId();
      await text('NewHire', FOLLOW_UP, msgId);
      const reply = await nextSend('NewHire', 0);
      expect(reply.body).toMatchObject({ msgtype: 'text', touser: 'NewHire' });
      expect((reply.body!.text as { content: string }).content).toBe(
        '你还不在本团队的成员名单里,所以这次没有记录任何内容。请把你的企业微信账号 ID「NewHire」发给管理员,登记后即可使用。',
      );
      expect(await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: `msg:${msgId}` })).toMatchObject({
        senderId: 'NewHire',
        status: 'done',
      });
      expect(await count(Activity)).toBe(activities);
    });

    it('knows a member listed after that reply at their very next message: someone unknown is not remembered as unknown', async () => {
      const seen = sendsTo('NewHire2').length;
      await text('NewHire2', FOLLOW_UP);
      expect(((await nextSend('NewHire2', seen)).body!.text as { content: string }).content).toContain('你还不在本团队的成员名单里');
      const now = clock.now();
      await bot.dataSource.getRepository(User).insert({
        tenantId: TENANT,
        id: 'xinren',
        name: '新人',
        role: 'rep',
        team: '华东一组',
        region: null,
        managerId: null,
        createdAt: now,
        updatedAt: now,
        leftAt: null,
      });
      await bot.dataSource
        .getRepository(MemberAccount)
        .insert({ tenantId: TENANT, userId: 'xinren', platform: 'wecom', accountId: 'NewHire2', createdAt: now, updatedAt: now });
      try {
        await text('NewHire2', '/help');
        const answer = await nextSend('NewHire2', seen + 1);
        expect(answer.body).toMatchObject({ msgtype: 'template_card' });
      } finally {
        await bot.dataSource.getRepository(MemberAccount).delete({ tenantId: TENANT, userId: 'xinren' });
        await bot.dataSource.getRepository(User).delete({ tenantId: TENANT, id: 'xinren' });
      }
    });

    it('answers a location with a polite text saying what the bot understands, and keeps it in the inbox', async () => {
      const seen = sendsTo('LiMing').length;
      const msgId = wecom.nextMsgId();
      await post(wecomXml.location(wecom.corp, 'LiMing', msgId, seconds()));
      const reply = await nextSend('LiMing', seen);
      expect(reply.body).toMatchObject({ msgtype: 'text' });
      expect((reply.body!.text as { content: string }).content).toContain('文字');
      const row = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: `msg:${msgId}` });
      expect(row.body).toEqual({ kind: 'unsupported', what: 'location' });
    });

    it('stores an image as a file with its MediaId, and answers it', async () => {
      const seen = sendsTo('ZhangWei').length;
      const msgId = wecom.nextMsgId();
      await post(wecomXml.image(wecom.corp, 'ZhangWei', msgId, seconds()));
      await nextSend('ZhangWei', seen);
      const row = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ deliveryId: `msg:${msgId}` });
      expect(row.body).toMatchObject({ kind: 'file', fileKind: 'image', mediaId: `media_${msgId}` });
    });
  });

  describe('health and metrics', () => {
    it('/healthz names no corp id, agent id or secret', async () => {
      const { status, text } = await health();
      expect(status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ platforms: { wecom: { ok: true, corps: 1 } } });
      for (const secret of [wecom.corp.corpId, String(wecom.corp.agentId), wecom.corp.secret]) expect(text).not.toContain(secret);
    });

    it('/metrics asks for METRICS_TOKEN as a Bearer token when it is set', async () => {
      for (const authorization of [
        undefined,
        `Bearer ${METRICS_TOKEN}x`,
        `Basic ${Buffer.from(`a:${METRICS_TOKEN}`).toString('base64')}`,
      ]) {
        const response = await fetch(`${bot.url}/metrics`, { headers: authorization ? { authorization } : {} });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: '需要指标口令(METRICS_TOKEN)', code: 'METRICS_LOCKED' });
      }
      expect(await metrics()).toMatch(/^salesbot_outbox_oldest_pending_seconds\{platform="wecom"\} \d+$/m);
    });
  });

  describe('refused callbacks: a 4xx and nothing stored', () => {
    const valid = () => wecomXml.text(wecom.corp, 'ZhangWei', '你好', wecom.nextMsgId(), seconds());
    const cases: [string, () => Promise<Response>, number][] = [
      ['a forged signature', () => wecom.post(bot.url, valid(), { timestamp: seconds(), token: 'not-the-token' }), 401],
      ['a timestamp six minutes old', () => wecom.post(bot.url, valid(), { timestamp: seconds() - 360 }), 401],
      ['a timestamp six minutes ahead', () => wecom.post(bot.url, valid(), { timestamp: seconds() + 360 }), 401],
      [
        'a message encrypted for another corp id',
        () => wecom.post(bot.url, valid(), { timestamp: seconds(), receiverId: 'wwsomeoneelse' }),
        401,
      ],
      [
        'a body over 64 KiB',
        () => {
          const { query } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
          return postRaw(bot.url, query, `<xml><Encrypt>${'A'.repeat(65 * 1024)}</Encrypt></xml>`);
        },
        413,
      ],
      [
        'malformed XML',
        () => {
          const { query, body } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
          return postRaw(bot.url, query, body.slice(0, -10));
        },
        400,
      ],
      [
        'an XML entity declaration',
        () => {
          const { query, body } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
          return postRaw(bot.url, query, `<!DOCTYPE xml [<!ENTITY e "x">]>${body}`);
        },
        400,
      ],
      [
        'an unknown corp',
        () => {
          const { query, body } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
          return postRaw(bot.url, query, body.replace(wecom.corp.corpId, 'wwunknowncorp'));
        },
        403,
      ],
      ['another agent of the corp', () => post(valid().replace(`<AgentID>${wecom.corp.agentId}</AgentID>`, '<AgentID>999</AgentID>')), 403],
      ['missing query parameters', () => fetch(`${bot.url}/wecom/callback`, { method: 'POST', body: '<xml/>' }), 400],
      ['a sender id of 200 characters', () => post(wecomXml.text(wecom.corp, 'U'.repeat(200), '你好', wecom.nextMsgId(), seconds())), 400],
      [
        'XML nested 200 levels deep',
        () => {
          const { query } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
          return postRaw(bot.url, query, `<xml>${'<a>'.repeat(200)}x${'</a>'.repeat(200)}</xml>`);
        },
        400,
      ],
    ];

    it.each(cases)('refuses %s', async (_what, send, status) => {
      const before = await count(InboxItem);
      const response = await send();
      expect(response.status).toBe(status);
      expect(await count(InboxItem)).toBe(before);
    });

    it('refuses a chunked body whose chunk size is not hex, or that stops before its last chunk, with a 400', async () => {
      const before = await count(InboxItem);
      const { query, body } = signedCallback(wecom.corp, valid(), { timestamp: seconds() });
      const head = [`POST /wecom/callback?${query} HTTP/1.1`, 'Host: bot', 'Content-Type: text/xml', 'Transfer-Encoding: chunked'].join(
        '\r\n',
      );
      const size = Buffer.byteLength(body).toString(16);
      expect(await postOverSocket(bot.url, head, `${size}\r\n${body}\r\nZZ\r\nbroken\r\n0\r\n\r\n`)).toBe(400);
      expect(await postOverSocket(bot.url, head, `${size}\r\n${body.slice(0, 40)}`)).toBe(400);
      expect(await count(InboxItem)).toBe(before);
    });
  });

  describe('the WeCom API failing', () => {
    const enqueueTexts = (to: string, texts: string[]) =>
      inTransaction(bot.dataSource, (em) =>
        persistEffects(
          em,
          { tenantId: TENANT, now: clock.now() },
          texts.map((t) => ({ type: 'send-text' as const, to, text: t })),
        ),
      ).then(() => bot.sender.wake());
    const outboxRow = (textContent: string) =>
      bot.dataSource
        .getRepository(OutboxItem)
        .find()
        .then((rows) => rows.find((r) => r.message.type === 'text' && r.message.text === textContent));
    /** The row once it has `status`: sent (just after WeCom answered) or dead. */
    const rowOnce = (status: OutboxStatus, textContent: string) =>
      wecom.api.waitFor(async () => {
        const row = await outboxRow(textContent);
        return row?.status === status && row;
      });
    const sentRow = (textContent: string) => rowOnce('sent', textContent);
    const sentText = (user: string, content: string) =>
      sendsTo(user).find((r: RecordedRequest) => (r.body?.text as { content?: string })?.content === content);

    it('an outage (HTTP 500 twice) is retried from the outbox and delivered after recovery', async () => {
      wecom.api.failNext(SEND, { status: 500 }, 2);
      await enqueueTexts('wangfang', ['停机期间的消息']);
      await passTimeUntil(() => sentText('WangFang', '停机期间的消息'));
      const row = await sentRow('停机期间的消息');
      expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    });

    it('a send WeCom delivered but whose answer was lost is retried, and the member still sees it once', async () => {
      wecom.api.failNext(SEND, { answerLost: true });
      await enqueueTexts('wangfang', ['回执丢失的消息']);
      const row = await passTimeUntil(async () => {
        const r = await outboxRow('回执丢失的消息');
        return r?.status === 'sent' && r;
      });
      expect(row.attempts).toBe(2);
      const calls = wecom.api.requests.filter(
        (r) => r.path === SEND && (r.body?.text as { content?: string })?.content === '回执丢失的消息',
      );
      expect(calls).toHaveLength(2);
      expect(calls.every((call) => call.body?.enable_duplicate_check === 1)).toBe(true);
      expect(sendsTo('WangFang').filter((r) => (r.body?.text as { content?: string })?.content === '回执丢失的消息')).toHaveLength(1);
    });

    it('a call that hangs times out and is retried', async () => {
      wecom.api.failNext(SEND, { hang: true });
      await enqueueTexts('wangfang', ['超时后的消息']);
      await passTimeUntil(() => sentText('WangFang', '超时后的消息'));
      const row = await sentRow('超时后的消息');
      expect(row.attempts).toBe(2);
    });

    it('an expired token (42001) is refreshed and the call retried at once', async () => {
      const tokensBefore = wecom.api.requests.filter((r) => r.path === GET_TOKEN).length;
      wecom.api.expireTokens();
      await enqueueTexts('wangfang', ['换了令牌的消息']);
      await wecom.api.waitFor(() => sentText('WangFang', '换了令牌的消息'));
      expect(wecom.api.requests.filter((r) => r.path === GET_TOKEN).length).toBe(tokensBefore + 1);
      expect(await sentRow('换了令牌的消息')).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('45009 (frequency limit) is retried after the block, from the outbox', async () => {
      wecom.api.failNext(SEND, { errcode: 45009 });
      await enqueueTexts('wangfang', ['限流后的消息']);
      await wecom.api.waitFor(() => wecom.api.requests.find((r) => r.path === SEND && r.answer?.errcode === 45009));
      const deferred = await wecom.api.waitFor(async () => (await outboxRow('限流后的消息'))?.lastError);
      expect(deferred).toContain('45009');
      await passTimeUntil(() => sentText('WangFang', '限流后的消息'));
      const row = await sentRow('限流后的消息');
      expect(row).toMatchObject({ status: 'sent', attempts: 2 });
      expect(row.lastError).toBeNull();
    });

    it('31 messages to one member within a minute: 30 go out, the 31st waits for its slot, none is lost', async () => {
      const texts = Array.from({ length: 31 }, (_, i) => `第${i + 1}条提醒`);
      await enqueueTexts('liuyang', texts);
      await wecom.api.waitFor(
        async () =>
          sendsTo('LiuYang').length === 30 &&
          (await bot.dataSource.getRepository(OutboxItem).findOneBy({ recipientId: 'liuyang', status: 'pending' }))?.lastError,
      );
      const waiting = await bot.dataSource.getRepository(OutboxItem).findBy({ recipientId: 'liuyang', status: 'pending' });
      expect(waiting).toHaveLength(1);
      expect(waiting[0]!.lastError).toContain('budget');
      expect(waiting[0]!.availableAt.getTime()).toBeGreaterThan(clock.now().getTime());
      expect(sendsTo('LiuYang')).toHaveLength(30);

      await passTimeUntil(() => sendsTo('LiuYang').length === 31);
      const contents = sendsTo('LiuYang').map((r) => (r.body!.text as { content: string }).content);
      expect(new Set(contents)).toEqual(new Set(texts));
    });

    it('WeCom refusing the member (81013) kills the reply at once with the reason; `npm run outbox:requeue -- --id N` puts it back, says so, and it is sent', async () => {
      wecom.api.failNext(SEND, { errcode: 81013 });
      await enqueueTexts('wangfang', ['拒收后重发的消息']);
      const dead = await rowOnce('dead', '拒收后重发的消息');
      expect(dead.attempts).toBe(1);
      expect(dead.lastError).toContain('WeCom errcode 81013');

      const { stdout } = await promisify(execFile)('node_modules/.bin/tsx', ['src/cli/outbox-requeue.ts', '--id', String(dead.id)], {
        env: { ...process.env, DATABASE_URL: database.url },
      });
      expect(stdout).toContain('已重新排队 1 条失败消息');
      expect(stdout).toContain(`#${dead.id} wecom 租户 ${TENANT} → wangfang`);
      await passTimeUntil(() => sentText('WangFang', '拒收后重发的消息'));
      expect(await sentRow('拒收后重发的消息')).toMatchObject({ status: 'sent', attempts: 2 });
    });

    it('WeCom answering 45009 for 25 hours (past the old dead point of 12 attempts): every reply arrives once after it recovers; /healthz is degraded during and ok after; /metrics show the failures and the pending age', async () => {
      const outbox = bot.dataSource.getRepository(OutboxItem);
      const lastRow = (await outbox.find({ order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
      const failuresBefore = sample(await metrics(), 'salesbot_outbox_send_failures_total', 'platform="wecom",kind="retryable"');
      const refused = () => wecom.api.requests.filter((r) => r.path === SEND && r.answer?.errcode === 45009).length;
      const refusedBefore = refused();
      const acceptedBefore = wecom.api.accepted(SEND).length;
      const start = clock.now();
      wecom.api.setFault(SEND, { errcode: 45009 });

      const msgIds: string[] = [];
      for (const user of ['ZhangWei', 'WangFang', 'LiuYang']) {
        msgIds.push(wecom.nextMsgId());
        await text(user, FOLLOW_UP, msgIds.at(-1));
      }
      const inbox = bot.dataSource.getRepository(InboxItem);
      await wecom.api.waitFor(async () => (await inbox.countBy(msgIds.map((id) => ({ deliveryId: `msg:${id}`, status: 'done' })))) === 3);
      const tried = (times: number) =>
        wecom.api.waitFor(async () => {
          const rows = await outbox.findBy({ id: MoreThan(lastRow) });
          return rows.length > 0 && rows.every((row) => row.status === 'pending' && row.attempts === times) && rows;
        });
      const rows = await tried(1);

      let checkedDuring = false;
      for (let attempt = 2; clock.now().getTime() - start.getTime() < 25 * HOUR; attempt++) {
        clock.advance(30 * 60_000);
        bot.sender.wake();
        await tried(attempt);
        if (checkedDuring || clock.now().getTime() - start.getTime() < 2 * HOUR) continue;
        checkedDuring = true;
        const during = await health();
        expect(during.status).toBe(200);
        expect(JSON.parse(during.text)).toMatchObject({
          ok: true,
          status: 'degraded',
          platforms: { wecom: { ok: true, api: { state: 'degraded', failingSince: start.toISOString() } } },
        });
        const text = await metrics();
        expect(sample(text, 'salesbot_outbox_send_failures_total', 'platform="wecom",kind="retryable"') - failuresBefore).toBe(
          refused() - refusedBefore,
        );
        expect(sample(text, 'salesbot_outbox_oldest_pending_seconds', 'platform="wecom"')).toBe(
          (clock.now().getTime() - start.getTime()) / 1000,
        );
      }
      expect(checkedDuring).toBe(true);
      expect(await outbox.countBy({ id: MoreThan(lastRow), status: 'dead' })).toBe(0);

      wecom.api.clearFault(SEND);
      await passTimeUntil(async () => (await outbox.countBy({ id: MoreThan(lastRow), status: 'sent' })) === rows.length);
      const sent = wecom.api.accepted(SEND).slice(acceptedBefore);
      expect(sent).toHaveLength(rows.length);
      expect(sent.filter((r) => r.duplicate)).toEqual([]);
      // One reply each (a receipt card), and each member got exactly one message.
      expect(rows.map((row) => row.recipientId).sort()).toEqual(['liuyang', 'wangfang', 'zhangwei']);
      expect(sent.map((r) => r.body?.touser).sort()).toEqual(['LiuYang', 'WangFang', 'ZhangWei']);

      const after = await health();
      expect(after.status).toBe(200);
      expect(JSON.parse(after.text)).toMatchObject({ ok: true, status: 'ok', platforms: { wecom: { api: { state: 'ok' } } } });
      expect(sample(await metrics(), 'salesbot_outbox_oldest_pending_seconds', 'platform="wecom"')).toBe(0);
    });

    it('a recipient without a WeCom UserID is given up at once with a readable reason', async () => {
      await enqueueTexts('nowecom', ['发不出去的消息']);
      const row = await rowOnce('dead', '发不出去的消息');
      expect(row.attempts).toBe(1);
      expect(row.lastError).toContain('has no account on wecom');
    });
  });
}
