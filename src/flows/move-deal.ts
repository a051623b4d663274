import { stageMovedCard } from '../../cards/stage-moved.card';
import type { Stage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { type Customer, Deal, StageTransition, User } from '../store/entities';
import { newRecordId, type FlowContext } from './flow-context';
import { fitText, TEXT_LENGTHS } from '../domain/value-limits';

/**
 * Moves a deal to `to`: the transition is stored with actor, from, to, how it was confirmed and
 * when; the stage timer restarts and 待跟进 clears. The manager (and the owner, when someone else
 * confirmed) hears about it on a stage-moved card.
 */
export async function moveDeal(ctx: FlowContext, deal: Deal, customer: Customer, to: Stage, reason: string | null): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  await em.insert(StageTransition, {
    id: newRecordId('stt'),
    tenantId: tenant.id,
    dealId: deal.id,
    fromStage: deal.stage,
    toStage: to,
    actorId: actor.id,
    confirmedBy: 'card',
    reason: reason === null ? null : fitText(reason, TEXT_LENGTHS.reason),
    at: now,
  });
  await em.update(Deal, { tenantId: tenant.id, id: deal.id }, { stage: to, stageEnteredAt: now, followUpFlaggedAt: null, updatedAt: now });

  const owner = await em.findOneBy(User, { tenantId: tenant.id, id: deal.ownerId });
  const recipients = new Set([owner?.managerId, deal.ownerId].filter((id): id is string => !!id && id !== actor.id));
  return [...recipients].map((recipient) => ({
    type: 'send-card' as const,
    to: recipient,
    card: stageMovedCard({
      customerName: customer.name,
      dealTitle: deal.title,
      from: deal.stage,
      to,
      actorName: actor.name,
      at: now,
      reason,
      timeZone: tenant.timezone,
    }),
    context: { dealId: deal.id },
  }));
}
