import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Card } from '../../cards/card';
import { normalizeCompanyName } from '../../src/domain/company-name';
import { TEXT_LENGTHS } from '../../src/domain/value-limits';
import type { RunningBot } from '../../src/bot';
import { Activity, Commitment, Contact, Customer, Deal, InboxItem, Lead, LlmUsage, Tenant, User } from '../../src/store/entities';
import { importTenant, TenantImportError } from '../../src/tenant-import/import-tenant';
import { useBot, type BotUnderTest } from '../support/bot-under-test';
import { useLeadApi } from '../support/lead-api';
import { ConsoleClient } from '../support/console-client';
import type { TestDatabaseFactory } from '../support/databases';
import { ANSWER, completion, fakeLlm, LLM_ORIGIN } from '../understanding/fake-llm';

const API_KEY = 'value-limits-key-0123456789';
const MINGYUAN = { tenantId: 'demo', id: 'cus_mingyuan', name: '明远精工机械有限公司' };
const MINGYUAN_DEAL_AMOUNT = 300_000;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** A customer 明远 of 张伟's with an open deal, so that `明远报价12000亿` is a follow-up on it. */
async function addMingyuan(bot: BotUnderTest): Promise<void> {
  const at = bot.clock.now();
  await bot.dataSource.getRepository(Customer).insert({
    ...MINGYUAN,
    normalizedName: normalizeCompanyName(MINGYUAN.name),
    aliases: ['明远'],
    ownerId: 'zhangwei',
    region: null,
    industry: null,
    createdAt: at,
    updatedAt: at,
  });
  await bot.dataSource.getRepository(Deal).insert({
    tenantId: 'demo',
    id: 'deal_mingyuan',
    customerId: MINGYUAN.id,
    ownerId: 'zhangwei',
    title: '产线改造',
    stage: 'requirement',
    amount: MINGYUAN_DEAL_AMOUNT,
    stageEnteredAt: at,
    lastActivityAt: at,
    followUpFlaggedAt: null,
    createdAt: at,
    updatedAt: at,
  });
}

/** Sends as 张伟 and waits for the bot's first answer; returns it with the inbox row as the worker left it. */
async function send(bot: RunningBot, text: string): Promise<{ inbox: InboxItem; card: Card | undefined; text: string | undefined }> {
  const rep = await ConsoleClient.open(bot.url, 'zhangwei');
  const { id } = (await (await rep.send(text)).json()) as { id: number };
  const answer = await rep.next();
  const inbox = await bot.dataSource.getRepository(InboxItem).findOneByOrFail({ id });
  return { inbox, card: answer.card, text: answer.text };
}

const field = (card: Card | undefined, label: string) => card?.fields.filter((f) => f.label === label).map((f) => f.value) ?? [];
const mingyuanDeal = (bot: RunningBot) => bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'demo', id: 'deal_mingyuan' });

/**
 * Values the store cannot keep (issue 12): absurd amounts, overlong names, control characters,
 * from the rules, a model, the lead API and the import, refused or fitted before any transaction.
 */
export function valueLimitScenarios(makeDatabase: TestDatabaseFactory): void {
  describe('a rep message read by the rules', () => {
    const bot = useBot(makeDatabase);
    beforeAll(() => addMingyuan(bot));

    it('明远报价12000亿: one receipt says the figure looked wrong, the deal amount is unchanged, the row is done at the first attempt', async () => {
      const { inbox, card } = await send(bot, '明远报价12000亿');

      expect(card?.kind).toBe('activity-receipt');
      expect(field(card, '金额')).toEqual(['12000亿元 看起来不对,没有记录,请核对后再发']);
      expect(inbox).toMatchObject({ status: 'done', attempts: 1, lastError: null });
      expect((await mingyuanDeal(bot)).amount).toBe(MINGYUAN_DEAL_AMOUNT);
      const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inbox.id });
      expect(activity.extraction).toMatchObject({ amount: null, rejectedAmount: 1.2e12 });
    });

    it('control characters in a message reach neither the activity, the new contact nor the promise; line breaks stay', async () => {
      const { inbox } = await send(bot, '今天跟明远陈\u0000经理\u0007聊了\u001b方案,\r\n我承诺明天发\u007f报价');

      expect(inbox.status).toBe('done');
      const activity = await bot.dataSource.getRepository(Activity).findOneByOrFail({ sourceInboxId: inbox.id });
      expect(activity.rawText).toBe('今天跟明远陈经理聊了方案,\n我承诺明天发报价');
      const contacts = await bot.dataSource.getRepository(Contact).findBy({ tenantId: 'demo', customerId: MINGYUAN.id });
      expect(contacts.map((c) => c.name)).toEqual(['陈经理']);
      const commitment = await bot.dataSource.getRepository(Commitment).findOneByOrFail({ activityId: activity.id });
      expect(commitment.action).not.toMatch(CONTROL);
      expect(commitment.action).toContain('报价');
    });

    it('a 新线索 with 预算12000亿 is registered without the budget, and the rep is told the figure looked wrong', async () => {
      const rep = await ConsoleClient.open(bot.url, 'zhangwei');
      await rep.send('新线索:宁波天衡液压有限公司,李经理 13812345678,预算12000亿');
      const notice = await rep.next((item) => item.text?.startsWith('预算') ?? false);

      expect(notice.text).toBe('预算 12000亿元 看起来不对,没有记录,请核对后再发。');
      const lead = await bot.dataSource.getRepository(Lead).findOneByOrFail({ tenantId: 'demo', company: '宁波天衡液压有限公司' });
      expect(lead.budget).toBeNull();
    });
  });

  describe('a rep message read by a model', () => {
    const bot = useBot(makeDatabase, { LLM_BASE_URL: `${LLM_ORIGIN}/v1`, LLM_API_KEY: 'test-key', LLM_MODEL: 'test-model' });
    beforeAll(async () => {
      nock.disableNetConnect();
      nock.enableNetConnect('127.0.0.1');
      await addMingyuan(bot);
    });
    afterEach(() => nock.cleanAll());
    afterAll(() => nock.enableNetConnect());

    const llmCalls = () => bot.dataSource.getRepository(LlmUsage).countBy({ tenantId: 'demo' });

    it('an answer with 1.2e12 yuan and a 500-character contact name: amount dropped and told, name cut, one attempt, one model call', async () => {
      const callsBefore = await llmCalls();
      const longName = '陈' + '工'.repeat(499);
      const model = fakeLlm().reply(
        200,
        completion({ ...ANSWER, customerId: MINGYUAN.id, amount: 1.2e12, contacts: [{ name: longName, role: 'user' }] }),
      );
      const { inbox, card } = await send(bot, `明远报价12000亿,${longName}说了算`);

      expect(model.isDone()).toBe(true);
      expect(await llmCalls()).toBe(callsBefore + 1);
      expect(inbox).toMatchObject({ status: 'done', attempts: 1 });
      expect(field(card, '金额')).toEqual(['12000亿元 看起来不对,没有记录,请核对后再发']);
      expect((await mingyuanDeal(bot)).amount).toBe(MINGYUAN_DEAL_AMOUNT);
      const contact = await bot.dataSource
        .getRepository(Contact)
        .findOneByOrFail({ tenantId: 'demo', customerId: MINGYUAN.id, role: 'user' });
      expect(contact.name).toBe(longName.slice(0, TEXT_LENGTHS.personName));
    });

    it('a negative amount from the model is not stored, and the rep is told', async () => {
      fakeLlm().reply(200, completion({ ...ANSWER, customerId: MINGYUAN.id, amount: -500_000, contacts: [] }));
      const { inbox, card } = await send(bot, '明远报价负50万');

      expect(inbox).toMatchObject({ status: 'done', attempts: 1 });
      expect(field(card, '金额')).toEqual(['-500,000元 看起来不对,没有记录,请核对后再发']);
      expect((await mingyuanDeal(bot)).amount).toBe(MINGYUAN_DEAL_AMOUNT);
    });

    it('a new lead named with 500 characters and control characters is registered cut and clean, without its absurd budget', async () => {
      const longName = '杭州\u0007' + '远'.repeat(498);
      fakeLlm().reply(
        200,
        completion({
          ...ANSWER,
          intent: 'create_lead',
          customerId: null,
          customerName: longName,
          stage: 'lead',
          amount: 1.2e12,
          contacts: [],
        }),
      );
      const { inbox } = await send(bot, `新线索:${longName}`);

      expect(inbox).toMatchObject({ status: 'done', attempts: 1 });
      const lead = await bot.dataSource.getRepository(Lead).findOneByOrFail({ tenantId: 'demo', company: `杭州${'远'.repeat(198)}` });
      expect(lead.budget).toBeNull();
      expect(Array.from(lead.company)).toHaveLength(TEXT_LENGTHS.companyName);
    });
  });

  describe('the lead API and the tenant import', () => {
    const bot = useBot(makeDatabase);
    const postLead = useLeadApi(bot, API_KEY);

    it('the lead API answers 400 for a budget of 1.2e12, naming the field in Chinese, and stores nothing', async () => {
      const leads = await bot.dataSource.getRepository(Lead).count();
      const response = await postLead({ company: '杭州新光机械有限公司', budget: 1.2e12 });

      expect(response.status).toBe(400);
      const body = (await response.json()) as { fields: { field: string; message: string }[] };
      expect(body.fields).toEqual([{ field: 'budget', message: '预算超出范围(最多 1000亿元),请核对' }]);
      expect(await bot.dataSource.getRepository(Lead).count()).toBe(leads);
    });

    it('the lead API stores a company and a contact written with control characters clean', async () => {
      const response = await postLead({
        company: '杭州\u0000新光\u0007机械有限公司',
        contactName: '李\u001b经理',
        note: '第一行\r\n第二行',
      });

      expect(response.status).toBe(201);
      const { leadId } = (await response.json()) as { leadId: string };
      expect(await bot.dataSource.getRepository(Lead).findOneByOrFail({ id: leadId })).toMatchObject({
        company: '杭州新光机械有限公司',
        contactName: '李经理',
        note: '第一行\n第二行',
      });
    });

    it('the import refuses a deal of 1.2e12 and a negative lead budget at their lines, and writes nothing', async () => {
      const file = importFile({ dealAmount: 1.2e12, leadBudget: -1 });
      const refused = await importTenant(bot.dataSource, file).catch((error: unknown) => error);

      expect(refused).toBeInstanceOf(TenantImportError);
      const problems = (refused as TenantImportError).problems.map((p) => p.message);
      expect(problems).toEqual([expect.stringContaining('超出范围(0–1000亿元)'), expect.stringContaining('不能为负数')]);
      expect(await bot.dataSource.getRepository(Tenant).existsBy({ id: 'vl' })).toBe(false);
    });

    it('the import stores names written with control characters clean', async () => {
      await importTenant(bot.dataSource, importFile({ dealAmount: 500_000, leadBudget: 10_000 }));

      expect(await bot.dataSource.getRepository(User).findOneByOrFail({ tenantId: 'vl', id: 'u1' })).toMatchObject({ name: '张三' });
      expect(await bot.dataSource.getRepository(Customer).findOneByOrFail({ tenantId: 'vl', id: 'c1' })).toMatchObject({
        name: '明远精工有限公司',
      });
      expect(await bot.dataSource.getRepository(Deal).findOneByOrFail({ tenantId: 'vl', id: 'd1' })).toMatchObject({ amount: 500_000 });
    });
  });
}

function importFile({ dealAmount, leadBudget }: { dealAmount: number; leadBudget: number }): string {
  return JSON.stringify(
    {
      tenant: { id: 'vl', name: '值的边界' },
      users: [{ id: 'u1', name: '张\u0007三', role: 'rep' }],
      customers: [{ id: 'c1', name: '明远\u0000精工有限公司', ownerId: 'u1' }],
      deals: [{ id: 'd1', customerId: 'c1', ownerId: 'u1', stage: 'lead', amount: dealAmount }],
      leads: [{ id: 'l1', company: '绍兴天衡纺织有限公司', budget: leadBudget }],
    },
    null,
    2,
  );
}
