import { DONE_PREFIX, DRILL_PREFIX, storedDrill } from '../../cards/briefing.card';
import { NEXT_PAGE_ACTION } from '../../cards/deal-page.card';
import type { Effect } from '../pipeline/effects';
import { formatForPeople } from '../domain/business-time';
import { Commitment, Deal, type CardRecord } from '../store/entities';
import { listPage, nextListPage } from './deal-lines';
import type { FlowContext } from './flow-context';

/**
 * 查看明细 on a briefing sends the deals (or leads) behind that number; 下一页 pages on; 已完成 marks that promise
 * done. The briefing stays open for its other buttons.
 */
export async function briefingAction(ctx: FlowContext, record: CardRecord, actionId: string): Promise<Effect[] | null> {
  if (actionId.startsWith(DONE_PREFIX)) return completeFromCard(ctx, record, actionId);
  const kind = record.kind as 'briefing-manager';
  if (actionId === NEXT_PAGE_ACTION) return [await nextListPage(ctx, record)];
  if (!actionId.startsWith(DRILL_PREFIX)) return null;
  const stored = storedDrill(record.context, actionId);
  // The button reads 查看明细 · {number's label}.
  const label = record.card.buttons.find((b) => b.actionId === actionId)?.label.split(' · ')[1] ?? '明细';
  return [await listPage(ctx, kind, label, stored, 1)];
}

/**
 * 已完成 on a briefing or a promise list: marks the rep's promise done (a done commitment is real activity:
 * the deal's silence timer restarts) and shows the card without that button.
 */
export async function completeFromCard(ctx: FlowContext, record: CardRecord, actionId: string): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  const commitment = await em.findOneBy(Commitment, { tenantId: tenant.id, id: actionId.slice(DONE_PREFIX.length), ownerId: actor.id });
  const card = { ...record.card, buttons: record.card.buttons.filter((b) => b.actionId !== actionId) };
  if (!commitment) return [{ type: 'update-card', cardId: record.id, card }];
  if (!commitment.doneAt) {
    await em.update(Commitment, { tenantId: tenant.id, id: commitment.id }, { doneAt: now });
    if (commitment.dealId)
      await em.update(
        Deal,
        { tenantId: tenant.id, id: commitment.dealId },
        { lastActivityAt: now, followUpFlaggedAt: null, updatedAt: now },
      );
  }
  const note = `已完成:${commitment.action} · ${formatForPeople(now, tenant.timezone)}`;
  return [{ type: 'update-card', cardId: record.id, card: { ...card, note: record.card.note ? `${record.card.note};${note}` : note } }];
}
