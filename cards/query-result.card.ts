import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import { newCardId, type Card, type CardField } from './card';
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

const MAX_LINES = 6;

/** 我的商机 / 团队商机: one line per open deal, cut with 还有 N 个. */
export function dealListCard(title: string, deals: readonly DealStatus[]): Card {
  const shown = deals.length > MAX_LINES ? deals.slice(0, MAX_LINES - 1) : deals;
  const fields: CardField[] = shown.map((d) => ({
    label: d.customerName,
    value: `${stageText(d)} · 停留${d.daysInStage}天 · ${d.missing.length > 0 ? `还差${d.missing.length}项` : '可推进'} · ${d.ownerName}`,
  }));
  if (shown.length < deals.length) fields.push({ label: '更多', value: `还有 ${deals.length - shown.length} 个` });
  return {
    id: newCardId(),
    kind: 'query-result',
    title: `${title} · ${deals.length} 个`,
    subtitle: deals.length === 0 ? '暂时没有进行中的商机。' : undefined,
    fields,
    buttons: [],
    links: [],
    state: 'open',
  };
}

function stageText(status: DealStatus): string {
  return `${STAGE_LABELS[status.stage]}${status.followUpMarked ? ' · 待跟进' : ''}`;
}
