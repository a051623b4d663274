import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Activity, Commitment, InboxItem, LlmUsage } from '../../src/store/entities';
import { useBot } from '../support/bot-under-test';
import { ConsoleClient } from '../support/console-client';
import { sqliteDatabase } from '../support/databases';
import { ANSWER, COMPLETIONS, completion, fakeLlm, LLM_ORIGIN, TOKENS, type CompletionRequest } from '../understanding/fake-llm';

const FOLLOW_UP = '今天跟华信王总聊了液压泵升级,他担心售后响应,我承诺48小时内出服务方案';

/** The running bot with a model configured: the LLM answers, its tokens are booked, and the rules stand in when it fails. */
describe('understanding through a configured LLM, end to end', () => {
  const bot = useBot(sqliteDatabase, {
    LLM_BASE_URL: `${LLM_ORIGIN}/v1`,
    LLM_API_KEY: 'test-key',
    LLM_MODEL: 'test-model',
    LLM_TIMEOUT_MS: '1500',
  });
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterEach(() => nock.cleanAll());
  afterAll(() => nock.enableNetConnect());

  const activityOf = async (inboxId: number) => bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inboxId });

  it('records what the model understood, with its due time resolved by code, and books the tokens for the tenant', async () => {
    const bodies: CompletionRequest[] = [];
    fakeLlm(bodies).reply(200, completion({ ...ANSWER, customerId: 'cus_huaxin' }));
    const rep = await ConsoleClient.open(bot.url, 'zhangwei');
    const { id } = (await (await rep.send(FOLLOW_UP)).json()) as { id: number };
    await rep.nextCard('activity-receipt');

    const activity = await activityOf(id);
    expect(activity).toMatchObject({ customerId: 'cus_huaxin', understoodBy: 'llm' });
    // The rep's own customers went into the prompt.
    expect(JSON.stringify(bodies[0].messages)).toContain('华信精密机械有限公司');
    const inbox = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ id });
    const commitment = await bot.dataSource.getRepository(Commitment).findOneByOrFail({ activityId: activity.id });
    expect(Math.abs(commitment.dueAt!.getTime() - (inbox.receivedAt.getTime() + 48 * 3_600_000))).toBeLessThan(60_000);
    expect(await bot.dataSource.getRepository(LlmUsage).findBy({ tenantId: 'demo', outcome: 'ok' })).toEqual([
      expect.objectContaining({ model: 'test-model', promptTokens: TOKENS.prompt_tokens, completionTokens: TOKENS.completion_tokens }),
    ]);
  });

  it('falls back to the rules when the model does not answer in time, and books the failure', async () => {
    nock(LLM_ORIGIN).post(COMPLETIONS).times(2).delay(5_000).reply(200, completion(ANSWER));
    const rep = await ConsoleClient.open(bot.url, 'zhangwei');
    const { id } = (await (await rep.send(FOLLOW_UP)).json()) as { id: number };
    const receipt = await rep.nextCard('activity-receipt');

    expect(receipt.title).toContain('华信精密机械');
    expect(await activityOf(id)).toMatchObject({ customerId: 'cus_huaxin', understoodBy: 'rules' });
    expect(await bot.dataSource.getRepository(LlmUsage).findBy({ tenantId: 'demo', outcome: 'fallback' })).toEqual([
      expect.objectContaining({ reason: 'timeout' }),
    ]);
  });
});
