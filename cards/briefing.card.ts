import { newCardId, type Card, type CardButton, type CardContext, type CardField } from './card';

export const DRILL_PREFIX = 'drill:';
export const DONE_PREFIX = 'done:';
/** WeCom shows at most 6 buttons: the drill-down plus five 已完成. */
const MAX_DONE_BUTTONS = 5;

/** The ids behind a number, of one kind of thing: deals, leads (线索激活率), or promises (动作闭环率). */
export type DrillIds = { dealIds: string[] } | { leadIds: string[] } | { promiseIds: string[] };

export interface BriefingNumber {
  label: string;
  value: string;
  /** What is behind the number, offered as 查看明细; none when there is nothing. */
  drill?: { key: string } & DrillIds;
}

function drillSize(drill: DrillIds): number {
  return drillIdList(drill).ids.length;
}

/** The list a drill-down stands for: which kind of thing, and its ids. */
export function drillIdList(drill: DrillIds): { list: 'deals' | 'leads' | 'promises'; ids: string[] } {
  if ('leadIds' in drill) return { list: 'leads', ids: drill.leadIds };
  if ('promiseIds' in drill) return { list: 'promises', ids: drill.promiseIds };
  return { list: 'deals', ids: drill.dealIds };
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
  return commitments.slice(0, max).map((c) => ({
    actionId: `${DONE_PREFIX}${c.id}`,
    label: `已完成 · ${shorten(c.action)}`,
    short: `完成 ${shorten(c.action, 7)}`,
    style: 'primary',
  }));
}

function shorten(text: string, max = 10): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function briefingCard(kind: Card['kind'], title: string, subtitle: string, numbers: readonly BriefingNumber[]): Card {
  const fields: CardField[] = numbers.map(({ label, value }) => ({ label, value }));
  const buttons: CardButton[] = numbers
    .filter((n) => n.drill && drillSize(n.drill) > 0)
    .map((n) => ({
      actionId: `${DRILL_PREFIX}${n.drill!.key}`,
      label: `查看明细 · ${n.label}`,
      short: `${n.label.replaceAll(' ', '')}明细`,
      style: 'secondary',
    }));
  return { id: newCardId(), kind, title, subtitle, fields, buttons, links: [], state: 'open' };
}

/** Context keys of lead and promise drill-downs (`leads:drill:activation`); a deal drill-down's key is its button's action. */
const LIST_PREFIX = { leads: 'leads:', promises: 'promises:', deals: '' } as const;

/** What the card's context keeps: the ids per drill-down button. */
export function drillContext(numbers: readonly BriefingNumber[]): Record<string, string[]> {
  const entries: [string, string[]][] = numbers.flatMap(({ drill }) => {
    if (!drill) return [];
    const { list, ids } = drillIdList(drill);
    return [[`${LIST_PREFIX[list]}${DRILL_PREFIX}${drill.key}`, ids]];
  });
  return Object.fromEntries(entries);
}

/** The ids a drill-down button stands for, as `drillContext` kept them. */
export function storedDrill(context: CardContext, action: string): DrillIds {
  const stored = (list: 'leads' | 'promises') => {
    const ids = context[`${LIST_PREFIX[list]}${action}`];
    return Array.isArray(ids) ? ids : null;
  };
  const leadIds = stored('leads');
  if (leadIds) return { leadIds };
  const promiseIds = stored('promises');
  if (promiseIds) return { promiseIds };
  const dealIds = context[action];
  return { dealIds: Array.isArray(dealIds) ? dealIds : [] };
}
