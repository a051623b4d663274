import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import type { GateResult } from '../src/domain/stage-gate';
import { newCardId, type Card, type CardField } from './card';

export const PROPOSAL_ACTIONS = { confirm: 'confirm-move', notNow: 'not-now' } as const;

export interface StageProposalFacts {
  customerName: string;
  dealTitle: string | null;
  from: Stage;
  to: Stage;
  /** The gate of the stage being left; null for moves that need none (丢单, 退回). */
  gate: GateResult | null;
  reason: string | null;
  daysInStage: number;
}

/** {customer}:{from} → {to}, with what is done and what is missing, confirmed by a tap. */
export function stageProposalCard(facts: StageProposalFacts): Card {
  const fields: CardField[] = [{ label: '商机', value: facts.dealTitle ?? '未命名商机' }];
  if (facts.gate) {
    fields.push({ label: '已完成', value: itemList(facts.gate.done.map((item) => item.text)) });
    fields.push({
      label: '还差',
      value: facts.gate.missing.length > 0 ? itemList(facts.gate.missing.map((item) => item.text)) : '无,可以推进',
    });
  }
  if (facts.reason) fields.push({ label: '原因', value: facts.reason });
  fields.push({ label: '停留天数', value: `${facts.daysInStage}天` });
  return {
    id: newCardId(),
    kind: 'stage-proposal',
    title: `${facts.customerName}:${STAGE_LABELS[facts.from]} → ${STAGE_LABELS[facts.to]}`,
    fields,
    buttons: [
      { actionId: PROPOSAL_ACTIONS.confirm, label: '确认推进', style: 'primary' },
      { actionId: PROPOSAL_ACTIONS.notNow, label: '暂不', style: 'secondary' },
    ],
    links: [],
    state: 'open',
  };
}

export function itemList(items: readonly string[]): string {
  return items.length > 0 ? items.join(';') : '无';
}
