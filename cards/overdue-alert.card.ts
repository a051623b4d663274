import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card, type CardButton } from './card';
import { commitmentLine } from './format';

export const OVERDUE_ACTIONS = { followedUp: 'followed-up', postpone: 'postpone-1d', markLost: 'mark-lost' } as const;

export interface OverdueAlertFacts {
  customerName: string;
  stage: Stage | null;
  /** Hours of silence for a stage timer; null for a commitment. */
  silentHours: number | null;
  lastActivity: string;
  commitment: { action: string; dueAt: Date | null } | null;
  followUpMarked: boolean;
  timeZone: string;
}

/** {customer} 已沉默 {n} 小时 / 承诺逾期: a breach, with the three ways a rep answers it. */
export function overdueAlertCard(facts: OverdueAlertFacts): Card {
  const stageText = facts.stage ? `${STAGE_LABELS[facts.stage]}${facts.followUpMarked ? ' · 待跟进' : ''}` : '无进行中的商机';
  const fields = [
    { label: '阶段', value: stageText },
    { label: '最后一次跟进', value: facts.lastActivity },
  ];
  if (facts.commitment)
    fields.push({ label: '承诺', value: commitmentLine(facts.commitment.action, facts.commitment.dueAt, facts.timeZone) });
  const buttons: CardButton[] = [{ actionId: OVERDUE_ACTIONS.followedUp, label: '已跟进', style: 'primary' }];
  if (facts.commitment) buttons.push({ actionId: OVERDUE_ACTIONS.postpone, label: '延期1天', style: 'secondary' });
  if (facts.stage) buttons.push({ actionId: OVERDUE_ACTIONS.markLost, label: '标记丢单', style: 'danger' });
  return {
    id: newCardId(),
    kind: 'overdue-alert',
    title: facts.silentHours !== null ? `${facts.customerName} 已沉默 ${facts.silentHours} 小时` : `${facts.customerName} · 承诺逾期`,
    fields,
    buttons,
    links: [],
    state: 'open',
  };
}
