import { DONE_PREFIX, DRILL_PREFIX, storedDrill } from '../../cards/briefing.card';
import { NEXT_PAGE_ACTION } from '../../cards/deal-page.card';
import { formatForPeople } from '../domain/business-time';
import { Commitment, Deal } from '../store/entities';
import type { CardActionHandler, CardActions } from './card-actions';
import type { FlowContext } from './flow-context';
import { listPage, nextListPage } from './deal-lines';

/** 查看明细 on a briefing sends the deals, leads or promises behind that number. */
const drillDown: CardActionHandler = async ({ ctx, record, actionId }) => {
  const stored = storedDrill(record.context, actionId);
  // The button reads 查看明细 · {number's label}.
  const label = record.card.buttons.find((b) => b.actionId === actionId)?.label.split(' · ')[1] ?? '明细';
  return [await listPage(ctx, record.kind, label, stored, 1)];
};

/**
 * 已完成 on a briefing or a promise list: marks the rep's promise done (a done commitment is real activity:
 * the deal's silence timer restarts) and shows the card without that button.
 */
export const completeFromCard: CardActionHandler = async ({ ctx, record, actionId }) => {
  const { tenant, now } = ctx;
  const commitment = await completePromise(ctx, actionId.slice(DONE_PREFIX.length));
  const card = { ...record.card, buttons: record.card.buttons.filter((b) => b.actionId !== actionId) };
  if (!commitment) return [{ type: 'update-card', cardId: record.id, card }];
  const note = `已完成:${commitment.action} · ${formatForPeople(now, tenant.timezone)}`;
  return [{ type: 'update-card', cardId: record.id, card: { ...card, note: record.card.note ? `${record.card.note};${note}` : note } }];
};

/** The buttons of a briefing: 查看明细 per number, 已完成 per promise, 下一页 of a list it sent. The briefing stays open. */
export const briefingActions: CardActions = {
  exact: { [NEXT_PAGE_ACTION]: nextListPage },
  prefixed: { [DONE_PREFIX]: completeFromCard, [DRILL_PREFIX]: drillDown },
};

/**
 * Marks the actor's own promise done (a card's 已完成, the to-do page's 已完成); a done commitment is real
 * activity, so the deal's silence timer restarts. Null when it is not the actor's promise.
 */
export async function completePromise(ctx: FlowContext, commitmentId: string): Promise<Commitment | null> {
  const { em, tenant, actor, now } = ctx;
  const commitment = await em.findOneBy(Commitment, { tenantId: tenant.id, id: commitmentId, ownerId: actor.id });
  if (!commitment || commitment.doneAt) return commitment;
  await em.update(Commitment, { tenantId: tenant.id, id: commitment.id }, { doneAt: now });
  if (commitment.dealId)
    await em.update(Deal, { tenantId: tenant.id, id: commitment.dealId }, { lastActivityAt: now, followUpFlaggedAt: null, updatedAt: now });
  return commitment;
}
