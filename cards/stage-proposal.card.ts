import { STAGE_LABELS, STAGES, type Stage } from '../src/domain/stages';
import type { GateResult } from '../src/domain/stage-gate';
import { newCardId, type Card, type CardField } from './card';

export const PROPOSAL_ACTIONS = { confirm: 'confirm-move', notNow: 'not-now' } as const;

/** What the buttons and the closed card say, in the words of the move: 丢单 is marked, a deal is moved forward or back. */
export function moveWords(from: Stage, to: Stage): { confirm: string; done: string; refused: string; notNow: string } {
  if (to === 'lost') return { confirm: '确认丢单', done: '已标记丢单', refused: '未标记丢单', notNow: '暂不标记丢单' };
  if (STAGES.indexOf(to) < STAGES.indexOf(from))
    return { confirm: '确认退回', done: `已退回到${STAGE_LABELS[to]}`, refused: '未退回', notNow: '暂不退回' };
  return { confirm: '确认推进', done: `已推进到${STAGE_LABELS[to]}`, refused: '未推进', notNow: '暂不推进' };
}

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
      {
        actionId: PROPOSAL_ACTIONS.confirm,
        label: moveWords(facts.from, facts.to).confirm,
        style: facts.to === 'lost' ? 'danger' : 'primary',
      },
      { actionId: PROPOSAL_ACTIONS.notNow, label: '暂不', style: 'secondary' },
    ],
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

export function itemList(items: readonly string[]): string {
  return items.length > 0 ? items.join(';') : '无';
}
