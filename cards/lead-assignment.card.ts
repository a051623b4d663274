import { newCardId, type Card } from './card';
import { leadFields, type LeadSummary } from './lead-lines';

export const LEAD_ACTIONS = { accept: 'accept-lead', return: 'return-lead' } as const;

export interface LeadAssignmentFacts {
  lead: LeadSummary;
  score: number;
  /** `评分 88(地域 30/…)`. */
  scoreText: string;
  reason: string;
}

/** 新线索 · {company} · {score}分: the lead, how it scored and why this rep, with 接受 / 退回. */
export function leadAssignmentCard(facts: LeadAssignmentFacts): Card {
  return {
    id: newCardId(),
    kind: 'lead-assignment',
    title: `新线索 · ${facts.lead.company} · ${facts.score}分`,
    fields: [...leadFields(facts.lead), { label: '评分构成', value: facts.scoreText }, { label: '分配理由', value: facts.reason }],
    buttons: [
      { actionId: LEAD_ACTIONS.accept, label: '接受', style: 'primary' },
      { actionId: LEAD_ACTIONS.return, label: '退回', style: 'secondary' },
    ],
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}
