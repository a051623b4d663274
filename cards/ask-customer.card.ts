import { shortCompanyName } from '../src/domain/company-name';
import { newCardId, type Card } from './card';

export const NEW_CUSTOMER_ACTION = 'new-customer';
export const PICK_CUSTOMER_PREFIX = 'pick:';
const MAX_CANDIDATES = 5;

export interface AskCustomerFacts {
  text: string;
  candidates: readonly { id: string; name: string }[];
  /** The name as written when the rep may mean a customer that is not on file yet. */
  newCustomerName: string | null;
}

/** 这条记录属于哪个客户?: one button per likely customer, plus 新客户 when a new name was written. */
export function askCustomerCard(facts: AskCustomerFacts): Card {
  const candidates = facts.candidates.slice(0, MAX_CANDIDATES);
  const buttons: Card['buttons'] = candidates.map((c) => ({
    actionId: `${PICK_CUSTOMER_PREFIX}${c.id}`,
    label: c.name,
    short: shortCompanyName(c.name, 10),
    style: 'secondary',
  }));
  if (facts.newCustomerName)
    buttons.push({
      actionId: NEW_CUSTOMER_ACTION,
      label: `新客户:${facts.newCustomerName}`,
      short: `新建 ${shortCompanyName(facts.newCustomerName, 7)}`,
      style: 'primary',
    });
  return {
    id: newCardId(),
    kind: 'ask-customer',
    title: '这条记录属于哪个客户?',
    subtitle: askSubtitle(candidates.length, facts.newCustomerName),
    fields: [
      { label: '消息', value: facts.text },
      ...(candidates.length > 0 ? [{ label: '可能是', value: candidates.map((c) => c.name).join('、') }] : []),
    ],
    buttons,
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

function askSubtitle(candidateCount: number, newCustomerName: string | null): string {
  if (newCustomerName) return `「${newCustomerName}」还不在你的客户里:是下面哪个客户,还是新建?`;
  if (candidateCount > 0) return '没认出是哪个客户,请点选一个;如果是新客户,请写上公司全称再发一次。';
  return '没认出是哪个客户,你名下也还没有客户。如果是新客户,请写上公司全称再发一次。';
}
