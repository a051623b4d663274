import { DRILL_PREFIX } from '../../cards/briefing.card';
import { NEXT_PAGE_ACTION } from '../../cards/deal-page.card';
import type { Effect } from '../pipeline/effects';
import type { CardRecord } from '../store/entities';
import { dealPage } from './deal-lines';
import type { FlowContext } from './flow-context';

/** 查看明细 on a briefing sends the deals behind that number; 下一页 pages on. The briefing stays open. */
export async function briefingAction(ctx: FlowContext, record: CardRecord, actionId: string): Promise<Effect[] | null> {
  if (actionId === NEXT_PAGE_ACTION) {
    const { dealIds, page, title } = record.context as { dealIds: string[]; page: number; title: string };
    return [await dealPage(ctx, record.kind as 'briefing-manager', title, dealIds, page + 1)];
  }
  if (!actionId.startsWith(DRILL_PREFIX)) return null;
  const dealIds = (record.context[actionId] as string[] | undefined) ?? [];
  // The button reads 查看明细 · {number's label}.
  const label = record.card.buttons.find((b) => b.actionId === actionId)?.label.split(' · ')[1] ?? '明细';
  return [await dealPage(ctx, record.kind as 'briefing-manager', label, dealIds, 1)];
}
