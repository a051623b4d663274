import type { SignalTag } from '../src/domain/signals';
import { STAGE_LABELS, type Stage } from '../src/domain/stages';
import type { CardField } from './card';
import { moneyText, signalList } from './format';

/** One deal as a line of a list card: the Friday list, its pages, a rep's nudge, a briefing's drill-down. */
export interface DealLine {
  dealId: string;
  customerName: string;
  ownerName: string;
  stage: Stage;
  silentDays: number;
  amount: number | null;
  /** The latest follow-up's words, already cut to one line; null when nobody reported any. */
  lastSaid: string | null;
  tags: readonly SignalTag[];
}

/** WeCom shows at most 6 fields: a list card shows 6 lines and says how many more there are. */
export const MAX_LINES = 6;

export function dealLineField(line: DealLine): CardField {
  const parts = [
    line.ownerName,
    STAGE_LABELS[line.stage],
    `沉默${line.silentDays}天`,
    line.amount !== null ? moneyText(line.amount) : '金额未填',
    line.lastSaid ? `「${line.lastSaid}」` : '暂无跟进记录',
  ];
  if (line.tags.length > 0) parts.push(signalList(line.tags));
  return { label: line.customerName, value: parts.join(' · ') };
}

/** "还有 N 条" when a list is cut. */
export function moreText(total: number, shown: number): string | undefined {
  return total > shown ? `还有 ${total - shown} 条` : undefined;
}
