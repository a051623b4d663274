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
/** Reps offered by name; with 我来接手 and 按负载自动分配 that is WeCom's six buttons at most. */
const REPS_SHOWN = 4;

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

/** {name} 已离开 · 请安排交接: to the manager, what the member held, the team's reps by name, 我来接手 and 按负载自动分配. */
export function handoverOfferCard(
  leaverName: string,
  held: HeldItems,
  reps: readonly { id: string; name: string }[],
  deciderId: string,
): Card {
  const takers = [
    ...reps.slice(0, REPS_SHOWN).map((rep) => ({ id: rep.id, label: `交给${rep.name}` })),
    { id: deciderId, label: '我来接手' },
  ];
  return {
    id: newCardId(),
    kind: 'handover-offer',
    title: `${leaverName} 已离开 · 请安排交接`,
    subtitle: `选一位同事接手全部,或按负载自动分配(每个客户连同商机、承诺、线索一起交给团队里当前待跟进最少的销售${reps.length > REPS_SHOWN ? `,共 ${reps.length} 位` : ''})`,
    fields: heldFields(held),
    buttons: [
      ...takers.map((taker) => ({
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
