import { newCardId, type Card, type CardField } from './card';
import { dealLineField, MAX_LINES, type DealLine } from './deal-line';

export const NEXT_PAGE_ACTION = 'next-page';

/** One page of a deal list (查看全部, 查看明细), with 下一页 while there is more; pages count from 1. */
export function dealPageCard(kind: Card['kind'], title: string, total: number, page: number, lines: readonly DealLine[]): Card {
  return listPageCard(kind, title, total, page, lines.map(dealLineField));
}

/** One page of any list, one field a line, `MAX_LINES` a page. */
export function listPageCard(kind: Card['kind'], title: string, total: number, page: number, fields: CardField[]): Card {
  const pages = Math.max(1, Math.ceil(total / MAX_LINES));
  return {
    id: newCardId(),
    kind,
    title: `${title} · 第 ${page}/${pages} 页`,
    subtitle: `共 ${total} 个`,
    fields,
    buttons: page < pages ? [{ actionId: NEXT_PAGE_ACTION, label: '下一页', style: 'secondary' }] : [],
    links: [],
    state: 'open',
  };
}
