import { archiveLink, withLinks } from '../../cards/page-links';
import { In, IsNull, type EntityManager } from 'typeorm';
import { activityReceiptCard } from '../../cards/activity-receipt.card';
import { isOpenStage } from '../domain/stages';
import type { Effect } from '../pipeline/effects';
import { Activity, Commitment, Contact, type Customer, CustomerSignal, Deal } from '../store/entities';
import type { Extraction } from '../understanding/extraction';
import { newRecordId, type FlowContext } from './flow-context';
import { stageEffectsOfFollowUp } from './follow-up-stage';
import { markFirstTouch } from './lead-action';
import { pendingContext, type PendingMessage } from './pending-message';

export interface ActivityReport extends PendingMessage {
  customer: Customer;
  /** The customer (and its deal) was created for this message: undo removes them too. */
  customerCreated?: boolean;
}

/**
 * Records a follow-up on the customer's open deal: the activity, its signal tags, the promised
 * commitment, new contacts, the deal's last-activity time and amount. Answers with a receipt card
 * whose context holds exactly what undo needs to take it all back.
 */
export async function recordActivity(ctx: FlowContext, report: ActivityReport): Promise<Effect[]> {
  const { em, tenant, actor, now } = ctx;
  const { customer, extraction } = report;
  const deal = await findOpenDeal(em, tenant.id, customer.id, actor.id);

  const activity = em.create(Activity, {
    id: newRecordId('act'),
    tenantId: tenant.id,
    customerId: customer.id,
    dealId: deal?.id ?? null,
    userId: actor.id,
    rawText: report.text,
    summary: extraction.summary,
    sourceInboxId: ctx.inboxId,
    extraction,
    understoodBy: report.understoodBy,
    occurredAt: report.receivedAt,
    createdAt: now,
  });
  await em.insert(Activity, activity);
  const leadAssignmentId = await markFirstTouch(ctx, customer.id, report.receivedAt);

  if (extraction.tags.length > 0) {
    await em.insert(
      CustomerSignal,
      extraction.tags.map((tag) => ({
        id: newRecordId('sig'),
        tenantId: tenant.id,
        customerId: customer.id,
        dealId: deal?.id ?? null,
        activityId: activity.id,
        tag,
        at: report.receivedAt,
      })),
    );
  }

  const dueAt = extraction.commitment?.due ? new Date(extraction.commitment.due) : null;
  if (extraction.commitment) {
    await em.insert(Commitment, {
      id: newRecordId('cmt'),
      tenantId: tenant.id,
      customerId: customer.id,
      dealId: deal?.id ?? null,
      activityId: activity.id,
      ownerId: actor.id,
      action: extraction.commitment.action,
      dueAt,
      doneAt: null,
      createdAt: now,
    });
  }

  const completed =
    extraction.intent === 'complete_commitment' ? await completeOpenCommitment(em, actor.id, customer, report.receivedAt) : null;
  const createdContactIds = await addNewContacts(em, tenant.id, customer.id, extraction.contacts, now);

  const previousLastActivityAt = deal?.lastActivityAt ?? null;
  const previousAmount = deal?.amount ?? null;
  if (deal) {
    await em.update(
      Deal,
      { tenantId: tenant.id, id: deal.id },
      {
        lastActivityAt: previousLastActivityAt && previousLastActivityAt > report.receivedAt ? previousLastActivityAt : report.receivedAt,
        amount: extraction.amount ?? deal.amount,
        // A follow-up is real activity: 待跟进 is answered.
        followUpFlaggedAt: null,
        updatedAt: now,
      },
    );
  }

  const card = withLinks(
    activityReceiptCard({
      customerName: customer.name,
      deal: deal ? { title: deal.title, stage: deal.stage } : null,
      tags: extraction.tags,
      commitment: extraction.commitment ? { action: extraction.commitment.action, dueAt } : null,
      completed: completed ? { action: completed.action, dueAt: completed.dueAt } : null,
      amount: extraction.amount,
      rejectedAmount: extraction.rejectedAmount ?? null,
      contacts: extraction.contacts,
      summary: extraction.summary,
      readChars: report.cutAt,
      timeZone: tenant.timezone,
    }),
    archiveLink(tenant.id, customer.id),
  );
  const stageEffects = deal ? await stageEffectsOfFollowUp(ctx, deal, customer, report, activity.id) : [];
  return [
    {
      type: 'send-card',
      to: actor.id,
      card,
      context: {
        activityId: activity.id,
        dealId: deal?.id ?? null,
        previousLastActivityAt: previousLastActivityAt?.toISOString() ?? null,
        previousAmount,
        amountSet: extraction.amount,
        createdContactIds,
        completedCommitmentId: completed?.id ?? null,
        // The rep's lead placement this follow-up counts for, if any: undo recomputes its first touch.
        leadAssignmentId,
        createdCustomerId: report.customerCreated ? customer.id : null,
        // Kept so that 改客户 can file the same message on another customer.
        ...pendingContext(report),
      },
    },
    ...stageEffects,
  ];
}

/** The customer's open deal, preferring the actor's own and the most recently active. */
export async function findOpenDeal(em: EntityManager, tenantId: string, customerId: string, actorId: string): Promise<Deal | null> {
  const deals = await em.find(Deal, { where: { tenantId, customerId } });
  const open = deals.filter((deal) => isOpenStage(deal.stage));
  open.sort(
    (a, b) =>
      Number(b.ownerId === actorId) - Number(a.ownerId === actorId) ||
      (b.lastActivityAt?.getTime() ?? 0) - (a.lastActivityAt?.getTime() ?? 0),
  );
  return open[0] ?? null;
}

/**
 * 做完了 / 已发: marks the rep's open promise to this customer as done, the most overdue (else the
 * earliest due, else the oldest) first, since that is the one a rep reports on.
 */
async function completeOpenCommitment(em: EntityManager, actorId: string, customer: Customer, at: Date): Promise<Commitment | null> {
  const open = await em.find(Commitment, {
    where: { tenantId: customer.tenantId, customerId: customer.id, ownerId: actorId, doneAt: IsNull() },
    order: { createdAt: 'ASC' },
  });
  const byDue = [...open].sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  const chosen = byDue[0] ?? null;
  if (chosen) await em.update(Commitment, { tenantId: customer.tenantId, id: chosen.id }, { doneAt: at });
  return chosen;
}

/** Adds the customer-side people named in the message who are not on file yet; returns their ids. */
async function addNewContacts(
  em: EntityManager,
  tenantId: string,
  customerId: string,
  contacts: Extraction['contacts'],
  now: Date,
): Promise<string[]> {
  if (contacts.length === 0) return [];
  const names = [...new Set(contacts.map((contact) => contact.name))];
  const known = new Set((await em.find(Contact, { where: { tenantId, customerId, name: In(names) } })).map((c) => c.name));
  const created: string[] = [];
  for (const name of names) {
    if (known.has(name)) continue;
    const id = newRecordId('con');
    const role = contacts.find((contact) => contact.name === name)?.role ?? null;
    await em.insert(Contact, { tenantId, id, customerId, name, title: null, role, phone: null, createdAt: now, updatedAt: now });
    created.push(id);
  }
  return created;
}
