import type { SignalTag } from '../src/domain/signals';
import { shortCompanyName } from '../src/domain/company-name';
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
  const silence = `沉默${line.silentDays}天`;
  const amount = line.amount !== null ? moneyText(line.amount) : '金额未填';
  const said = line.lastSaid ? `「${line.lastSaid}」` : '暂无跟进记录';
  const tags = line.tags.length > 0 ? [signalList(line.tags)] : [];
  const stage = STAGE_LABELS[line.stage];
  return {
    label: line.customerName,
    value: [line.ownerName, stage, silence, amount, said, ...tags].join(' · '),
    // A narrow row keeps who, how long silent and how much; what was said and the tags go below it.
    row: {
      label: shortCompanyName(line.customerName),
      value: [silence, amount, line.ownerName].join(' · '),
      rest: [stage, said, ...tags].join(' · '),
    },
  };
}

/** "还有 N 条" when a list is cut. */
export function moreText(total: number, shown: number): string | undefined {
  return total > shown ? `还有 ${total - shown} 条` : undefined;
}
