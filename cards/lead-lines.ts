import { moneyText } from './format';

/** The lines every lead card shows about the lead itself. */
export interface LeadSummary {
  company: string;
  contactName: string | null;
  phone: string | null;
  budget: number | null;
  need: string | null;
  submittedBy: string;
}

export function leadFields(lead: LeadSummary): { label: string; value: string }[] {
  const contact = [lead.contactName, lead.phone].filter(Boolean).join(' ');
  const need = [lead.need, lead.budget !== null ? `预算 ${moneyText(lead.budget)}` : null].filter(Boolean).join(';');
  return [
    { label: '来源', value: lead.submittedBy },
    ...(contact ? [{ label: '联系人', value: contact }] : []),
    { label: '需求', value: need || '未说明' },
  ];
}
