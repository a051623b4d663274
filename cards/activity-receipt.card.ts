import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import type { SignalTag } from '../src/domain/signals';
import { CONTACT_ROLE_LABELS, type ContactRole } from '../src/domain/people';
import { newCardId, type Card, type CardField } from './card';
import { commitmentLine, moneyText, rejectedAmountText, signalList } from './format';

export interface ActivityReceiptFacts {
  customerName: string;
  deal: { title: string | null; stage: Stage } | null;
  tags: readonly SignalTag[];
  commitment: { action: string; dueAt: Date | null } | null;
  /** The earlier promise this message reports as done. */
  completed: { action: string; dueAt: Date | null } | null;
  amount: number | null;
  /** An amount the message stated that was not kept: the rep is asked to check it. */
  rejectedAmount: number | null;
  contacts: readonly { name: string; role: ContactRole | null }[];
  summary: string;
  /** Set when the message was too long to read whole: how many of its first characters were read. */
  readChars?: number;
  timeZone: string;
}

export const RECEIPT_ACTIONS = { undo: 'undo', changeCustomer: 'change-customer' } as const;
/** 改时间 of the promise: to the next working day, a week later, or no set time. */
export const RESCHEDULE_ACTIONS = { nextWorkday: 'due:next-workday', nextWeek: 'due:next-week', none: 'due:none' } as const;
export type RescheduleAction = (typeof RESCHEDULE_ACTIONS)[keyof typeof RESCHEDULE_ACTIONS];

/** The 承诺 line of a receipt, also after 改时间. */
export function promiseField(commitment: { action: string; dueAt: Date | null } | null, timeZone: string): CardField {
  return { label: '承诺', value: commitment ? commitmentLine(commitment.action, commitment.dueAt, timeZone) : '无' };
}

/** 已记录 · {customer}: what was understood from a follow-up, with a way to take it back or correct it. */
export function activityReceiptCard(facts: ActivityReceiptFacts): Card {
  const fields: CardField[] = [
    {
      label: '商机/阶段',
      value: facts.deal ? `${facts.deal.title ?? '未命名商机'} · ${STAGE_LABELS[facts.deal.stage]}` : '暂无进行中的商机',
    },
    { label: '信号', value: signalList(facts.tags) },
    promiseField(facts.commitment, facts.timeZone),
  ];
  if (facts.completed)
    fields.push({ label: '已完成', value: commitmentLine(facts.completed.action, facts.completed.dueAt, facts.timeZone) });
  if (facts.amount !== null) fields.push({ label: '金额', value: moneyText(facts.amount) });
  if (facts.rejectedAmount !== null) fields.push({ label: '金额', value: rejectedAmountText(facts.rejectedAmount) });
  if (facts.contacts.length > 0) {
    fields.push({
      label: '联系人',
      value: facts.contacts.map((c) => (c.role ? `${c.name}(${CONTACT_ROLE_LABELS[c.role]})` : c.name)).join('、'),
    });
  }
  // Short enough for a WeCom card field (30 characters).
  if (facts.readChars !== undefined)
    fields.push({ label: '提示', value: `只读了前 ${facts.readChars} 字,原文已保存;其余内容请分条发送。` });
  return {
    id: newCardId(),
    kind: 'activity-receipt',
    title: `已记录 · ${facts.customerName}`,
    subtitle: facts.summary,
    fields,
    buttons: [
      { actionId: RECEIPT_ACTIONS.undo, label: '撤销', style: 'secondary' },
      { actionId: RECEIPT_ACTIONS.changeCustomer, label: '改客户', style: 'secondary' },
      ...(facts.commitment
        ? ([
            { actionId: RESCHEDULE_ACTIONS.nextWorkday, label: '改时间 · 下个工作日', short: '改到下个工作日', style: 'secondary' },
            { actionId: RESCHEDULE_ACTIONS.nextWeek, label: '改时间 · 推一周', style: 'secondary' },
            { actionId: RESCHEDULE_ACTIONS.none, label: '改时间 · 不定时间', style: 'secondary' },
          ] as const)
        : []),
    ],
    links: [],
    state: 'open',
  };
}
