import type { EntityManager } from 'typeorm';
import type { CardContext } from '../../cards/card';
import {
  Activity,
  BreachAlert,
  Commitment,
  Contact,
  Customer,
  CustomerSignal,
  Deal,
  DealEvidence,
  Lead,
  LeadAssignment,
  StageTransition,
} from '../store/entities';
import type { FlowContext } from './flow-context';
import { recomputeFirstTouch } from './lead-action';

/**
 * Takes back what one receipt recorded: the activity, its signals, commitment and evidence, the contacts it
 * created, the promise it marked done, the lead's first touch it marked, and the deal's last-activity time and amount where nothing newer has changed them since.
 * A customer created for the message (新客户) goes too, with its deal, when nothing else refers to them.
 * The raw message stays in the inbox, so what the rep said is still traceable.
 * Returns the name of the customer it removed, if any.
 */
export async function undoRecordedActivity(ctx: FlowContext, context: CardContext): Promise<string | null> {
  const { em, tenant } = ctx;
  const activityId = String(context.activityId);
  await em.delete(CustomerSignal, { tenantId: tenant.id, activityId });
  await em.delete(Commitment, { tenantId: tenant.id, activityId });
  await em.delete(DealEvidence, { tenantId: tenant.id, sourceActivityId: activityId });
  await em.delete(Activity, { tenantId: tenant.id, id: activityId });
  const contactIds = Array.isArray(context.createdContactIds) ? context.createdContactIds : [];
  for (const id of contactIds) await em.delete(Contact, { tenantId: tenant.id, id });
  if (typeof context.completedCommitmentId === 'string') {
    await em.update(Commitment, { tenantId: tenant.id, id: context.completedCommitmentId }, { doneAt: null });
  }
  if (typeof context.leadAssignmentId === 'string') await recomputeFirstTouch(ctx, context.leadAssignmentId);

  if (typeof context.dealId === 'string') await restoreDeal(em, ctx, context.dealId, context);
  return typeof context.createdCustomerId === 'string' ? removeUnusedCustomer(ctx, context.createdCustomerId) : null;
}

/** What a card says after undo: 已撤销, and the customer that went with it. */
export function undoOutcome(removedCustomer: string | null): string {
  return removedCustomer ? `已撤销,新建的客户「${removedCustomer}」已删除` : '已撤销';
}

/**
 * Deletes a customer, its deals and their opening transitions, unless anything else was recorded on
 * them since (another follow-up, a contact, a promise, evidence, a lead, a stage move): then it stays.
 */
export async function removeUnusedCustomer(ctx: FlowContext, customerId: string): Promise<string | null> {
  const { em, tenant } = ctx;
  const tenantId = tenant.id;
  const customer = await em.findOneBy(Customer, { tenantId, id: customerId });
  if (!customer) return null;
  const dealIds = (await em.findBy(Deal, { tenantId, customerId })).map((deal) => deal.id);
  const onCustomer = [Activity, Contact, CustomerSignal, Commitment, Lead, LeadAssignment] as const;
  for (const entity of onCustomer) if ((await em.countBy(entity, { tenantId, customerId })) > 0) return null;
  for (const dealId of dealIds) {
    if ((await em.countBy(DealEvidence, { tenantId, dealId })) > 0) return null;
    if ((await em.countBy(BreachAlert, { tenantId, dealId })) > 0) return null;
    if ((await em.countBy(StageTransition, { tenantId, dealId })) > 1) return null;
  }
  for (const dealId of dealIds) await em.delete(StageTransition, { tenantId, dealId });
  await em.delete(Deal, { tenantId, customerId });
  await em.delete(Customer, { tenantId, id: customerId });
  return customer.name;
}

async function restoreDeal(em: EntityManager, ctx: FlowContext, dealId: string, context: CardContext): Promise<void> {
  const deal = await em.findOneBy(Deal, { tenantId: ctx.tenant.id, id: dealId });
  if (!deal) return;
  const latestRemaining = await em.findOne(Activity, {
    where: { tenantId: ctx.tenant.id, dealId },
    order: { occurredAt: 'DESC' },
  });
  const before = typeof context.previousLastActivityAt === 'string' ? new Date(context.previousLastActivityAt) : null;
  const candidates = [before, latestRemaining?.occurredAt ?? null].filter((d): d is Date => d !== null);
  const lastActivityAt = candidates.length > 0 ? new Date(Math.max(...candidates.map((d) => d.getTime()))) : null;
  // Restore the amount only if this receipt set it and nobody has changed it since.
  const amountSet = typeof context.amountSet === 'number' ? context.amountSet : null;
  const previousAmount = typeof context.previousAmount === 'number' ? context.previousAmount : null;
  const amount = amountSet !== null && deal.amount === amountSet ? previousAmount : deal.amount;
  await em.update(Deal, { tenantId: ctx.tenant.id, id: dealId }, { lastActivityAt, amount, updatedAt: ctx.now });
}
