import { formatForPeople } from '../src/domain/business-time';
import { newCardId, type Card } from './card';
import { leadFields, type LeadSummary } from './lead-lines';

export const ESCALATION_ACTIONS = { reassign: 'reassign-lead', keep: 'keep-lead' } as const;

export interface LeadEscalationFacts {
  lead: LeadSummary;
  repName: string;
  kind: 'not_accepted' | 'not_touched';
  assignedAt: Date;
  /** The limit as people say it: 4 个工作小时, 24 小时. */
  limit: string;
  timeZone: string;
}

/** To the manager: a lead the rep has not accepted, or not followed up, in time; 重新分配 in one tap. */
export function leadEscalationCard(facts: LeadEscalationFacts): Card {
  const what = facts.kind === 'not_accepted' ? '未接受' : '未跟进';
  return {
    id: newCardId(),
    kind: 'lead-escalation',
    title: `线索${what} · ${facts.lead.company}`,
    subtitle: `${facts.repName} ${facts.limit}内${what}`,
    fields: [
      ...leadFields(facts.lead),
      { label: '负责人', value: facts.repName },
      { label: '分配时间', value: formatForPeople(facts.assignedAt, facts.timeZone) },
    ],
    buttons: [
      { actionId: ESCALATION_ACTIONS.reassign, label: '重新分配', style: 'primary' },
      { actionId: ESCALATION_ACTIONS.keep, label: '暂不', style: 'secondary' },
    ],
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}
