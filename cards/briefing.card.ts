import { newCardId, type Card, type CardButton, type CardContext, type CardField } from './card';

export const DRILL_PREFIX = 'drill:';
export const DONE_PREFIX = 'done:';
/** WeCom shows at most 6 buttons: the drill-down plus five 已完成. */
const MAX_DONE_BUTTONS = 5;

export interface BriefingNumber {
  label: string;
  value: string;
  /** The deals (or, for the lead numbers, the leads) behind the number, offered as 查看明细; none when there are none. */
  drill?: { key: string; dealIds: string[] } | { key: string; leadIds: string[] };
}

function drillSize(drill: NonNullable<BriefingNumber['drill']>): number {
  return 'dealIds' in drill ? drill.dealIds.length : drill.leadIds.length;
}

/** 今日简报 · {team}: the manager's morning numbers, each with a drill-down to its deals. */
export function managerBriefingCard(team: string, dateText: string, numbers: readonly BriefingNumber[]): Card {
  return briefingCard('briefing-manager', `今日简报 · ${team}`, dateText, numbers);
}

/** 今日待办 · {n} 项: the rep's day, with 已完成 for each promise due today or overdue (most urgent first). */
export function repBriefingCard(
  items: number,
  dateText: string,
  numbers: readonly BriefingNumber[],
  commitments: readonly { id: string; action: string }[],
): Card {
  const card = briefingCard('briefing-rep', `今日待办 · ${items} 项`, dateText, numbers);
  return { ...card, buttons: [...doneButtons(commitments, MAX_DONE_BUTTONS), ...card.buttons] };
}

/** 已完成 · {action} for each promise, most urgent first, at most `max` of them. */
export function doneButtons(commitments: readonly { id: string; action: string }[], max: number): CardButton[] {
  return commitments
    .slice(0, max)
    .map((c) => ({ actionId: `${DONE_PREFIX}${c.id}`, label: `已完成 · ${shorten(c.action)}`, style: 'primary' }));
}

function shorten(text: string, max = 10): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function briefingCard(kind: Card['kind'], title: string, subtitle: string, numbers: readonly BriefingNumber[]): Card {
  const fields: CardField[] = numbers.map(({ label, value }) => ({ label, value }));
  const buttons: CardButton[] = numbers
    .filter((n) => n.drill && drillSize(n.drill) > 0)
    .map((n) => ({ actionId: `${DRILL_PREFIX}${n.drill!.key}`, label: `查看明细 · ${n.label}`, style: 'secondary' }));
  return { id: newCardId(), kind, title, subtitle, fields, buttons, links: [], state: 'open' };
}

/** Context keys of lead drill-downs: `leads:drill:activation`; a deal drill-down's key is its button's action. */
const LEADS_PREFIX = 'leads:';

/** What the card's context keeps: the ids per drill-down button. */
export function drillContext(numbers: readonly BriefingNumber[]): Record<string, string[]> {
  const entries: [string, string[]][] = numbers.flatMap(({ drill }) => {
    if (!drill) return [];
    const action = `${DRILL_PREFIX}${drill.key}`;
    return 'dealIds' in drill ? [[action, drill.dealIds]] : [[`${LEADS_PREFIX}${action}`, drill.leadIds]];
  });
  return Object.fromEntries(entries);
}

/** The ids a drill-down button stands for, as `drillContext` kept them. */
export function storedDrill(context: CardContext, action: string): { dealIds: string[] } | { leadIds: string[] } {
  const leadIds = context[`${LEADS_PREFIX}${action}`];
  if (Array.isArray(leadIds)) return { leadIds };
  const dealIds = context[action];
  return { dealIds: Array.isArray(dealIds) ? dealIds : [] };
}
