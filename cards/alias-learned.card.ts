import { newCardId, type Card } from './card';

export const ALIAS_ACTIONS = { forget: 'forget-alias' } as const;

/** 已记住「新华信」: a name the bot learned from the rep's correction, with a way to take it back. */
export function aliasLearnedCard(alias: string, customerName: string): Card {
  return {
    id: newCardId(),
    kind: 'alias-learned',
    title: `已记住「${alias}」`,
    subtitle: `以后消息里写「${alias}」,就记到${customerName}。`,
    fields: [{ label: '客户', value: customerName }],
    buttons: [{ actionId: ALIAS_ACTIONS.forget, label: '不要记住', style: 'secondary' }],
    links: [],
    state: 'open',
  };
}
