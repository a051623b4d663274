import type { Effect } from '../pipeline/effects';
import type { CardRecord } from '../store/entities';
import type { FlowContext } from './flow-context';

/** Closes the tapped card: buttons gone, the outcome and who acted in its note. */
export type CloseCard = (state: 'done' | 'cancelled', outcome: string) => Effect;

/** What a button's handler is given: the tapped card (checked to be the tapper's and open) and the button. */
export interface CardTapInput {
  ctx: FlowContext;
  record: CardRecord;
  actionId: string;
  close: CloseCard;
}

export type CardActionHandler = (tap: CardTapInput) => Promise<Effect[]>;

/**
 * What one card kind's buttons do: fixed action ids (`undo`, `next-page`), and prefixes that the button
 * follows with what it acts on (`pick:<customerId>`, `done:<commitmentId>`).
 */
export interface CardActions {
  exact: Readonly<Record<string, CardActionHandler>>;
  prefixed: Readonly<Record<string, CardActionHandler>>;
}

/** The answer to a tap no handler takes: a button of an older card, or one whose target is gone. */
export const STALE_ACTION_REPLY = '这个按钮已失效,请重新发送消息。';

/** The entry of a kind whose cards have no buttons. */
export const NO_ACTIONS: CardActions = { exact: {}, prefixed: {} };

/** The handler of `actionId` on a card with these actions, or null when none handles it. */
export function resolveCardAction(actions: CardActions, actionId: string): CardActionHandler | null {
  if (Object.hasOwn(actions.exact, actionId)) return actions.exact[actionId];
  const prefix = Object.keys(actions.prefixed).find((p) => actionId.startsWith(p));
  return prefix === undefined ? null : actions.prefixed[prefix];
}
