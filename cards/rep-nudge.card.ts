import { shortCompanyName } from '../src/domain/company-name';
import { newCardId, type Card } from './card';
import { dealLineField, MAX_LINES, moreText, type DealLine } from './deal-line';

export const FOLLOWED_UP_PREFIX = 'followed:';

/** {manager} 提醒你跟进 {n} 个商机: the rep's own silent deals, one 已跟进 button per deal shown. */
export function repNudgeCard(managerName: string, lines: readonly DealLine[]): Card {
  const shown = lines.slice(0, MAX_LINES);
  return {
    id: newCardId(),
    kind: 'rep-nudge',
    title: `${managerName} 提醒你跟进 ${lines.length} 个商机`,
    subtitle: ['这些商机超过 72 小时没有跟进', moreText(lines.length, shown.length)].filter(Boolean).join(';'),
    fields: shown.map(dealLineField),
    buttons: shown.map((line) => ({
      actionId: `${FOLLOWED_UP_PREFIX}${line.dealId}`,
      label: `已跟进 ${shortCompanyName(line.customerName)}`,
      style: 'secondary' as const,
    })),
    links: [],
    state: 'open',
  };
}
