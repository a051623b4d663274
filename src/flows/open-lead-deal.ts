import { Deal, StageTransition } from '../store/entities';
import { newRecordId, type FlowContext } from './flow-context';

/** A new deal at 线索 owned by the actor, with its first stage transition (confirmed by the actor's tap). */
export async function openLeadDeal(ctx: FlowContext, customerId: string, reason: string | null): Promise<string> {
  const { em, tenant, actor, now } = ctx;
  const dealId = newRecordId('deal');
  await em.insert(Deal, {
    tenantId: tenant.id,
    id: dealId,
    customerId,
    ownerId: actor.id,
    title: null,
    stage: 'lead',
    amount: null,
    stageEnteredAt: now,
    lastActivityAt: null,
    createdAt: now,
    updatedAt: now,
  });
  await em.insert(StageTransition, {
    id: newRecordId('stt'),
    tenantId: tenant.id,
    dealId,
    fromStage: null,
    toStage: 'lead',
    actorId: actor.id,
    confirmedBy: 'card',
    reason,
    at: now,
  });
  return dealId;
}
