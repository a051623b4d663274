import { newCardId, type Card } from './card';
import { leadFields, type LeadSummary } from './lead-lines';

/** To the submitter: the lead is a customer someone already owns — the owner's name and nothing of the deal. */
export function duplicateForSubmitterCard(company: string, ownerName: string | null): Card {
  return {
    id: newCardId(),
    kind: 'duplicate-notice',
    title: `${company} 已有负责人`,
    subtitle: '这是已登记的客户,不会重复建档。',
    fields: [{ label: '负责人', value: ownerName ?? '暂无(公海客户)' }],
    buttons: [],
    links: [],
    state: 'open',
  };
}

/** To the owner: a new inquiry arrived on their customer. */
export function duplicateForOwnerCard(customerName: string, lead: LeadSummary): Card {
  return {
    id: newCardId(),
    kind: 'duplicate-notice',
    title: `你的客户有新动态 · ${customerName}`,
    subtitle: `又收到一条「${lead.company}」的线索,请及时跟进。`,
    fields: leadFields(lead),
    buttons: [],
    links: [],
    state: 'open',
  };
}
