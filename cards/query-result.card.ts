import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card, type CardButton, type CardField } from './card';
import { MAX_LINES } from './deal-line';
import { itemList } from './stage-proposal.card';

export const QUERY_ACTIONS = { propose: 'propose-move' } as const;

export interface DealStatus {
  customerName: string;
  dealTitle: string | null;
  ownerName: string;
  stage: Stage;
  followUpMarked: boolean;
  daysInStage: number;
  missing: string[];
  lastActivity: string;
  openCommitments: string[];
}

/** {customer} · {stage}: one deal's status, with a way to ask for the next stage. */
export function dealStatusCard(status: DealStatus, canPropose: boolean): Card {
  return {
    id: newCardId(),
    kind: 'query-result',
    title: `${status.customerName} · ${STAGE_LABELS[status.stage]}`,
    subtitle: `${status.dealTitle ?? '未命名商机'} · 负责人 ${status.ownerName}`,
    fields: [
      { label: '阶段', value: stageText(status) },
      { label: '停留天数', value: `${status.daysInStage}天` },
      { label: '还差', value: itemList(status.missing) },
      { label: '最后跟进', value: status.lastActivity },
      { label: '未完成承诺', value: itemList(status.openCommitments) },
    ],
    buttons: canPropose ? [{ actionId: QUERY_ACTIONS.propose, label: '推进阶段', style: 'primary' }] : [],
    links: [],
    state: 'open',
  };
}

function stageText(status: DealStatus): string {
  return `${STAGE_LABELS[status.stage]}${status.followUpMarked ? ' · 待跟进' : ''}`;
}

/** Any other answer (联系人, 跟进记录, 档案, 话术, 我的承诺): the facts one a line, with the actions the answer offers. */
export function queryAnswerCard(title: string, fields: CardField[], options: { subtitle?: string; buttons?: CardButton[] } = {}): Card {
  return {
    id: newCardId(),
    kind: 'query-result',
    title,
    subtitle: options.subtitle,
    fields: fields.slice(0, MAX_LINES),
    buttons: options.buttons ?? [],
    links: [],
    state: 'open',
  };
}
