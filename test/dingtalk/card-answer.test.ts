import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardAnswer } from '../../bots/dingtalk/card-answer';
import { systemClock } from '../../src/clock';
import { inboxPort } from '../../src/pipeline/inbox';
import { cardStore } from '../../src/store/platform-ports';
import { BUILTIN_CARD_TEMPLATE_ID } from '../../bots/dingtalk/card-render';
import { closeCard, type Card } from '../../cards/card';
import { openDatabase } from '../../src/store/data-source';
import { CardRecord, InboxItem } from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { sqliteDatabase, type TestDatabase } from '../support/databases';
import { importDingtalkTenant } from './dingtalk-tenant';

const card: Card = {
  id: 'card_answer_1',
  kind: 'activity-receipt',
  title: '已记录 · 华信',
  fields: [],
  buttons: [{ actionId: 'undo', label: '撤销', style: 'secondary' }],
  links: [],
  state: 'open',
};

describe('answering a card callback with the tapped card’s new state', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await sqliteDatabase();
    dataSource = await openDatabase(database.url);
    await importDingtalkTenant(dataSource);
    const now = new Date();
    const closed = closeCard(card, 'cancelled', '已撤销 · 张伟');
    await inTransaction(dataSource, async (em) => {
      await em.getRepository(CardRecord).insert({
        id: card.id,
        tenantId: 'dt',
        kind: card.kind,
        recipientId: 'zhangwei',
        platform: 'dingtalk',
        card: closed,
        context: {},
        state: 'cancelled',
        platformCardId: null,
        platformState: null,
        actedBy: 'zhangwei',
        actedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      const row = {
        platform: 'dingtalk',
        tenantId: 'dt',
        senderId: 'staff-zw',
        body: { kind: 'card_action' as const, cardId: card.id, actionId: 'undo' },
        attempts: 1,
        availableAt: now,
        lastError: null,
        receivedAt: now,
      };
      await em.getRepository(InboxItem).insert({ ...row, deliveryId: 'card:done', status: 'done', processedAt: now });
      await em.getRepository(InboxItem).insert({ ...row, deliveryId: 'card:pending', status: 'pending', processedAt: null });
    });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const ports = () => ({ inbox: inboxPort(dataSource), cards: cardStore(dataSource, systemClock) });
  const tap = (deliveryId: string, templateId: string) => ({ tenantId: 'dt', deliveryId, cardId: card.id, templateId });

  it('answers a processed tap with the card as it now is in the app’s template, merged by key', async () => {
    const answer = await cardAnswer(ports(), tap('card:done', 'tpl-ours.schema'), Date.now() + 1_500);
    expect(answer.cardUpdateOptions).toEqual({ updateCardDataByKey: true });
    expect(answer.cardData?.cardParamMap).toMatchObject({ state: 'cancelled', note: '已撤销 · 张伟', btn1_visible: 'false' });

    const builtin = await cardAnswer(ports(), tap('card:done', BUILTIN_CARD_TEMPLATE_ID), Date.now() + 1_500);
    expect(builtin.cardData?.cardParamMap).toMatchObject({ tips: '已撤销 · 张伟', sys_full_json_obj: '{"msgButtons":[]}' });
  });

  it('answers empty when the tap is not processed by the deadline (the outbox update follows)', async () => {
    expect(await cardAnswer(ports(), tap('card:pending', BUILTIN_CARD_TEMPLATE_ID), Date.now())).toEqual({});
  });
});
