import { formatForPeople } from '../src/domain/business-time';
import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card, type CardField } from './card';

export interface StageMovedFacts {
  customerName: string;
  dealTitle: string | null;
  from: Stage;
  to: Stage;
  actorName: string;
  at: Date;
  reason: string | null;
  timeZone: string;
}

/** {customer} 已进入 {to}: for the manager (and the owner when someone else confirmed). */
export function stageMovedCard(facts: StageMovedFacts): Card {
  const fields: CardField[] = [
    { label: '商机', value: facts.dealTitle ?? '未命名商机' },
    { label: '阶段', value: `${STAGE_LABELS[facts.from]} → ${STAGE_LABELS[facts.to]}` },
    { label: '操作人', value: facts.actorName },
    { label: '时间', value: formatForPeople(facts.at, facts.timeZone) },
    { label: '确认方式', value: '卡片确认' },
  ];
  if (facts.reason) fields.push({ label: '原因', value: facts.reason });
  return {
    id: newCardId(),
    kind: 'stage-moved',
    title: `${facts.customerName} ${movedWords(facts.to)}`,
    fields,
    buttons: [],
    links: [],
    state: 'open',
  };
}

function movedWords(to: Stage): string {
  if (to === 'won') return '已赢单';
  if (to === 'lost') return '已标记丢单';
  return `已进入 ${STAGE_LABELS[to]}`;
}
