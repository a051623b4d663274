import { In, IsNull, type EntityManager } from 'typeorm';
import type { DealStatus } from '../../cards/query-result.card';
import { formatForPeople, wholeDaysBetween } from '../domain/business-time';
import { evaluateGate, type DealFacts, type GateResult } from '../domain/stage-gate';
import { Activity, Commitment, Contact, Customer, type Deal, DealEvidence, User } from '../store/entities';
import type { FlowContext } from './flow-context';

/** What the stage gate needs to know about one deal, read from the store. */
export async function loadDealFacts(em: EntityManager, deal: Deal): Promise<DealFacts> {
  const where = { tenantId: deal.tenantId, dealId: deal.id };
  const contacts = await em.find(Contact, { where: { tenantId: deal.tenantId, customerId: deal.customerId } });
  const evidence = await em.find(DealEvidence, { where, order: { at: 'ASC' } });
  const activities = await em.find(Activity, { where, select: { id: true } });
  // A message that only stated evidence is not a reported conversation.
  const evidenceSources = new Set(evidence.map((e) => e.sourceActivityId));
  return {
    contacts: contacts.map(({ name, role }) => ({ name, role })),
    evidence: evidence.map((e) => e.value),
    followUps: activities.filter((a) => !evidenceSources.has(a.id)).length,
  };
}

export async function dealGate(ctx: FlowContext, deal: Deal): Promise<GateResult> {
  return evaluateGate(ctx.rules, deal.stage, await loadDealFacts(ctx.em, deal));
}

/** "3月4日 周三 10:15 · 液压泵升级的选型方案发了": the deal's latest follow-up in one line. */
export async function lastActivityLine(em: EntityManager, deal: Deal, timeZone: string): Promise<string> {
  const latest = await em.findOne(Activity, { where: { tenantId: deal.tenantId, dealId: deal.id }, order: { occurredAt: 'DESC' } });
  if (!latest) return '暂无跟进记录';
  const words = (latest.summary || latest.rawText).slice(0, 40);
  return `${formatForPeople(latest.occurredAt, timeZone)} · ${words}`;
}

/** Everything a query card shows about one deal. */
export async function dealStatus(ctx: FlowContext, deal: Deal, customer: Customer): Promise<DealStatus> {
  const gate = await dealGate(ctx, deal);
  const lastActivity = await lastActivityLine(ctx.em, deal, ctx.tenant.timezone);
  const commitments = await ctx.em.find(Commitment, {
    where: { tenantId: deal.tenantId, dealId: deal.id, doneAt: IsNull() },
    order: { dueAt: 'ASC' },
  });
  const owner = await ctx.em.findOneBy(User, { tenantId: deal.tenantId, id: deal.ownerId });
  return {
    customerName: customer.name,
    dealTitle: deal.title,
    ownerName: owner?.name ?? deal.ownerId,
    stage: deal.stage,
    followUpMarked: deal.followUpFlaggedAt !== null,
    daysInStage: wholeDaysBetween(deal.stageEnteredAt, ctx.now),
    missing: gate.missing.map((item) => item.text),
    lastActivity,
    openCommitments: commitments.map((c) => (c.dueAt ? `${c.action}(${formatForPeople(c.dueAt, ctx.tenant.timezone)})` : c.action)),
  };
}

/** Customers by id, for naming deals in cards. */
export async function customersById(em: EntityManager, tenantId: string, ids: readonly string[]): Promise<Map<string, Customer>> {
  const customers = ids.length > 0 ? await em.find(Customer, { where: { tenantId, id: In([...new Set(ids)]) } }) : [];
  return new Map(customers.map((c) => [c.id, c]));
}
