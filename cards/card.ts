/** The neutral card model (docs/contracts/console.md); every platform renders it within its own limits. */

export type CardKind =
  | 'activity-receipt'
  | 'ask-customer'
  | 'stage-proposal'
  | 'stage-moved'
  | 'evidence-ask'
  | 'overdue-alert'
  | 'friday-warning'
  | 'rep-nudge'
  | 'briefing-manager'
  | 'briefing-rep'
  | 'lead-assignment'
  | 'lead-escalation'
  | 'duplicate-notice'
  | 'query-result'
  | 'alias-learned'
  | 'handover-offer'
  | 'handover-received'
  | 'help';

export type CardState = 'open' | 'done' | 'cancelled';

export interface CardField {
  label: string;
  value: string;
  /**
   * The field as a narrow key–value row shows it (a list of deals on a phone): a label of a few
   * characters (the customer's short name), the value's point, and `rest`, what the row leaves out
   * (the last thing said, the tags), for a line of its own. Without it a row shows label and value.
   */
  row?: { label: string; value: string; rest?: string };
}

export interface CardButton {
  actionId: string;
  label: string;
  style: 'primary' | 'secondary' | 'danger';
  /** A shorter label of the same meaning, for narrow buttons (`已跟进 华信精密`). */
  short?: string;
}

export interface CardLink {
  label: string;
  url: string;
}

export interface Card {
  id: string;
  kind: CardKind;
  title: string;
  subtitle?: string;
  fields: CardField[];
  buttons: CardButton[];
  links: CardLink[];
  state: CardState;
  /**
   * Waiting for its recipient's decision (confirm a move, pick a customer, answer an alert, accept a
   * lead): only such a card shows 待处理 while open. Receipts, answers and briefings offer buttons too,
   * but nothing waits on them.
   */
  awaitsDecision?: boolean;
  /** Shown once the card is used, e.g. "已撤销 · 张伟 · 3月4日 周三 10:20". */
  note?: string;
}

export function newCardId(): string {
  // WeCom task_id allows [A-Za-z0-9_@-] up to 128 bytes; this stays well inside.
  return `card_${crypto.randomUUID().replaceAll('-', '')}`;
}

/** The card after a button did its work: buttons gone, the outcome in the note. */
export function closeCard(card: Card, state: Exclude<CardState, 'open'>, note: string): Card {
  return { ...card, state, note, buttons: [] };
}

/**
 * What a card's buttons act on (activity id, deal id, …), kept server-side and never trusted from a client.
 * Flat on purpose: ids and small values only.
 */
export type CardContext = { [key: string]: string | number | boolean | null | string[] };
