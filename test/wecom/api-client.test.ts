import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WecomApiClient } from '../../bots/wecom/api-client';
import { FakeWecomApi, fakeCorp, GET_TOKEN, SEND, UPDATE } from '../fakes/wecom';
import { TestClock } from '../support/test-clock';

const corp = fakeCorp();
const text = (content: string) => ({ touser: 'ZhangWei', msgtype: 'text', text: { content } });

describe('WeCom API client against the fake WeCom API', () => {
  const api = new FakeWecomApi([corp]);
  const clock = new TestClock(new Date('2026-03-02T02:00:00Z'));
  let client: WecomApiClient;
  let apiBase: string;
  const tokenFetches = () => api.requests.filter((r) => r.path === GET_TOKEN).length;

  beforeAll(async () => {
    apiBase = await api.start();
    client = new WecomApiClient({ apiBase, timeoutMs: 300, clock });
  });
  afterAll(() => api.stop());

  it('fetches one token for many calls at once, and reuses it', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => client.sendMessage(corp, text(`第${i}条`))));
    expect(answers.every((a) => a.ok)).toBe(true);
    await client.sendMessage(corp, text('再来一条'));
    expect(tokenFetches()).toBe(1);
    expect(api.accepted(SEND).at(-1)!.body).toMatchObject({ agentid: corp.agentId, touser: 'ZhangWei' });
  });

  it('refreshes the token before its 7200 s are up', async () => {
    const before = tokenFetches();
    clock.advance(7200_000 - 4 * 60_000);
    await client.sendMessage(corp, text('快过期了'));
    expect(tokenFetches()).toBe(before + 1);
  });

  it('on 42001 (expired) and 40014 (invalid) drops the token, fetches a new one and retries once', async () => {
    for (const errcode of [42001, 40014]) {
      const before = tokenFetches();
      api.failNext(SEND, { errcode });
      expect(await client.sendMessage(corp, text(`令牌 ${errcode}`))).toMatchObject({ ok: true });
      expect(tokenFetches()).toBe(before + 1);
    }
  });

  it('does not loop when the fresh token is refused too', async () => {
    api.failNext(SEND, { errcode: 42001 }, 2);
    expect(await client.sendMessage(corp, text('两次过期'))).toMatchObject({ ok: false, retryable: false, errcode: 42001 });
  });

  it.each([
    ['-1 (system busy)', { errcode: -1 }, { retryable: true }],
    ['45009 (frequency limit)', { errcode: 45009 }, { retryable: true, retryAfterMs: 60_000 }],
    ['45033 (concurrency limit)', { errcode: 45033 }, { retryable: true }],
    ['HTTP 500', { status: 500 }, { retryable: true, reason: 'WeCom answered HTTP 500' }],
    ['HTTP 400 from a proxy', { status: 400 }, { retryable: false }],
    ['81013 (recipient outside the visible range)', { errcode: 81013 }, { retryable: false }],
    ['60111 (unknown UserID)', { errcode: 60111 }, { retryable: false, reason: expect.stringContaining('unknown UserID') }],
    ['40003 (invalid UserID)', { errcode: 40003 }, { retryable: false, reason: expect.stringContaining('invalid UserID') }],
    ['44004 (empty text)', { errcode: 44004 }, { retryable: false, reason: expect.stringContaining('empty text content') }],
    ['45002 (content too large)', { errcode: 45002 }, { retryable: false, reason: expect.stringContaining('content too large') }],
    ['42037 (a card WeCom rejects)', { errcode: 42037 }, { retryable: false, reason: expect.stringContaining('template card rejected') }],
  ] as const)('classifies %s', async (_what, fault, expected) => {
    api.failNext(SEND, fault);
    expect(await client.sendMessage(corp, text('失败'))).toMatchObject({ ok: false, ...expected });
  });

  it('gives up on a call that hangs after the time limit, as retryable', async () => {
    api.failNext(SEND, { hang: true });
    const answer = await client.sendMessage(corp, text('挂住'));
    expect(answer).toMatchObject({ ok: false, retryable: true });
    expect(answer.ok || answer.reason).toContain('no answer within 300 ms');
  });

  it('reports an invalid Secret as permanent, naming the variable to fix', async () => {
    const answer = await client.sendMessage({ ...corp, agentId: 99, secret: 'wrong' }, text('x'));
    expect(answer).toMatchObject({ ok: false, retryable: false, errcode: 40001 });
    expect(answer.ok || answer.reason).toContain('WECOM_SECRET');
  });

  it('updates a card with a response code once; the second use is 60140', async () => {
    const sent = await client.sendMessage(corp, {
      touser: 'ZhangWei',
      msgtype: 'template_card',
      template_card: {
        card_type: 'button_interaction',
        main_title: { title: '卡片' },
        task_id: 'card_api_test',
        button_list: [{ text: '好', key: 'ok' }],
      },
    });
    expect(sent.ok && sent.response_code).toBeTruthy();
    const code = sent.ok ? sent.response_code! : '';
    const update = { userids: ['ZhangWei'], response_code: code, button: { replace_name: '已处理' } };
    expect(await client.updateTemplateCard(corp, update)).toMatchObject({ ok: true });
    expect(await client.updateTemplateCard(corp, update)).toMatchObject({ ok: false, retryable: false, errcode: 60140 });
    expect(api.requests.filter((r) => r.path === UPDATE)).toHaveLength(2);
  });
});
