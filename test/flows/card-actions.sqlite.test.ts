import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityReceiptCard } from '../../cards/activity-receipt.card';
import { aliasLearnedCard } from '../../cards/alias-learned.card';
import { askCustomerCard } from '../../cards/ask-customer.card';
import { doneButtons, managerBriefingCard, repBriefingCard } from '../../cards/briefing.card';
import { newCardId, type Card, type CardKind } from '../../cards/card';
import type { DealLine } from '../../cards/deal-line';
import { dealPageCard, listPageCard } from '../../cards/deal-page.card';
import { duplicateForOwnerCard, duplicateForSubmitterCard } from '../../cards/duplicate-notice.card';
import { evidenceAskCard, evidenceDealCard } from '../../cards/evidence-ask.card';
import { fridayWarningCard } from '../../cards/friday-warning.card';
import { helpCard } from '../../cards/help.card';
import { leadAssignmentCard } from '../../cards/lead-assignment.card';
import { leadEscalationCard } from '../../cards/lead-escalation.card';
import { handOverChoices, overdueAlertCard } from '../../cards/overdue-alert.card';
import { dealStatusCard, queryAnswerCard } from '../../cards/query-result.card';
import { repNudgeCard } from '../../cards/rep-nudge.card';
import { stageMovedCard } from '../../cards/stage-moved.card';
import { stageProposalCard } from '../../cards/stage-proposal.card';
import { resolveCardAction } from '../../src/flows/card-actions';
import { handoverOfferCard, handoverReceivedCard } from '../../cards/handover.card';
import { loadRuleBook } from '../../src/flows/rule-book';
import { CARD_ACTIONS, handleCardAction } from '../../src/flows/handle-card-action';
import { openDatabase } from '../../src/store/data-source';
import { CardRecord, Tenant, User } from '../../src/store/entities';
import { inTransaction } from '../../src/store/transaction';
import { seedDemoTenant } from '../../src/tenant-import/demo-tenant';

const TZ = 'Asia/Shanghai';
const NOW = new Date('2026-03-04T02:00:00Z');
const lead = { company: '蓝海包装有限公司', contactName: '陈经理', phone: null, budget: 300_000, need: '包装线改造', submittedBy: '展会' };
const line = (i: number): DealLine => ({
  dealId: `deal_${i}`,
  customerName: `客户${i}`,
  ownerName: '张伟',
  stage: 'demo',
  silentDays: 4,
  amount: 100_000,
  lastSaid: null,
  tags: [],
});
const lines = Array.from({ length: 6 }, (_, i) => line(i));

/** Every kind as the card builders make it, with all the buttons it can carry; a new kind must be added here too. */
const SAMPLES: Record<CardKind, Card[]> = {
  'activity-receipt': [
    activityReceiptCard({
      customerName: '华信精密机械有限公司',
      deal: { title: '液压泵升级', stage: 'demo' },
      tags: [],
      commitment: { action: '出服务方案', dueAt: NOW },
      completed: null,
      amount: null,
      rejectedAmount: null,
      contacts: [],
      summary: '聊了液压泵升级',
      timeZone: TZ,
    }),
  ],
  'ask-customer': [
    askCustomerCard({ text: '今天拜访了新华信', candidates: [{ id: 'cus_1', name: '华信精密' }], newCustomerName: '新华信' }),
  ],
  'stage-proposal': [
    stageProposalCard({
      customerName: '华信',
      dealTitle: null,
      from: 'demo',
      to: 'negotiation',
      gate: null,
      reason: null,
      daysInStage: 3,
    }),
  ],
  'stage-moved': [
    stageMovedCard({
      customerName: '华信',
      dealTitle: null,
      from: 'demo',
      to: 'negotiation',
      actorName: '张伟',
      at: NOW,
      reason: null,
      timeZone: TZ,
    }),
  ],
  'evidence-ask': [
    evidenceAskCard({
      fileName: '报价单.pdf',
      fileKind: 'file',
      deal: { customerName: '华信', title: null, stage: 'demo' },
      otherDeals: true,
    }),
    evidenceDealCard('报价单.pdf', [{ id: 'deal_1', customerName: '华信', title: null, stage: 'demo' }]),
  ],
  'overdue-alert': [
    ...(['rep', 'manager'] as const).map((audience) =>
      overdueAlertCard({
        customerName: '华信',
        dealTitle: null,
        ownerName: '张伟',
        audience,
        stage: 'demo',
        silentHours: 80,
        lastActivity: '3月1日',
        commitment: { action: '出服务方案', dueAt: NOW },
        followUpMarked: false,
        timeZone: TZ,
      }),
    ),
    handOverChoices({ ...helpCard(), kind: 'overdue-alert' }, [{ id: 'wangfang', name: '王芳' }]),
  ],
  'friday-warning': [fridayWarningCard(12, lines), dealPageCard('friday-warning', '本周沉默商机', 12, 1, lines)],
  'rep-nudge': [repNudgeCard('李强', lines)],
  'briefing-manager': [
    managerBriefingCard('华东一组', '3月4日', [{ label: '沉默商机', value: '2', drill: { key: 'silent', dealIds: ['deal_1'] } }]),
    dealPageCard('briefing-manager', '沉默商机', 12, 1, lines),
  ],
  'briefing-rep': [
    repBriefingCard(
      1,
      '3月4日',
      [{ label: '新线索', value: '1', drill: { key: 'leads', leadIds: ['lead_1'] } }],
      [{ id: 'cmt_1', action: '出服务方案' }],
    ),
  ],
  'lead-assignment': [leadAssignmentCard({ lead, score: 80, scoreText: '80 分', reason: '同区域' })],
  'lead-escalation': [
    leadEscalationCard({ lead, repName: '张伟', kind: 'not_accepted', assignedAt: NOW, limit: '4 个工作小时', timeZone: TZ }),
  ],
  'duplicate-notice': [duplicateForSubmitterCard('蓝海包装', '王芳'), duplicateForOwnerCard('蓝海包装', lead)],
  'query-result': [
    dealStatusCard(
      {
        customerName: '华信',
        dealTitle: null,
        ownerName: '张伟',
        stage: 'demo',
        followUpMarked: false,
        daysInStage: 3,
        missing: [],
        lastActivity: '3月1日',
        openCommitments: [],
      },
      true,
    ),
    queryAnswerCard('我的承诺', [], { buttons: doneButtons([{ id: 'cmt_1', action: '出服务方案' }], 5) }),
    listPageCard('query-result', '线索池', 12, 1, []),
  ],
  'alias-learned': [aliasLearnedCard('新华信', '华信精密机械有限公司')],
  'handover-offer': [
    handoverOfferCard(
      '张伟',
      { customers: ['华信'], deals: ['华信(方案演示)'], promises: [], leads: [] },
      [{ id: 'liuyang', name: '刘洋' }],
      'liming',
    ),
  ],
  'handover-received': [handoverReceivedCard('李明', '张伟', { customers: ['华信'], deals: [], promises: [], leads: [] })],
  help: [helpCard()],
};

describe('card actions: one registered handler set per card kind', () => {
  it.each(Object.entries(SAMPLES))('every button of a %s card has a handler', (kind, cards) => {
    const actions = CARD_ACTIONS[kind as CardKind];
    const buttons = cards.flatMap((card) => card.buttons);
    for (const button of buttons) expect(resolveCardAction(actions, button.actionId), button.actionId).not.toBeNull();
    // A kind whose cards carry no buttons registers no actions, and one that registers actions shows them.
    const registered = Object.keys(actions.exact).length + Object.keys(actions.prefixed).length;
    expect(registered > 0).toBe(buttons.length > 0);
  });

  it('resolves an action id nobody registered (or an inherited property name) to nothing', () => {
    for (const actions of Object.values(CARD_ACTIONS)) {
      for (const actionId of ['no-such-action', 'toString', 'constructor', '']) expect(resolveCardAction(actions, actionId)).toBeNull();
    }
  });
});

describe('a tap on a button no handler takes', () => {
  let dir: string;
  let dataSource: DataSource;
  let actor: User;
  const rules = loadRuleBook();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'salesbot-card-actions-'));
    dataSource = await openDatabase(`sqlite:${join(dir, 'test.sqlite')}`);
    await seedDemoTenant(dataSource, NOW);
    actor = await dataSource.getRepository(User).findOneByOrFail({ tenantId: 'demo', role: 'rep' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Stores `card` as sent to the actor, taps `actionId` on it, and returns the effects and the card row after. */
  async function tap(card: Card, actionId: string) {
    const tenant = await dataSource.getRepository(Tenant).findOneByOrFail({ id: 'demo' });
    await dataSource.getRepository(CardRecord).insert({
      id: card.id,
      tenantId: 'demo',
      kind: card.kind,
      recipientId: actor.id,
      platform: 'console',
      card,
      context: {},
      state: 'open',
      platformCardId: null,
      platformState: null,
      actedBy: null,
      actedAt: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    const effects = await inTransaction(dataSource, (em) =>
      handleCardAction({ em, tenant, actor, now: NOW, inboxId: null, rules: rules.forTenant('demo') }, { cardId: card.id, actionId }),
    );
    return { effects, after: await dataSource.getRepository(CardRecord).findOneByOrFail({ id: card.id }) };
  }

  it('is answered in Chinese and leaves the card as it was', async () => {
    // A receipt from an older version whose button this version no longer has a handler for.
    const old = { ...SAMPLES['activity-receipt'][0]!, id: newCardId() };
    const card = { ...old, buttons: [...old.buttons, { actionId: 'retired-action', label: '旧按钮', style: 'secondary' as const }] };
    const { effects, after } = await tap(card, 'retired-action');
    expect(effects).toEqual([{ type: 'send-text', to: actor.id, text: '这个按钮已失效,请重新发送消息。' }]);
    expect(after.state).toBe('open');
  });

  it('is answered the same on a kind without buttons, and on a kind this version does not know', async () => {
    const button = { actionId: 'undo', label: '撤销', style: 'secondary' as const };
    for (const card of [
      { ...helpCard(), buttons: [button] },
      { ...helpCard(), id: newCardId(), kind: 'retired-kind' as CardKind, buttons: [button] },
    ]) {
      const { effects } = await tap(card, 'undo');
      expect(effects).toEqual([{ type: 'send-text', to: actor.id, text: '这个按钮已失效,请重新发送消息。' }]);
    }
  });
});
