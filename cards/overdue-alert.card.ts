import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card, type CardButton, type CardField } from './card';
import { commitmentLine } from './format';

/** The rep's answers to an alert about their own deal or promise. */
export const OVERDUE_ACTIONS = { followedUp: 'followed-up', postpone: 'postpone-1d', markLost: 'mark-lost' } as const;
/** A manager's answers to an alert about a rep's deal: never a follow-up of the rep's. */
export const MANAGER_OVERDUE_ACTIONS = { remindRep: 'remind-rep', handOver: 'hand-over', takeOver: 'take-over' } as const;
/** `hand-to:{userId}`: the colleague picked after 转给他人. */
export const HAND_TO_PREFIX = 'hand-to:';

export interface OverdueAlertFacts {
  customerName: string;
  /** The deal's title; null when it has none or there is no open deal. */
  dealTitle: string | null;
  ownerName: string;
  stage: Stage | null;
  /** Hours of silence for a stage timer; null for a commitment. */
  silentHours: number | null;
  lastActivity: string;
  commitment: { action: string; dueAt: Date | null } | null;
  followUpMarked: boolean;
  timeZone: string;
  /** The deal's owner answers for it; their manager oversees it. */
  audience: 'rep' | 'manager';
}

/** {customer} 已沉默 {n} 小时 / 承诺逾期: a breach, with the rep's three answers or the manager's three. */
export function overdueAlertCard(facts: OverdueAlertFacts): Card {
  const stageText = facts.stage ? `${STAGE_LABELS[facts.stage]}${facts.followUpMarked ? ' · 待跟进' : ''}` : '无进行中的商机';
  const fields: CardField[] = [];
  if (facts.audience === 'manager') fields.push({ label: '负责人', value: facts.ownerName });
  if (facts.stage) fields.push({ label: '商机', value: facts.dealTitle ?? '未命名商机' });
  fields.push({ label: '阶段', value: stageText }, { label: '最后一次跟进', value: facts.lastActivity });
  if (facts.commitment)
    fields.push({ label: '承诺', value: commitmentLine(facts.commitment.action, facts.commitment.dueAt, facts.timeZone) });
  return {
    id: newCardId(),
    kind: 'overdue-alert',
    title: facts.silentHours !== null ? `${facts.customerName} 已沉默 ${facts.silentHours} 小时` : `${facts.customerName} · 承诺逾期`,
    fields,
    buttons: facts.audience === 'manager' ? managerButtons(facts) : repButtons(facts),
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

function repButtons(facts: OverdueAlertFacts): CardButton[] {
  const buttons: CardButton[] = [{ actionId: OVERDUE_ACTIONS.followedUp, label: '已跟进', style: 'primary' }];
  if (facts.commitment) buttons.push({ actionId: OVERDUE_ACTIONS.postpone, label: '延期1天', style: 'secondary' });
  if (facts.stage) buttons.push({ actionId: OVERDUE_ACTIONS.markLost, label: '标记丢单', style: 'danger' });
  return buttons;
}

function managerButtons(facts: OverdueAlertFacts): CardButton[] {
  const buttons: CardButton[] = [{ actionId: MANAGER_OVERDUE_ACTIONS.remindRep, label: '提醒销售', style: 'primary' }];
  if (facts.stage) buttons.push({ actionId: MANAGER_OVERDUE_ACTIONS.handOver, label: '转给他人', style: 'secondary' });
  buttons.push({ actionId: MANAGER_OVERDUE_ACTIONS.takeOver, label: '我来跟进', style: 'secondary' });
  return buttons;
}

/** After 转给他人: the same alert, its buttons now the colleagues who may take the deal over (WeCom shows six). */
export function handOverChoices(card: Card, colleagues: readonly { id: string; name: string }[]): Card {
  return {
    ...card,
    subtitle: '转给谁?',
    buttons: colleagues.slice(0, 6).map((c) => ({ actionId: `${HAND_TO_PREFIX}${c.id}`, label: `转给${c.name}`, style: 'secondary' })),
  };
}
