import { newCardId, type Card, type CardButton } from './card';
import { dealLineField, moreText, type DealLine } from './deal-line';

export const FRIDAY_ACTIONS = { nudge: 'nudge-all', showAll: 'show-all' } as const;

export const NO_SILENT_DEALS_TEXT = '本周无沉默商机:团队进行中的商机 72 小时内都有跟进。';

/** 本周沉默商机 {n} 个: the manager's Friday list, biggest money first. */
export function fridayWarningCard(total: number, lines: readonly DealLine[]): Card {
  const more = moreText(total, lines.length);
  const buttons: CardButton[] = [{ actionId: FRIDAY_ACTIONS.nudge, label: '一键提醒', style: 'primary' }];
  if (more) buttons.push({ actionId: FRIDAY_ACTIONS.showAll, label: '查看全部', style: 'secondary' });
  return {
    id: newCardId(),
    kind: 'friday-warning',
    title: `本周沉默商机 ${total} 个`,
    subtitle: ['超过 72 小时没有跟进,按金额、沉默时长排序', more].filter(Boolean).join(';'),
    fields: lines.map(dealLineField),
    buttons,
    links: [],
    state: 'open',
  };
}
