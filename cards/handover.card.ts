import { newCardId, type Card, type CardField } from './card';

export const HANDOVER_ACTIONS = { toPrefix: 'handover-to:', auto: 'handover-auto' } as const;

/** What a member held, by name, for a card: customers, open deals, open promises, leads. */
export interface HeldItems {
  customers: string[];
  deals: string[];
  promises: string[];
  leads: string[];
}

/** Cards show this many names per line; the count says the rest. */
const NAMES_SHOWN = 5;
/** Buttons beside 按负载自动分配: a team's reps, the manager last. */
const TAKERS_SHOWN = 5;

function heldFields(held: HeldItems): CardField[] {
  const line = (label: string, names: readonly string[]): CardField[] =>
    names.length === 0
      ? []
      : [{ label: `${label} ${names.length}`, value: names.slice(0, NAMES_SHOWN).join('、') + (names.length > NAMES_SHOWN ? ' 等' : '') }];
  return [
    ...line('客户', held.customers),
    ...line('进行中商机', held.deals),
    ...line('未完成承诺', held.promises),
    ...line('线索', held.leads),
  ];
}

/** {name} 已离开 · 请安排交接: to the manager, what the member held and who may take it over. */
export function handoverOfferCard(leaverName: string, held: HeldItems, takers: readonly { id: string; label: string }[]): Card {
  return {
    id: newCardId(),
    kind: 'handover-offer',
    title: `${leaverName} 已离开 · 请安排交接`,
    subtitle: '选一位同事接手全部,或按负载自动分配(每个客户连同商机、承诺、线索一起交给当前待跟进最少的销售)',
    fields: heldFields(held),
    buttons: [
      ...takers.slice(0, TAKERS_SHOWN).map((taker) => ({
        actionId: `${HANDOVER_ACTIONS.toPrefix}${taker.id}`,
        label: taker.label,
        style: 'secondary' as const,
      })),
      { actionId: HANDOVER_ACTIONS.auto, label: '按负载自动分配', style: 'primary' },
    ],
    links: [],
    state: 'open',
    awaitsDecision: true,
  };
}

/** {manager} 把 {leaver} 的工作交给你: to the new owner, what they received. */
export function handoverReceivedCard(managerName: string, leaverName: string, held: HeldItems): Card {
  return {
    id: newCardId(),
    kind: 'handover-received',
    title: `${managerName} 把 ${leaverName} 的工作交给你`,
    subtitle: '历史跟进记录都在客户档案里,请尽快联系客户',
    fields: heldFields(held),
    buttons: [],
    links: [],
    state: 'open',
  };
}
