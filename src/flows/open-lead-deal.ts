import type { EntityManager } from 'typeorm';
import { Deal, StageTransition, type Tenant } from '../store/entities';
import { newRecordId } from './flow-context';

export interface NewLeadDeal {
  customerId: string;
  ownerId: string;
  /** Yuan: a lead's budget, when the deal comes from one. */
  amount: number | null;
  reason: string | null;
}

/** A new deal at 线索 with its first stage transition, confirmed by its owner. */
export async function openLeadDeal(scope: { em: EntityManager; tenant: Tenant; now: Date }, deal: NewLeadDeal): Promise<string> {
  const { em, tenant, now } = scope;
  const dealId = newRecordId('deal');
  await em.insert(Deal, {
    tenantId: tenant.id,
    id: dealId,
    customerId: deal.customerId,
    ownerId: deal.ownerId,
    title: null,
    stage: 'lead',
    amount: deal.amount,
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
    actorId: deal.ownerId,
    confirmedBy: 'card',
    reason: deal.reason,
    at: now,
  });
  return dealId;
}
